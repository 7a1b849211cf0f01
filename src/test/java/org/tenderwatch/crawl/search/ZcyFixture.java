package org.tenderwatch.crawl.search;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.tenderwatch.bench.BenchNotice;
import org.tenderwatch.crawl.FixtureServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * zfcg.czt.zj.gov.cn (政采云) on 127.0.0.1 (PORTALS.md §1 2.3): POST /portal/category with a JSON body, honouring
 * every key the zcy-zhejiang sources send: pageNo and pageSize (both needed, from 1; none past the cap), categoryCode
 * (ZcyAnnouncement only), isGov (true: government procurement, every planted notice; false: none of them),
 * excludeDistrictPrefix (rows of those districts left out), publishDateBegin/End (yyyy-MM-dd, both or neither); no
 * keyword key (none is documented): an unknown key is a 400. publishDate is in epoch milliseconds. Each notice from
 * GET /portal/detail?articleId=.
 */
final class ZcyFixture extends PlantedPortal {
  static final String LIST = "/portal/category";
  static final String DETAIL = "/portal/detail";
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
  private static final Set<String> KEYS = Set.of("pageNo", "pageSize", "categoryCode", "isGov",
      "excludeDistrictPrefix", "publishDateBegin", "publishDateEnd", "_t");

  ZcyFixture(Path root, List<BenchNotice> planted, LocalDate today, int maxPages) throws IOException {
    super(root, planted, today, maxPages, LIST, DETAIL);
    server.handle(LIST, this::list);
    server.handle(DETAIL, this::detail);
  }

  /**
   * Every third notice is in a district the sources exclude (excludeDistrictPrefix "90", "006011", "H0", "001111",
   * one prefix after another), so a source that dropped one prefix would list rows it must not: never listed.
   */
  static boolean listed(Row r) {
    return Long.parseLong(r.id()) % 3 != 0;
  }

  private FixtureServer.Response list(FixtureServer.Request r) throws IOException {
    FixtureServer.Response shown = guard();
    if (shown != null) {
      return shown;
    }
    if (!"POST".equals(r.method()) || !"application/json".equals(r.contentType())) {
      return badRequest("POST application/json");
    }
    JsonNode body = JSON.readTree(r.body());
    for (String name : body.propertyNames()) {
      if (!KEYS.contains(name)) {
        return badRequest("unknown key " + name);
      }
    }
    if (!"ZcyAnnouncement".equals(body.path("categoryCode").asString())
        || body.has("publishDateBegin") != body.has("publishDateEnd")) {
      return badRequest("categoryCode / publishDateBegin and End");
    }
    Integer page = positive(body.path("pageNo").asString(null));
    Integer size = positive(body.path("pageSize").asString(null));
    if (page == null || size == null || body.has("isGov") && !body.path("isGov").isBoolean()) {
      return badRequest("pageNo, pageSize (from 1), isGov (true or false)");
    }
    // isGov true: government procurement only, which every planted notice is; false: the others, none here
    boolean gov = !body.has("isGov") || body.path("isGov").asBoolean();
    List<String> exclude = new java.util.ArrayList<>();
    body.path("excludeDistrictPrefix").forEach(e -> exclude.add(e.asString()));
    Predicate<Row> keep = row -> gov && exclude.stream().noneMatch(district(row)::startsWith);
    if (body.has("publishDateBegin")) {
      try {
        LocalDate from = LocalDate.parse(body.path("publishDateBegin").asString());
        LocalDate to = LocalDate.parse(body.path("publishDateEnd").asString());
        keep = keep.and(row -> row.within(from, to));
      } catch (RuntimeException e) {
        return badRequest("publishDateBegin/End: " + e.getMessage());
      }
    }
    List<Row> kept = kept(keep);
    ObjectNode out = JSON.createObjectNode().put("success", true);
    ObjectNode data = out.putObject("result").putObject("data");
    data.put("total", kept.size());
    ArrayNode arr = data.putArray("data");
    for (Row row : page(kept, page, size)) {
      arr.addObject().put("articleId", row.id()).put("title", row.title()).put("publishDate", millis(row))
          .put("districtCode", district(row)).put("districtName", "杭州市").put("gpCatalogName", "服务器")
          .put("procurementMethod", "公开招标").put("author", "浙江省政府采购中心").put("invalid", 0);
    }
    return json(out);
  }

  private static final List<String> EXCLUDED_DISTRICTS = List.of("900001", "006011001", "H00001", "001111001");

  static String district(Row r) {
    return listed(r) ? "330100" : EXCLUDED_DISTRICTS.get((int) (Long.parseLong(r.id()) / 3 % EXCLUDED_DISTRICTS.size()));
  }

  private static long millis(Row r) {
    return r.published().atZone(CHINA).toInstant().toEpochMilli();
  }

  private FixtureServer.Response detail(FixtureServer.Request r) {
    String id = r.param("articleId");
    Row row = rows.stream().filter(x -> x.id().equals(id)).findFirst().orElse(null);
    if (row == null || unknown(r.query(), Set.of("articleId")) != null) {
      return badRequest("articleId");
    }
    ObjectNode out = JSON.createObjectNode().put("success", true);
    ObjectNode d = out.putObject("result").putObject("data");
    d.put("title", row.title()).put("author", "浙江省政府采购中心").put("projectCode", "ZJ-" + id)
        .put("projectName", row.title()).put("publishDate", millis(row))
        .put("content", "<p>" + row.text().replace("\n", "</p><p>") + "</p>");
    d.putArray("announcementLinkDtoList");
    d.putArray("attachmentList");
    return json(out);
  }
}
