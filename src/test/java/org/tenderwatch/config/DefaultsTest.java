package org.tenderwatch.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * config/tenderwatch.yaml and config/cases.yaml are the only place a default is written: a settings file that
 * leaves every optional key out must load to exactly what those files document. The expectation is the
 * repository's file read on its own (no merging), so a fallback value in Java, or a bundled copy that drifted
 * from the documented file, shows up as a difference.
 */
class DefaultsTest {
  private static final YAMLMapper YAML = YAMLMapper.builder().build();

  @Test
  void settingsWithEveryOptionalKeyAbsentEqualTheDocumentedDefaults(@TempDir Path dir) throws Exception {
    Path home = configWithout(dir, "# every key left out\n");
    Settings documented = YamlFiles.read(Path.of("config", "tenderwatch.yaml"), Settings.class);
    assertEquals(documented, ConfigLoader.load(home.resolve("tenderwatch.yaml")).settings());
    assertEquals(documented, ConfigLoader.defaultSettings());
    assertLeavesEqual("", YAML.readTree(Files.readAllBytes(Path.of("config", "tenderwatch.yaml"))),
        ConfigLoader.load(home.resolve("tenderwatch.yaml")).settings());
  }

  /**
   * Every scalar written in the YAML equals the effective value reached by the record accessor of the same name:
   * the records hand back what the file says, with no value of their own in between.
   */
  private static void assertLeavesEqual(String path, JsonNode yaml, Object value) throws ReflectiveOperationException {
    if (!yaml.isObject()) {
      assertEquals(yaml.asString(), String.valueOf(value), path);
      return;
    }
    for (Map.Entry<String, JsonNode> e : yaml.properties()) {
      String key = path.isEmpty() ? e.getKey() : path + "." + e.getKey();
      Object child = value instanceof Map<?, ?> m ? m.get(e.getKey())
          : value.getClass().getMethod(e.getKey()).invoke(value);
      assertLeavesEqual(key, e.getValue(), child);
    }
  }

  @Test
  void aNestedKeyOverridesOnlyItselfAndTheRestStayDocumented(@TempDir Path dir) throws IOException {
    Path home = configWithout(dir, "crawl:\n  recrawl:\n    retryMinutes: 5\n  maxBodyBytesByType:\n    text/plain: 7\n");
    Settings got = ConfigLoader.load(home.resolve("tenderwatch.yaml")).settings();
    Settings documented = ConfigLoader.defaultSettings();
    assertEquals(5, got.crawl().recrawl().retryMinutes());
    assertEquals(documented.crawl().recrawl().recentDays(), got.crawl().recrawl().recentDays());
    assertEquals(7L, got.crawl().maxBodyBytesByType().get("text/plain"));
    assertEquals(documented.crawl().maxBodyBytesByType().get("text/html"),
        got.crawl().maxBodyBytesByType().get("text/html"));
    assertEquals(documented.withCrawl(got.crawl()), got, "nothing outside crawl changed");
  }

  @Test
  void caseRulesWithEveryKeyAbsentEqualTheDocumentedOnes(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("cases.yaml"), "# nothing set\n", StandardCharsets.UTF_8);
    CaseRules documented = YamlFiles.read(Path.of("config", "cases.yaml"), CaseRules.class);
    assertEquals(documented, ConfigLoader.loadCaseRules(file));
    assertEquals(documented, CaseRules.DEFAULT);
  }

  @Test
  void anUnknownKeyIsStillAnError(@TempDir Path dir) throws IOException {
    Path home = configWithout(dir, "crawl:\n  delayMS: 5\n");
    ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load(home.resolve("tenderwatch.yaml")));
    assertTrue(e.getMessage().contains("crawl.delayMS"), e.getMessage());
  }

  /** A config folder with the shipped flags, no sources, and {@code settings} as tenderwatch.yaml. */
  private static Path configWithout(Path dir, String settings) throws IOException {
    Files.createDirectories(dir.resolve("sources"));
    Files.copy(Path.of("config", "flags.yaml"), dir.resolve("flags.yaml"));
    Files.writeString(dir.resolve("tenderwatch.yaml"), settings, StandardCharsets.UTF_8);
    return dir;
  }
}
