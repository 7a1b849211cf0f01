package org.tenderwatch.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.tenderwatch.archive.WarcArchive;
import org.tenderwatch.config.ConfigLoader;
import org.tenderwatch.config.Settings;
import org.tenderwatch.config.SourceConfig;
import org.tenderwatch.store.Database;

/**
 * One crawl of a portal on loopback where most notices misbehave: 500, 429 with Retry-After, a rate-limit page, a
 * slow body, a truncated body, a reset connection, a redirect loop, a 1 GB body, a wrong charset header, a
 * robots.txt disallow, a 404. The crawl finishes, every good notice is there, every failure is stored with its
 * cause, and no two requests reach the host closer than the delay.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FaultMatrixTest {
  static final long DELAY_MS = 60;
  static final long READ_TIMEOUT_MS = 400;
  static final long CAP = 64 * 1024;
  static final String HOST = "https://faulty.example.org";

  private FaultServer server;
  private Database db;
  private Frontier frontier;
  private CrawlReport report;
  private long elapsedMs;
  private final List<FetchedNotice> got = new ArrayList<>();

  /** The fault each notice path plays, and what the frontier must say about it (status, a word of the cause). */
  static final Map<String, String[]> MATRIX = new TreeMap<>(Map.ofEntries(
      Map.entry("/n/good1.htm", new String[] {"fetched", null}),
      Map.entry("/n/good2.htm", new String[] {"fetched", null}),
      Map.entry("/n/e429.htm", new String[] {"fetched", null}),
      Map.entry("/n/ratelimit.htm", new String[] {"fetched", null}),
      Map.entry("/n/gbk.htm", new String[] {"fetched", null}),
      Map.entry("/n/redirect.htm", new String[] {"fetched", null}),
      Map.entry("/n/e500.htm", new String[] {"failed", "HTTP 500"}),
      Map.entry("/n/slow.htm", new String[] {"failed", "timeout reading body after 400 ms"}),
      Map.entry("/n/trunc.htm", new String[] {"failed", " of 5000 bytes"}),
      Map.entry("/n/reset.htm", new String[] {"failed", "reset before the response"}),
      Map.entry("/n/loop.htm", new String[] {"failed", "redirect cap (5) reached"}),
      Map.entry("/n/huge.htm", new String[] {"failed", "body over 65536 bytes"}),
      Map.entry("/n/private/secret.htm", new String[] {"blocked", "disallowed by robots.txt"}),
      Map.entry("/n/missing.htm", new String[] {"gone", "HTTP 404"})));

  static String notice(String title, String charset) {
    return "<html><head><meta charset=\"" + charset + "\"><meta name=\"ArticleTitle\" content=\"" + title + "\">"
        + "<title>" + title + "</title></head><body><div class=\"vF_detail_header\"><h2 class=\"tc\">" + title
        + "</h2></div><div class=\"vF_detail_content\"><p>一、项目基本情况</p><p>采购人：测试大学。"
        + "采购需求：服务器" + title.length() + "台，详见附件。</p></div></body></html>";
  }

  static String list() {
    StringBuilder b = new StringBuilder("<html><body><ul class=\"c_list_bid\">");
    for (String p : MATRIX.keySet()) {
      b.append("<li><a href=\"").append(HOST).append(p).append("\">").append(p).append("</a>发布时间：<em>")
          .append("2024-05-02 10:00</em></li>");
    }
    return b.append("</ul></body></html>").toString();
  }

  @BeforeAll
  void crawl(@TempDir Path dir) throws IOException {
    server = new FaultServer();
    server.route("/robots.txt", (r, s, o, n) -> FaultServer.send(o, 200, "text/plain",
            "User-agent: *\nDisallow: /n/private/\n"))
        .route("/list/index.htm", (r, s, o, n) -> FaultServer.send(o, 200, "text/html", list()))
        .route("/n/good1.htm", (r, s, o, n) -> FaultServer.send(o, 200, "text/html", notice("好公告一", "utf-8")))
        .route("/n/good2.htm", (r, s, o, n) -> FaultServer.send(o, 200, "text/html", notice("好公告二", "utf-8")))
        .route("/n/e500.htm", (r, s, o, n) -> FaultServer.send(o, 500, "text/html", "<h1>500</h1>"))
        .route("/n/e429.htm", (r, s, o, n) -> {
          if (n == 1) {
            FaultServer.send(o, 429, Map.of("Retry-After", "1", "Content-Type", "text/html"), new byte[0]);
          } else {
            FaultServer.send(o, 200, "text/html", notice("限流后成功", "utf-8"));
          }
        })
        .route("/n/ratelimit.htm", (r, s, o, n) -> FaultServer.send(o, 200, "text/html", n == 1
            ? "<html><body><p>访问过于频繁，请稍后再试</p></body></html>" : notice("频率页后成功", "utf-8")))
        .route("/n/slow.htm", (r, s, o, n) -> {
          FaultServer.head(o, 200, "text/html", 10_000);
          o.write("<html><body>".getBytes(StandardCharsets.UTF_8));
          o.flush();
          Thread.sleep(READ_TIMEOUT_MS * 5);
        })
        .route("/n/trunc.htm", (r, s, o, n) -> {
          FaultServer.head(o, 200, "text/html", 5000);
          o.write(notice("截断", "utf-8").substring(0, 100).getBytes(StandardCharsets.UTF_8));
          o.flush();
        })
        .route("/n/reset.htm", (r, s, o, n) -> FaultServer.reset(s))
        .route("/n/loop.htm", (r, s, o, n) -> FaultServer.send(o, 302, Map.of("Location", "/n/loop2.htm"), new byte[0]))
        .route("/n/loop2.htm", (r, s, o, n) -> FaultServer.send(o, 302, Map.of("Location", "/n/loop.htm"), new byte[0]))
        .route("/n/redirect.htm", (r, s, o, n) -> FaultServer.send(o, 301, Map.of("Location", HOST + "/n/moved.htm"),
            new byte[0]))
        .route("/n/moved.htm", (r, s, o, n) -> FaultServer.send(o, 200, "text/html", notice("搬家的公告", "utf-8")))
        .route("/n/huge.htm", (r, s, o, n) -> {
          long gb = 1L << 30;
          FaultServer.head(o, 200, "application/pdf", gb);
          byte[] chunk = new byte[64 * 1024];
          for (long sent = 0; sent < gb; sent += chunk.length) {
            o.write(chunk); // lazily: the client's cap closes the socket long before this ends
          }
        })
        .route("/n/gbk.htm", (r, s, o, n) -> FaultServer.send(o, 200,
            Map.of("Content-Type", "text/html; charset=UTF-8"),
            notice("国产服务器采购（䶮）", "gbk").getBytes(Charset.forName("GB18030"))))
        .route("/n/private/secret.htm", (r, s, o, n) -> FaultServer.send(o, 200, "text/html", notice("不该抓", "utf-8")));

    SourceConfig src = new SourceConfig("faulty", "faulty portal", SourceConfig.Kind.html,
        List.of(URI.create(HOST)), DELAY_MS, null, List.of(HOST + "/list/index.htm"),
        new SourceConfig.Html("index_{n}.htm", null, null, "ul.c_list_bid", "ul.c_list_bid > li", "a[href]", "em",
            List.of()), null);
    Settings.Crawl crawl = ConfigLoader.load(Path.of("config/tenderwatch.yaml")).settings().crawl()
        .withLimits(1000, READ_TIMEOUT_MS, CAP, 2);
    db = Database.open(dir.resolve("t.db"));
    frontier = new Frontier(db);
    long t0 = System.nanoTime();
    try (HttpFetcher fetcher = new HttpFetcher(crawl, Clock.systemUTC());
        WarcArchive archive = new WarcArchive(dir.resolve("warc"), java.time.Instant.now())) {
      report = new SourceCrawler(src, crawl, fetcher, BaseUrls.of(src.hosts(), server.uri()), archive, frontier,
          Clock.systemUTC(), got::add).crawl(LocalDate.parse("2024-01-01"));
    }
    elapsedMs = (System.nanoTime() - t0) / 1_000_000;
  }

  @AfterAll
  void stop() throws IOException {
    server.close();
    db.close();
  }

  @Test
  void everyGoodNoticeIsThereAndEveryFailureIsStoredWithItsCause() {
    List<String> wrong = new ArrayList<>();
    StringBuilder table = new StringBuilder(String.format(Locale.ROOT, "%-24s %-8s %s%n", "fault", "status", "cause"));
    for (var e : MATRIX.entrySet()) {
      Frontier.Entry f = frontier.entry(HOST + e.getKey());
      String status = f == null ? "missing" : f.status().name();
      String cause = f == null ? null : f.cause();
      table.append(String.format(Locale.ROOT, "%-24s %-8s %s%n", e.getKey(), status, cause));
      if (!status.equals(e.getValue()[0])) {
        wrong.add(e.getKey() + ": status " + status + ", expected " + e.getValue()[0]);
      }
      if (e.getValue()[1] != null && (cause == null || !cause.contains(e.getValue()[1]))) {
        wrong.add(e.getKey() + ": cause '" + cause + "' lacks '" + e.getValue()[1] + "'");
      }
    }
    System.out.print(table);
    System.out.printf(Locale.ROOT, "fault crawl: %d requests in %d ms, %d notices, %d failures%n",
        report.requests(), elapsedMs, report.notices(), report.failures().size());
    assertTrue(wrong.isEmpty(), String.join("\n", wrong) + "\n" + table);
    assertEquals(6, report.notices());
    assertEquals(6, got.size());
  }

  @Test
  void theGbkPageBehindAWrongCharsetHeaderReadsRight() {
    FetchedNotice gbk = got.stream().filter(n -> n.capture().logicalUri().getPath().equals("/n/gbk.htm"))
        .findFirst().orElseThrow();
    assertEquals("国产服务器采购（䶮）", gbk.page().notice().title());
  }

  @Test
  void theRedirectStaysOnTheMirrorAndTheNoticeKeepsItsPortalUrl() {
    FetchedNotice moved = got.stream().filter(n -> n.capture().logicalUri().getPath().equals("/n/redirect.htm"))
        .findFirst().orElseThrow();
    assertEquals("搬家的公告", moved.page().notice().title());
    assertEquals(1, server.hits("/n/moved.htm"));
  }

  @Test
  void theHugeBodyIsCutAtTheCapNotRead() {
    Frontier.Entry huge = frontier.entry(HOST + "/n/huge.htm");
    assertNotNull(huge);
    assertTrue(huge.cause().contains("application/pdf"), huge.cause());
    assertEquals(1, server.hits("/n/huge.htm"), "a cut body is not retried");
  }

  @Test
  void robotsDisallowedPagesAreNeverRequested() {
    assertEquals(0, server.hits("/n/private/secret.htm"));
    assertEquals(1, server.hits("/robots.txt"), "robots.txt is read once per host and pass");
  }

  @Test
  void retryAfterIsHonoured() {
    List<Long> at = server.log.stream().filter(r -> r.path().equals("/n/e429.htm"))
        .map(FaultServer.Request::arrivedNanos).toList();
    assertEquals(2, at.size());
    assertTrue((at.get(1) - at.get(0)) / 1_000_000 >= 1000, "Retry-After: 1 means a second");
  }

  @Test
  void noTwoRequestsToTheHostCloserThanTheDelay() {
    List<FaultServer.Request> log = server.log.stream()
        .sorted(java.util.Comparator.comparingLong(FaultServer.Request::arrivedNanos)).toList();
    long min = Long.MAX_VALUE;
    for (int i = 1; i < log.size(); i++) {
      long gap = (log.get(i).arrivedNanos() - log.get(i - 1).arrivedNanos()) / 1_000_000;
      min = Math.min(min, gap);
    }
    List<Long> at = log.stream().map(FaultServer.Request::arrivedNanos).toList();
    System.out.printf(Locale.ROOT, "politeness: %d requests, smallest gap %d ms (delay %d ms)%n", at.size(), min,
        DELAY_MS);
    assertTrue(min >= DELAY_MS, "smallest gap " + min + " ms < " + DELAY_MS + " ms");
  }

  @Test
  void everyRequestNamesTheTool() {
    assertTrue(server.log.stream().allMatch(r -> r.header("user-agent").startsWith("tenderwatch/")));
  }
}
