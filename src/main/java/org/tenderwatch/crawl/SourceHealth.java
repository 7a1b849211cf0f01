package org.tenderwatch.crawl;

import java.time.Instant;

/**
 * How one source is doing, for {@code tenderwatch status}.
 *
 * @param status "ok", "never run", "blocked: why", "failing: …", "zero yield: …" or "layout: …"
 * @param lastRunAt the last pass's end, or null
 * @param lastSuccessAt the last pass that read its lists, or null
 * @param lastNotices new notices in the last pass
 * @param noticesPerRun mean new notices over the recent passes
 * @param consecutiveFailures passes in a row that failed or were blocked
 * @param parseFailures list pages without their container in the last pass
 * @param zeroYieldRuns passes in a row without a new notice, counted only once the source has yielded
 * @param runs passes recorded
 */
public record SourceHealth(
    String source,
    String name,
    String status,
    Instant lastRunAt,
    Instant lastSuccessAt,
    int lastNotices,
    double noticesPerRun,
    int consecutiveFailures,
    int parseFailures,
    int zeroYieldRuns,
    int runs) {

  /**
   * The status line from the counts, most urgent first: a person is needed (blocked), nothing works (failing),
   * the portal probably changed (layout, zero yield), else ok.
   */
  static String status(String outcome, String cause, int consecutiveFailures, int parseFailures, int zeroYieldRuns,
      int alarmAfter) {
    if ("blocked".equals(outcome)) {
      return "blocked: " + cause;
    }
    if (consecutiveFailures > 0) {
      return "failing: " + consecutiveFailures + " run(s) in a row: " + cause;
    }
    if (parseFailures > 0) {
      return "layout: " + parseFailures + " list page(s) without their container";
    }
    if (zeroYieldRuns >= alarmAfter) {
      return "zero yield: " + zeroYieldRuns + " runs without a new notice (it used to yield)";
    }
    return "ok";
  }
}
