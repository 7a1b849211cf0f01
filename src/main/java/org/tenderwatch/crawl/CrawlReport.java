package org.tenderwatch.crawl;

import java.time.Duration;
import java.util.List;

/**
 * What one pass over one source did.
 *
 * @param listPages list pages (or API pages) fetched
 * @param notices new notices fetched and handed on
 * @param known list entries skipped because an earlier pass already has them
 * @param older list entries skipped because they predate --since
 * @param attachments attachments fetched
 * @param requests HTTP requests made, retries, redirects and robots.txt included
 * @param failures one line per failed URL: "url: cause"
 * @param updated known notices refetched because due, that had changed (handed on again)
 * @param notModified known notices refetched because due, unchanged (304 or the same SHA-256): not re-extracted
 * @param gone known notices that now answer 404/410 (kept, marked gone)
 * @param parseFailures list pages without their container (the portal changed its layout)
 * @param blocked why the source cannot run unattended (captcha, JS challenge), or null
 */
public record CrawlReport(
    String source,
    int listPages,
    int notices,
    int known,
    int older,
    int attachments,
    int requests,
    List<String> failures,
    Duration elapsed,
    int updated,
    int notModified,
    int gone,
    int parseFailures,
    String blocked) {

  /** The foundation's report fields: nothing refetched, nothing blocked. */
  public CrawlReport(String source, int listPages, int notices, int known, int older, int attachments, int requests,
      List<String> failures, Duration elapsed) {
    this(source, listPages, notices, known, older, attachments, requests, failures, elapsed, 0, 0, 0, 0, null);
  }
}
