package org.tenderwatch.archive;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One HTTP response as fetched, with what it is for.
 *
 * @param fetchedUri the URI actually requested (a mirror's, under --base-url)
 * @param logicalUri the portal's own URI, the one analysts cite and notice ids derive from
 * @param kind list, notice, attachment or robots
 * @param source the source id
 * @param noticeId for notices and attachments: the notice they belong to; null for list pages
 * @param attachmentName for attachments: the file name as the notice gives it
 * @param headers response headers (lower-case names)
 * @param truncated true when the body was cut at the size cap
 */
public record Capture(
    URI fetchedUri,
    URI logicalUri,
    Kind kind,
    String source,
    String noticeId,
    String attachmentName,
    Instant fetchedAt,
    int status,
    Map<String, List<String>> headers,
    byte[] body,
    boolean truncated) {

  public enum Kind {
    list,
    notice,
    attachment,
    /** A host's robots.txt: archived like every response, so what the crawler obeyed is on record. */
    robots
  }

  public String header(String name) {
    List<String> v = headers.get(name.toLowerCase(java.util.Locale.ROOT));
    return v == null || v.isEmpty() ? null : v.get(0);
  }
}
