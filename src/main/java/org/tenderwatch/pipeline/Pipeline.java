package org.tenderwatch.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tenderwatch.archive.ArchiveDamage;
import org.tenderwatch.archive.ArchiveReader;
import org.tenderwatch.archive.WarcArchive;
import java.nio.file.Files;
import org.tenderwatch.cases.CaseStore;
import org.tenderwatch.config.CaseRules;
import org.tenderwatch.config.Config;
import org.tenderwatch.config.ConfigLoader;
import org.tenderwatch.config.EntityAliases;
import org.tenderwatch.screen.ScreeningLists;
import org.tenderwatch.screen.ScreeningStore;
import org.tenderwatch.config.SourceConfig;
import org.tenderwatch.crawl.BaseUrls;
import org.tenderwatch.crawl.CrawlReport;
import org.tenderwatch.crawl.FetchedNotice;
import org.tenderwatch.crawl.HttpFetcher;
import org.tenderwatch.crawl.SourceCrawler;
import org.tenderwatch.flag.Flagger;
import org.tenderwatch.index.NoticeIndex;
import org.tenderwatch.saved.SavedSearches;
import org.tenderwatch.store.Database;
import org.tenderwatch.crawl.Frontier;
import org.tenderwatch.crawl.HealthStore;
import org.tenderwatch.store.NoticeStore;
import org.tenderwatch.store.StateStore;

/**
 * The whole chain, built in one place in data-flow order: crawl → archive → extract → flag → link → store + index.
 * A crawl pass and a replay of the archive ({@link Reindex}) feed the same {@link Ingest} step, so the archive
 * alone rebuilds exactly what the crawl stored.
 */
public final class Pipeline implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Pipeline.class);

  private final Config config;
  private final Clock clock;
  private final Database db;
  private final NoticeStore store;
  private final NoticeWriter writer;
  private final CaseStore cases;
  private final Frontier frontier;
  private final NoticeIndex index;
  private final SavedSearches saved;
  private final Ingest ingest;
  private final Path archiveDir;
  private final ScreeningLists screening;
  private final HealthStore health;
  private final StateStore state;
  /** Ingests share it; an index commit takes it whole, so a commit never lands between a SQL save and its upsert. */
  private final java.util.concurrent.locks.ReadWriteLock ingestLock =
      new java.util.concurrent.locks.ReentrantReadWriteLock();

  /** State key: the last notice update (to the ms) the committed index holds (see {@link #catchUpIndex()}). */
  static final String INDEX_THROUGH = "index.committedThrough";

  private Pipeline(Config config, Clock clock, Path data, Path archiveDir) {
    this.config = config;
    this.clock = clock;
    this.db = Database.open(data.resolve(DataSwap.DATABASE));
    this.store = new NoticeStore(db);
    this.writer = new NoticeWriter(db, caseRules(config.home()));
    this.cases = new CaseStore(store);
    this.frontier = new Frontier(db);
    this.archiveDir = archiveDir;
    this.index = openIndex(data.resolve(DataSwap.INDEX), db);
    this.saved = SavedSearches.open(db, index, data.resolve("saved-monitor"), clock);
    this.ingest = new Ingest(new Flagger(config.flags()), config.flags().version(), writer, index, clock,
        config.settings().attachments(), saved::onIndexed);
    this.health = new HealthStore(db);
    this.state = new StateStore(db);
    this.screening = new ScreeningLists(new ScreeningStore(db), aliases(config.home()), clock, ingest::useScreener);
  }

  /** Loads the screening list and catches the index up; on failure closes what the constructor opened. */
  private Pipeline start() {
    try {
      screening.loadLatest(config.home());
      catchUpIndex();
      return this;
    } catch (RuntimeException e) {
      try {
        close(); // a command in a long-lived process (the daemon, a test) must not keep the index locked
      } catch (RuntimeException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw e;
    }
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

  /** Opens the data folder, first finishing a reindex swap that a crash interrupted (see {@link DataSwap}). */
  public static Pipeline open(Config config, Clock clock) {
    Path data = config.settings().dataDir();
    new DataSwap(data).finishPending();
    return new Pipeline(config, clock, data, data.resolve("warc")).start();
  }

  /** A pipeline whose database and index live in {@code data} but which replays {@code archiveDir} (reindex). */
  static Pipeline openAt(Config config, Clock clock, Path data, Path archiveDir) {
    return new Pipeline(config, clock, data, archiveDir).start();
  }

  private static NoticeIndex openIndex(Path dir, Database db) {
    try {
      return NoticeIndex.open(dir);
    } catch (IOException e) {
      db.close();
      throw new UncheckedIOException("cannot open the index at " + dir, e);
    }
  }

  public NoticeStore store() {
    return store;
  }

  public CaseStore cases() {
    return cases;
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
    try (HttpFetcher fetcher = new HttpFetcher(config.settings().crawl(), clock);
        WarcArchive archive = new WarcArchive(archiveDir, started, source.id())) {
      SourceCrawler crawler = new SourceCrawler(source, config.settings().crawl(), fetcher, baseUrls, archive,
          frontier, clock, this::ingestLocked)
          .zone(config.settings().timezone()).stopWhen(stop).progress(progress);
      CrawlReport report = crawler.crawl(since);
      commitIndex();
      recordHealth(source, started, report, null);
      return report;
    } catch (RuntimeException e) {
      recordHealth(source, started, null, e.toString());
      throw e;
    }
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
    health.record(HealthStore.Run.of(source.id(), source.name(), started, clock.instant(), r, crash),
        config.settings().crawl().zeroYieldRuns());
  }

  /**
   * After a crash (kill -9) SQL may hold notices the last index commit does not (SQL is written per notice, the
   * index committed per pass); a deleted index folder or a full disk lose more. Those notices are rebuilt from the
   * archive, exactly as {@code reindex} would, and committed (see {@link IndexCheck#lagging}).
   */
  private void catchUpIndex() {
    java.util.Set<String> lagging = IndexCheck.lagging(state, index);
    if (!lagging.isEmpty()) {
      LOG.info("index catch-up: {} notice(s) missing from the index or updated since its last commit, rebuilt "
          + "from the archive", lagging.size());
      replay(lagging, d -> LOG.warn("archive damaged: {}", d));
    }
    if (!lagging.isEmpty() || state.get(INDEX_THROUGH) == null) {
      commitIndex(); // an index from before the marker existed, complete: start marking
    }
  }

  /**
   * Replays the archive (only the notices in {@code only}, or all when null) through the ingest step; returns the
   * ids rebuilt. Attachments follow their notice in the archive: one notice in memory at a time.
   */
  java.util.Set<String> replay(java.util.Set<String> only, java.util.function.Consumer<ArchiveDamage> damage) {
    ArchiveReplay replay = new ArchiveReplay(config, ingest::accept, damage, only);
    try {
      ArchiveReader.replay(archiveDir, replay::add, damage);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the archive at " + archiveDir, e);
    }
    replay.flush();
    return replay.rebuilt();
  }

  /** Commits the index and records up to which SQL update it is complete (under the write lock: no ingest is half done). */
  void commitIndex() {
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
    close(false);
  }

  /** Closes leaving the database as one file (no -wal), ready to be moved: reindex's build. */
  void closeAsOneFile() {
    close(true);
  }

  private void close(boolean oneFile) {
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
    if (oneFile) {
      db.closeAsOneFile();
    } else {
      db.close();
    }
  }
}
