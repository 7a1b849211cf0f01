package org.tenderwatch.crawl;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tenderwatch.archive.Capture;

/**
 * What one pass writes to the frontier: every URL's outcome with its cause and when it is due again, the walk
 * marks of each list, and the source's block. Failures are states, never exceptions.
 */
final class FrontierLog {
  private static final Logger LOG = LoggerFactory.getLogger(FrontierLog.class);
  /** Challenges in a pass without one real notice page after which the source counts as blocked. */
  static final int CHALLENGES_TO_BLOCK = 3;

  private final String source;
  private final Frontier frontier;
  private final RecrawlPolicy policy;
  private final Clock clock;
  private final CrawlTally tally;

  FrontierLog(String source, Frontier frontier, RecrawlPolicy policy, Clock clock, CrawlTally tally) {
    this.source = source;
    this.frontier = frontier;
    this.policy = policy;
    this.clock = clock;
    this.tally = tally;
  }

  Frontier.Entry entry(URI url) {
    return frontier.entry(url.toString());
  }

  /** Known notices (and failed ones) due again, the longest overdue first. */
  java.util.List<Frontier.Entry> due(int limit) {
    return frontier.due(source, "notice", clock.instant(), limit);
  }

  void discovered(URI url, String noticeId) {
    frontier.discovered(url.toString(), source, "notice", noticeId, clock.instant());
  }

  /**
   * Marks the walk of one list as begun (its first page's frontier row, kind list, status discovered) and says
   * whether the previous walk was cut short (killed, stopped, blocked, a failed page). Only a walk that ended
   * normally lets the next one stop at a page of known notices: after a cut walk the pages past the cut may hold
   * notices nobody fetched yet, behind a first page that is all known.
   */
  boolean beginWalk(URI first) {
    Frontier.Entry e = frontier.entry(first.toString());
    boolean resume = e != null && "list".equals(e.kind()) && e.status() != Frontier.Status.fetched;
    write(first, "list", null, Frontier.Status.discovered, null,
        resume ? "walk resumed after an interrupted pass" : "walk in progress", null, null, null);
    return resume;
  }

  /** The list was walked to its end, a known page, {@code since} or the page cap: the next pass may stop early. */
  void endWalk(URI first) {
    write(first, "list", null, Frontier.Status.fetched, null, null, null, null, null);
  }

  /** A notice's outcome, due again as the recrawl policy says. */
  void notice(URI url, String id, Frontier.Status status, Capture c, String cause, String sha, int failuresSoFar,
      LocalDateTime published) {
    Instant now = clock.instant();
    frontier.record(new Frontier.Outcome(url.toString(), source, "notice", id, status, c.status(), cause, sha,
        c.header("etag"), c.header("last-modified"), policy.next(status, failuresSoFar, published, now), published),
        now);
  }

  /**
   * A failed URL with its cause, counted in the report and due again by back-off; never sooner than a
   * Retry-After the server asked for and this pass did not wait.
   */
  void failure(URI url, String kind, String id, Integer httpStatus, String cause, String sha) {
    tally.fail(url, ("notice".equals(kind) ? "" : kind + " ") + cause);
    Instant now = clock.instant();
    Frontier.Entry e = frontier.entry(url.toString());
    Instant next = policy.next(Frontier.Status.failed, e == null ? 0 : e.failures(), null, now);
    Duration asked = Backoff.deferredFor(cause);
    if (asked != null && next.isBefore(now.plus(asked))) {
      next = now.plus(asked);
    }
    frontier.record(new Frontier.Outcome(url.toString(), source, kind, id, Frontier.Status.failed, httpStatus,
        cause, sha, null, null, next, null), now);
  }

  /** A URL robots.txt forbids: stored as blocked with the rule's cause, never requested. */
  void disallowed(URI url, String kind, String id, String cause) {
    tally.fail(url, "blocked: " + cause);
    write(url, kind, id, Frontier.Status.blocked, null, cause, null, null, null);
  }

  /** A page a person must solve in place of the source's lists: stored as blocked, the source's pass ends. */
  void block(URI url, String kind, String id, String why) {
    tally.blocked = why;
    tally.fail(url, "blocked: " + why);
    write(url, kind, id, Frontier.Status.blocked, null, why, null, null, null);
    LOG.warn("{}: blocked at {}: {} (not worked around; see `tenderwatch status`)", source, url, why);
  }

  /**
   * A notice URL answered with a challenge (already stored as its failure): counted, and when the pass has seen
   * only challenges, enough of them, the source is blocked and its pass ends.
   */
  void challenge(URI url, String cause) {
    tally.challenges++;
    if (tally.contentPages == 0 && tally.challenges >= CHALLENGES_TO_BLOCK) {
      blockSource(url, "every notice page is a challenge: " + cause);
    }
  }

  /** The source cannot run unattended (its notice pages are all challenges): the pass ends, status shows why. */
  void blockSource(URI at, String why) {
    tally.blocked = why;
    LOG.warn("{}: blocked at {}: {} (not worked around; see `tenderwatch status`)", source, at, why);
  }

  /** An attachment's outcome: fetched, or failed with its cause. */
  void attachment(URI url, String noticeId, Integer httpStatus, String cause, String sha) {
    write(url, "attachment", noticeId, cause == null ? Frontier.Status.fetched : Frontier.Status.failed, httpStatus,
        cause, sha, null, null);
  }

  private void write(URI url, String kind, String id, Frontier.Status status, Integer httpStatus, String cause,
      String sha, String etag, String lastModified) {
    Instant now = clock.instant();
    Instant next = status == Frontier.Status.blocked ? policy.next(status, 0, null, now) : null;
    frontier.record(new Frontier.Outcome(url.toString(), source, kind, id, status, httpStatus, cause, sha, etag,
        lastModified, next, null), now);
  }
}
