package org.tenderwatch.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tenderwatch.cli.Main;
import org.tenderwatch.crawl.FixtureServer;

/**
 * The shipped source files for a gpcms portal (ccgp-sichuan), a 政采云 portal (zcy-guangxi), the national ggzy deal
 * list and a university site, each crawled with `tenderwatch crawl --source ID --base-url ID=loopback` against
 * fixtures in src/test/resources/portals/ID that follow the real structures (PORTALS.md; field names as the
 * portals write them). Always one source and always a loopback mirror: no test may reach a real portal.
 */
class PortalSourcesTest {
  private static final Path FIXTURES = Path.of("src/test/resources/portals");
  static final String SICHUAN_SITE = "94c965cc-c55d-4f92-8469-d5875c68bd04";
  static final String SICHUAN_CHANNEL = "c5bff13f-21ca-4dac-b158-cb40accd3035";

  /** What one CLI crawl printed, and its data folder. */
  record Crawl(String out, Path data) {
    List<String> rows(String sql) {
      return KillNineTest.rows(data, sql);
    }

    /** Column values of the notice stored under the page URL ending in {@code urlEnd}. */
    String field(String urlEnd, String column) {
      List<String> r = rows("SELECT " + column + " FROM notices WHERE url LIKE '%" + urlEnd + "'");
      assertEquals(1, r.size(), "one notice at …" + urlEnd + ": " + rows("SELECT url FROM notices"));
      return r.get(0);
    }
  }

  static Crawl crawl(Path tmp, String source, FixtureServer server) throws IOException {
    return crawl(tmp, source, server, yaml -> yaml, 0);
  }

  static Crawl crawl(Path tmp, String source, FixtureServer server, int exitCode) throws IOException {
    return crawl(tmp, source, server, yaml -> yaml, exitCode);
  }

  static Crawl crawl(Path tmp, String source, FixtureServer server,
      java.util.function.UnaryOperator<String> edit) throws IOException {
    return crawl(tmp, source, server, edit, 0);
  }

