package org.tenderwatch.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tenderwatch.archive.Capture;
import org.tenderwatch.archive.WarcArchive;
import java.nio.file.Files;
import org.tenderwatch.config.CaseRules;
import org.tenderwatch.config.Config;
import org.tenderwatch.config.ConfigLoader;
import org.tenderwatch.config.EntityAliases;
import org.tenderwatch.screen.CslFile;
import org.tenderwatch.screen.Screener;
import org.tenderwatch.store.ScreeningStore;
import org.tenderwatch.config.SourceConfig;
import org.tenderwatch.crawl.AttachmentLink;
import org.tenderwatch.crawl.BaseUrls;
import org.tenderwatch.crawl.CrawlReport;
import org.tenderwatch.crawl.FetchedNotice;
import org.tenderwatch.crawl.HttpFetcher;
import org.tenderwatch.crawl.NoticePage;
import org.tenderwatch.crawl.SourceCrawler;
import org.tenderwatch.flag.Flagger;
import org.tenderwatch.index.NoticeIndex;
import org.tenderwatch.saved.SavedSearches;
import org.tenderwatch.store.Database;
import org.tenderwatch.store.Frontier;
import org.tenderwatch.store.NoticeStore;

/**
 * The whole chain, built in one place in data-flow order: crawl → archive → extract → flag → link → store + index.
 * A crawl pass and a replay of the archive ({@link #reindex()}) feed the same {@link Ingest} step, so the archive
 * alone rebuilds exactly what the crawl stored.
 */
