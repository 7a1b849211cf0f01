package org.tenderwatch.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tenderwatch.archive.WarcArchive;
import org.tenderwatch.config.ConfigLoader;
import org.tenderwatch.config.Settings;
import org.tenderwatch.config.SourceConfig;
import org.tenderwatch.store.Database;

/**
 * A portal that puts a challenge nobody named in front of every notice (a short script that sets a cookie and
 * reloads, as many government sites do): nothing is stored as a notice, each URL fails with its cause, the source
 * is blocked; once the challenge is gone a later pass fetches every notice it stood in front of.
 */
class ChallengePagesTest {
  static final String HOST = "https://gov.example.cn";
  private volatile boolean challenging = true;

  private static final String CHALLENGE = "<html><head><meta charset=\"utf-8\"></head><body><script>"
      + "var _0x3a=['cookie','reload'];(function(){var v=(+new Date()).toString(36);document[_0x3a[0]]="
      + "'_sec_v='+v+'; max-age=3600; path=/';setTimeout(function(){location[_0x3a[1]]();},300);})();"
      + "</script></body></html>";

  @Test
  void allChallengesBlockTheSourceAndALaterPassGetsTheNotices(@TempDir Path dir) throws IOException {
    try (FaultServer server = new FaultServer()) {
      server.route("/list/index.htm", (r, s, o, n) -> FaultServer.send(o, 200, "text/html",
          "<html><body><ul class=\"c_list_bid\">" + item("/n/1.htm") + item("/n/2.htm") + item("/n/3.htm")
              + item("/n/4.htm") + "</ul></body></html>"));
      for (String p : List.of("/n/1.htm", "/n/2.htm", "/n/3.htm", "/n/4.htm")) {
        server.route(p, (r, s, o, n) -> FaultServer.send(o, 200, "text/html",
            challenging ? CHALLENGE : FaultMatrixTest.notice("公告" + p, "utf-8")));
      }
      SourceConfig src = new SourceConfig("gov", "gov", SourceConfig.Kind.html, List.of(URI.create(HOST)), 0L, null,
          List.of(HOST + "/list/index.htm"), new SourceConfig.Html("index_{n}.htm", null, null, "ul.c_list_bid",
              "ul.c_list_bid > li", "a[href]", "em", List.of()), null);
      Settings.Crawl crawl = ConfigLoader.load(Path.of("config/tenderwatch.yaml")).settings().crawl();
      IncrementalRecrawlTest.MovableClock clock = new IncrementalRecrawlTest.MovableClock();
      List<FetchedNotice> sink = new ArrayList<>();
      try (Database db = Database.open(dir.resolve("t.db"))) {
        Frontier frontier = new Frontier(db);
        Supplier<CrawlReport> pass = () -> {
          try (HttpFetcher f = new HttpFetcher(crawl, clock);
              WarcArchive a = new WarcArchive(dir.resolve("warc"), clock.instant().plusNanos(server.log.size()))) {
            return new SourceCrawler(src, crawl, f, BaseUrls.of(src.hosts(), server.uri()), a, frontier, clock,
                java.time.ZoneId.of("Asia/Shanghai"), sink::add).crawl(null);
          }
        };
        CrawlReport first = pass.get();
        assertEquals(List.of(), sink, "a challenge is never a notice");
        assertNotNull(first.blocked(), "all pages challenges: the source is blocked");
        assertTrue(first.blocked().contains("challenge"), first.blocked());
        assertEquals(FrontierLog.CHALLENGES_TO_BLOCK, server.hits("/n/1.htm") + server.hits("/n/2.htm")
            + server.hits("/n/3.htm") + server.hits("/n/4.htm"), "the pass stops hammering once it is clear");
        Frontier.Entry e = frontier.entry(HOST + "/n/1.htm");
        assertEquals(Frontier.Status.failed, e.status());
        assertTrue(e.cause().contains("a page of inline script and no text"), e.cause());

        challenging = false;
        clock.now = clock.now.plus(Duration.ofHours(2));
        CrawlReport second = pass.get();
        assertNull(second.blocked());
        assertEquals(4, second.notices(), "every notice the challenge stood in front of, on the later pass");
        assertEquals(4, sink.size());
      }
    }
  }

  private static String item(String path) {
    return "<li><a href=\"" + path + "\">x</a><em>2024-05-02 10:00</em></li>";
  }
}
