package org.tenderwatch.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Stream;

/**
 * Loads the config folder once, at start, into typed records: {@code tenderwatch.yaml}, {@code sources/*.yaml}
 * and {@code flags.yaml}, all beside each other.
 */
public final class ConfigLoader {
  private static final String SETTINGS = "tenderwatch.yaml";
  private static final String CASES = "cases.yaml";

  private ConfigLoader() {}

  /** The documented defaults: the bundled copy of config/tenderwatch.yaml, every key as shipped. */
  public static Settings defaultSettings() {
    return YamlFiles.defaults(SETTINGS, Settings.class);
  }

  /** The documented case-linking rules: the bundled copy of config/cases.yaml. */
  public static CaseRules defaultCaseRules() {
    return YamlFiles.defaults(CASES, CaseRules.class);
  }

  /** Loads {@code settingsFile} and the sources and flags beside it. */
  public static Config load(Path settingsFile) {
    Path home = settingsFile.toAbsolutePath().getParent();
    Settings settings = YamlFiles.readOverDefaults(settingsFile, SETTINGS, Settings.class);
    return new Config(home, settings, loadSources(home.resolve("sources")), loadFlags(home.resolve("flags.yaml")));
  }

  public static FlagConfig loadFlags(Path file) {
    return YamlFiles.read(file, FlagConfig.class);
  }

  /** config/entity-aliases.yaml: the Chinese alias table for Entity List screening. */
  public static EntityAliases loadAliases(Path file) {
    return YamlFiles.read(file, EntityAliases.class);
  }

  /** config/cases.yaml: how notices without a project number join a case; absent keys take the documented ones. */
  public static CaseRules loadCaseRules(Path file) {
    return YamlFiles.readOverDefaults(file, CASES, CaseRules.class);
  }

  public static List<SourceConfig> loadSources(Path dir) {
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList();
    } catch (IOException e) {
      throw new ConfigException(dir, null, "cannot list source configs: " + e.getMessage(), e);
    }
    List<SourceConfig> sources = new ArrayList<>();
    var ids = new HashSet<String>();
    for (Path f : files) {
      SourceConfig s = YamlFiles.read(f, SourceConfig.class);
      String expected = f.getFileName().toString().replaceFirst("\\.yaml$", "");
      if (!s.id().equals(expected)) {
        throw new ConfigException(f, "id", "'" + s.id() + "' must equal the file name '" + expected + "'");
      }
      if (!ids.add(s.id())) {
        throw new ConfigException(f, "id", "duplicate source id '" + s.id() + "'");
      }
      sources.add(s);
    }
    sources.forEach(s -> searchTarget(dir, s, sources));
    return List.copyOf(sources);
  }

  /**
   * A search source's hits are notices of {@code search.notices}: that source must exist, and a hit given by id
   * needs its json.detail template (the URL, so the id, its channel walk gives the notice).
   */
  private static void searchTarget(Path dir, SourceConfig s, List<SourceConfig> all) {
    if (s.search() == null) {
      return;
    }
    Path f = dir.resolve(s.id() + ".yaml");
    SourceConfig target = all.stream().filter(t -> t.id().equals(s.search().notices())).findFirst()
        .orElseThrow(() -> new ConfigException(f, "search.notices", "no source '" + s.search().notices() + "'"));
    if (s.search().api() != null && s.search().api().id() != null
        && (target.json() == null || target.json().detail() == null)) {
      throw new ConfigException(f, "search.api.id", "'" + target.id() + "' has no json.detail template for the id");
    }
  }
}
