package org.tenderwatch.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.tenderwatch.config.Config;
import org.tenderwatch.config.SearchConfig;
import org.tenderwatch.config.SourceConfig;
import org.tenderwatch.crawl.BaseUrls;
import org.tenderwatch.crawl.CrawlReport;
import org.tenderwatch.pipeline.Pipeline;

/**
 * Requests per found notice of a portal-search backfill: the shipped ccgp-search source (two terms instead of the
 * lexicon, the fixture's paging cap) backfills two years of {@link Planted} notices from a loopback bxsearch
 * ({@link BxsearchSite}) through the whole pipeline, delay 0; every request is counted at the server by kind.
 */
public final class DiscoveryBench {
  /** The source benchmarked. */
  static final String SOURCE = "ccgp-search";
  /** The terms the planted notices mention. */
  static final List<String> TERMS = List.of("A100", "Azure OpenAI");
  /** Result pages the site serves per query: small, so that the March burst overflows a window. */
  static final int CAP = 2;

  private DiscoveryBench() {}

  /** Runs the backfill and adds its table to {@code report}. */
  public static void run(Path workDir, Config loaded, Report report) throws Exception {
    Planted planted = Planted.twoYears();
    BxsearchSite site = new BxsearchSite(Planted.UNTIL, CAP);
    site.publish(planted.all);
    Map<String, BenchNotice> pages = planted.all.stream().collect(Collectors.toMap(n -> "/" + n.path(), n -> n));
    Map<String, AtomicInteger> byKind = new ConcurrentHashMap<>();
    Path data = workDir.resolve("discovery-data");
    CrawlBench.deleteTree(data);
    Config config = withTerms(loaded.withDataDir(data).withDelay(0));
    SourceConfig search = config.source(SOURCE);
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", ex -> serve(ex, site, pages, byKind));
    server.start();
    try (Pipeline p = Pipeline.open(config, Clock.systemUTC())) {
      URI base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
      CrawlReport r = p.backfill(search, BaseUrls.of(search.hosts(), base), Planted.SINCE, Planted.UNTIL, (x, w) -> { },
          () -> false);
      table(report, planted, r, byKind, splits(p));
    } finally {
      server.stop(0);
    }
  }

  private static void serve(HttpExchange ex, BxsearchSite site, Map<String, BenchNotice> pages,
      Map<String, AtomicInteger> byKind) throws IOException {
    try (ex) {
      String path = ex.getRequestURI().getRawPath();
      BenchNotice n = pages.get(path);
      String kind = path.equals("/bxsearch") ? "search" : n != null ? "notice" : path.equals("/robots.txt")
          ? "robots" : "other";
      byKind.computeIfAbsent(kind, k -> new AtomicInteger()).incrementAndGet();
      BxsearchSite.Answer a = kind.equals("search") ? site.answer(ex.getRequestURI().getRawQuery()) : null;
      byte[] body = a != null ? a.html().getBytes(StandardCharsets.UTF_8) : n != null ? CcgpTemplate.noticeBytes(n)
          : new byte[0];
      ex.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
      ex.sendResponseHeaders(a != null ? a.status() : n != null ? 200 : 404, body.length == 0 ? -1 : body.length);
      ex.getResponseBody().write(body);
    }
  }

  private static int splits(Pipeline p) throws Exception {
    synchronized (p.database()) {
      try (Statement s = p.database().connection().createStatement();
          ResultSet rs = s.executeQuery("SELECT count(*) FROM search_windows WHERE status = 'split'")) {
        return rs.next() ? rs.getInt(1) : 0;
      }
    }
  }

  private static void table(Report report, Planted planted, CrawlReport r, Map<String, AtomicInteger> byKind,
      int splits) {
    int found = planted.mentioning().size();
    int all = byKind.values().stream().mapToInt(AtomicInteger::get).sum();
    double perNotice = (double) all / Math.max(1, r.notices());
    report.stage("discovery").put("plantedMentioning", found).put("noticesStored", r.notices())
        .put("searchRequests", count(byKind, "search")).put("noticeRequests", count(byKind, "notice"))
        .put("robotsRequests", count(byKind, "robots")).put("requests", all).put("windowsSplit", splits)
        .put("requestsPerFoundNotice", perNotice).put("seconds", r.elapsed().toMillis() / 1e3);
    report.table(new Report.Table(TITLE, "Written by `./tenderwatch bench --part discovery --out BENCHMARKS.md` (this"
        + " section only; a full `bench` run writes it too). The shipped `" + SOURCE + "` source, terms "
        + String.join(" and ", TERMS) + " instead of the lexicon, 30-day windows, backfilling "
        + Planted.SINCE + " – " + Planted.UNTIL + " from `BxsearchSite` on 127.0.0.1 (bxsearch as PORTALS.md §2.2"
        + " describes it, 20 results a page, paging cap " + CAP + " pages): " + planted.all.size() + " planted ccgp"
        + " notices, " + found + " mentioning a term (50 of them in 16 days of March 2024, more than one window"
        + " shows), through the whole pipeline with delay 0. Requests are counted at the server. On the real portal"
        + " the result requests grow with terms × windows, not with hits: with the shipped lexicon (33 queryable"
        + " terms) a two-year backfill costs at least 33 × 25 = 825 result pages (≥ 69 min at the source's 5 s"
        + " delay) before any notice.",
        List.of("figure", "value"),
        List.of(List.of("notices found (stored once each)", Report.f(r.notices(), 0) + " of " + found),
            List.of("search (result page) requests", Report.f(count(byKind, "search"), 0)),
            List.of("windows split", Report.f(splits, 0)),
            List.of("notice page requests", Report.f(count(byKind, "notice"), 0)),
            List.of("robots.txt and other requests", Report.f(count(byKind, "robots") + count(byKind, "other"), 0)),
            List.of("all requests", Report.f(all, 0)),
            List.of("**requests per found notice**", "**" + Report.f(perNotice, 2) + "**"),
            List.of("wall time, s", Report.f(r.elapsed().toMillis() / 1e3, 1)))));
  }

  /** The section's title in BENCHMARKS.md. */
  public static final String TITLE = "Discovery: requests per found notice (portal search backfill)";

  private static int count(Map<String, AtomicInteger> byKind, String kind) {
    AtomicInteger n = byKind.get(kind);
    return n == null ? 0 : n.get();
  }

  /** The shipped config with the search source asking for {@link #TERMS} only, paging to the site's cap. */
  private static Config withTerms(Config c) {
    List<SourceConfig> sources = c.sources().stream().map(s -> !s.id().equals(SOURCE) ? s : new SourceConfig(s.id(),
        s.name(), s.kind(), s.hosts(), s.delayMs(), s.schedule(), s.lists(), s.html(), s.json(), s.proxy(),
        s.rewrites(), terms(s.search()))).toList();
    return new Config(c.home(), c.settings(), sources, c.flags());
  }

  private static SearchConfig terms(SearchConfig q) {
    return new SearchConfig(q.notices(), q.url(), q.dateFormat(), q.firstPage(), q.pageSize(), CAP, q.container(),
        q.item(), q.link(), q.date(), q.total(), q.pageCount(), q.windowDays(), q.recentDays(), false, TERMS);
  }
}
