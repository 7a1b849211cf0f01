package org.tenderwatch.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.tenderwatch.crawl.FixtureServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * List endpoints that behave like the portals': every row of a fixture folder's list-page*.json files, filtered
 * by every parameter the request carries, paged by the page size it asks for. A parameter the portal does not know
 * is a 400 and a filter drops the rows it names out, so a source whose config narrows a list (one notice type, one
 * channel) sees exactly what the portal would show it: a dropped notice type fails the test that expects it.
 */
public final class PortalMirrors {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private PortalMirrors() {}

  /** Every row of the folder's list-page*.json files at {@code path}, in file order. */
  static List<JsonNode> rows(Path root, String path) throws IOException {
    List<JsonNode> out = new ArrayList<>();
    try (var files = Files.list(root)) {
      for (Path f : files.filter(p -> p.getFileName().toString().matches("list-page\\d+\\.json")).sorted().toList()) {
        JsonNode n = JSON.readTree(Files.readAllBytes(f));
        for (String step : path.split("\\.")) {
          n = n.get(step);
        }
        n.forEach(out::add);
      }
    }
    return out;
  }

  /** The rows of page {@code page} (1-based) of {@code size} after the filter. */
  static List<JsonNode> page(List<JsonNode> rows, Predicate<JsonNode> keep, int page, int size) {
    List<JsonNode> kept = rows.stream().filter(keep).toList();
    int from = Math.min(kept.size(), (page - 1) * size);
    return kept.subList(from, Math.min(kept.size(), from + size));
  }

  static FixtureServer.Response json(Object node) {
    return new FixtureServer.Response(200, "application/json; charset=utf-8",
        JSON.writeValueAsString(node).getBytes(StandardCharsets.UTF_8));
  }

  public static FixtureServer.Response badRequest(String why) {
    return new FixtureServer.Response(400, "application/json; charset=utf-8",
        ("{\"code\":\"400\",\"msg\":\"" + why + "\"}").getBytes(StandardCharsets.UTF_8));
  }

  /** The names of a query string or form, URL-decoded; an unknown one makes the mirror answer 400. */
  public static String unknown(String query, Set<String> known) {
    if (query == null || query.isEmpty()) {
      return null;
    }
    for (String kv : query.split("&")) {
      String name = java.net.URLDecoder.decode(kv.split("=", 2)[0], StandardCharsets.UTF_8);
      if (!known.contains(name)) {
        return name;
      }
    }
    return null;
  }

  /**
   * gpcms selectInfoForIndex: currPage, pageSize, siteId and channel (the Sichuan site's), noticeType (a row is
   * kept when its noticeType starts with one of the comma-separated codes), the optional search filters.
   */
  static FixtureServer.Handler gpcms(Path root, String siteId, String channel) throws IOException {
    List<JsonNode> rows = rows(root, "data.rows");
    Set<String> known = Set.of("currPage", "pageSize", "siteId", "channel", "noticeType", "title", "region",
        "regionCode", "purchaseManner", "openTenderCode", "purchaser", "agency", "operationStartTime",
        "operationEndTime", "verifyCode", "_t");
    return r -> {
      String bad = unknown(r.query(), known);
      if (bad != null || !siteId.equals(r.param("siteId")) || !channel.equals(r.param("channel"))) {
        return badRequest(bad != null ? "unknown parameter " + bad : "siteId/channel");
      }
      String types = r.param("noticeType");
      Predicate<JsonNode> keep = row -> types == null || types.isEmpty() || List.of(types.split(",")).stream()
          .anyMatch(t -> row.get("noticeType").asString().startsWith(t));
      List<JsonNode> page = page(rows, keep, Integer.parseInt(r.param("currPage")),
          Integer.parseInt(r.param("pageSize")));
      ObjectNode out = JSON.createObjectNode().put("code", "200").put("msg", "操作成功");
      ArrayNode arr = out.putObject("data").put("total", rows.stream().filter(keep).count()).putArray("rows");
      page.forEach(arr::add);
      return json(out);
    };
  }

