package org.tenderwatch.crawl;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.tenderwatch.config.Settings;

/**
 * When a URL is due again, from what just happened to it. Pure: the frontier stores the answer.
 *
 * <table>
 *   <caption>next fetch</caption>
 *   <tr><th>outcome</th><th>due again</th></tr>
 *   <tr><td>fetched / not modified, published within recentDays</td><td>after recentEveryHours</td></tr>
 *   <tr><td>fetched / not modified, older</td><td>after olderEveryHours (0 = never)</td></tr>
 *   <tr><td>failed (n-th time in a row)</td><td>after retryMinutes × 2^(n-1), at most a day</td></tr>
 *   <tr><td>blocked (robots.txt, challenge)</td><td>after a day</td></tr>
 *   <tr><td>gone (404/410)</td><td>never: the notice and its archive stay</td></tr>
 * </table>
 */
public record RecrawlPolicy(Settings.Recrawl cfg, ZoneId zone) {
  static final Duration MAX_RETRY = Duration.ofDays(1);

  /**
   * @param failuresSoFar consecutive failures before this outcome
   * @param published the notice's publication time, or null (treated as recent)
   */
  public Instant next(Frontier.Status status, int failuresSoFar, LocalDateTime published, Instant now) {
    return switch (status) {
      case fetched, not_modified -> {
        boolean recent = published == null
            || !published.atZone(zone).toInstant().isBefore(now.minus(Duration.ofDays(cfg.recentDays())));
        if (recent) {
          yield now.plus(Duration.ofHours(cfg.recentEveryHours()));
        }
        yield cfg.olderEveryHours() == 0 ? null : now.plus(Duration.ofHours(cfg.olderEveryHours()));
      }
      case failed -> {
        Duration d = Duration.ofMinutes(cfg.retryMinutes()).multipliedBy(1L << Math.min(16, failuresSoFar));
        yield now.plus(d.compareTo(MAX_RETRY) > 0 ? MAX_RETRY : d);
      }
      case blocked -> now.plus(MAX_RETRY);
      case gone, discovered -> null;
    };
  }
}
