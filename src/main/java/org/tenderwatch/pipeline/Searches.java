package org.tenderwatch.pipeline;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;
import org.tenderwatch.config.SourceConfig;
import org.tenderwatch.crawl.BaseUrls;
import org.tenderwatch.crawl.CrawlReport;
import org.tenderwatch.crawl.search.Gaps;
import org.tenderwatch.crawl.search.SearchPass;
import org.tenderwatch.crawl.search.SearchTerms;
import org.tenderwatch.crawl.search.SearchWindows;
import org.tenderwatch.saved.SavedSearchTerms;

/**
 * The passes of a search source, wired into the pipeline: two crawlers sharing one fetcher (per-host politeness) and
 * one archive file, the search source's for its result pages and the notice source's for the hits, whose notices
 * take the ordinary path and the notice source's ids. The pass is recorded in the search source's health.
 */
final class Searches {
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Searches.class);
  /** After a rate-limit page the delay to the search host doubles, from at least this much (ms) … */
  static final long SLOWER_FROM_MS = 250;
  /** … to at most this much (ms), for the rest of the pass (the next pass of the host starts at the normal pace). */
  static final long SLOWEST_MS = 60_000;

  private Searches() {}

  /** The daily safety net: the open gaps of the notice source, then today and search.recentDays before. */
  static CrawlReport daily(Passes p, SourceConfig source, BaseUrls baseUrls, Consumer<CrawlReport> progress,
      BooleanSupplier stop) {
    return run(p, source, baseUrls, stop, pass -> {
      Gaps gaps = p.gaps();
      String target = source.search().notices();
      for (Gaps.Gap g : gaps.open(target)) {
        if (!pass.period(g.from(), g.to())) {
          return null;
        }
        gaps.filled(g, source.id(), p.clock().instant());
      }
      LocalDate today = LocalDate.now(p.clock().withZone(p.config().settings().timezone()));
      pass.period(today.minusDays(source.search().recentDays()), today);
      return null;
    });
  }

  static CrawlReport backfill(Passes p, SourceConfig source, BaseUrls baseUrls, LocalDate since, LocalDate until,
      SearchPass.Listener listener, BooleanSupplier stop) {
    return run(p, source, baseUrls, stop, pass -> {
      pass.listener(listener).backfill(new SearchWindows(p.database(), source.id(), since, until), since, until);
      return null;
    });
  }

  /** The plain words and phrases of every saved search when search.savedSearches is on, else none. */
  private static List<String> savedTerms(Passes p) {
    return !p.config().settings().search().savedSearches() ? List.of()
        : p.savedQueries().stream().flatMap(q -> SavedSearchTerms.plain(q).stream()).toList();
  }

  private static CrawlReport run(Passes p, SourceConfig source, BaseUrls baseUrls, BooleanSupplier stop,
      Function<SearchPass, Void> work) {
    if (source.kind() != SourceConfig.Kind.search) {
      throw new IllegalArgumentException(source.id() + " is not a search source (kind: " + source.kind() + ")");
    }
    SourceConfig target = p.config().source(source.search().notices());
    return p.pass(source, (fetcher, archive, started) -> {
      SearchPass pass = new SearchPass(source, p.crawler(source, fetcher, baseUrls, archive, stop),
          p.crawler(target, fetcher, baseUrls, archive, stop),
          SearchTerms.of(p.config().flags(), source.search(), savedTerms(p)), stop);
      URI searchHost = baseUrls.physical(URI.create(source.search().url().replaceAll("\\{\\w+}", "0")));
      if (fetcher.delays().endSlowDown(searchHost) > 0) {
        LOG.info("{}: the last pass's slow-down ends: search requests at the normal pace again", source.id());
      }
      AtomicLong delay = new AtomicLong(source.delayMs() != null ? source.delayMs()
          : p.config().settings().crawl().delayMs());
      pass.onRetries(() -> {
        long d = Math.min(SLOWEST_MS, Math.max(SLOWER_FROM_MS, 2 * delay.get()));
        delay.set(d);
        fetcher.delays().slowDown(searchHost, d);
        LOG.info("{}: retried result page: {} ms between search requests from now on", source.id(), d);
      });
      work.apply(pass);
      return pass.report(p.clock(), started);
    });
  }
}
