package org.tenderwatch.crawl;

import java.net.URI;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Watches one channel walk for a possible gap: the oldest publication time it met (the gap's end) and whether it met
 * any known notice. A walk that reads to crawl.maxListPages meeting none tells {@link SourceCrawler.CapReached}
 * (crawl.search.Gaps records it; the next search pass fills it).
 */
final class CapWatch {
  private final String source;
  private final URI first;
  private final CrawlTally tally;
  private final int knownBefore;
  private LocalDateTime oldestSeen;

  CapWatch(String source, URI first, CrawlTally tally) {
    this.source = source;
    this.first = first;
    this.tally = tally;
    this.knownBefore = tally.known;
  }

  /** Notes the dates of one list page's entries (before they are visited). */
  void saw(List<NoticeFetch.ListItem> items) {
    for (NoticeFetch.ListItem item : items) {
      if (item.date() != null && (oldestSeen == null || item.date().isBefore(oldestSeen))) {
        oldestSeen = item.date();
      }
    }
  }

  /** The walk ended at the page cap: a gap when every entry was new, unless the pass was stopped. */
  void capReached(BooleanSupplier stopped, Consumer<SourceCrawler.CapReached> to) {
    if (tally.known == knownBefore && !stopped.getAsBoolean()) {
      to.accept(new SourceCrawler.CapReached(source, first.toString(), oldestSeen));
    }
  }
}
