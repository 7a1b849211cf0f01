package org.tenderwatch.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Search sources: their hits must be some source's notices, and a hit by id needs that source's detail template. */
class SearchSourcesConfigTest {

  @Test
  void theShippedSearchSourcesLoadEachWithItsTarget() {
    Config c = ConfigLoader.load(Path.of("config/tenderwatch.yaml"));
    List<String> search = c.sources().stream().filter(s -> s.kind() == SourceConfig.Kind.search)
        .map(s -> s.id() + "→" + s.search().notices()).sorted().toList();
    assertEquals(List.of("ccgp-search→ccgp", "ccgp-sichuan-search→ccgp-sichuan", "ggzy-search→ggzy-national",
        "zcy-zhejiang-search→zcy-zhejiang"), search);
  }

  @Test
  void anUnknownTargetIsNamed(@TempDir Path dir) throws IOException {
    Path home = copy(dir, "ggzy-search", "notices: ggzy-national", "notices: nosuch");
    ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load(home.resolve("tenderwatch.yaml")));
    assertTrue(e.getMessage().contains("ggzy-search.yaml") && e.getMessage().contains("nosuch"), e.getMessage());
  }

  @Test
  void aHitByIdNeedsTheTargetsDetailTemplate(@TempDir Path dir) throws IOException {
    Path home = copy(dir, "zcy-zhejiang-search", "notices: zcy-zhejiang", "notices: ccgp");
    ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load(home.resolve("tenderwatch.yaml")));
    assertTrue(e.getMessage().contains("search.api.id"), e.getMessage());
  }

  @Test
  void aPostNeedsABodyAndAHitEitherALinkOrAnId() {
    assertThrows(IllegalArgumentException.class, () -> new SearchApi("POST", "application/json", null, "d", "u", null,
        null));
    assertThrows(IllegalArgumentException.class, () -> new SearchApi("GET", null, null, "d", "u", "id", null));
    assertTrue(new SearchApi("POST", "application/json;charset=UTF-8", "{}", "d", null, "id", null).jsonBody());
  }

  private static Path copy(Path dir, String source, String from, String to) throws IOException {
    Path home = ConfigLoaderTest.copyConfig(dir);
    for (String s : new String[] {source, "ggzy-national", "zcy-zhejiang"}) {
      Files.copy(Path.of("config/sources/" + s + ".yaml"), home.resolve("sources/" + s + ".yaml"));
    }
    Path f = home.resolve("sources/" + source + ".yaml");
    String text = Files.readString(f, StandardCharsets.UTF_8);
    assertTrue(text.contains(from));
    Files.writeString(f, text.replace(from, to), StandardCharsets.UTF_8);
    return home;
  }
}
