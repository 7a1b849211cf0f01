package org.tenderwatch.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tenderwatch.archive.WarcArchive;
import org.tenderwatch.config.ConfigLoader;
import org.tenderwatch.config.Settings;
import org.tenderwatch.config.SourceConfig;
import org.tenderwatch.store.Database;

/**
 * Recrawls of one portal: an unchanged site costs the first list page of each channel; once notices are due, a
 * 304 (ETag) or an unchanged body is "not modified" and not re-extracted, a changed one is, a 404 marks it gone.
 */
class IncrementalRecrawlTest {
  static final String HOST = "https://uni.example.edu.cn";
  private volatile String changing = FaultMatrixTest.notice("版本一", "utf-8");
  private volatile boolean deleted;

  private static String list(String... paths) {
    StringBuilder b = new StringBuilder("<html><body><ul class=\"c_list_bid\">");
    for (String p : paths) {
      b.append("<li><a href=\"").append(p).append("\">x</a><em>2024-05-02 10:00</em></li>");
    }
    return b.append("</ul></body></html>").toString();
  }

  /** A clock the test moves. */
  static final class MovableClock extends Clock {
    Instant now = Instant.parse("2024-05-03T00:00:00Z");

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  @Test
  void unchangedCostsOneListPageAndDueNoticesAreCheckedCheaply(@TempDir Path dir) throws IOException {
    try (FaultServer server = new FaultServer()) {
      String etagPage = FaultMatrixTest.notice("带ETag的公告", "utf-8");
      server.route("/a/index.htm", (r, s, o, n) -> FaultServer.send(o, 200, "text/html",
              list("/n/etag.htm", "/n/same.htm")))
          .route("/b/index.htm", (r, s, o, n) -> FaultServer.send(o, 200, "text/html",
              list("/n/changing.htm", "/n/deleted.htm")))
          .route("/n/etag.htm", (r, s, o, n) -> {
            if ("\"v1\"".equals(r.header("if-none-match"))) {
              FaultServer.send(o, 304, Map.of("ETag", "\"v1\""), new byte[0]);
            } else {
              FaultServer.send(o, 200, Map.of("ETag", "\"v1\"", "Content-Type", "text/html; charset=utf-8"),
                  etagPage.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
          })
          .route("/n/same.htm", (r, s, o, n) -> FaultServer.send(o, 200, "text/html",
              FaultMatrixTest.notice("不变的公告", "utf-8")))
          .route("/n/changing.htm", (r, s, o, n) -> FaultServer.send(o, 200, "text/html", changing))
          .route("/n/deleted.htm", (r, s, o, n) -> {
            if (deleted) {
              FaultServer.send(o, 404, "text/html", "<h1>404</h1>");
            } else {
              FaultServer.send(o, 200, "text/html", FaultMatrixTest.notice("将被删除", "utf-8"));
            }
          });
      SourceConfig src = new SourceConfig("uni", "uni", SourceConfig.Kind.html, List.of(URI.create(HOST)), 0L, null,
          List.of(HOST + "/a/index.htm", HOST + "/b/index.htm"),
          new SourceConfig.Html(null, "a.next", null, "ul.c_list_bid", "ul.c_list_bid > li", "a[href]", "em",
              List.of()), null);
      Settings.Crawl crawl = ConfigLoader.load(Path.of("config/tenderwatch.yaml")).settings().crawl()
          .withRecrawl(new Settings.Recrawl(30, 24, 0, 30));
      MovableClock clock = new MovableClock();
      List<FetchedNotice> sink = new ArrayList<>();
      try (Database db = Database.open(dir.resolve("t.db"))) {
        Frontier frontier = new Frontier(db);
        java.util.function.Supplier<CrawlReport> pass = () -> {
          try (HttpFetcher f = new HttpFetcher(crawl, clock);
              WarcArchive a = new WarcArchive(dir.resolve("warc"), clock.instant().plusNanos(server.log.size()))) {
            return new SourceCrawler(src, crawl, f, BaseUrls.of(src.hosts(), server.uri()), a, frontier, clock,
                sink::add).crawl(null);
          }
        };
        CrawlReport first = pass.get();
        assertEquals(4, first.notices());
        assertEquals(4, sink.size());

        server.log.clear();
        clock.now = clock.now.plus(Duration.ofHours(1));
        CrawlReport second = pass.get();
        List<String> paths = server.log.stream().map(FaultServer.Request::path).toList();
        assertEquals(List.of("/robots.txt", "/a/index.htm", "/b/index.htm"), paths,
            "an unchanged site costs its robots.txt and the first list page of each channel");
        assertEquals(0, second.notices());
        assertEquals(4, second.known());
        System.out.printf(java.util.Locale.ROOT, "recrawl of an unchanged site: %d requests for %d new notices%n",
            second.requests(), second.notices());

        changing = FaultMatrixTest.notice("版本二（更正）", "utf-8");
        deleted = true;
        server.log.clear();
        clock.now = clock.now.plus(Duration.ofHours(25)); // every notice is due again
        CrawlReport third = pass.get();
        assertEquals(0, third.notices());
        assertEquals(1, third.updated(), "the changed notice is extracted again");
        assertEquals(2, third.notModified(), "the 304 and the unchanged body are not");
        assertEquals(1, third.gone());
        assertEquals(5, sink.size());
        assertEquals("版本二（更正）", sink.get(4).page().notice().title());
        assertEquals(Frontier.Status.not_modified, frontier.status(HOST + "/n/etag.htm"));
        assertEquals(Frontier.Status.not_modified, frontier.status(HOST + "/n/same.htm"));
        assertEquals(Frontier.Status.gone, frontier.status(HOST + "/n/deleted.htm"));
        assertNull(frontier.entry(HOST + "/n/deleted.htm").nextFetchAt(), "a gone notice is not fetched again");
        assertEquals("\"v1\"", server.log.stream().filter(r -> r.path().equals("/n/etag.htm")).findFirst()
            .orElseThrow().header("if-none-match"));
      }
    }
  }

  /**
   * A pass cut short after the first list page (the daemon stopped, or kill -9) must not let the next pass stop at
   * that page because all its notices are known: the notices on page 2 were never fetched.
   */
  @Test
  void aWalkCutShortIsResumedPastTheKnownFirstPage(@TempDir Path dir) throws IOException {
    try (FaultServer server = new FaultServer()) {
      server.route("/c/index.htm", (r, s, o, n) -> FaultServer.send(o, 200, "text/html",
              list("/n/1.htm", "/n/2.htm").replace("</ul>", "</ul><a class=\"next\" href=\"/c/p2.htm\">下一页</a>")))
          .route("/c/p2.htm", (r, s, o, n) -> FaultServer.send(o, 200, "text/html", list("/n/3.htm")));
      for (String p : List.of("/n/1.htm", "/n/2.htm", "/n/3.htm")) {
        server.route(p, (r, s, o, n) -> FaultServer.send(o, 200, "text/html", FaultMatrixTest.notice("公告" + p, "utf-8")));
      }
      SourceConfig src = new SourceConfig("uni", "uni", SourceConfig.Kind.html, List.of(URI.create(HOST)), 0L, null,
          List.of(HOST + "/c/index.htm"),
          new SourceConfig.Html(null, "a.next", null, "ul.c_list_bid", "ul.c_list_bid > li", "a[href]", "em",
              List.of()), null);
      Settings.Crawl crawl = ConfigLoader.load(Path.of("config/tenderwatch.yaml")).settings().crawl();
      MovableClock clock = new MovableClock();
      List<FetchedNotice> sink = new ArrayList<>();
      try (Database db = Database.open(dir.resolve("t.db")); HttpFetcher f = new HttpFetcher(crawl, clock);
          WarcArchive a = new WarcArchive(dir.resolve("warc"), clock.instant())) {
        Frontier frontier = new Frontier(db);
        new SourceCrawler(src, crawl, f, BaseUrls.of(src.hosts(), server.uri()), a, frontier, clock, sink::add)
            .stopWhen(() -> sink.size() >= 2).crawl(null);
        assertEquals(2, sink.size(), "the first pass stopped after page 1");
        assertEquals(Frontier.Status.discovered, frontier.status(HOST + "/c/index.htm"), "walk left unfinished");

        CrawlReport second = new SourceCrawler(src, crawl, f, BaseUrls.of(src.hosts(), server.uri()), a, frontier,
            clock, sink::add).crawl(null);
        assertEquals(1, second.notices(), "page 2's notice is fetched although page 1 is all known");
        assertEquals(HOST + "/n/3.htm", sink.get(2).capture().logicalUri().toString());
        assertEquals(Frontier.Status.fetched, frontier.status(HOST + "/c/index.htm"), "walk complete");

        server.log.clear();
        new SourceCrawler(src, crawl, f, BaseUrls.of(src.hosts(), server.uri()), a, frontier, clock, sink::add)
            .crawl(null);
        assertEquals(List.of("/robots.txt", "/c/index.htm"), server.log.stream().map(FaultServer.Request::path).toList(),
            "after a complete walk the next pass stops at the known first page again");
      }
    }
  }
}
