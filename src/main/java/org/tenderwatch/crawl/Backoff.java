package org.tenderwatch.crawl;

import java.time.Duration;

/**
 * How long to wait before the next attempt at a URL: exponential from the host delay (at least 1 s), or the
 * server's Retry-After when it says more. A Retry-After longer than {@link #MAX_RETRY_AFTER} is not waited for in
 * this pass at all: the fetch fails with the server's word and the frontier makes the URL due no earlier than
 * the server asked (the next pass retries it).
 */
final class Backoff {
  /** The longest Retry-After waited for inside one pass (so one slow host cannot hold a pass for hours). */
  static final Duration MAX_RETRY_AFTER = Duration.ofSeconds(120);

  private Backoff() {}

  /** The wait before attempt {@code attempt} (2, 3, …) after the response {@code last}. */
  static Duration before(FetchResult last, int attempt, long delayMs) {
    Duration exp = Duration.ofMillis(Math.max(1000, delayMs) * (1L << Math.min(20, attempt - 2)));
    Duration retryAfter = retryAfter(last);
    return retryAfter != null && retryAfter.compareTo(exp) > 0 ? retryAfter : exp;
  }

  /** True when the server asked for more quiet than one pass waits: retry on a later pass, not now. */
  static boolean deferred(FetchResult r) {
    Duration d = retryAfter(r);
    return d != null && d.compareTo(MAX_RETRY_AFTER) > 0;
  }

  /** The cause stored for a deferred URL; {@link #deferredFor} reads the seconds back. */
  static String deferredCause(FetchResult r) {
    return r.cause() + " with Retry-After " + retryAfter(r).toSeconds() + " s (over the " + MAX_RETRY_AFTER.toSeconds()
        + " s a pass waits): retried on a later pass";
  }

  /** The Retry-After of a deferred failure, from its stored cause, or null. */
  static Duration deferredFor(String cause) {
    var m = cause == null ? null : java.util.regex.Pattern.compile("Retry-After (\\d+) s \\(over").matcher(cause);
    return m != null && m.find() ? Duration.ofSeconds(Long.parseLong(m.group(1))) : null;
  }

  /**
   * The server's Retry-After: delay-seconds, or an HTTP-date counted from when the request was sent; null when
   * absent or unreadable (our own back-off then). A date in the past is no wait.
   */
  static Duration retryAfter(FetchResult r) {
    String v = r == null ? null : r.header("retry-after");
    if (v == null || v.isBlank()) {
      return null;
    }
    if (v.trim().matches("\\d{1,7}")) {
      return Duration.ofSeconds(Long.parseLong(v.trim()));
    }
    try {
      java.time.Instant at = java.time.ZonedDateTime.parse(v.trim(),
          java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
      Duration d = Duration.between(r.fetchedAt(), at);
      return d.isNegative() ? Duration.ZERO : Duration.ofSeconds(d.toSeconds());
    } catch (java.time.format.DateTimeParseException e) {
      return null;
    }
  }
}
