package org.tenderwatch.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tenderwatch.config.Config;
import org.tenderwatch.config.ConfigLoader;
import org.tenderwatch.config.SourceConfig;
import org.tenderwatch.crawl.BaseUrls;
import org.tenderwatch.crawl.CrawlReport;
import org.tenderwatch.crawl.SourceHealth;

/**
 * Health over several passes of one portal on loopback: ok, then a JS challenge (blocked: why), a changed layout
 * (parse failure), and the zero-yield alarm once a source that yielded finds nothing for crawl.zeroYieldRuns passes.
 */
class HealthAndStatusTest {
  static final String HOST = "https://www.portal.example.cn";
  private final AtomicReference<String> listPage = new AtomicReference<>();

  static String list(String... notices) {
    StringBuilder b = new StringBuilder("<html><body><ul class=\"c_list_bid\">");
    for (String n : notices) {
      b.append("<li><a href=\"").append(n).append("\">x</a></li>");
    }
    return b.append("</ul></body></html>").toString();
  }

  @Test
  void passesAreRecordedAndTheStatusSaysWhatIsWrong(@TempDir Path dir) throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", ex -> {
      String path = ex.getRequestURI().getPath();
      String body = path.equals("/list/index.htm") ? listPage.get()
          : path.startsWith("/n/") ? "<html><head><title>公告" + path + "</title></head><body><h2>公告" + path
              + "</h2><p>采购人：某大学</p></body></html>" : null;
      byte[] b = (body == null ? "not found" : body).getBytes(StandardCharsets.UTF_8);
      ex.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
      ex.sendResponseHeaders(body == null ? 404 : 200, b.length);
      ex.getResponseBody().write(b);
      ex.close();
    });
    server.start();
    try {
      SourceConfig src = new SourceConfig("portal", "测试门户", SourceConfig.Kind.html, List.of(URI.create(HOST)),
          0L, null, List.of(HOST + "/list/index.htm"),
          new SourceConfig.Html(null, "a.next", null, "ul.c_list_bid", "ul.c_list_bid > li", "a[href]", null,
              List.of()), null);
      Config base = ConfigLoader.load(Path.of("config/tenderwatch.yaml")).withDataDir(dir);
      Config config = new Config(base.home(), base.settings(), List.of(src), base.flags());
      BaseUrls mirror = BaseUrls.of(src.hosts(), URI.create("http://127.0.0.1:" + server.getAddress().getPort()));
      int alarm = config.settings().crawl().zeroYieldRuns();
      try (Pipeline p = Pipeline.open(config, Clock.systemUTC())) {
        listPage.set(list("/n/1.htm", "/n/2.htm"));
        assertEquals(2, p.crawl(src, mirror, null).notices());
        assertEquals("ok", health(p).status());

        listPage.set("<html><head><script id=\"keyparam\" src=\"/_bot_sbu/sbu_fpcm.js\"></script></head>"
            + "<body></body></html>");
        CrawlReport blocked = p.crawl(src, mirror, null);
        assertTrue(blocked.blocked().contains("_bot_sbu"), blocked.blocked());
        assertTrue(health(p).status().startsWith("blocked: JS challenge"), health(p).status());
        assertEquals(1, health(p).consecutiveFailures());

        listPage.set("<html><body><div class=\"newlist\">改版了</div></body></html>");
        assertEquals(1, p.crawl(src, mirror, null).parseFailures());
        assertTrue(health(p).status().startsWith("layout: 1 list page"), health(p).status());

        listPage.set(list("/n/1.htm", "/n/2.htm")); // nothing new: with the layout pass, zero yield
        for (int i = 0; i < alarm - 2; i++) {
          p.crawl(src, mirror, null);
        }
        assertEquals("ok", health(p).status(), "below the alarm threshold");
        p.crawl(src, mirror, null);
        assertTrue(health(p).status().startsWith("zero yield: " + alarm + " runs"), health(p).status());
        assertEquals(alarm + 2, health(p).runs());
        assertTrue(health(p).lastSuccessAt() != null);
      }

      StringWriter out = new StringWriter();
      Path settings = dir.resolve("cfg/tenderwatch.yaml");
      java.nio.file.Files.createDirectories(settings.getParent().resolve("sources"));
      java.nio.file.Files.copy(Path.of("config/tenderwatch.yaml"), settings);
      java.nio.file.Files.copy(Path.of("config/flags.yaml"), settings.resolveSibling("flags.yaml"));
      java.nio.file.Files.writeString(settings.resolveSibling("sources/portal.yaml"), """
          id: portal
          name: 测试门户
          kind: html
          hosts: ["https://www.portal.example.cn"]
          lists: ["https://www.portal.example.cn/list/index.htm"]
          html: {nextLink: "a.next", container: "ul.c_list_bid", item: "li", link: "a[href]"}
          """, StandardCharsets.UTF_8);
      int code = org.tenderwatch.cli.Main.run(new PrintWriter(out, true), new PrintWriter(new StringWriter(), true),
          "status", "--config", settings.toString(), "--data", dir.toString());
      assertEquals(0, code);
      assertTrue(out.toString().contains("zero yield"), out.toString());
      // two notices and the list, whose row says its last walk ended normally
      assertTrue(out.toString().contains("frontier: fetched 3"), out.toString());
    } finally {
      server.stop(0);
    }
  }

  private static SourceHealth health(Pipeline p) {
    return p.health().all().get(0);
  }
}
