package org.tenderwatch.pipeline;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.function.BooleanSupplier;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.tenderwatch.archive.WarcArchive;
import org.tenderwatch.config.Config;
import org.tenderwatch.config.SourceConfig;
import org.tenderwatch.crawl.BaseUrls;
import org.tenderwatch.crawl.CrawlReport;
import org.tenderwatch.crawl.FetchedNotice;
import org.tenderwatch.crawl.Frontier;
import org.tenderwatch.crawl.HttpFetcher;
import org.tenderwatch.crawl.SourceCrawler;
import org.tenderwatch.crawl.search.Gaps;
import org.tenderwatch.store.Database;

/**
 * Crawl passes: all through the pipeline's one fetcher (politeness per host across sources and passes), each with
 * its own archive file, its notices through the pipeline's ingest, the index committed and the source's health
 * recorded at the end whatever happens. A channel pass records the gaps it meets;
 * a search pass ({@link Searches}) runs two crawlers in one pass.
 */
final class Passes {
  /** One pass's work, given the shared fetcher, the pass's archive and start. */
  @FunctionalInterface
  interface Work {
    CrawlReport run(HttpFetcher fetcher, WarcArchive archive, Instant started);
  }

  /** Records a pass in the source's health: its report, or the crash that ended it. */
  @FunctionalInterface
  interface HealthRecorder {
    void record(SourceConfig source, Instant started, CrawlReport report, String crash);
  }

  private final Config config;
  private final Clock clock;
  private final Database db;
  private final HttpFetcher fetcher;
  private final Frontier frontier;
  private final Path archiveDir;
  private final Consumer<FetchedNotice> ingest;
  private final Runnable commitIndex;
  private final HealthRecorder health;
  private final Gaps gaps;
  private final Supplier<List<String>> savedQueries;

  /** @param savedQueries the queries of the saved searches as they are now (search.savedSearches) */
  Passes(Config config, Clock clock, Database db, HttpFetcher fetcher, Frontier frontier, Path archiveDir,
      Consumer<FetchedNotice> ingest, Runnable commitIndex, HealthRecorder health,
      Supplier<List<String>> savedQueries) {
    this.config = config;
    this.clock = clock;
    this.db = db;
    this.fetcher = fetcher;
    this.frontier = frontier;
    this.archiveDir = archiveDir;
    this.ingest = ingest;
    this.commitIndex = commitIndex;
    this.health = health;
    this.gaps = new Gaps(db);
    this.savedQueries = savedQueries;
  }

  /** A channel pass: lists, new notices, due ones; a walk that reaches its page cap unmet records a gap. */
  CrawlReport crawl(SourceConfig source, BaseUrls baseUrls, LocalDate since, Consumer<CrawlReport> progress,
      BooleanSupplier stop) {
    return pass(source, (fetcher, archive, started) -> crawler(source, fetcher, baseUrls, archive, stop)
        .progress(progress).onCapReached(c -> gaps.reached(c, started)).crawl(since));
  }

  CrawlReport pass(SourceConfig source, Work work) {
    Instant started = clock.instant();
    try (WarcArchive archive = new WarcArchive(archiveDir, started, source.id())) {
      CrawlReport report = work.run(fetcher, archive, started);
      commitIndex.run();
      health.record(source, started, report, null);
      return report;
    } catch (RuntimeException e) {
      health.record(source, started, null, e.toString());
      throw e;
    }
  }

  /** A crawler of one source whose notices go through the ordinary ingest. */
  SourceCrawler crawler(SourceConfig source, HttpFetcher fetcher, BaseUrls baseUrls, WarcArchive archive,
      BooleanSupplier stop) {
    return new SourceCrawler(source, config.settings().crawl(), fetcher, baseUrls, archive, frontier, clock,
        config.settings().timezone(), ingest).stopWhen(stop);
  }

  List<String> savedQueries() {
    return savedQueries.get();
  }

  Gaps gaps() {
    return gaps;
  }

  Config config() {
    return config;
  }

  Clock clock() {
    return clock;
  }

  Database database() {
    return db;
  }
}
