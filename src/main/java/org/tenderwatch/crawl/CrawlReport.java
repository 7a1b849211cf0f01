package org.tenderwatch.crawl;

import java.time.Duration;
import java.util.List;

/**
 * What one pass over one source did.
 *
 * @param listPages list pages (or API pages) fetched
 * @param notices notices fetched and handed on
 * @param known list entries skipped because an earlier pass already has them
 * @param older list entries skipped because they predate --since
 * @param attachments attachments fetched
 * @param requests HTTP requests made, retries included
 * @param failures one line per failed URL: "url: cause"
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
    Duration elapsed) {}
