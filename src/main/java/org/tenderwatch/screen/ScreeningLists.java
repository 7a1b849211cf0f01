package org.tenderwatch.screen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tenderwatch.config.EntityAliases;

/**
 * The screening list versions: importing a CSL file as a new version, re-screening every stored notice with it,
 * and handing the current {@link Screener} to whoever screens new notices (the ingest step).
 */
public final class ScreeningLists {
  private static final Logger LOG = LoggerFactory.getLogger(ScreeningLists.class);

  /** What an import did. */
  public record ImportReport(ScreeningStore.ListVersion version, boolean changed, int notices, int hits) {}

  private final ScreeningStore store;
  private final EntityAliases aliases;
  private final Clock clock;
  private final Consumer<Screener> current;

  /** @param current told of the screener to use from now on (null while no list is loaded) */
  public ScreeningLists(ScreeningStore store, EntityAliases aliases, Clock clock, Consumer<Screener> current) {
    this.store = store;
    this.aliases = aliases;
    this.clock = clock;
    this.current = current;
  }

  public ScreeningStore store() {
    return store;
  }

  /** Loads the latest stored list; the bundled one (beside the config) is imported first when none is stored. */
  public void loadLatest(Path configHome) {
    if (store.latest() == null && aliases.bundledList() != null) {
      Path bundled = configHome.resolve(aliases.bundledList());
      if (Files.exists(bundled)) {
        importList(bundled);
        return;
      }
      LOG.warn("bundled screening list {} not found: notices are not screened until `entitylist import`", bundled);
    }
    ScreeningStore.ListVersion v = store.latest();
    current.accept(v == null ? null : new Screener(v.version(), store.entities(v.version()), aliases));
  }

  /**
   * Imports a screening list file (CSV or JSON layout, decided by its content) as a new list version and
   * re-screens every stored notice with it. Importing the file that is already the latest changes nothing.
   */
  public ImportReport importList(Path file) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    CslFile.Parsed parsed = CslFile.parse(bytes);
    var now = clock.instant();
    var version = new ScreeningStore.ListVersion(ScreeningStore.versionOf(parsed.sha256(), now), parsed.sha256(),
        parsed.layout(), file.getFileName().toString(), parsed.entities().size(), now.toString());
    boolean changed = store.importList(version, parsed.entities());
    ScreeningStore.ListVersion latest = store.latest();
    Screener screener = new Screener(latest.version(), store.entities(latest.version()), aliases);
    current.accept(screener);
    int notices = 0;
    int hits = 0;
    if (changed) {
      for (ScreeningStore.Parties p : store.allParties()) {
        var found = screenParties(screener, p.date(), p.buyer(), p.suppliers());
        store.save(p.noticeId(), found, latest.version());
        notices++;
        hits += found.size();
      }
    }
    return new ImportReport(latest, changed, notices, hits);
  }

  /** The buyer and each supplier, screened at the notice's date. */
  public static List<ScreeningHit> screenParties(Screener s, LocalDate date, String buyer, List<String> suppliers) {
    List<ScreeningHit> hits = new ArrayList<>();
    s.screen("buyer", buyer, date).ifPresent(hits::add);
    suppliers.stream().distinct().forEach(name -> s.screen("supplier", name, date).ifPresent(hits::add));
    return hits;
  }
}
