package org.tenderwatch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.tenderwatch.cases.CaseView;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What an analyst reads, over the sample portal crawled by the real pipeline: the USTC case (tender before the
 * listing, award after), the 深圳大学 case flagged for AWS, GPUs and Bedrock, and the A100 spectrometer near-miss.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnalystViewsTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String USTC_EN = "University of Science and Technology of China";

  private WebFixture web;
  private Http http;
  private CaseView ustc;
  private CaseView szu;

  @BeforeAll
  void start(@TempDir Path dir) throws Exception {
    web = WebFixture.start(dir, true);
    http = new Http(web.server.uri().toString());
    for (CaseView c : web.pipeline.cases().flaggedCases()) {
      if (c.notice().title().startsWith("中国科学技术大学算力租赁")) {
        ustc = c;
      }
      if ("深圳大学".equals(c.notice().buyer())) {
        szu = c;
      }
    }
    assertNotNull(ustc);
    assertNotNull(szu);
  }

  @AfterAll
  void stop() {
    web.close();
  }

  private Document page(String path) throws Exception {
    HttpResponse<String> r = http.get(path);
    assertEquals(200, r.statusCode(), path);
    return Jsoup.parse(r.body());
  }

  @Test
  void theCasePageShowsTheCasesScreeningEvidenceForEveryCategoryAndEnglishNames() throws Exception {
    Document d = page(Html.caseHref(ustc.caseId()));
    assertTrue(d.select("table.screening tr.listed").text().contains(USTC_EN), d.select("table.screening").text());
    assertTrue(d.select("dl.fields").text().contains("中国科学技术大学 (" + USTC_EN + ")"), "English beside Chinese");
    assertTrue(d.select("dl.fields").text().contains("USD "), "amounts also in dollars, with the rate's date");
    Document s = page(Html.caseHref(szu.caseId()));
    List<String> categories = s.select("#case-evidence tbody tr td:first-child code").eachText();
    assertEquals(List.of("aws", "bedrock", "nvidia_gpu").stream().sorted().toList(),
        categories.stream().sorted().toList(), "one piece of evidence per category, not three of AWS");
    assertTrue(s.select("dl.fields").text().contains("深圳大学 (Shenzhen University)"), s.select("dl.fields").text());
  }

  @Test
  void theTenderFromBeforeTheListingPointsToItsCasesScreening() throws Exception {
    Document d = page(Html.noticeHref(ustc.notices().getFirst().id()));
    assertNotNull(d.getElementById("case-screening-note"), "the tender alone is not a hit, its case is");
    assertTrue(d.select("table.screening").text().contains(USTC_EN));
  }

  @Test
  void theDashboardShowsScreeningAndEveryCategorysEvidence() throws Exception {
    Document d = page("/flagged");
    Element row = d.select("#flagged-table tbody tr").stream().filter(r -> r.text().contains("中国科学技术大学算力租赁"))
        .findFirst().orElseThrow();
    assertTrue(row.hasClass("listed"));
    assertTrue(row.select("div.screening").text().contains("buyer 中国科学技术大学 = " + USTC_EN), row.text());
    Element szuRow = d.select("#flagged-table tbody tr").stream().filter(r -> r.text().contains("深圳大学"))
        .findFirst().orElseThrow();
    assertEquals(3, szuRow.select("td mark").size(), "evidence for aws, bedrock and nvidia_gpu: " + szuRow.text());
  }

  @Test
  void searchHitsSayFlaggedStatusWinnerAndTheNearMissIsVisiblyUnflagged() throws Exception {
    Document d = page("/search?q=A100");
    Element ustcHit = d.select("li.hit").stream().filter(h -> h.text().contains("中国科学技术大学算力租赁服务采购项目公开招标公告"))
        .findFirst().orElseThrow();
    assertTrue(ustcHit.hasClass("flagged"));
    assertTrue(ustcHit.select(".case-line").text().contains("awarded"), ustcHit.text());
    assertTrue(ustcHit.select(".case-line").text().contains("winner 合肥智域算力科技有限公司"), ustcHit.text());
    assertTrue(ustcHit.select(".case-line .listed").text().contains(USTC_EN), ustcHit.text());
    Element nearMiss = d.select("li.hit").stream().filter(h -> h.text().contains("原子吸收分光光度计"))
        .findFirst().orElseThrow();
    assertTrue(nearMiss.hasClass("unflagged"));
    assertEquals("not flagged", nearMiss.select(".tag.unflagged").text());
  }

  @Test
  void eitherScriptFindsAListedOrTranslatedName() throws Exception {
    long zh = web.pipeline.index().search("buyer:中国科学技术大学", 0).total();
    assertTrue(zh > 0);
    assertEquals(zh, web.pipeline.index().search("buyer:\"" + USTC_EN + "\"", 0).total());
    assertEquals(web.pipeline.index().search("buyer:深圳大学", 0).total(),
        web.pipeline.index().search("buyer:\"Shenzhen University\"", 0).total());
  }

  @Test
  void aQueryErrorIsOneFriendlyLineWithTheColumn() throws Exception {
    HttpResponse<String> api = http.get("/api/search?q=" + Html.url("A100/H100"));
    assertEquals(400, api.statusCode());
    String error = JSON.readTree(api.body()).get("error").asString();
    assertTrue(error.contains("column 5") && !error.contains("Lexical"), error);
    assertFalse(error.contains("\n"), "one line");
    HttpResponse<String> page = http.get("/search?q=" + Html.url("A100/H100"));
    assertEquals(400, page.statusCode());
    assertTrue(Jsoup.parse(page.body()).select("p.error").text().contains("column 5"));
  }

  @Test
  void searchAndFlaggedExportAsCsvAndJson() throws Exception {
    HttpResponse<String> csv = http.get("/export/search.csv?q=A100");
    assertEquals(200, csv.statusCode());
    assertTrue(csv.headers().firstValue("Content-Disposition").orElse("").contains("attachment"));
    List<String> lines = csv.body().lines().toList();
    assertEquals(String.join(",", ExportRoutes.SEARCH_HEADER), lines.getFirst());
    assertEquals(web.pipeline.index().search("A100", 0).total(), lines.size() - 1, "every hit, not one page");
    assertTrue(lines.stream().anyMatch(l -> l.contains("原子吸收分光光度计") && l.contains(",no,")));
    JsonNode json = JSON.readTree(http.get("/export/search.json?q=A100").body());
    assertEquals(lines.size() - 1, json.size());
    HttpResponse<String> flagged = http.get("/export/flagged.csv");
    assertTrue(flagged.body().startsWith("caseId,status,"), flagged.body());
    assertTrue(flagged.body().contains(USTC_EN));
    assertEquals(web.pipeline.cases().flaggedCases().size(), JSON.readTree(http.get("/export/flagged.json").body())
        .size());
  }

  @Test
  void savingWithNotifyExistingReportsWhatMatchesNow() throws Exception {
    String csrf = Http.csrf(http.get("/saved").body());
    HttpResponse<String> r = http.form("/saved", Map.of("csrf", csrf, "name", "ustc-now", "q", "buyer:中国科学技术大学",
        "owner", "", "action", "save", "notifyExisting", "on"));
    assertEquals(302, r.statusCode());
    var saved = web.pipeline.saved().find("ustc-now");
    assertTrue(saved.unseen() > 0, "the existing matches wait for the next run and digest: " + saved);
    assertEquals(saved.unseen(), web.pipeline.saved().run("ustc-now").size());
  }
}
