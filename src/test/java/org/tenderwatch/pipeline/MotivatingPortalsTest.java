package org.tenderwatch.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tenderwatch.cli.Main;
import org.tenderwatch.crawl.FixtureServer;

/**
 * The sources for the portals of the motivating cases, each crawled with the CLI against a loopback mirror that
 * honours every parameter the source sends ({@link PortalMirrors}): 政采云 Zhejiang (Zhejiang Lab), the Shenzhen
 * trading centre API (Shenzhen University), the Jiangsu provincial portal (USTC's Suzhou institute). Each lists
 * every notice type, the GPU tender is flagged, and its result joins the same case with the winner. The notices
 * in the mirrors are synthetic, written in the portals' field layout; no test reaches a real portal.
 */
class MotivatingPortalsTest {
  private static final Path FIXTURES = Path.of("src/test/resources/portals");

  private static FixtureServer.Handler detail(Path root, String param) {
    return r -> PortalSourcesTest.file(root.resolve("detail-" + r.param(param) + ".json"));
  }

  /** The case of the notice whose title contains {@code title}. */
  private static String caseOf(PortalSourcesTest.Crawl c, String title) {
    List<String> r = c.rows("SELECT l.case_id FROM links l JOIN notices n ON n.id = l.notice_id WHERE n.title LIKE '%"
        + title + "'");
    assertEquals(1, r.size(), title + ": " + c.rows("SELECT title FROM notices"));
    return r.get(0);
  }

  private static void tenderAndResultShareACase(PortalSourcesTest.Crawl c, String project, String tenderEnd,
      String resultEnd, String supplier) {
    assertEquals(caseOf(c, project + tenderEnd), caseOf(c, project + resultEnd), "tender and result: one case");
    assertTrue(c.rows("SELECT name FROM suppliers").contains(supplier), c.rows("SELECT name FROM suppliers").toString());
    assertTrue(c.rows("SELECT DISTINCT category FROM flags").contains("nvidia_gpu"));
  }

  @Test
  void zhejiangLabOnZcyZhejiang(@TempDir Path tmp) throws IOException {
    Path root = FIXTURES.resolve("zcy-zhejiang");
    try (FixtureServer s = FixtureServer.serve(root)) {
      s.handle("/portal/category", PortalMirrors.zcy(root)).handle("/portal/detail", detail(root, "articleId"));
      PortalSourcesTest.Crawl c = PortalSourcesTest.crawl(tmp, "zcy-zhejiang", s);
      assertEquals(List.of("3"), c.rows("SELECT count(*) FROM notices"), "the test-district row is excluded");
      assertEquals(List.of("award", "correction", "tender"), c.rows("SELECT type FROM notices ORDER BY type"));
      tenderAndResultShareACase(c, "之江实验室智能计算集群GPU服务器采购项目", "公开招标公告", "中标（成交）结果公告",
          "杭州智算科技有限公司");
    }
  }

  @Test
  void shenzhenUniversityOnTheTradingCentreApi(@TempDir Path tmp) throws IOException {
    Path root = FIXTURES.resolve("szggzy");
    try (FixtureServer s = FixtureServer.serve(root)) {
      s.handle("/cms/api/v1/trade/content/page", PortalMirrors.szggzy(root))
          .handle("/cms/api/v1/trade/content/detail", detail(root, "contentId"));
      PortalSourcesTest.Crawl c = PortalSourcesTest.crawl(tmp, "szggzy", s);
      assertEquals(List.of("award", "tender", "termination"), c.rows("SELECT type FROM notices ORDER BY type"));
      assertEquals(List.of("https://www.szggzy.com/jygg/details.html?contentId=1898765"),
          c.rows("SELECT url FROM notices WHERE type = 'tender'"), "stored under the page an analyst opens");
      tenderAndResultShareACase(c, "深圳大学高性能计算平台扩容采购项目", "采购公告", "中标结果公告", "深圳鹏城算力科技有限公司");
    }
  }

  /** The public crawler's filter (采购公告 only): the mirror honours it, and no result would be listed. */
  @Test
  void theSzggzyTypeFilterWouldDropResults(@TempDir Path tmp) throws IOException {
    Path root = FIXTURES.resolve("szggzy");
    try (FixtureServer s = FixtureServer.serve(root)) {
      s.handle("/cms/api/v1/trade/content/page", PortalMirrors.szggzy(root))
          .handle("/cms/api/v1/trade/content/detail", detail(root, "contentId"));
      PortalSourcesTest.Crawl c = PortalSourcesTest.crawl(tmp, "szggzy", s, y -> y.replace("\"fields\":[]",
          "\"fields\":[{\"fieldName\":\"jygg_gglxmc\",\"fieldValue\":\"采购公告\"}]"));
      assertEquals(List.of("tender"), c.rows("SELECT type FROM notices"));
    }
  }

  @Test
  void ustcSuzhouOnTheJiangsuPortal(@TempDir Path tmp) throws IOException {
    Path root = FIXTURES.resolve("ccgp-jiangsu");
    try (FixtureServer s = FixtureServer.serve(root)) {
      s.handle("/pss/jsp/search_cggg.jsp", PortalMirrors.jiangsu(root, false))
          .handle("/pss/jsp/relevantCgggGetById.jsp", detail(root, "ggid"));
      PortalSourcesTest.Crawl c = PortalSourcesTest.crawl(tmp, "ccgp-jiangsu", s);
      assertEquals(List.of("award", "correction", "tender"), c.rows("SELECT type FROM notices ORDER BY type"));
      tenderAndResultShareACase(c, "中国科学技术大学苏州高等研究院人工智能算力平台采购项目", "公开招标公告", "中标公告",
          "苏州智算信息技术有限公司");
    }
  }

  /** Live, the Jiangsu search wants its image captcha: the source is blocked and says so, nothing is stored. */
  @Test
  void jiangsuCaptchaShowsAsBlocked(@TempDir Path tmp) throws IOException {
    Path root = FIXTURES.resolve("ccgp-jiangsu");
    try (FixtureServer s = FixtureServer.serve(root)) {
      s.handle("/pss/jsp/search_cggg.jsp", PortalMirrors.jiangsu(root, true));
      PortalSourcesTest.Crawl c = PortalSourcesTest.crawl(tmp, "ccgp-jiangsu", s, 1); // blocked, nothing fetched: exit 1
      StringWriter status = new StringWriter();
      Main.run(new PrintWriter(status, true), new PrintWriter(new StringWriter(), true), "status", "--config",
          tmp.resolve("config/tenderwatch.yaml").toString(), "--data", c.data().toString());
      assertTrue(status.toString().lines().anyMatch(l -> l.startsWith("ccgp-jiangsu") && l.contains("blocked: captcha")),
          status.toString());
      assertEquals(List.of("0"), c.rows("SELECT count(*) FROM notices"));
    }
  }
}
