package org.tenderwatch.crawl;

import java.time.ZoneId;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.tenderwatch.config.SourceConfig;

/**
 * What a walk over one channel list works with, whether the list is HTML pages ({@link HtmlListWalk}) or a JSON API
 * ({@link JsonListWalk}).
 */
abstract class ListWalk {
  /**
   * One pass's parts a walk works with.
   *
   * @param maxListPages crawl.maxListPages, the page cap
   * @param zone the portals' time zone, for list dates
   * @param stopped true once the pass must stop (source blocked, daemon stopping)
   * @param progress told after each list page
   */
  record Parts(SourceConfig source, int maxListPages, ZoneId zone, PageFetcher pages, FrontierLog log, CrawlTally tally,
      NoticeFetch notices, BooleanSupplier stopped, Runnable progress) {}

  protected final SourceConfig source;
  protected final int maxListPages;
  protected final ZoneId zone;
  protected final PageFetcher pages;
  protected final FrontierLog log;
  protected final CrawlTally tally;
  protected final NoticeFetch notices;
  protected final BooleanSupplier stopped;
  protected final Runnable progress;
  /** Told when the walk reads to the page cap, the list going on, without meeting a known notice. */
  protected final Consumer<SourceCrawler.CapReached> capReached;

  ListWalk(Parts p, Consumer<SourceCrawler.CapReached> capReached) {
    this.source = p.source();
    this.maxListPages = p.maxListPages();
    this.zone = p.zone();
    this.pages = p.pages();
    this.log = p.log();
    this.tally = p.tally();
    this.notices = p.notices();
    this.stopped = p.stopped();
    this.progress = p.progress();
    this.capReached = capReached;
  }
}
