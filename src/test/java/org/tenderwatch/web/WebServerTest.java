package org.tenderwatch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.tenderwatch.archive.WarcArchive;
import org.tenderwatch.cases.CaseView;
import org.tenderwatch.store.NoticeView;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The pages and the API over HTTP, on 127.0.0.1 port 0, over the crawled sample portal with a planted notice. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebServerTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private WebFixture web;
  private Http http;
  private NoticeView planted;
  private NoticeView ustcTender;

  @BeforeAll
  void start(@TempDir Path dir) throws Exception {
    web = WebFixture.start(dir, true);
    http = new Http(web.server.uri().toString());
    for (NoticeView n : web.pipeline.store().notices(null, null, 1000)) {
      if (URI.create(n.url()).getPath().equals(PlantedPortal.PATH)) {
        planted = n;
      }
      if (n.title().equals("中国科学技术大学算力租赁服务采购项目公开招标公告")) {
        ustcTender = n;
      }
    }
    assertNotNull(planted, "the planted notice was crawled");
    assertNotNull(ustcTender);
  }

  @AfterAll
  void stop() {
    web.close();
  }

  @Test
  void listensOnLoopbackAtTheUriItReports() {
    assertEquals("127.0.0.1", web.server.uri().getHost());
    assertTrue(web.server.uri().getPort() > 0);
  }

  @Test
  void plantedStringsReachTheStoreAsWritten() {
    assertEquals(PlantedPortal.TITLE, planted.title(), "the extractor keeps the text, script and all");
    assertFalse(planted.flags().isEmpty(), "the planted notice is flagged, so it is on every page");
  }

  @Test
  void searchPageShowsHitsHighlightsAndFacets() throws Exception {
    HttpResponse<String> r = http.get("/search?q=" + Html.url("A100"));
    assertEquals(200, r.statusCode());
    String body = r.body();
    long total = web.pipeline.index().search("A100", 0).total();
    assertTrue(body.contains("id=\"hit-count\">" + total + " notices"), body);
    assertTrue(body.contains("中国科学技术大学算力租赁服务采购项目公开招标公告"));
    assertTrue(body.contains("<mark>A100</mark>"), "highlighted");
    assertTrue(body.contains("Flag category") && body.contains("Nvidia data-centre GPUs"), "facet with English label");
    assertTrue(body.contains("href=\"/search?q=" + Html.url("A100 AND flag:\"nvidia_gpu\"")), "facet narrows");
    assertEquals(List.of(), Http.activeContent(body));
  }

  @Test
  void facetLinksAndSortsRunAsQueries() throws Exception {
    HttpResponse<String> r = http.get("/search?sort=date&q=" + Html.url("A100 AND flag:\"nvidia_gpu\""));
    assertEquals(200, r.statusCode());
    int first = r.body().indexOf(Html.esc(PlantedPortal.TITLE));
    int ustc = r.body().indexOf("中国科学技术大学算力租赁服务采购项目公开招标公告");
    assertTrue(first > 0 && ustc > first, "newest first: the planted 2025 notice before the 2024 tender");
  }

  @Test
  void pagingWalksTheHits() throws Exception {
    long total = web.pipeline.index().search("source:ccgp", 0).total();
    assertTrue(total > SearchPage.PAGE_SIZE, "enough notices for two pages: " + total);
    HttpResponse<String> p2 = http.get("/search?page=2&q=" + Html.url("source:ccgp"));
    assertTrue(p2.body().contains("page 2 of 2"), p2.body());
    assertTrue(p2.body().contains("<ol class=\"hits\" start=\"21\">"));
  }

  @Test
  void aBadQueryIs400WithItsMessage() throws Exception {
    HttpResponse<String> api = http.get("/api/search?q=" + Html.url("A100 AND"));
    assertEquals(400, api.statusCode());
    assertTrue(api.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
    String error = JSON.readTree(api.body()).get("error").asString();
    assertTrue(error.startsWith("bad query: ") && error.contains("A100 AND"), error);
    HttpResponse<String> page = http.get("/search?q=" + Html.url("nosuchfield:x"));
    assertEquals(400, page.statusCode());
    assertTrue(page.body().contains("unknown field &apos;nosuchfield&apos;"), page.body());
    assertEquals(400, http.get("/api/search").statusCode());
    assertEquals(400, http.get("/api/search?q=A100&sort=sideways").statusCode());
  }

  @Test
  void apiSearchMirrorsTheIndex() throws Exception {
    HttpResponse<String> r = http.get("/api/search?q=A100&sort=date&size=2");
    assertEquals(200, r.statusCode());
    JsonNode j = JSON.readTree(r.body());
    assertEquals(web.pipeline.index().search("A100", 0).total(), j.get("total").asLong());
    assertEquals(2, j.get("hits").size());
    assertEquals(planted.id(), j.get("hits").get(0).get("id").asString(), "date sort, newest first");
    assertTrue(j.get("facets").has("flag"));
  }

  @Test
  void apiNoticeIsTheStoredView() throws Exception {
    HttpResponse<String> r = http.get("/api/notices/" + Html.url(ustcTender.id()));
    assertEquals(200, r.statusCode());
    assertEquals(JSON.readTree(JSON.writeValueAsString(ustcTender)), JSON.readTree(r.body()));
    HttpResponse<String> missing = http.get("/api/notices/ccgp:nope");
    assertEquals(404, missing.statusCode());
    assertTrue(JSON.readTree(missing.body()).get("error").asString().contains("ccgp:nope"));
  }

  @Test
  void apiCasesAndFlaggedHaveEveryFlaggedCase() throws Exception {
    List<CaseView> cases = web.pipeline.cases().flaggedCases();
    assertEquals(5, cases.size(), "the four sample cases and the planted notice");
    JsonNode flagged = JSON.readTree(http.get("/api/flagged").body());
    assertEquals(cases.size(), flagged.size());
    JsonNode ustc = null;
    for (JsonNode c : flagged) {
      if (c.get("title").asString().startsWith("中国科学技术大学")) {
        ustc = c;
      }
    }
    assertNotNull(ustc);
    assertEquals("awarded", ustc.get("status").asString());
    assertEquals("合肥智域算力科技有限公司", ustc.get("suppliers").get(0).get("name").asString());
    assertEquals(cases.size(), JSON.readTree(http.get("/api/cases").body()).size());
    HttpResponse<String> one = http.get("/api/cases/" + Html.url(ustc.get("caseId").asString()));
    assertEquals(200, one.statusCode());
    assertEquals(2, JSON.readTree(one.body()).get("notices").size(), "tender and award");
  }

  @Test
  void noticePageShowsFieldsEvidenceLinksAndTheArchivedCopy() throws Exception {
    HttpResponse<String> r = http.get(Html.noticeHref(ustcTender.id()));
    assertEquals(200, r.statusCode());
    String b = r.body();
    assertTrue(b.contains("Buyer 采购单位") && b.contains("Project number 项目编号") && b.contains("AHZC-2024-GK0388"));
    assertTrue(b.contains("<mark>A100</mark>"));
    assertTrue(b.contains("id=\"notice-sha256\">" + ustcTender.archive().sha256()));
    assertTrue(b.contains("rel=\"noopener noreferrer nofollow\""), "the original URL, without referrer");
    assertTrue(b.contains("Linked notices") && b.contains(Html.noticeHref(ustcTender.linked().get(0))));
    Matcher page = Pattern.compile("href=\"(/archive/[0-9a-f-]{36}\\?term=A100#p3)\"").matcher(b);
    assertTrue(page.find(), "evidence on page 3 of the PDF links to that page: " + b);
    HttpResponse<String> pdf = http.get(page.group(1).replace("#p3", ""));
    assertEquals(200, pdf.statusCode());
    String text = pdf.body();
    int p3 = text.indexOf("id=\"p3\"");
    assertTrue(p3 > 0 && text.indexOf("<mark>A100</mark>", p3) > p3, "page 3 holds the marked term");
    assertTrue(text.contains("matches the hash stored at crawl time"));
  }

  @Test
  void casePageShowsTheWinnerFromTheAwardNotice() throws Exception {
    CaseView c = web.pipeline.cases().flaggedCases().stream()
        .filter(x -> x.notice().id().equals(ustcTender.id())).findFirst().orElseThrow();
    String b = http.get(Html.caseHref(c.caseId())).body();
    assertTrue(b.contains("id=\"case-status\">awarded"));
    assertTrue(b.contains("合肥智域算力科技有限公司"));
    assertTrue(b.contains("Award 中标/成交公告"));
  }

  @Test
  void everyPageShowingThePlantedNoticeEscapesIt() throws Exception {
    String caseId = web.pipeline.cases().flaggedCases().stream().filter(c -> c.notice().id().equals(planted.id()))
        .findFirst().orElseThrow().caseId();
    String uuid = planted.archive().warc().replaceFirst(".*#urn:uuid:", "");
    for (String path : List.of("/search?q=" + Html.url("英伟达"), "/search?q=" + Html.url("projectNo:XSS*"),
        Html.noticeHref(planted.id()), Html.caseHref(caseId), "/flagged", "/archive/" + uuid,
        "/archive/" + uuid + "?view=text")) {
      HttpResponse<String> r = http.get(path);
      assertEquals(200, r.statusCode(), path);
      assertEquals(List.of(), Http.activeContent(r.body()), path);
      assertFalse(r.body().contains("<script>window.__pwned"), path);
    }
    HttpResponse<String> api = http.get("/api/notices/" + Html.url(planted.id()));
    assertTrue(api.headers().firstValue("Content-Type").orElseThrow().startsWith("application/json"),
        "JSON is never rendered as a page (with nosniff)");
    assertEquals(PlantedPortal.TITLE, JSON.readTree(api.body()).get("title").asString());
    String notice = http.get(Html.noticeHref(planted.id())).body();
    assertTrue(notice.contains(Html.esc(PlantedPortal.TITLE)), "shown as text");
    for (NoticeView.FlagEvidence f : planted.flags()) {
      assertTrue(notice.contains(Html.marked(f.snippet())), "the snippet, escaped: " + f.snippet());
    }
    assertTrue(planted.flags().stream().anyMatch(f -> f.snippet().contains("<script>")),
        "a snippet carries the planted script text");
  }

  @Test
  void archivedHtmlIsSanitizedAndFoundOnlyByRecordId() throws Exception {
    String uuid = planted.archive().warc().replaceFirst(".*#urn:uuid:", "");
    String b = http.get("/archive/" + uuid).body();
    assertTrue(b.contains("id=\"archived\""), b);
    assertTrue(b.contains("采购英伟达A100 GPU服务器2台"), "content kept");
    assertEquals(List.of(), Http.activeContent(b));
    for (String markupOnly : List.of("__pwned=3", "__pwned=4", "__pwned=6", "__pwned=7", "onclick")) {
      assertFalse(b.contains(markupOnly), "real markup of the page is dropped, not shown: " + markupOnly);
    }
    assertEquals(404, http.get("/archive/00000000-0000-0000-0000-000000000000").statusCode());
    assertEquals(400, http.get("/archive/..%2F..%2Fconfig").statusCode());
    int traversal = http.get("/archive/../../etc/passwd").statusCode();
    assertTrue(traversal == 400 || traversal == 404, "refused: " + traversal);
  }

  @Test
  void downloadsAreTheArchivedBytesWithTheirHash() throws Exception {
    String uuid = ustcTender.archive().warc().replaceFirst(".*#urn:uuid:", "");
    HttpResponse<byte[]> r = http.bytes("/archive/" + uuid + "/download");
    assertEquals(200, r.statusCode());
    assertEquals("application/octet-stream", r.headers().firstValue("Content-Type").orElseThrow());
    assertTrue(r.headers().firstValue("Content-Disposition").orElseThrow().startsWith("attachment;"));
    assertEquals(ustcTender.archive().sha256(), WarcArchive.sha256Hex(r.body()));
    assertEquals(ustcTender.archive().sha256(), r.headers().firstValue("X-Tenderwatch-SHA256").orElseThrow());
  }

  @Test
  void dashboardChartsFlaggedCasesPerMonthAndCategory() throws Exception {
    String b = http.get("/flagged").body();
    List<CaseView> cases = web.pipeline.cases().flaggedCases();
    assertTrue(b.contains("id=\"case-count\">" + cases.size() + " cases"));
    Matcher bar = Pattern.compile("data-month=\"([0-9-]+)\" data-category=\"([a-z_]+)\" data-count=\"(\\d+)\"")
        .matcher(b);
    int gpu = 0;
    boolean plantedMonth = false;
    while (bar.find()) {
      if (bar.group(2).equals("nvidia_gpu")) {
        gpu += Integer.parseInt(bar.group(3));
        plantedMonth |= bar.group(1).equals("2025-07");
      }
    }
    long expected = cases.stream().filter(c -> c.flags().stream().anyMatch(f -> f.category().equals("nvidia_gpu")))
        .count();
    assertEquals(expected, gpu, "each GPU case once");
    assertTrue(plantedMonth);
    String aws = http.get("/flagged?category=aws").body();
    long awsCases = cases.stream().filter(c -> c.flags().stream().anyMatch(f -> f.category().equals("aws"))).count();
    assertTrue(aws.contains("id=\"case-count\">" + awsCases + " case"), aws);
  }

  @Test
  void securityHeadersOnEveryResponse() throws Exception {
    for (String path : List.of("/search", "/api/search?q=A100", "/nope")) {
      HttpResponse<String> r = http.get(path);
      assertEquals(Security.CSP, r.headers().firstValue("Content-Security-Policy").orElse(null), path);
      assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(null));
      assertEquals("DENY", r.headers().firstValue("X-Frame-Options").orElse(null));
    }
    assertEquals(404, http.get("/nope").statusCode());
  }

  @Test
  void savedSearchFormsNeedTheCsrfTokenAndWork() throws Exception {
    String page = http.get("/saved").body();
    String csrf = Http.csrf(page);
    assertEquals(403, http.form("/saved", Map.of("name", "x", "q", "A100", "action", "save")).statusCode(),
        "no token");
    assertEquals(403, http.form("/saved", Map.of("name", "x", "q", "A100", "action", "save", "csrf", "forged-token"
        + "-that-is-long")).statusCode());
    HttpResponse<String> preview = http.form("/saved", Map.of("name", "gpu-web", "q", "A100", "owner", "",
        "action", "preview", "csrf", csrf));
    long count = web.pipeline.index().search("A100", 0).total();
    assertTrue(preview.body().contains("id=\"preview-count\">" + count + " notices match"), preview.body());
    HttpResponse<String> saved = http.form("/saved", Map.of("name", "gpu-web", "q", "A100", "owner", "a@example.org",
        "action", "save", "csrf", csrf));
    assertEquals(302, saved.statusCode());
    assertEquals("A100", web.pipeline.saved().find("gpu-web").query());
    HttpResponse<String> bad = http.form("/saved/gpu-web", Map.of("q", "A100 AND", "owner", "", "action", "save",
        "csrf", csrf));
    assertEquals(400, bad.statusCode());
    assertTrue(bad.body().contains("Bad query"));
    assertEquals(302, http.form("/saved/gpu-web", Map.of("q", "H100 OR A100", "owner", "", "action", "save",
        "csrf", csrf)).statusCode());
    assertEquals("H100 OR A100", web.pipeline.saved().find("gpu-web").query());
    assertEquals(302, http.form("/saved/gpu-web/delete", Map.of("csrf", csrf)).statusCode());
    assertEquals(null, web.pipeline.saved().find("gpu-web"));
  }

  @Test
  void crossOriginWritesAreRefused() throws Exception {
    String csrf = Http.csrf(http.get("/saved").body());
    HttpResponse<String> r = http.form("/saved", Map.of("name", "evil", "q", "A100", "action", "save", "csrf", csrf),
        "Origin", "http://evil.example");
    assertEquals(403, r.statusCode());
    assertEquals(403, http.form("/api/saved", Map.of("name", "evil", "query", "A100")).statusCode(),
        "the API takes JSON only");
    assertEquals(null, web.pipeline.saved().find("evil"));
  }

  @Test
  void savedSearchApiAddsListsEditsAndRemoves() throws Exception {
    HttpResponse<String> add = http.json("POST", "/api/saved", "{\"name\":\"api-aws\",\"query\":\"flag:aws\"}");
    assertEquals(201, add.statusCode(), add.body());
    JsonNode a = JSON.readTree(add.body());
    assertEquals(web.pipeline.index().search("flag:aws", 0).total(), a.get("preview").asLong());
    assertEquals(400, http.json("POST", "/api/saved", "{\"name\":\"api-aws\",\"query\":\"flag:aws\"}").statusCode(),
        "exists");
    assertEquals(400, http.json("POST", "/api/saved", "{\"name\":\"api-bad\",\"query\":\"(\"}").statusCode());
    assertEquals(400, http.json("POST", "/api/saved", "not json").statusCode());
    JsonNode list = JSON.readTree(http.get("/api/saved").body());
    assertTrue(list.toString().contains("\"api-aws\""));
    assertEquals(200, http.json("PUT", "/api/saved/api-aws", "{\"query\":\"flag:bedrock\"}").statusCode());
    assertEquals("flag:bedrock", JSON.readTree(http.get("/api/saved/api-aws").body()).get("query").asString());
    assertEquals(204, http.json("DELETE", "/api/saved/api-aws", null).statusCode());
    assertEquals(404, http.get("/api/saved/api-aws").statusCode());
    assertEquals(404, http.json("DELETE", "/api/saved/api-aws", null).statusCode());
    JsonNode preview = JSON.readTree(http.get("/api/preview?q=A100").body());
    assertEquals(web.pipeline.index().search("A100", 0).total(), preview.get("count").asLong());
  }

  @Test
  void healthShowsTheFrontier() throws Exception {
    String b = http.get("/health").body();
    assertTrue(b.contains("Frontier by source and status") && b.contains("<td>ccgp</td>"), b);
    JsonNode j = JSON.readTree(http.get("/api/health").body());
    assertEquals(3, j.size());
    assertTrue(j.get(1).get("rows").size() > 0);
  }
}
