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
import org.tenderwatch.screen.ScreeningLists;
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
import org.tenderwatch.store.HealthStore;
import org.tenderwatch.store.NoticeStore;
import org.tenderwatch.store.StateStore;

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
  private final ScreeningLists screening;
  private final HealthStore health;
  private final StateStore state;
  /**
   * One fetcher for every pass in this process (the `run` daemon crawls sources in parallel): its per-host clock
   * keeps two sources that share a host as polite together as one is alone. Made on the first crawl.
   */
  private HttpFetcher fetcher;
  /** Ingests share it; an index commit takes it whole, so a commit never lands between a SQL save and its upsert. */
  private final java.util.concurrent.locks.ReadWriteLock ingestLock =
      new java.util.concurrent.locks.ReentrantReadWriteLock();

  /** State key: the last notice update (to the ms) the committed index holds (see {@link #catchUpIndex()}). */
  static final String INDEX_THROUGH = "index.committedThrough";

  private Pipeline(Config config, Clock clock) {
    this.config = config;
    this.clock = clock;
    Path data = config.settings().dataDir();
    this.db = Database.open(data.resolve("tenderwatch.db"));
    this.store = new NoticeStore(db, caseRules(config.home()));
    this.frontier = new Frontier(db);
    this.archiveDir = data.resolve("warc");
    this.index = openIndex(data.resolve("index"));
    this.saved = SavedSearches.open(db, index, data.resolve("saved-monitor"), clock);
    this.ingest = new Ingest(new Flagger(config.flags()), config.flags().version(), store, index, clock,
        saved::onIndexed);
    this.health = new HealthStore(db);
    this.state = new StateStore(db);
    this.screening = new ScreeningLists(new ScreeningStore(db), aliases(config.home()), clock, ingest::useScreener);
    screening.loadLatest(config.home());
    catchUpIndex();
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

  /** Imports a screening list file as a new list version and re-screens every stored notice with it. */
  public ScreeningLists.ImportReport importList(Path file) {
    return screening.importList(file);
  }

  public ScreeningStore screening() {
    return screening.store();
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

  public HealthStore health() {
    return health;
  }

  /** One pass over one source; {@code since} may be null. */
  public CrawlReport crawl(SourceConfig source, BaseUrls baseUrls, LocalDate since) {
    return crawl(source, baseUrls, since, r -> { }, () -> false);
  }

  /**
   * One pass over one source, telling {@code progress} the counts as it goes and ending early when {@code stop}
   * says so. The pass is recorded in the source's health whatever happens.
   */
  public CrawlReport crawl(SourceConfig source, BaseUrls baseUrls, LocalDate since,
      java.util.function.Consumer<CrawlReport> progress, java.util.function.BooleanSupplier stop) {
    java.time.Instant started = clock.instant();
    try (WarcArchive archive = new WarcArchive(archiveDir, started, source.id())) {
      SourceCrawler crawler = new SourceCrawler(source, config.settings().crawl(), fetcher(), baseUrls, archive,
          frontier, clock, config.settings().timezone(), this::ingestLocked).stopWhen(stop).progress(progress);
      CrawlReport report = crawler.crawl(since);
      commitIndex();
      recordHealth(source, started, report, null);
      return report;
    } catch (RuntimeException e) {
      recordHealth(source, started, null, e.toString());
      throw e;
    }
  }

  private synchronized HttpFetcher fetcher() {
    if (fetcher == null) {
      fetcher = new HttpFetcher(config.settings().crawl(), clock);
    }
    return fetcher;
  }

  private void ingestLocked(FetchedNotice f) {
    ingestLock.readLock().lock();
    try {
      ingest.accept(f);
    } finally {
      ingestLock.readLock().unlock();
    }
  }

  private void recordHealth(SourceConfig source, java.time.Instant started, CrawlReport r, String crash) {
    String outcome;
    String cause;
    if (r == null) {
      outcome = "failed";
      cause = "crawl crashed: " + crash;
    } else if (r.blocked() != null) {
      outcome = "blocked";
      cause = r.blocked();
    } else if (r.listPages() == 0 && !r.failures().isEmpty()) {
      outcome = "failed";
      cause = "no list page could be read: " + r.failures().get(0);
    } else {
      outcome = "ok";
      cause = null;
    }
    r = r != null ? r : new CrawlReport(source.id(), 0, 0, 0, 0, 0, 0, List.of(), java.time.Duration.ZERO);
    health.record(new HealthStore.Run(source.id(), source.name(), started, clock.instant(), outcome, cause,
        r.listPages(), r.notices(), r.updated(), r.notModified(), r.gone(), r.attachments(), r.requests(),
        r.failures().size(), r.parseFailures()), config.settings().crawl().zeroYieldRuns());
  }

  /**
   * After a crash (kill -9) SQL may hold notices the last index commit does not: SQL is written per notice, the
   * index committed per pass. Those notices (updated after the last update the committed index holds) are rebuilt from
   * the archive, exactly as {@code reindex} would, and committed.
   */
  private void catchUpIndex() {
    String through = state.get(INDEX_THROUGH);
    if (through == null && countIndex() == store.count()) {
      commitIndex(); // an index from before the marker existed, complete: start marking
      return;
    }
    java.util.Set<String> lagging = new java.util.HashSet<>(state.noticesUpdatedAfter(through));
    if (lagging.isEmpty()) {
      return;
    }
    LOG.info("index catch-up: {} notice(s) updated since the last index commit, rebuilt from the archive",
        lagging.size());
    try {
      Replay replay = new Replay(lagging);
      WarcArchive.replay(archiveDir, replay::add);
      replay.flush();
      commitIndex();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the archive at " + archiveDir, e);
    }
  }

  private int countIndex() {
    try {
      return index.count();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the index", e);
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
      Replay replay = new Replay(null);
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
    /** Only these notice ids, or every notice when null. */
    private final java.util.Set<String> only;
    private WarcArchive.Archived notice;
    private final Map<String, WarcArchive.Archived> attachments = new LinkedHashMap<>();
    private int notices;

    Replay(java.util.Set<String> only) {
      this.only = only;
    }

    void add(WarcArchive.Archived a) {
      Capture c = a.capture();
      switch (c.kind()) {
        case notice -> {
          flush();
          notice = c.status() >= 200 && c.status() < 300 && !c.truncated()
              && (only == null || only.contains(c.noticeId())) ? a : null;
        }
        case attachment -> {
          if (notice != null && c.noticeId() != null && c.noticeId().equals(notice.capture().noticeId())) {
            attachments.put(c.logicalUri().toString(), a);
          }
        }
        case list, robots -> { }
      }
    }

    void flush() {
      if (notice == null) {
        return;
      }
      Capture c = notice.capture();
      try {
        SourceConfig source = config.source(c.source());
        NoticePage page = NoticePage.parse(source, c, config.settings().timezone());
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

  /** Commits the index and records up to which SQL update it is complete (under the write lock: no ingest is half done). */
  private void commitIndex() {
    ingestLock.writeLock().lock();
    try {
      String through = state.latestNoticeUpdate();
      index.commit();
      if (through != null) {
        state.put(INDEX_THROUGH, through);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot commit the index", e);
    } finally {
      ingestLock.writeLock().unlock();
    }
  }

  @Override
  public void close() {
    synchronized (this) {
      if (fetcher != null) {
        fetcher.close();
      }
    }
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