  /**
   * 政采云 POST /portal/category, a JSON body: pageNo, pageSize, categoryCode (ZcyAnnouncement: every announcement
   * type; 3004 中标（成交）结果 only, told by the title here), excludeDistrictPrefix (rows whose districtCode starts
   * with it are left out), isProvince. Another key or category is a 400.
   */
  static FixtureServer.Handler zcy(Path root) throws IOException {
    List<JsonNode> rows = rows(root, "result.data.data");
    Map<String, Predicate<JsonNode>> categories = Map.of(
        "ZcyAnnouncement", row -> true,
        "3004", row -> row.get("title").asString().contains("结果"));
    Set<String> known = Set.of("pageNo", "pageSize", "categoryCode", "excludeDistrictPrefix", "isProvince", "isGov",
        "districtCode", "publishDateBegin", "publishDateEnd", "keyword", "_t");
    return r -> {
      if (!"POST".equals(r.method()) || !"application/json".equals(r.contentType())) {
        return badRequest("POST application/json");
      }
      JsonNode body = JSON.readTree(r.body());
      for (String name : body.propertyNames()) {
        if (!known.contains(name)) {
          return badRequest("unknown key " + name);
        }
      }
      Predicate<JsonNode> category = categories.get(body.path("categoryCode").asString());
      if (category == null) {
        return badRequest("unknown categoryCode");
      }
      // one prefix (Guangxi) or a list of them (Zhejiang)
      JsonNode ex = body.path("excludeDistrictPrefix");
      List<String> exclude = new ArrayList<>();
      if (ex.isArray()) {
        ex.forEach(e -> exclude.add(e.asString()));
      } else if (!ex.asString("").isEmpty()) {
        exclude.add(ex.asString());
      }
      Predicate<JsonNode> keep = category.and(row -> exclude.stream()
          .noneMatch(p -> row.get("districtCode").asString().startsWith(p)));
      ObjectNode out = JSON.createObjectNode().put("success", true);
      ObjectNode data = out.putObject("result").putObject("data");
      data.put("total", rows.stream().filter(keep).count());
      ArrayNode arr = data.putArray("data");
      page(rows, keep, body.path("pageNo").asInt(), body.path("pageSize").asInt()).forEach(arr::add);
      return json(out);
    };
  }

  /**
   * deal.ggzy.gov.cn dealList_find.jsp, a POST form: PAGENUMBER (20 rows a page), DEAL_CLASSIFY (00 all, 02 政府采购:
   * classifyShow), DEAL_STAGE (0000 every stage; the mirror knows no narrower code), DEAL_TIME, the region and
   * platform filters (0 = all), FINDTXT (a word of the title).
   */
  static FixtureServer.Handler ggzy(Path root) throws IOException {
    List<JsonNode> rows = rows(root, "data");
    Set<String> known = Set.of("TIMEBEGIN_SHOW", "TIMEEND_SHOW", "TIMEBEGIN", "TIMEEND", "SOURCE_TYPE", "DEAL_TIME",
        "DEAL_CLASSIFY", "DEAL_STAGE", "DEAL_PROVINCE", "DEAL_CITY", "DEAL_PLATFORM", "BID_PLATFORM", "DEAL_TRADE",
        "isShowAll", "PAGENUMBER", "FINDTXT");
    return r -> {
      String bad = "POST".equals(r.method()) ? unknown(r.body(), known) : "method";
      if (bad != null || !"0000".equals(r.param("DEAL_STAGE"))) {
        return badRequest(bad != null ? "unknown parameter " + bad : "DEAL_STAGE " + r.param("DEAL_STAGE"));
      }
      String classify = r.param("DEAL_CLASSIFY");
      String word = r.param("FINDTXT");
      Predicate<JsonNode> keep = row -> ("00".equals(classify) || "02".equals(classify)
          && "政府采购".equals(row.get("classifyShow").asString()))
          && (word == null || word.isEmpty() || row.get("title").asString().contains(word));
      List<JsonNode> kept = rows.stream().filter(keep).toList();
      ObjectNode out = JSON.createObjectNode().put("success", true).put("ttlrow", kept.size())
          .put("ttlpage", (kept.size() + 19) / 20);
      ArrayNode arr = out.putArray("data");
      page(rows, keep, Integer.parseInt(r.param("PAGENUMBER")), 20).forEach(arr::add);
      return json(out);
    };
  }

