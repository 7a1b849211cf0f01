package org.tenderwatch.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tenderwatch.archive.WarcArchive;
import org.tenderwatch.config.ConfigLoader;
import org.tenderwatch.config.Settings;
import org.tenderwatch.config.SourceConfig;
import org.tenderwatch.store.Database;

/**
 * The generic JSON source type against a gpcms-shaped API (PORTALS.md §1 2.3: list rows in data.rows, detail by
 * id with content HTML and attchList) served on loopback.
 */
class JsonSourceCrawlTest {
  private HttpServer server;
  private final List<String> requests = new ArrayList<>();

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", ex -> {
      String q = ex.getRequestURI().getQuery();
      requests.add(ex.getRequestURI().getPath() + "?" + q);
      String body;
      if (ex.getRequestURI().getPath().endsWith("selectInfoForIndex")) {
        body = q.contains("currPage=1&") ? """
            {"code":"200","msg":"操作成功","data":{"total":2,"rows":[
              {"id":"a1","title":"某大学GPU服务器采购公告","noticeTime":"2024-05-02 10:00:00"},
              {"id":"a2","title":"某医院物业服务采购公告","noticeTime":"2024-03-01 09:00:00"}]}}"""
            : """
            {"code":"200","msg":"操作成功","data":{"total":2,"rows":[]}}""";
      } else if (ex.getRequestURI().getPath().endsWith("getInfoById")) {
        body = q.contains("id=a1") ? """
            {"code":"200","data":{"id":"a1","title":"某大学GPU服务器采购公告","noticeTime":"2024-05-02 10:00:00",
             "purchaser":"四川某大学","agency":"某招标代理有限公司","openTenderCode":"N5100012024000123",
             "budget":"1890000.0000","regionName":"成都市","catalogueNameList":"货物/设备/信息化设备/计算机/服务器",
             "content":"<p>一、项目基本情况</p><p>采购需求：GPU服务器2台。</p>",
             "attchList":[{"fileName":"需求.txt","fileUrl":"/files/req.txt"}]}}"""
            : """
            {"code":"200","data":{"id":"a2","title":"某医院物业服务采购公告","content":"<p>物业服务</p>"}}""";
      } else if (ex.getRequestURI().getPath().equals("/files/req.txt")) {
        body = "技术要求：每台配置 8 块 NVIDIA A100 80G GPU。";
      } else {
        body = "{}";
      }
      byte[] b = body.getBytes(StandardCharsets.UTF_8);
      ex.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
      ex.sendResponseHeaders(200, b.length);
      ex.getResponseBody().write(b);
      ex.close();
    });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  @Test
  void listsPagesFetchesDetailsAndAttachmentsThroughTheMirror(@TempDir Path dir) throws IOException {
    SourceConfig src = new SourceConfig("gpcms-test", "gpcms test", SourceConfig.Kind.json,
        List.of(URI.create("https://www.ccgp-sichuan.gov.cn")), 0L, null,
        List.of("https://www.ccgp-sichuan.gov.cn/gpcms/rest/web/v2/info/selectInfoForIndex?currPage={page}&pageSize=2"),
        null,
        new SourceConfig.Json("GET", null, null, 1, "data.rows", Map.of("id", "id", "date", "noticeTime"),
            "/gpcms/rest/web/v2/info/getInfoById?id={id}", "https://www.ccgp-sichuan.gov.cn/maincms-web/article?id={id}",
            "data", Map.of("content", "content", "title", "title", "date", "noticeTime", "buyer", "purchaser",
                "agency", "agency", "projectNo", "openTenderCode", "budget", "budget", "region", "regionName",
                "category", "catalogueNameList"),
            "attchList", Map.of("name", "fileName", "url", "fileUrl")));
    Settings.Crawl crawl = ConfigLoader.load(Path.of("config/tenderwatch.yaml")).settings().crawl();
    List<FetchedNotice> got = new ArrayList<>();
    URI mirror = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    try (Database db = Database.open(dir.resolve("t.db"));
        HttpFetcher fetcher = new HttpFetcher(crawl, Clock.systemUTC());
        WarcArchive archive = new WarcArchive(dir.resolve("warc"), java.time.Instant.now())) {
      CrawlReport r = new SourceCrawler(src, crawl, fetcher, BaseUrls.of(src.hosts(), mirror), archive,
          new Frontier(db), Clock.systemUTC(), java.time.ZoneId.of("Asia/Shanghai"), got::add).crawl(java.time.LocalDate.parse("2024-04-01"));
      assertEquals(1, r.notices(), "the March notice predates --since");
      assertEquals(1, r.older());
      assertEquals(List.of(), r.failures());
    }
    FetchedNotice n = got.get(0);
    assertEquals("四川某大学", n.page().notice().buyer());
    assertEquals("N5100012024000123", n.page().notice().projectNo());
    // gpcms gives the 品目 as data (catalogueNameList) where its content has none
    assertEquals("货物/设备/信息化设备/计算机/服务器", n.page().notice().category());
    assertEquals(0, new java.math.BigDecimal("1890000").compareTo(n.page().notice().budget().cny()));
    assertEquals("https://www.ccgp-sichuan.gov.cn/maincms-web/article?id=a1", n.page().url());
    assertEquals(1, n.attachments().size());
    assertTrue(new String(n.attachments().get(0).capture().body(), StandardCharsets.UTF_8).contains("A100"));
    assertTrue(requests.stream().anyMatch(q -> q.startsWith("/files/req.txt")), requests.toString());
  }
}