public final class Pipeline implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Pipeline.class);

  private final Config config;
  private final Clock clock;
  private final Database db;
  private final NoticeStore store;
  private final Frontier frontier;
  private final NoticeIndex index;
  private final SavedSearches saved;
  private final Ingest ingest;
  private final Path archiveDir;
  private final ScreeningStore screening;
  private final EntityAliases aliases;

  private Pipeline(Config config, Clock clock) {
    this.config = config;
    this.clock = clock;
    Path data = config.settings().dataDir();
    this.db = Database.open(data.resolve("tenderwatch.db"));
    this.store = new NoticeStore(db, caseRules(config.home()));
    this.screening = new ScreeningStore(db);
    this.aliases = aliases(config.home());
    this.frontier = new Frontier(db);
    this.archiveDir = data.resolve("warc");
    this.index = openIndex(data.resolve("index"));
    this.saved = SavedSearches.open(db, index, data.resolve("saved-monitor"), clock);
    this.ingest = new Ingest(new Flagger(config.flags()), config.flags().version(), store, index, clock,
        saved::onIndexed);
    loadScreener();
  }

  /**
   * config/cases.yaml and config/entity-aliases.yaml are optional (a config folder from before issue 5 has
   * neither): without them title linking uses {@link CaseRules#DEFAULT} and screening has no Chinese aliases.
   */
  private static CaseRules caseRules(Path home) {
    Path f = home.resolve("cases.yaml");
    return Files.exists(f) ? ConfigLoader.loadCaseRules(f) : CaseRules.DEFAULT;
  }

  private static EntityAliases aliases(Path home) {
    Path f = home.resolve("entity-aliases.yaml");
    return Files.exists(f) ? ConfigLoader.loadAliases(f) : new EntityAliases(1, null, List.of(), List.of());
  }

  /** The latest stored list; the bundled one is imported first when the database holds none. */
  private void loadScreener() {
    if (screening.latest() == null && aliases.bundledList() != null) {
      Path bundled = config.home().resolve(aliases.bundledList());
      if (Files.exists(bundled)) {
        importList(bundled);
        return;
      }
      LOG.warn("bundled screening list {} not found: notices are not screened until `entitylist import`", bundled);
    }
    ScreeningStore.ListVersion v = screening.latest();
    ingest.useScreener(v == null ? null : new Screener(v.version(), screening.entities(v.version()), aliases));
  }

  /** What an import did. */
  public record ImportReport(ScreeningStore.ListVersion version, boolean changed, int notices, int hits) {}

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
    boolean changed = screening.importList(version, parsed.entities());
    ScreeningStore.ListVersion latest = screening.latest();
    Screener screener = new Screener(latest.version(), screening.entities(latest.version()), aliases);
    ingest.useScreener(screener);
    int notices = 0;
    int hits = 0;
    if (changed) {
      for (ScreeningStore.Parties p : screening.allParties()) {
        var found = Ingest.screen(screener, p.date(), p.buyer(), p.suppliers());
        screening.save(p.noticeId(), found, latest.version());
        notices++;
        hits += found.size();
      }
    }
    return new ImportReport(latest, changed, notices, hits);
  }

  public ScreeningStore screening() {
    return screening;
  }

  public static Pipeline open(Config config, Clock clock) {
    return new Pipeline(config, clock);
  }

  private static NoticeIndex openIndex(Path dir) {
    try {
      return NoticeIndex.open(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the index at " + dir, e);
    }
  }

  public NoticeStore store() {
    return store;
  }

  public NoticeIndex index() {
    return index;
  }

  public SavedSearches saved() {
    return saved;
  }

  /** The database, for features that own their tables (the digest). */
  public Database database() {
    return db;
  }

  public Config config() {
    return config;
  }

  public Frontier frontier() {
    return frontier;
  }

  public Path archiveDir() {
    return archiveDir;
  }

  public Path databaseFile() {
    return db.file();
  }

  /** One pass over one source; {@code since} may be null. */
  public CrawlReport crawl(SourceConfig source, BaseUrls baseUrls, LocalDate since) {
    try (HttpFetcher fetcher = new HttpFetcher(config.settings().crawl(), clock);
        WarcArchive archive = new WarcArchive(archiveDir, clock.instant())) {
      SourceCrawler crawler = new SourceCrawler(source, config.settings().crawl(), fetcher, baseUrls, archive,
          frontier, clock, ingest::accept);
      CrawlReport report = crawler.crawl(since);
      commitIndex();
      return report;
    }
  }

  /**
   * Rebuilds notices, flags, links and the index from the WARC archive alone, without the network. Attachments
   * follow their notice in the archive, so one notice is in memory at a time.
   *
   * @return notices rebuilt
   */
  public int reindex() {
    store.deleteAllNotices();
    try {
      index.deleteAll();
      Replay replay = new Replay();
      WarcArchive.replay(archiveDir, replay::add);
      replay.flush();
      commitIndex();
      return replay.notices;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the archive at " + archiveDir, e);
    }
  }

  /** Groups a notice capture with the attachment captures that follow it, then ingests them together. */
  private final class Replay {
    private WarcArchive.Archived notice;
    private final Map<String, WarcArchive.Archived> attachments = new LinkedHashMap<>();
    private int notices;

    void add(WarcArchive.Archived a) {
      Capture c = a.capture();
      switch (c.kind()) {
        case notice -> {
          flush();
          notice = c.status() >= 200 && c.status() < 300 && !c.truncated() ? a : null;
        }
        case attachment -> {
          if (notice != null && c.noticeId() != null && c.noticeId().equals(notice.capture().noticeId())) {
            attachments.put(c.logicalUri().toString(), a);
          }
        }
        case list -> { }
      }
    }

    void flush() {
      if (notice == null) {
        return;
      }
      Capture c = notice.capture();
      try {
        SourceConfig source = config.source(c.source());
        NoticePage page = NoticePage.parse(source, c);
        List<FetchedNotice.FetchedAttachment> atts = new ArrayList<>();
        for (AttachmentLink link : page.attachments()) {
          WarcArchive.Archived a = attachments.get(link.url().toString());
          boolean ok = a != null && a.capture().status() >= 200 && a.capture().status() < 300
              && !a.capture().truncated();
          atts.add(new FetchedNotice.FetchedAttachment(link, ok ? a.capture() : null, a == null ? null : a.record(),
              ok ? null : a == null ? "not in the archive" : "HTTP " + a.capture().status()));
        }
        ingest.accept(new FetchedNotice(c.noticeId(), c, notice.record(), page, atts));
        notices++;
      } catch (RuntimeException e) {
        LOG.warn("archived notice {} could not be rebuilt: {}", c.logicalUri(), e.toString());
      } finally {
        notice = null;
        attachments.clear();
      }
    }
  }

  private void commitIndex() {
    try {
      index.commit();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot commit the index", e);
    }
  }

  @Override
  public void close() {
    try {
      saved.close();
    } catch (IOException e) {
      LOG.warn("closing the saved-search monitor: {}", e.toString());
    }
    try {
      index.close();
    } catch (IOException e) {
      LOG.warn("closing the index: {}", e.toString());
    }
    db.close();
  }
}
