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
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tenderwatch.config.Config;
import org.tenderwatch.config.ConfigLoader;
import org.tenderwatch.config.SourceConfig;
import org.tenderwatch.crawl.BaseUrls;
import org.tenderwatch.store.NoticeView;

/**
 * Pages that lack what a notice usually has are stored anyway, on a portal served over loopback: a page without
 * any title takes the title its list link gave it, a page whose link text is empty too takes its URL, an empty page
 * is kept with "text" noted; each carries its problems, which `notices --format json` and `status` show. A GPU
 * named only in a title flags.
 */
class NeverLoseNoticeTest {
  private static final String HOST = "https://www.thin.example.cn";
  private static final Map<String, String> PAGES = Map.of(
      "/list/index.htm", "<html><body><ul class=\"list\">"
          + "<li><a href=\"/n/1.htm\">某大学实验室设备采购公告</a></li>"
          + "<li><a href=\"/n/2.htm\"></a></li>"
          + "<li><a href=\"/n/3.htm\">空白页</a></li>"
          + "<li><a href=\"/n/4.htm\">x</a></li></ul></body></html>",
      "/n/1.htm", "<html><body><p>2015-09-28</p><p>2015-09-29</p></body></html>",
      "/n/2.htm", "<html><body><p>2016-01-05</p></body></html>",
      "/n/3.htm", "<html><body></body></html>",
      "/n/4.htm", "<html><head><title>A100 GPU服务器采购公告</title></head><body><p>采购人：某研究院</p>"
          + "<p>项目编号：ZB-2025-001</p><p>预算金额：100万元</p></body></html>");

  @Test
  void everyPageIsStoredWithItsProblems(@TempDir Path dir) throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", ex -> {
      String body = PAGES.get(ex.getRequestURI().getPath());
      byte[] b = (body == null ? "not found" : body).getBytes(StandardCharsets.UTF_8);
      ex.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
      ex.sendResponseHeaders(body == null ? 404 : 200, b.length);
      ex.getResponseBody().write(b);
      ex.close();
    });
    server.start();
    try {
      SourceConfig src = new SourceConfig("thin", "测试门户", SourceConfig.Kind.html, List.of(URI.create(HOST)),
          0L, null, List.of(HOST + "/list/index.htm"),
          new SourceConfig.Html(null, "a.next", null, "ul.list", "ul.list > li", "a[href]", null, List.of()), null);
      Config base = ConfigLoader.load(Path.of("config/tenderwatch.yaml")).withDataDir(dir);
      Config config = new Config(base.home(), base.settings(), List.of(src), base.flags());
      BaseUrls mirror = BaseUrls.of(src.hosts(), URI.create("http://127.0.0.1:" + server.getAddress().getPort()));
      try (Pipeline p = Pipeline.open(config, Clock.systemUTC())) {
        assertEquals(4, p.crawl(src, mirror, null).notices());
        assertEquals(4, p.store().count(), "no notice lost");
        List<NoticeView> all = p.store().notices("thin", null, 10);
        NoticeView listed = byUrl(all, "/n/1.htm");
        assertEquals("某大学实验室设备采购公告", listed.title());
        assertTrue(listed.problems().contains("buyer: not found"), listed.problems().toString());
        NoticeView bare = byUrl(all, "/n/2.htm");
        assertEquals(HOST + "/n/2.htm", bare.title());
        assertTrue(bare.problems().contains("title: not found; the URL is used"), bare.problems().toString());
        NoticeView empty = byUrl(all, "/n/3.htm");
        assertEquals("空白页", empty.title());
        assertTrue(empty.problems().contains("text: the notice page has no text"), empty.problems().toString());
        NoticeView gpu = byUrl(all, "/n/4.htm");
        assertTrue(gpu.flags().stream().anyMatch(f -> f.term().equalsIgnoreCase("A100")), gpu.flags().toString());
        assertTrue(gpu.problems().isEmpty(), gpu.problems().toString());
      }
      Path settings = dir.resolve("cfg/tenderwatch.yaml");
      Files.createDirectories(settings.getParent().resolve("sources"));
      Files.copy(Path.of("config/tenderwatch.yaml"), settings);
      Files.copy(Path.of("config/flags.yaml"), settings.resolveSibling("flags.yaml"));
      Files.writeString(settings.resolveSibling("sources/thin.yaml"), """
          id: thin
          name: 测试门户
          kind: html
          hosts: ["https://www.thin.example.cn"]
          lists: ["https://www.thin.example.cn/list/index.htm"]
          html: {nextLink: "a.next", container: "ul.list", item: "li", link: "a[href]"}
          """, StandardCharsets.UTF_8);
      String status = run("status", "--config", settings.toString(), "--data", dir.toString());
      assertTrue(status.contains("notices with problems: budget 1, buyer 1, projectNo 1, text 1, title 1"), "status said:\n" + status);
      String json = run("notices", "--format", "json", "--config", settings.toString(), "--data", dir.toString());
      assertTrue(json.contains("\"problems\"") && json.contains("title: not found; the URL is used"), json);
    } finally {
      server.stop(0);
    }
  }

  private static NoticeView byUrl(List<NoticeView> all, String path) {
    return all.stream().filter(n -> n.url().endsWith(path)).findFirst().orElseThrow(() -> new AssertionError(path));
  }

  private static String run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = org.tenderwatch.cli.Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    assertEquals(0, code, out + "\n" + err);
    return out.toString();
  }
}