  /**
   * szggzy CMS page API, a JSON body: modelId 1378 and channelId 2850 (the trading announcements), fields (each
   * {fieldName, fieldValue} keeps the rows whose attribute has that value: jygg_gglxmc 采购公告 drops results),
   * page from 0, size, releaseTimeBegin/End, title.
   */
  static FixtureServer.Handler szggzy(Path root) throws IOException {
    List<JsonNode> rows = rows(root, "data.content");
    Set<String> known = Set.of("modelId", "channelId", "fields", "title", "releaseTimeBegin", "releaseTimeEnd",
        "page", "size");
    return r -> {
      JsonNode body = "POST".equals(r.method()) ? JSON.readTree(r.body()) : null;
      if (body == null || body.path("modelId").asInt() != 1378 || body.path("channelId").asInt() != 2850) {
        return badRequest("modelId/channelId");
      }
      for (String name : body.propertyNames()) {
        if (!known.contains(name)) {
          return badRequest("unknown key " + name);
        }
      }
      Predicate<JsonNode> keep = row -> true;
      for (JsonNode f : body.path("fields")) {
        String name = f.path("fieldName").asString();
        String value = f.path("fieldValue").asString();
        // jygg_gglxmc_rank1 is the same type one level up: both name the announcement type
        keep = keep.and(row -> value.equals(row.path(name.replace("_rank1", "")).asString()));
      }
      ObjectNode out = JSON.createObjectNode().put("code", 200);
      ObjectNode data = out.putObject("data");
      Predicate<JsonNode> k = keep;
      data.put("totalElements", rows.stream().filter(k).count());
      ArrayNode arr = data.putArray("content");
      page(rows, keep, body.path("page").asInt() + 1, body.path("size").asInt()).forEach(arr::add);
      return json(out);
    };
  }

  /**
   * ccgp-jiangsu search_cggg.jsp: every search parameter (cglx, a purchase type, narrows the rows by ggCode), page,
   * pageSize, and `code`, the image captcha: {@code demandCaptcha} answers as the live site does without it; off,
   * the mirror serves the rows like an export would.
   */
  static FixtureServer.Handler jiangsu(Path root, boolean demandCaptcha) throws IOException {
    List<JsonNode> rows = rows(root, "result.list");
    Set<String> known = Set.of("cgr", "xmbh", "qy", "pqy", "sd", "ed", "dljg", "cglx", "bt", "code", "nr", "cgfs",
        "page", "pageSize");
    return r -> {
      String bad = unknown(r.query(), known);
      if (bad != null) {
        return badRequest("unknown parameter " + bad);
      }
      if (demandCaptcha) {
        return FixtureServer.Response.file(root.resolve("captcha.json"));
      }
      String type = r.param("cglx");
      Predicate<JsonNode> keep = row -> type == null || type.isEmpty() || type.equals(row.get("ggCode").asString());
      ObjectNode out = JSON.createObjectNode().put("code", 200);
      ObjectNode result = out.putObject("result");
      result.put("total", rows.stream().filter(keep).count());
      ArrayNode arr = result.putArray("list");
      page(rows, keep, Integer.parseInt(r.param("page")), Integer.parseInt(r.param("pageSize"))).forEach(arr::add);
      return json(out);
    };
  }
}
