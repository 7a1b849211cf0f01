package org.tenderwatch.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tenderwatch.archive.WarcArchive;
import org.tenderwatch.config.ConfigLoader;
import org.tenderwatch.config.Settings;
import org.tenderwatch.config.SourceConfig;
import org.tenderwatch.store.Database;

/**
 * An old table CMS on loopback, three list pages of two notices each, paged three ways (list_1.html, list_2.html …;
 * list.jsp?page=N; 下一页 links), with label/value detail pages between navigation and a footer. The mirror honours
 * the page number it is sent and behaves like such sites past the end: list_4.html is a 404, ?page=4 answers the
 * last page again. The detail selectors keep the navigation and footer out of the notice text.
 */
class HtmlPagingTest {
  static final String HOST = "http://www.oldcms.example.cn";
  static final int PAGES = 3;

  private static final Map<String, String> DETAIL = Map.of("content", "td.content", "title", "td.title",
      "date", "span.date");

  /** List page n (1 …): two notices, a 下一页 link to list_{n+1}.html except on the last. */
  static String listPage(int n) {
    StringBuilder b = new StringBuilder("<html><body><div class=\"nav\">网站首页 | 招标采购</div><table class=\"list\">");
    for (int i = 1; i <= 2; i++) {
      int id = (n - 1) * 2 + i;
      b.append("<tr><td><a href=\"/zbgg/content_").append(id).append(".html\">采购公告").append(id)
          .append("</a></td><td>2024-05-0").append(10 - id).append("</td></tr>");
    }
    b.append("</table><div class=\"page\">第").append(n).append("页 ");
    if (n < PAGES) {
      b.append("<a href=\"list_").append(n + 1).append(".html\">下一页</a>");
    }
    return b.append("</div></body></html>").toString();
  }

  static String detail(int id) {
    return "<html><head><title>某某学院网站</title></head><body><div class=\"nav\">网站首页 | 学院概况 | 招标采购 | 联系我们</div>"
        + "<table class=\"main\"><tr><td class=\"title\">某某学院GPU服务器采购项目" + id + "招标公告</td></tr>"
        + "<tr><td class=\"info\">发布时间：<span class=\"date\">2024-05-0" + (10 - id) + "</span> 浏览次数：12</td></tr>"
        + "<tr><td class=\"content\"><table><tr><td>项目名称：</td><td>GPU服务器采购项目" + id + "</td></tr>"
        + "<tr><td>采购人：</td><td>某某学院</td></tr><tr><td>预算金额：</td><td>120万元</td></tr></table>"
        + "<p>采购内容：GPU服务器2台，每台配置8块NVIDIA A100 80GB显卡，详见招标文件。</p></td></tr></table>"
        + "<div class=\"footer\">版权所有 © 某某学院 地址：某某市某某路1号 备案号：某ICP备00000000号</div></body></html>";
  }

  private static FixtureServer mirror(Path root) throws IOException {
    FixtureServer s = FixtureServer.serve(root);
    for (int n = 1; n <= PAGES; n++) {
      int page = n;
      s.handle("/zbgg/list_" + n + ".html", r -> html(listPage(page)));
    }
    // ?page=N as such sites answer it: past the end, the last page again
    s.handle("/zbgg/list.jsp", r -> html(listPage(Math.min(PAGES, Integer.parseInt(r.param("page"))))));
    for (int id = 1; id <= PAGES * 2; id++) {
      int n = id;
      s.handle("/zbgg/content_" + id + ".html", r -> html(detail(n)));
    }
    return s;
  }

  private static FixtureServer.Response html(String body) {
    return new FixtureServer.Response(200, "text/html; charset=utf-8", body.getBytes(StandardCharsets.UTF_8));
  }

