package org.tenderwatch.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tenderwatch.archive.ArchiveDamage;
import org.tenderwatch.cases.CaseStore;
import org.tenderwatch.config.Config;
import org.tenderwatch.screen.ScreeningLists;
import org.tenderwatch.screen.ScreeningStore;
import org.tenderwatch.config.SourceConfig;
import org.tenderwatch.crawl.BaseUrls;
import org.tenderwatch.crawl.CrawlReport;
import org.tenderwatch.crawl.FetchedNotice;
import org.tenderwatch.crawl.HttpFetcher;
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
  /** One fetcher per process: sources sharing a host (the daemon runs them at once) share its clock. */
  private final HttpFetcher fetcher;
  private final Passes passes;
  private final OpenMode mode;
  /** Ingests share it; an index commit takes it whole, so a commit never lands between a SQL save and its upsert. */
  private final java.util.concurrent.locks.ReadWriteLock ingestLock =
      new java.util.concurrent.locks.ReentrantReadWriteLock();
  private final SharedUse users = new SharedUse();
  private final CommitCadence cadence;
  private final IndexSync sync;

  private Pipeline(Config config, Clock clock, Path data, Path archiveDir, OpenMode mode) {
    this.config = config;
    this.clock = clock;
    this.fetcher = new HttpFetcher(config.settings().crawl(), clock);
    this.mode = mode;
    this.cadence = new CommitCadence(config.settings().index(), clock);
    var where = config.settings().store();
    this.db = mode == OpenMode.READ ? Database.openReadOnly(data.resolve(DataSwap.DATABASE), where)
        : Database.open(data.resolve(DataSwap.DATABASE), where);
    this.store = new NoticeStore(db);
    this.writer = new NoticeWriter(db, Opening.caseRules(config.home()));
    this.cases = new CaseStore(store);
    this.frontier = new Frontier(db);
    this.archiveDir = archiveDir;
    this.index = Opening.index(data.resolve(DataSwap.INDEX), mode == OpenMode.WRITE, db);
    this.saved = mode == OpenMode.WRITE ? SavedSearches.open(db, index, data.resolve("saved-monitor"), clock)
        : SavedSearches.openReader(db, index, clock);
    this.ingest = new Ingest(new Flagger(config.flags()), config.flags().version(), writer, index, clock,
        config.settings().attachments(), saved::onIndexed);
    this.health = new HealthStore(db);
    this.state = new StateStore(db);
    this.passes = new Passes(config, clock, db, fetcher, frontier, archiveDir, this::ingestLocked, this::commitIndex,
        this::recordHealth, () -> saved.list().stream().map(org.tenderwatch.saved.SavedSearch::query).toList());
    this.screening = new ScreeningLists(new ScreeningStore(db), Opening.aliases(config.home()), clock, ingest::useScreener);
    org.tenderwatch.store.ChangeLog changes = new org.tenderwatch.store.ChangeLog(db);
    java.util.function.Consumer<ArchiveDamage> damaged = d -> LOG.warn("archive damaged: {}", d);
    org.tenderwatch.crawl.FetchJournal journal = new org.tenderwatch.crawl.FetchJournal(db, archiveDir, clock);
    this.sync = new IndexSync(state, changes, index, mode == OpenMode.WRITE ? changes.joinAsNode() : null,
        ids -> ArchiveReplay.fromJournal(config, journal, changes::url, ingest::indexOnly, damaged, ids).unread(),
        ids -> ArchiveReplay.run(config, archiveDir, ingest::indexOnly, damaged, ids), clock);
  }

  /** A writer loads the screening list and catches the index up; READ and SQL write neither (see IndexCheck). */
  private Pipeline start() {
    if (mode != OpenMode.WRITE) {
      return this;
    }
    try {
      screening.loadLatest(config.home());
      catchUpIndex();
      return this;
    } catch (RuntimeException e) {
      close(); // a long-lived process (the daemon, a test) must not keep the index locked
      throw e;
    }
  }

  /** Imports a screening list file as a new list version and re-screens every stored notice with it. */
  public ScreeningLists.ImportReport importList(Path file) {
    return screening.importList(file);
  }

  public ScreeningStore screening() {
    return screening.store();
  }

  /** For writing, first finishing a swap a crash interrupted (DataSwap); the caller holds the writer lock. */
  public static Pipeline open(Config config, Clock clock) {
    Path data = config.settings().dataDir();
    new DataSwap(data).finishPending();
    return new Pipeline(config, clock, data, config.settings().archive().resolve(data), OpenMode.WRITE).start();
  }

  /** READ and SQL need a folder some writer set up; they neither finish a pending swap nor catch the index up. */
  public static Pipeline open(Config config, Clock clock, OpenMode mode) {
    if (mode == OpenMode.WRITE) {
      return open(config, clock);
    }
    Path data = config.settings().dataDir();
    return new Pipeline(config, clock, data, config.settings().archive().resolve(data), mode).start();
  }

  /** A pipeline whose database and index live in {@code data} but which replays {@code archiveDir} (reindex). */
  static Pipeline openAt(Config config, Clock clock, Path data, Path archiveDir) {
    return new Pipeline(config, clock, data, archiveDir, OpenMode.WRITE).start();
  }

  /** The same pipeline for one more user (a command the daemon runs for another process); each user closes it. */
  public Pipeline share() {
    users.join();
    return this;
  }

  /** Closes {@code resource} (the writer lock, say) last when the pipeline closes; later ones first. */
  public Pipeline releasing(AutoCloseable resource) {
    users.releaseLast(resource);
    return this;
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
    return source.kind() == SourceConfig.Kind.search ? Searches.daily(passes, source, baseUrls, progress, stop)
        : passes.crawl(source, baseUrls, since, progress, stop);
  }

  /** Walks since..until through a search source's portal search, window by window, resumable ({@link Searches}). */
  public CrawlReport backfill(SourceConfig source, BaseUrls baseUrls, LocalDate since, LocalDate until,
      org.tenderwatch.crawl.search.SearchPass.Listener listener, java.util.function.BooleanSupplier stop) {
    return Searches.backfill(passes, source, baseUrls, since, until, listener, stop);
  }

  /** Channel gaps: recorded by channel passes, filled by search passes. */
  public org.tenderwatch.crawl.search.Gaps gaps() {
    return passes.gaps();
  }

  private void ingestLocked(FetchedNotice f) {
    ingestLock.readLock().lock();
    try {
      ingest.accept(f);
    } finally {
      ingestLock.readLock().unlock();
    }
    if (cadence.due()) {
      commitIndex(); // other processes read only commits: a long pass shows up in their searches as it goes
    }
  }

  private void recordHealth(SourceConfig source, java.time.Instant started, CrawlReport r, String crash) {
    health.record(HealthStore.Run.of(source.id(), source.name(), started, clock.instant(), r, crash),
        config.settings().crawl().zeroYieldRuns());
  }

  /**
   * After a crash (kill -9) SQL may hold notices the last index commit does not (SQL is written per notice, the
   * index committed per pass); a deleted index folder or a full disk lose more, and other nodes of a cluster store
   * notices all the time. Those notices are indexed again from the archive and committed ({@link IndexSync}).
   */
  private void catchUpIndex() {
    ingestLock.writeLock().lock();
    try {
      sync.catchUp();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot commit the index", e);
    } finally {
      ingestLock.writeLock().unlock();
    }
  }

  /**
   * Replays the archive (only the notices in {@code only}, or all when null) through the ingest step; returns the
   * ids rebuilt. Attachments follow their notice in the archive: one notice in memory at a time.
   */
  java.util.Set<String> replay(java.util.Set<String> only, java.util.function.Consumer<ArchiveDamage> damage) {
    return ArchiveReplay.run(config, archiveDir, ingest::accept, damage, only);
  }

  /** A cluster node's timer: indexes and commits what other nodes stored since the last commit, if anything. */
  public void followStore() throws IOException {
    if (sync.behind()) {
      commitIndex();
    }
  }

  /** Indexes other nodes' changes, then commits recording the store change the index is complete through. */
  public void commitIndex() {
    ingestLock.writeLock().lock();
    try {
      cadence.committed();
      sync.commit();
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
    if (!users.leave()) {
      return;
    }
    fetcher.close();
    Opening.closeQuietly(saved, "the saved-search monitor");
    Opening.closeQuietly(index, "the index");
    if (oneFile) {
      db.closeAsOneFile();
    } else {
      db.close();
    }
    users.releaseAll();
  }
}
