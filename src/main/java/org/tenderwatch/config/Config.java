package org.tenderwatch.config;

import java.nio.file.Path;
import java.util.List;

/**
 * Everything the config folder holds, loaded once.
 *
 * @param home the folder holding tenderwatch.yaml, sources/ and flags.yaml
 */
public record Config(Path home, Settings settings, List<SourceConfig> sources, FlagConfig flags) {

  public SourceConfig source(String id) {
    return sources.stream()
        .filter(s -> s.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException(
            "no source '" + id + "' in " + home.resolve("sources") + " (known: "
                + sources.stream().map(SourceConfig::id).toList() + ")"));
  }

  /**
   * The same config with one delay between requests for every source. Only for mirrors on loopback (the demo, the
   * tests): real portals get the configured politeness.
   */
  public Config withDelay(long delayMs) {
    Settings s = settings;
    Settings.Crawl k = s.crawl();
    Settings.Crawl crawl = k.withDelay(delayMs);
    List<SourceConfig> src = sources.stream().map(x -> x.withDelay(delayMs)).toList();
    return new Config(home, s.withCrawl(crawl), src, flags);
  }

  /** The same config writing its data somewhere else (--data). */
  public Config withDataDir(Path dataDir) {
    Settings s = settings;
    return new Config(home, s.withDataDir(dataDir), sources, flags);
  }

  /** The same config with another index commit cadence (tests). */
  public Config withIndex(Settings.Index index) {
    return new Config(home, settings.withIndex(index), sources, flags);
  }

  /** The same config keeping its SQL store elsewhere (a PostgreSQL server: tests, a second node). */
  public Config withStore(StoreSettings store) {
    return new Config(home, settings.withStore(store), sources, flags);
  }
}