  private static List<FetchedNotice> crawl(Path dir, FixtureServer s, String list, SourceConfig.Html html)
      throws IOException {
    SourceConfig src = new SourceConfig("oldcms", "old CMS", SourceConfig.Kind.html, List.of(URI.create(HOST)), 0L,
        null, List.of(HOST + list), html, null);
    Settings.Crawl crawl = ConfigLoader.load(Path.of("config/tenderwatch.yaml")).settings().crawl();
    List<FetchedNotice> got = new ArrayList<>();
    try (Database db = Database.open(dir.resolve("t.db")); HttpFetcher f = new HttpFetcher(crawl, Clock.systemUTC());
        WarcArchive a = new WarcArchive(dir.resolve("warc"), java.time.Instant.now())) {
      new SourceCrawler(src, crawl, f, BaseUrls.of(src.hosts(), s.uri()), a, new Frontier(db), Clock.systemUTC(),
          java.time.ZoneId.of("Asia/Shanghai"), got::add).crawl(null);
    }
    return got;
  }

  private static SourceConfig.Html html(String pagePattern, String nextLink, Integer pageFrom) {
    return new SourceConfig.Html(pagePattern, nextLink, null, "table.list", "table.list tr", "a[href]", "td",
        List.of(), pageFrom, DETAIL);
  }

  private static List<String> paths(FixtureServer s) {
    return s.log.stream().filter(r -> r.path().contains("list"))
        .map(r -> r.path() + (r.query() == null ? "" : "?" + r.query())).collect(Collectors.toList());
  }

  @Test
  void firstPageList1(@TempDir Path dir) throws IOException {
    try (FixtureServer s = mirror(dir)) {
      List<FetchedNotice> got = crawl(dir, s, "/zbgg/list_1.html", html("list_{n}.html", null, 2));
      assertEquals(6, got.size());
      assertEquals(List.of("/zbgg/list_1.html", "/zbgg/list_2.html", "/zbgg/list_3.html", "/zbgg/list_4.html"),
          paths(s), "list_4.html is the 404 that ends the list");
    }
  }

  @Test
  void pageQuery(@TempDir Path dir) throws IOException {
    try (FixtureServer s = mirror(dir)) {
      List<FetchedNotice> got = crawl(dir, s, "/zbgg/list.jsp?page=1", html("?page={n}", null, 2));
      assertEquals(6, got.size());
      assertEquals(List.of("/zbgg/list.jsp?page=1", "/zbgg/list.jsp?page=2", "/zbgg/list.jsp?page=3",
          "/zbgg/list.jsp?page=4"), paths(s), "page 4 repeats page 3: all known, the walk ends");
    }
  }

  @Test
  void nextLinks(@TempDir Path dir) throws IOException {
    try (FixtureServer s = mirror(dir)) {
      List<FetchedNotice> got = crawl(dir, s, "/zbgg/list_1.html", html(null, "a:containsOwn(下一页)", null));
      assertEquals(6, got.size());
      assertEquals(List.of("/zbgg/list_1.html", "/zbgg/list_2.html", "/zbgg/list_3.html"), paths(s));
    }
  }

  @Test
  void detailSelectorsKeepNavigationAndFooterOut(@TempDir Path dir) throws IOException {
    try (FixtureServer s = mirror(dir)) {
      FetchedNotice n = crawl(dir, s, "/zbgg/list_1.html", html("list_{n}.html", null, 2)).stream()
          .filter(f -> f.capture().logicalUri().getPath().equals("/zbgg/content_2.html")).findFirst().orElseThrow();
      assertEquals("某某学院GPU服务器采购项目2招标公告", n.page().notice().title());
      assertEquals(LocalDateTime.of(2024, 5, 8, 0, 0), n.page().notice().publishedAt());
      String text = n.page().notice().parts().stream().map(org.tenderwatch.text.TextPart::text)
          .collect(Collectors.joining("\n"));
      assertTrue(text.contains("NVIDIA A100"), text);
      assertFalse(text.contains("网站首页") || text.contains("版权所有") || text.contains("浏览次数"), text);
    }
  }
}
