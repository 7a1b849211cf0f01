package org.tenderwatch.pipeline;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.tenderwatch.config.Config;
import org.tenderwatch.config.SourceConfig;
import org.tenderwatch.crawl.CrawlReport;
import org.tenderwatch.store.HealthStore;

/** What a crawl pass leaves in its source's health, whatever happened in it. */
final class PassHealth {
  private PassHealth() {}

  /** Records one pass of {@code source} in its health: ok, blocked or failed, with the cause and the counts. */
  static void record(HealthStore health, Config config, Clock clock, SourceConfig source, Instant started,
      CrawlReport r, String crash) {
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
}
