package org.tenderwatch.crawl;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The outcome of one fetch: a response (any status) or a transport failure. Never an exception.
 *
 * @param uri the URI fetched
 * @param status the HTTP status, or 0 when no response arrived
 * @param headers response headers, names in lower case
 * @param truncated true when the body hit the size cap and was cut
 * @param error why no (complete) response arrived, else null
 * @param attempts how many requests it took
 */
public record FetchResult(
    URI uri,
    int status,
    Map<String, List<String>> headers,
    byte[] body,
    boolean truncated,
    String error,
    Instant fetchedAt,
    int attempts) {

  public boolean ok() {
    return error == null && status >= 200 && status < 300;
  }

  public String header(String name) {
    List<String> v = headers.get(name);
    return v == null || v.isEmpty() ? null : v.get(0);
  }

  FetchResult withAttempts(int n) {
    return new FetchResult(uri, status, headers, body, truncated, error, fetchedAt, n);
  }

  FetchResult withError(String why) {
    return new FetchResult(uri, status, headers, body, truncated, why, fetchedAt, attempts);
  }

  /** A short cause for the frontier: "HTTP 404", "timeout after 60000 ms", … */
  public String cause() {
    if (error != null) {
      return error;
    }
    return ok() ? null : "HTTP " + status;
  }
}
