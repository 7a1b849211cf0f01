package org.tenderwatch.crawl.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.tenderwatch.bench.BenchNotice;
import org.tenderwatch.crawl.FixtureServer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * www.ccgp-sichuan.gov.cn (gpcms) on 127.0.0.1 (PORTALS.md §1 2.3): GET selectInfoForIndex honouring currPage and
 * pageSize (both needed, from 1; none past the cap), siteId and channel (the Sichuan site's), title (a part of the title), operationStartTime and
 * operationEndTime ("yyyy-MM-dd HH:mm:ss", both or neither); the other documented filters answer 400 when set (not
 * modelled), an unknown parameter too. {@link #challenge} answers as the live site does without its image captcha:
 * {"code":"500","msg":"验证码错误"}. Each notice from getInfoById?id=.
 */
final class GpcmsFixture extends PlantedPortal {
  static final String LIST = "/gpcms/rest/web/v2/info/selectInfoForIndex";
  static final String DETAIL = "/gpcms/rest/web/v2/info/getInfoById";
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);
  private static final Set<String> PARAMS = Set.of("currPage", "pageSize", "siteId", "channel", "noticeType", "title",
      "region", "regionCode", "cityOrArea", "purchaseManner", "openTenderCode", "purchaser", "agency",
      "purchaseNature", "operationStartTime", "operationEndTime", "verifyCode", "_t");
  private static final List<String> UNMODELLED = List.of("noticeType", "region", "regionCode", "cityOrArea",
      "purchaseManner", "openTenderCode", "purchaser", "agency", "purchaseNature");

  GpcmsFixture(Path root, List<BenchNotice> planted, LocalDate today, int maxPages) throws IOException {
    super(root, planted, today, maxPages, LIST, DETAIL);
    server.handle(LIST, this::list);
    server.handle(DETAIL, this::detail);
  }

  private FixtureServer.Response list(FixtureServer.Request r) {
    FixtureServer.Response shown = guard();
    if (shown != null) {
      return shown;
    }
    String bad = unknown(r.query(), PARAMS);
    if (bad != null || !"94c965cc-c55d-4f92-8469-d5875c68bd04".equals(r.param("siteId"))
        || !"c5bff13f-21ca-4dac-b158-cb40accd3035".equals(r.param("channel"))) {
      return badRequest(bad != null ? "unknown parameter " + bad : "siteId/channel");
    }
    for (String p : UNMODELLED) {
      if (r.param(p) != null && !r.param(p).isEmpty()) {
        return badRequest("this fixture does not model " + p);
      }
    }
    Integer page = positive(r.param("currPage"));
    Integer size = positive(r.param("pageSize"));
    if (page == null || size == null) {
      return badRequest("currPage and pageSize");
    }
    String start = r.param("operationStartTime");
    String end = r.param("operationEndTime");
    if ((start == null) != (end == null)) {
      return badRequest("operationStartTime and operationEndTime");
    }
    Predicate<Row> keep;
    String title = r.param("title");
    try {
      LocalDateTime from = start == null ? LocalDateTime.MIN : LocalDateTime.parse(start, TIME);
      LocalDateTime to = end == null ? LocalDateTime.MAX : LocalDateTime.parse(end, TIME);
      keep = row -> row.titleHas(title) && !row.published().isBefore(from) && !row.published().isAfter(to);
    } catch (RuntimeException e) {
      return badRequest("time: " + e.getMessage());
    }
    List<Row> kept = kept(keep);
    ObjectNode out = JSON.createObjectNode().put("code", "200").put("msg", "操作成功");
    ArrayNode arr = out.putObject("data").put("total", kept.size()).putArray("rows");
    for (Row row : page(kept, page, size)) {
      arr.addObject().put("id", row.id()).put("title", row.title()).put("noticeTime", row.published().format(TIME))
          .put("regionName", "成都市").put("noticeType", "001011").put("purchaser", "第" + row.id() + "号大学");
    }
    return json(out);
  }

  private FixtureServer.Response detail(FixtureServer.Request r) {
    String id = r.param("id");
    Row row = rows.stream().filter(x -> x.id().equals(id)).findFirst().orElse(null);
    if (row == null || unknown(r.query(), Set.of("id")) != null) {
      return badRequest("id");
    }
    ObjectNode out = JSON.createObjectNode().put("code", "200").put("msg", "操作成功");
    out.putObject("data").put("id", id).put("title", row.title()).put("noticeTime", row.published().format(TIME))
        .put("content", "<p>" + row.text().replace("\n", "</p><p>") + "</p>").put("purchaser", "第" + id + "号大学")
        .put("agency", "华信招标代理有限公司").put("openTenderCode", "SC-" + id).put("budget", "1000000.0000")
        .put("regionName", "成都市").putArray("attchList");
    return json(out);
  }

  @Override
  FixtureServer.Response challengePage() {
    return new FixtureServer.Response(200, "application/json; charset=utf-8",
        "{\"code\":\"500\",\"msg\":\"验证码错误\"}".getBytes(StandardCharsets.UTF_8));
  }
}
