package org.tenderwatch.crawl;

import java.net.URI;
import org.tenderwatch.archive.ArchivedRecord;
import org.tenderwatch.archive.Capture;
import org.tenderwatch.archive.WarcArchive;
import org.tenderwatch.config.SourceConfig;

/**
 * Fetches a portal URL for one source: asks the host's robots.txt first, maps the URL onto the mirror (if any),
 * goes through the process's one polite {@link HttpFetcher}, and archives whatever response arrives before anyone
 * parses it.
 */
final class PageFetcher {
  /**
   * A response and where it was archived; {@code error} says why it is not usable (no response, cut, rate-limited,
   * broken body), {@code blocked} why it was not requested at all (robots.txt).
   */
  record Fetched(Capture capture, ArchivedRecord archived, String error, String blocked) {}

  private final SourceConfig source;
  private final HttpFetcher fetcher;
  private final BaseUrls baseUrls;
  private final WarcArchive archive;
  private final long delayMs;
  private final String proxy;
  private final Robots robots;
  private final FrontierLog log;
  private final CrawlTally tally;
  private final FetchJournal journal;
  /** Requests the last fetch took (retries of a rate-limit page or an error; robots.txt not counted). */
  private int lastAttempts;

  PageFetcher(SourceConfig source, String userAgent, long delayMs, String proxy, HttpFetcher fetcher,
      BaseUrls baseUrls, WarcArchive archive, FrontierLog log, CrawlTally tally, FetchJournal journal) {
    this.source = source;
    this.fetcher = fetcher;
    this.baseUrls = baseUrls;
    this.archive = archive;
    this.delayMs = delayMs;
    this.proxy = proxy;
    this.log = log;
    this.tally = tally;
    this.journal = journal;
    this.robots = new Robots(userAgent, this::fetchRobots);
  }

  Fetched fetch(URI logical, Capture.Kind kind, String noticeId, byte[] postBody, String name,
      Frontier.Entry validators) {
    boolean journalled = kind == Capture.Kind.notice || kind == Capture.Kind.attachment;
    return fetch(logical, kind, noticeId, postBody, name, validators, journalled ? logical.toString() : null);
  }

  /**
   * A backfill's result page: its archived response journalled under {@code key} when there is a sound one that
   * still {@code reads} as a result page (the page reached the archive before a kill cut the handling of its hits),
   * else fetched, and journalled under the key just before its record is written when it is good.
   */
  Fetched result(URI logical, byte[] postBody, String key, java.util.function.Predicate<Capture> reads) {
    WarcArchive.Archived a = journal.replay(key, logical);
    if (a != null && reads.test(a.capture())) {
      lastAttempts = 0;
      return new Fetched(a.capture(), a.record(), null, null);
    }
    return fetch(logical, Capture.Kind.list, null, postBody, null, null, key);
  }

  /** Forgets the journalled result pages under {@code keys} (their window is done). */
  void forgetResults(java.util.Collection<String> keys) {
    journal.forget(keys);
  }

  /** @param journalKey where a good response is noted in the fetch journal, or null when it is not */
  private Fetched fetch(URI logical, Capture.Kind kind, String noticeId, byte[] postBody, String name,
      Frontier.Entry validators, String journalKey) {
    Robots.Verdict v = robots.check(logical);
    if (!v.allowed()) {
      log.disallowed(logical, kind.name(), noticeId, v.cause());
      return new Fetched(null, null, v.cause(), v.cause());
    }
    URI physical = baseUrls.physical(logical);
    long crawlDelay = robots.crawlDelayMs(logical);
    if (crawlDelay > 0) {
      fetcher.delays().crawlDelay(physical, crawlDelay); // robots.txt Crawl-delay: the host's word beats our default
    }
    String type = postBody == null ? null : source.json() != null ? source.json().contentType()
        : source.search().api().contentType(); // a search source that POSTs its query (search.api)
    FetchResult r = fetcher.fetch(new FetchRequest(physical, postBody, type, delayMs, proxy,
        validators == null ? null : validators.etag(), validators == null ? null : validators.lastModified(),
        baseUrls::physical));
    tally.requests += r.attempts();
    lastAttempts = r.attempts();
    if (r.status() == 0) {
      return new Fetched(null, null, r.error(), null);
    }
    Capture c = new Capture(physical, logical, kind, source.id(), noticeId, name, r.fetchedAt(), r.status(),
        r.headers(), r.body(), r.truncated());
    boolean replayable = journalKey != null
        && FetchJournal.good(r.status(), r.truncated(), r.error(), r.body(), r.header("content-type"));
    return new Fetched(c, archive.write(c, replayable ? (file, offset) -> journal.note(journalKey, file, offset)
        : (file, offset) -> { }), r.error(), null);
  }

  /**
   * A notice page or attachment of a notice whose last fetch was cut short (killed after the response was archived,
   * before its outcome was recorded): the archived response when the journal holds a good one, else fetched.
   */
  Fetched resume(URI logical, Capture.Kind kind, String noticeId, String name) {
    WarcArchive.Archived a = journal.replay(logical);
    if (a == null) {
      return fetch(logical, kind, noticeId, null, name, null);
    }
    return new Fetched(a.capture(), a.record(), null, null);
  }

  int lastAttempts() {
    return lastAttempts;
  }

  /** True when the response can be parsed; else the failure is counted and stored with its cause. */
  boolean usable(Fetched f, URI url, String what, String noticeId) {
    if (f.blocked() != null) {
      return false;
    }
    Capture c = f.capture();
    String cause = f.error() != null ? f.error()
        : c.truncated() ? "body cut at the size cap" : c.status() >= 200 && c.status() < 300 ? null
        : "HTTP " + c.status();
    if (cause == null) {
      return true;
    }
    // a challenge often comes with 403, 405, 503 or 521 (the __jsl_clearance script): named for what it is
    PageSigns.Found sign = c == null || c.truncated() ? null : PageSigns.read(c.body(), c.header("content-type"), false);
    if (sign != null && sign.kind() == PageSigns.Kind.challenge) {
      if ("list".equals(what)) {
        log.block(url, what, null, sign.why() + " (HTTP " + c.status() + ")");
        return false;
      }
      cause = "challenge page instead of the notice (HTTP " + c.status() + "): " + sign.why();
    }
    log.failure(url, what, noticeId, c == null ? null : c.status(), cause,
        f.archived() == null ? null : f.archived().sha256());
    if (sign != null && sign.kind() == PageSigns.Kind.challenge) {
      log.challenge(url, cause);
    }
    return false;
  }

  /** robots.txt of a portal host, fetched through the mirror and archived; its Crawl-delay goes to the fetcher. */
  private Robots.Response fetchRobots(URI logical) {
    URI physical = baseUrls.physical(logical);
    FetchResult r = fetcher.fetch(new FetchRequest(physical, null, null, delayMs, proxy, null, null,
        baseUrls::physical));
    tally.requests += r.attempts();
    if (r.status() == 0) {
      return new Robots.Response(0, new byte[0], null);
    }
    archive.write(new Capture(physical, logical, Capture.Kind.robots, source.id(), null, null, r.fetchedAt(),
        r.status(), r.headers(), r.body(), r.truncated()));
    return new Robots.Response(r.status(), r.body(), r.header("content-type"));
  }
}
