package org.tenderwatch.crawl;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * robots.txt, read once per host and pass (crawler-commons), for the User-Agent's product token. A 4xx robots.txt
 * allows everything; a 5xx or no answer defers every visit to that host (we do not guess that it would allow).
 */
public final class Robots {
  /** What robots.txt says about one URL. */
  public record Verdict(boolean allowed, String cause) {
    static final Verdict ALLOWED = new Verdict(true, null);
  }

  /** The robots.txt response of one host: status 0 when none arrived. */
  public record Response(int status, byte[] body, String contentType) {}

  private final SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
  private final List<String> agentNames;
  private final Function<URI, Response> fetch;
  private final Map<String, BaseRobotRules> byOrigin = new ConcurrentHashMap<>();

  /**
   * @param userAgent the configured User-Agent; its product token ("tenderwatch") is the name matched
   * @param fetch fetches (and archives) a robots.txt URL
   */
  public Robots(String userAgent, Function<URI, Response> fetch) {
    this.agentNames = List.of(userAgent.split("[/\\s]", 2)[0].toLowerCase(java.util.Locale.ROOT));
    this.fetch = fetch;
  }

  /** The verdict for a portal URL, fetching its host's robots.txt the first time. */
  public Verdict check(URI url) {
    BaseRobotRules rules = rules(url);
    if (rules.isDeferVisits()) {
      return new Verdict(false, "robots.txt unavailable (server error or no answer): visits deferred");
    }
    return rules.isAllowed(url.toString()) ? Verdict.ALLOWED
        : new Verdict(false, "disallowed by robots.txt for " + agentNames.get(0));
  }

  /** The host's Crawl-delay in milliseconds, or 0 when it sets none. */
  public long crawlDelayMs(URI url) {
    long d = rules(url).getCrawlDelay();
    return d == BaseRobotRules.UNSET_CRAWL_DELAY || d < 0 ? 0 : d;
  }

  private BaseRobotRules rules(URI url) {
    return byOrigin.computeIfAbsent(BaseUrls.origin(url) + "|" + url.getScheme(), k -> {
      URI robots = url.resolve("/robots.txt");
      Response r = fetch.apply(robots);
      if (r.status() >= 200 && r.status() < 300) {
        return parser.parseContent(robots.toString(), r.body(),
            r.contentType() == null ? "text/plain" : r.contentType(), agentNames);
      }
      return parser.failedFetch(r.status() == 0 ? 503 : r.status());
    });
  }
}