  /** A crawl with the source's shipped file changed by {@code edit} (a narrower list, to see the mirror react). */
  static Crawl crawl(Path tmp, String source, FixtureServer server,
      java.util.function.UnaryOperator<String> edit, int exitCode) throws IOException {
    Path config = KillNineTest.configWithoutDelay(tmp.resolve("config"));
    Path file = config.resolveSibling("sources/" + source + ".yaml");
    Files.writeString(file, edit.apply(Files.readString(file)));
    Path data = tmp.resolve("data");
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), "crawl", "--source", source,
        "--base-url", source + "=" + server.uri(), "--data", data.toString(), "--config", config.toString());
    assertEquals(exitCode, code, out + "\n" + err);
    System.out.print(out.toString().lines().filter(l -> l.startsWith(source + ":")).findFirst().orElse("") + "\n");
    return new Crawl(out.toString(), data);
  }

  static FixtureServer.Response file(Path f) throws IOException {
    return Files.isRegularFile(f) ? FixtureServer.Response.file(f)
        : new FixtureServer.Response(404, "application/json; charset=utf-8", "{\"code\":\"404\"}".getBytes(
            StandardCharsets.UTF_8));
  }

  @Test
  void gpcmsListDetailsAndAttachments(@TempDir Path tmp) throws IOException {
    Path root = FIXTURES.resolve("ccgp-sichuan");
    try (FixtureServer s = FixtureServer.serve(root)) {
      s.handle("/gpcms/rest/web/v2/info/selectInfoForIndex", PortalMirrors.gpcms(root, SICHUAN_SITE, SICHUAN_CHANNEL))
          .handle("/gpcms/rest/web/v2/info/getInfoById", r -> file(root.resolve("detail-" + r.param("id") + ".json")))
          .handle("/gpcms/rest/web/v2/file/download", r -> file(root.resolve("file-" + r.param("fileId") + ".txt")));
      Crawl c = crawl(tmp, "ccgp-sichuan", s);
      assertEquals(List.of("2"), c.rows("SELECT count(*) FROM notices"));
      String gpu = "article?type=notice&id=8a6f4b2c90e1d7ab0191a3c5e07d12f4";
      assertEquals("四川农业大学高性能计算GPU服务器采购项目公开招标公告", c.field(gpu, "title"));
      assertEquals("四川农业大学", c.field(gpu, "buyer"));
      assertEquals("四川省政府采购中心", c.field(gpu, "agency"));
      assertEquals("N5100012024000456", c.field(gpu, "project_no"));
      assertEquals(0, new java.math.BigDecimal("1890000").compareTo(new java.math.BigDecimal(
          c.field(gpu, "budget_cny"))));
      assertEquals("2024-05-06T10:11", c.field(gpu, "published_at"));
      assertEquals("雅安市", c.field(gpu, "region"));
      assertEquals(List.of("extracted\t1"), c.rows("SELECT a.status, a.parts FROM attachments a"));
      assertEquals(List.of("nvidia_gpu"), c.rows("SELECT DISTINCT category FROM flags"));
      String award = "id=8a6f4b2c90e1d7ab0191a2f1c3b401e9";
      assertEquals("award", c.field(award, "type"));
      assertEquals(List.of("四川蜀安物业服务有限公司"), c.rows("SELECT name FROM suppliers"));
    }
  }

  /** The filter the shipped file once had: only 采购公告 (00101), so no result was ever listed. */
  @Test
  void aNoticeTypeFilterThatDropsResultsFailsOnTheMirror(@TempDir Path tmp) throws IOException {
    Path root = FIXTURES.resolve("ccgp-sichuan");
    try (FixtureServer s = FixtureServer.serve(root)) {
      s.handle("/gpcms/rest/web/v2/info/selectInfoForIndex", PortalMirrors.gpcms(root, SICHUAN_SITE, SICHUAN_CHANNEL))
          .handle("/gpcms/rest/web/v2/info/getInfoById", r -> file(root.resolve("detail-" + r.param("id") + ".json")))
          .handle("/gpcms/rest/web/v2/file/download", r -> file(root.resolve("file-" + r.param("fileId") + ".txt")));
      Crawl c = crawl(tmp, "ccgp-sichuan", s, y -> y.replace("&channel=" + SICHUAN_CHANNEL,
          "&channel=" + SICHUAN_CHANNEL + "&noticeType=00101"));
      assertEquals(List.of("tender"), c.rows("SELECT DISTINCT type FROM notices"), "the mirror honours noticeType");
    }
  }

  @Test
  void gpcmsCaptchaShowsAsBlocked(@TempDir Path tmp) throws IOException {
    Path root = FIXTURES.resolve("ccgp-sichuan");
    try (FixtureServer s = FixtureServer.serve(root)) {
      s.handle("/gpcms/rest/web/v2/info/selectInfoForIndex", r -> file(root.resolve("captcha.json")));
      Crawl c = crawl(tmp, "ccgp-sichuan", s, 1); // a blocked source fetched nothing: exit 1 for scripts
      assertTrue(c.out().contains("blocked: captcha (验证码)"), c.out());
      StringWriter status = new StringWriter();
      Main.run(new PrintWriter(status, true), new PrintWriter(new StringWriter(), true), "status", "--config",
          tmp.resolve("config/tenderwatch.yaml").toString(), "--data", c.data().toString());
      assertTrue(status.toString().lines().anyMatch(l -> l.startsWith("ccgp-sichuan") && l.contains("blocked: captcha")),
          status.toString());
      assertEquals(List.of("0"), c.rows("SELECT count(*) FROM notices"));
    }
  }

  @Test
  void zcyPostListDetailsAndPortalLinksJoinACase(@TempDir Path tmp) throws IOException {
    Path root = FIXTURES.resolve("zcy-guangxi");
    try (FixtureServer s = FixtureServer.serve(root)) {
      s.handle("/portal/category", PortalMirrors.zcy(root))
          .handle("/portal/detail", r -> file(root.resolve("detail-" + r.param("articleId") + ".json")))
          .handle("/portal/attachment/download", r -> file(root.resolve("file-" + r.param("fileId") + ".txt")));
      Crawl c = crawl(tmp, "zcy-guangxi", s);
      assertEquals(List.of("3"), c.rows("SELECT count(*) FROM notices"));
      String tender = "articleId=tpBVk2L0aA0q5Rd3cX9mJw==";
      String result = "articleId=Wf8sQ1z3nE2yK7hT0vLp4g==";
      assertEquals("广西大学人工智能计算平台建设项目公开招标公告", c.field(tender, "title"));
      assertEquals("广西壮族自治区政府集中采购中心", c.field(tender, "agency"));
      assertEquals("GXZC2024-G1-001234-KWZB", c.field(tender, "project_no"));
      assertEquals("2024-05-13T14:00", c.field(tender, "published_at"), "publishDate in ms, Asia/Shanghai");
      assertEquals("award", c.field(result, "type"));
      assertEquals(List.of("广西数智算力科技有限公司"), c.rows("SELECT name FROM suppliers"));
      assertEquals(List.of("extracted"), c.rows("SELECT status FROM attachments"));
      // the result comes first in the list (newest); the tender then joins its case by the portal's own link,
      // the strongest evidence, before the project number is even looked at
      Map<String, String> caseOf = new TreeMap<>();
      for (String row : c.rows("SELECT n.url, l.case_id, l.method FROM links l JOIN notices n ON n.id = l.notice_id")) {
        String[] f = row.split("\t");
        caseOf.put(f[0].substring(f[0].indexOf("articleId=")), f[1] + "/" + f[2]);
      }
      String tenderCase = caseOf.get(tender).split("/")[0];
      assertEquals(tenderCase, caseOf.get(result).split("/")[0], caseOf.toString());
      assertTrue(caseOf.get(tender).endsWith("/portal"), caseOf.toString());
      assertTrue(!caseOf.get("articleId=Xo3mB8dE5rT1uQ9wZ2aLkQ==").startsWith(tenderCase + "/"), caseOf.toString());
    }
  }

  @Test
  void ggzyFormListAndTheContentFrame(@TempDir Path tmp) throws IOException {
    Path root = FIXTURES.resolve("ggzy-national");
    try (FixtureServer s = FixtureServer.serve(root)) {
      s.handle("/ds/deal/dealList_find.jsp", PortalMirrors.ggzy(root));
      Crawl c = crawl(tmp, "ggzy-national", s);
      assertEquals(List.of("2"), c.rows("SELECT count(*) FROM notices"));
      String first = "/information/html/b/450000/0202/202405/10/00456f1e2d3c4b5a.shtml";
      assertEquals("南宁师范大学智慧教室建设项目（二次）竞争性磋商公告", c.field(first, "title"));
      assertEquals("2024-05-10T00:00", c.field(first, "published_at"));
      assertEquals("南宁师范大学", c.field(first, "buyer"));
      assertEquals("GXZC2024-C3-000871-ZXHT", c.field(first, "project_no"));
      assertEquals("http://www.ggzy.gov.cn" + first, c.rows("SELECT url FROM notices WHERE url LIKE '%450000%'").get(0),
          "the /a/ link is stored as its /b/ content frame");
      assertTrue(s.log.stream().noneMatch(r -> r.path().contains("/html/a/")), "the /a/ frame page is never fetched");
      String second = "/b/520000/0202/202405/09/0052a7c9e1f3b5d7.shtml";
      assertEquals("award", c.field(second, "type"));
    }
  }

  @Test
  void universityHtmlListPagesNoticesAndAttachments(@TempDir Path tmp) throws IOException {
    try (FixtureServer s = FixtureServer.serve(FIXTURES.resolve("univ-lnjd"))) {
      Crawl c = crawl(tmp, "univ-lnjd", s);
      assertEquals(List.of("4"), c.rows("SELECT count(*) FROM notices"));
      assertEquals("辽宁机电职业技术学院工作服采购的采购公告", c.field("/info/1091/3874.htm", "title"));
      assertEquals("LNZC20190703003", c.field("/info/1091/3874.htm", "project_no"));
      assertEquals("辽宁机电职业技术学院", c.field("/info/1091/3874.htm", "buyer"));
      assertEquals("辽宁金昌建设工程咨询有限公司", c.field("/info/1091/3874.htm", "agency"));
      assertEquals("award", c.field("/info/1091/3921.htm", "type"));
      assertEquals(List.of("辽宁机电职业技术学院工作服采购磋商文件.txt\textracted"),
          c.rows("SELECT name, status FROM attachments"));
      assertTrue(s.log.stream().anyMatch(r -> r.path().equals("/cgxx/1.htm")), "page 2 through the 下页 link");
    }
  }

  /**
   * One notice of the university site answers with a challenge nobody named (a script that sets a cookie and
   * reloads): it is not stored, its URL is failed with the cause, `status` shows it; the three real notices are
   * stored and the source is not blocked.
   */
  @Test
  void aChallengeInFrontOfOneNoticeIsAFailureShownInStatus(@TempDir Path tmp) throws IOException {
    try (FixtureServer s = FixtureServer.serve(FIXTURES.resolve("univ-lnjd"))) {
      s.handle("/info/1091/3898.htm", r -> new FixtureServer.Response(200, "text/html; charset=utf-8",
          ("<html><head><script>var c='sl-session='+Math.random().toString(36).slice(2);document.cookie=c+';path=/';"
              + "location.reload();</script></head><body></body></html>").getBytes(StandardCharsets.UTF_8)));
      Crawl c = crawl(tmp, "univ-lnjd", s);
      assertEquals(List.of("3"), c.rows("SELECT count(*) FROM notices"));
      assertEquals(List.of("failed"), c.rows("SELECT status FROM frontier WHERE url LIKE '%/info/1091/3898.htm'"));
      StringWriter status = new StringWriter();
      Main.run(new PrintWriter(status, true), new PrintWriter(new StringWriter(), true), "status", "--config",
          tmp.resolve("config/tenderwatch.yaml").toString(), "--data", c.data().toString());
      assertTrue(status.toString().contains("failing: 1 × challenge page instead of the notice: JS challenge"),
          status.toString());
      assertTrue(status.toString().lines().noneMatch(l -> l.startsWith("univ-lnjd") && l.contains("blocked")),
          status.toString());
    }
  }
}
