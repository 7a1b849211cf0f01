package org.tenderwatch.crawl;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.tenderwatch.archive.WarcArchive;
import org.tenderwatch.config.Proxies;
import org.tenderwatch.config.Settings;
import org.tenderwatch.config.SourceConfig;

/**
 * One pass over one source: list pages newest first ({@link HtmlListWalk}, {@link JsonListWalk}), each new notice
 * with its attachments, then the known notices that are due again ({@link NoticeFetch}). Every response is
 * archived before it is parsed ({@link PageFetcher}), every outcome recorded in the frontier ({@link FrontierLog}).
 * robots.txt is obeyed; a captcha or challenge in place of a list, or notice pages that are all challenges, end
 * the source's pass and are reported as its status, never worked around.
 */
public final class SourceCrawler {
  /** Known notices refetched per pass at most (at 2 s a request: about half an hour). */
  static final int REFRESH_LIMIT = 1000;

  private final SourceConfig source;
  private final Settings.Crawl cfg;
  private final HttpFetcher fetcher;
  private final BaseUrls baseUrls;
  private final WarcArchive archive;
  private final Frontier frontier;
  private final Clock clock;
  private final ZoneId zone;
  private final Consumer<FetchedNotice> sink;
  private BooleanSupplier stop = () -> false;
  private Consumer<CrawlReport> progress = r -> { };

  /**
   * @param fetcher the process's one fetcher: its per-host clock keeps every source polite to a shared host
   * @param zone the portals' time zone (the {@code timezone} setting): list dates, epoch dates, recent notices
   */
  public SourceCrawler(SourceConfig source, Settings.Crawl cfg, HttpFetcher fetcher, BaseUrls baseUrls,
      WarcArchive archive, Frontier frontier, Clock clock, ZoneId zone, Consumer<FetchedNotice> sink) {
    this.source = source;
    this.cfg = cfg;
    this.fetcher = fetcher;
    this.baseUrls = baseUrls;
    this.archive = archive;
    this.frontier = frontier;
    this.clock = clock;
    this.zone = zone;
    this.sink = sink;
  }

  /** Asked between URLs: true ends the pass early (daemon shutdown). */
  public SourceCrawler stopWhen(BooleanSupplier s) {
    this.stop = s;
    return this;
  }

  /** Told the counts so far after every list page and notice. */
  public SourceCrawler progress(Consumer<CrawlReport> p) {
    this.progress = p;
    return this;
  }

  /** Crawls every list of the source, then the known notices due again; {@code since} may be null. */
  public CrawlReport crawl(LocalDate since) {
    CrawlTally tally = new CrawlTally(source.id(), clock);
    BooleanSupplier stopped = () -> tally.blocked != null || stop.getAsBoolean();
    Runnable told = () -> progress.accept(tally.snapshot());
    FrontierLog log = new FrontierLog(source.id(), frontier, new RecrawlPolicy(cfg.recrawl(), zone), clock, tally);
    long delayMs = source.delayMs() != null ? source.delayMs() : cfg.delayMs();
    PageFetcher pages = new PageFetcher(source, cfg.userAgent(), delayMs, Proxies.effective(cfg.proxy(),
        source.proxy()), fetcher, baseUrls, archive, log, tally);
    NoticeFetch notices = new NoticeFetch(source, zone, cfg.maxAttachmentsPerNotice(), pages, log, tally, sink,
        stopped, told, clock);
    for (String list : source.lists()) {
      if (stopped.getAsBoolean()) {
        break;
      }
      switch (source.kind()) {
        case html -> new HtmlListWalk(source, cfg.maxListPages(), zone, pages, log, tally, notices, stopped, told)
            .walk(source.rewrite(URI.create(list)), since);
        case json -> new JsonListWalk(source, cfg.maxListPages(), zone, pages, log, tally, notices, stopped, told)
            .walk(list, since);
      }
    }
    notices.refresh(REFRESH_LIMIT);
    if (tally.blocked == null && tally.challenges > 0 && tally.contentPages == 0) {
      log.blockSource(URI.create(source.lists().get(0)), "every notice page this pass was a challenge ("
          + tally.challenges + "), none held a notice");
    }
    return tally.snapshot();
  }
}
