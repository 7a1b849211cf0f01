package org.tenderwatch.crawl;

import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How long each host waits between requests beyond a source's own delay, kept by the process's one fetcher: what its
 * robots.txt asks (Crawl-delay, for as long as it says so) and what a pass raised after the host's rate-limit pages
 * (until the next pass of that host starts: a rate-limit page slows one pass, not the life of the daemon).
 */
public final class HostDelays {
  private final Map<String, Long> crawlDelay = new ConcurrentHashMap<>();
  private final Map<String, Long> slower = new ConcurrentHashMap<>();

  /** The host's robots.txt asks for more time between requests: from now on it gets at least that. */
  public void crawlDelay(URI uri, long delayMs) {
    crawlDelay.merge(BaseUrls.origin(uri), delayMs, Math::max);
  }

  /** A pass asks this host more slowly after its rate-limit pages: at least {@code delayMs} until {@link #endSlowDown}. */
  public void slowDown(URI uri, long delayMs) {
    slower.merge(BaseUrls.origin(uri), delayMs, Math::max);
  }

  /** A new pass of this host starts at the normal pace again; returns the delay it had been slowed to (0: none). */
  public long endSlowDown(URI uri) {
    Long was = slower.remove(BaseUrls.origin(uri));
    return was == null ? 0 : was;
  }

  /** The delay a request to this host waits: the largest of the source's, the robots.txt's and the slow-down's. */
  public long delayFor(URI uri, long delayMs) {
    String origin = BaseUrls.origin(uri);
    return Math.max(delayMs, Math.max(crawlDelay.getOrDefault(origin, 0L), slower.getOrDefault(origin, 0L)));
  }
}
