package org.tenderwatch.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {

  @Test
  void shippedConfigLoads() {
    Config c = ConfigLoader.load(Path.of("config/tenderwatch.yaml"));
    assertEquals(2000, c.settings().crawl().delayMs());
    assertEquals("Asia/Shanghai", c.settings().timezone().getId());
    SourceConfig ccgp = c.source("ccgp");
    assertEquals(16, ccgp.lists().size(), "central and local × 8 channels");
    assertTrue(c.flags().categories().keySet().containsAll(
        java.util.List.of("nvidia_gpu", "azure_openai", "aws", "bedrock")));
  }

  @Test
  void unknownKeyNamesFileAndKey(@TempDir Path dir) throws IOException {
    Path home = copyConfig(dir);
    Path settings = home.resolve("tenderwatch.yaml");
    String text = Files.readString(settings, StandardCharsets.UTF_8).replace("  delayMs: 2000", "  delayMS: 2000");
    Files.writeString(settings, text, StandardCharsets.UTF_8);
    ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load(settings));
    assertTrue(e.getMessage().contains("tenderwatch.yaml"), e.getMessage());
    assertTrue(e.getMessage().contains("crawl.delayMS"), e.getMessage());
  }

  @Test
  void wrongTypeNamesTheKey(@TempDir Path dir) throws IOException {
    Path home = copyConfig(dir);
    Path source = home.resolve("sources/ccgp.yaml");
    Files.writeString(source, Files.readString(source, StandardCharsets.UTF_8)
        .replace("delayMs: null", "delayMs: soon"), StandardCharsets.UTF_8);
    ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load(home.resolve("tenderwatch.yaml")));
    assertTrue(e.getMessage().contains("ccgp.yaml") && e.getMessage().contains("delayMs"), e.getMessage());
  }

  @Test
  void invalidValueSaysWhatIsWrong(@TempDir Path dir) throws IOException {
    Path home = copyConfig(dir);
    Path settings = home.resolve("tenderwatch.yaml");
    Files.writeString(settings, Files.readString(settings, StandardCharsets.UTF_8)
        .replace("maxAttempts: 3", "maxAttempts: 0"), StandardCharsets.UTF_8);
    ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load(settings));
    assertTrue(e.getMessage().contains("tenderwatch.yaml") && e.getMessage().contains("crawl.maxAttempts"),
        e.getMessage());
  }

  @Test
  void sourceIdMustMatchFileName(@TempDir Path dir) throws IOException {
    Path home = copyConfig(dir);
    Files.move(home.resolve("sources/ccgp.yaml"), home.resolve("sources/other.yaml"));
    ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load(home.resolve("tenderwatch.yaml")));
    assertTrue(e.getMessage().contains("other.yaml") && e.getMessage().contains("id"), e.getMessage());
  }

  @Test
  void missingFileIsClear(@TempDir Path dir) {
    ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load(dir.resolve("nope.yaml")));
    assertTrue(e.getMessage().contains("nope.yaml") && e.getMessage().contains("not found"), e.getMessage());
  }

  static Path copyConfig(Path dir) throws IOException {
    Path home = dir.resolve("config");
    Files.createDirectories(home.resolve("sources"));
    for (String f : new String[] {"tenderwatch.yaml", "flags.yaml", "sources/ccgp.yaml"}) {
      Files.copy(Path.of("config").resolve(f), home.resolve(f));
    }
    return home;
  }
}
