package org.tenderwatch.crawl;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The counts of one pass over one source, kept in one place so the walks and the notice fetches only say what
 * happened ({@code tally.notices++}) and the report is built from one snapshot. One pass, one thread.
 */
final class CrawlTally {
  private final String source;
  private final Clock clock;
  private final Instant start;
  int listPages;
  int notices;
  int updated;
  int notModified;
  int gone;
  int known;
  int older;
  int attachments;
  int requests;
  int parseFailures;
  /** Notice pages in this pass that held notice content (new, updated or unchanged). */
  int contentPages;
  /** Notice pages in this pass that were challenges (captcha, JS cookie/reload script) instead of the notice. */
  int challenges;
  /** Why the source cannot run unattended, or null. */
  String blocked;
  private final List<String> failures = new ArrayList<>();

  CrawlTally(String source, Clock clock) {
    this.source = source;
    this.clock = clock;
    this.start = clock.instant();
  }

  void fail(URI url, String cause) {
    failures.add(url + ": " + cause);
  }

  CrawlReport snapshot() {
    return new CrawlReport(source, listPages, notices, known, older, attachments, requests, List.copyOf(failures),
        Duration.between(start, clock.instant()), updated, notModified, gone, parseFailures, blocked);
  }
}
