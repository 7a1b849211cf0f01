package org.tenderwatch.crawl.search;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tenderwatch.bench.Planted;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON portal fixtures honour every parameter their sources send: changing one changes the answer the way the
 * portal would (a fixture that ignored a parameter would hide a source that sends it wrong), and a missing or
 * malformed one is a 400, not a silent default. Each line: the request, then the row count (or total) it must get.
 */
class PortalFixtureParametersTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String GGZY = "TIMEBEGIN_SHOW=2024-03-01&TIMEEND_SHOW=2024-03-31&TIMEBEGIN=2024-03-01"
      + "&TIMEEND=2024-03-31&SOURCE_TYPE=1&DEAL_TIME=06&DEAL_CLASSIFY=02&DEAL_STAGE=0000&DEAL_PROVINCE=0&DEAL_CITY=0"
      + "&DEAL_PLATFORM=0&BID_PLATFORM=0&DEAL_TRADE=0&isShowAll=1&PAGENUMBER=1&FINDTXT=A100";
  private static final String ZCY = "{\"pageNo\":1,\"pageSize\":15,\"categoryCode\":\"ZcyAnnouncement\",\"isGov\":true,"
      + "\"excludeDistrictPrefix\":[\"90\",\"006011\",\"H0\",\"001111\"],\"publishDateBegin\":\"2024-03-01\","
      + "\"publishDateEnd\":\"2024-03-31\"}";
  private static final String ALL_EXCLUDED = "[\"90\",\"006011\",\"H0\",\"001111\"]";
  private static final String GPCMS = "?currPage=1&pageSize=10&siteId=94c965cc-c55d-4f92-8469-d5875c68bd04"
      + "&channel=c5bff13f-21ca-4dac-b158-cb40accd3035&title=A100&operationStartTime=2024-03-01%2000:00:00"
      + "&operationEndTime=2024-03-31%2023:59:59";

  @Test
  void everyParameterASourceSendsChangesTheAnswer(@TempDir Path tmp) throws Exception {
    Planted planted = Planted.twoYears();
    List<String> got = new ArrayList<>();
    List<String> want = new ArrayList<>();
    try (PlantedPortal ggzy = new GgzyFixture(tmp.resolve("g"), planted.all, Planted.UNTIL, 2);
        PlantedPortal zcy = new ZcyFixture(tmp.resolve("z"), planted.all, Planted.UNTIL, 2);
        PlantedPortal gpcms = new GpcmsFixture(tmp.resolve("s"), planted.all, Planted.UNTIL, 2)) {
      Probe g = (body, expect) -> line(got, want, "ggzy " + body, post(ggzy, GgzyFixture.LIST,
          "application/x-www-form-urlencoded", body), "ttlrow", "data", expect);
      Probe z = (body, expect) -> line(got, want, "zcy " + body, post(zcy, ZcyFixture.LIST, "application/json",
          body), "result.data.total", "result.data.data", expect);
      Probe s = (query, expect) -> line(got, want, "gpcms " + query, get(gpcms, GpcmsFixture.LIST + query),
          "data.total", "data.rows", expect);
      int a100March = count(ggzy, r -> r.titleHas("A100") && r.within(d("2024-03-01"), d("2024-03-31")));
      int listedMarch = count(zcy, r -> ZcyFixture.listed(r) && r.within(d("2024-03-01"), d("2024-03-31")));
      int allMarch = count(zcy, r -> r.within(d("2024-03-01"), d("2024-03-31")));
      int azureMarch = count(ggzy, r -> r.titleHas("Azure OpenAI") && r.within(d("2024-03-01"), d("2024-03-31")));
      int a100To10 = count(ggzy, r -> r.titleHas("A100") && r.within(d("2024-03-01"), d("2024-03-10")));
      int listedTo10 = count(zcy, r -> ZcyFixture.listed(r) && r.within(d("2024-03-01"), d("2024-03-10")));
      // a probe proves a parameter is read only if the planted data answers it differently from the base query
      assertTrue(a100March > 20 && a100To10 > 0 && a100To10 < a100March && azureMarch > 0 && azureMarch != a100March
          && allMarch > listedMarch && listedTo10 < listedMarch, "planted data that tells the parameters apart: "
          + List.of(a100March, a100To10, azureMarch, listedMarch, allMarch, listedTo10));

      g.probe(GGZY, a100March + "/20");
      g.probe(GGZY.replace("FINDTXT=A100", "FINDTXT=Azure+OpenAI"), azureMarch + "/");
      g.probe(GGZY.replace("TIMEEND=2024-03-31", "TIMEEND=2024-03-10").replace("TIMEEND_SHOW=2024-03-31",
          "TIMEEND_SHOW=2024-03-10"), a100To10 + "/");
      g.probe(GGZY.replace("DEAL_CLASSIFY=02", "DEAL_CLASSIFY=01"), "0/0");
      g.probe(GGZY.replace("PAGENUMBER=1", "PAGENUMBER=2"), a100March + "/" + Math.min(20, a100March - 20));
      g.probe(GGZY.replace("PAGENUMBER=1", "PAGENUMBER=3"), a100March + "/0"); // past the cap: none
      g.probe(GGZY.replace("&PAGENUMBER=1", ""), "400");
      g.probe(GGZY.replace("TIMEEND_SHOW=2024-03-31", "TIMEEND_SHOW=2024-03-30"), "400");
      g.probe(GGZY.replace("DEAL_PROVINCE=0", "DEAL_PROVINCE=510000"), "400");
      g.probe(GGZY + "&SORT=1", "400");

      z.probe(ZCY, listedMarch + "/15");
      z.probe(ZCY.replace("\"pageSize\":15", "\"pageSize\":5"), listedMarch + "/5");
      z.probe(ZCY.replace("\"pageNo\":1", "\"pageNo\":3"), listedMarch + "/0"); // past the cap: none
      z.probe(ZCY.replace(ALL_EXCLUDED, "[]"), allMarch + "/15");
      z.probe(ZCY.replace(ALL_EXCLUDED, "[\"90\"]"), count(zcy, r -> r.within(d("2024-03-01"), d("2024-03-31"))
          && !ZcyFixture.district(r).startsWith("90")) + "/15"); // each prefix leaves its own rows out
      z.probe(ZCY.replace("\"isGov\":true", "\"isGov\":false"), "0/0");
      z.probe(ZCY.replace("2024-03-31", "2024-03-10"), listedTo10 + "/");
      z.probe(ZCY.replace("ZcyAnnouncement", "110-175885"), "400");
      z.probe(ZCY.replace("\"pageNo\":1,", ""), "400");
      z.probe(ZCY.replace(",\"publishDateEnd\":\"2024-03-31\"", ""), "400");
      z.probe(ZCY.replace("2024-03-31", "1711843200000"), "400");
      z.probe(ZCY.replace("{", "{\"keyword\":\"A100\","), "400");

      s.probe(GPCMS, a100March + "/10");
      s.probe(GPCMS.replace("pageSize=10", "pageSize=4"), a100March + "/4");
      s.probe(GPCMS.replace("currPage=1", "currPage=3"), a100March + "/0"); // past the cap: none
      s.probe(GPCMS.replace("title=A100", "title=Azure%20OpenAI"),
          count(gpcms, r -> r.titleHas("Azure OpenAI") && r.within(d("2024-03-01"), d("2024-03-31"))) + "/");
      s.probe(GPCMS.replace("2024-03-31%2023:59:59", "2024-03-10%2023:59:59"), count(gpcms, r -> r.titleHas("A100")
          && r.within(d("2024-03-01"), d("2024-03-10"))) + "/");
      s.probe(GPCMS.replace("currPage=1&", ""), "400");
      s.probe(GPCMS.replace("&operationEndTime=2024-03-31%2023:59:59", ""), "400");
      s.probe(GPCMS.replace("2024-03-31%2023:59:59", "2024-03-31"), "400");
      s.probe(GPCMS + "&noticeType=00101", "400");
      s.probe(GPCMS + "&keyword=A100", "400");
    }
    assertEquals(String.join("\n", want), String.join("\n", got));
  }

  /** One request and what it must get: "total/rows on the page", "total/" (rows not checked) or a status. */
  @FunctionalInterface
  private interface Probe {
    void probe(String request, String expect) throws Exception;
  }

  private static void line(List<String> got, List<String> want, String what, HttpResponse<String> r, String total,
      String rows, String expect) {
    String shown;
    if (r.statusCode() != 200) {
      shown = Integer.toString(r.statusCode());
    } else {
      JsonNode root = JSON.readTree(r.body());
      shown = org.tenderwatch.crawl.JsonPaths.text(root, total) + "/"
          + (expect.endsWith("/") ? "" : org.tenderwatch.crawl.JsonPaths.at(root, rows).size());
    }
    got.add(what + " → " + shown);
    want.add(what + " → " + expect);
  }

  private static int count(PlantedPortal p, java.util.function.Predicate<PlantedPortal.Row> keep) {
    return p.kept(keep).size();
  }

  private static java.time.LocalDate d(String s) {
    return java.time.LocalDate.parse(s);
  }

  private static HttpResponse<String> post(PlantedPortal p, String path, String type, String body) throws Exception {
    return send(HttpRequest.newBuilder(p.server.uri().resolve(path)).header("Content-Type", type)
        .POST(HttpRequest.BodyPublishers.ofString(body)).build());
  }

  private static HttpResponse<String> get(PlantedPortal p, String pathAndQuery) throws Exception {
    return send(HttpRequest.newBuilder(URI.create(p.server.uri() + pathAndQuery)).GET().build());
  }

  private static HttpResponse<String> send(HttpRequest r) throws Exception {
    try (HttpClient c = HttpClient.newHttpClient()) {
      return c.send(r, HttpResponse.BodyHandlers.ofString());
    }
  }
}
