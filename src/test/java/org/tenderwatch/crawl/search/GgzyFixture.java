package org.tenderwatch.crawl.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
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
 * deal.ggzy.gov.cn on 127.0.0.1 (PORTALS.md §1 2.4): dealList_find.jsp, a POST form, honouring every field the
 * ggzy sources send: DEAL_TIME (02 the last 3 days, 06 TIMEBEGIN..TIMEEND in yyyy-MM-dd, the _SHOW copies equal),
 * FINDTXT (a word of the title), DEAL_CLASSIFY (00 all, 01 工程建设: none of the planted notices, 02 政府采购: all),
 * DEAL_STAGE 0000, SOURCE_TYPE 1, isShowAll 1, PAGENUMBER (from 1, 20 rows, none past the cap); a region or platform other than 0, or an unknown field, is a 400. Notice pages are the /b/ content frames.
 */
final class GgzyFixture extends PlantedPortal {
  static final String LIST = "/ds/deal/dealList_find.jsp";
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT);
  private static final Set<String> FIELDS = Set.of("TIMEBEGIN_SHOW", "TIMEEND_SHOW", "TIMEBEGIN", "TIMEEND",
      "SOURCE_TYPE", "DEAL_TIME", "DEAL_CLASSIFY", "DEAL_STAGE", "DEAL_PROVINCE", "DEAL_CITY", "DEAL_PLATFORM",
      "BID_PLATFORM", "DEAL_TRADE", "isShowAll", "PAGENUMBER", "FINDTXT");

  GgzyFixture(Path root, List<BenchNotice> planted, LocalDate today, int maxPages) throws IOException {
    super(root, planted, today, maxPages, LIST, "/information/html/");
    pages(rows);
    server.handle(LIST, this::list);
  }

  /** The /b/ content frame of each row, a static page as on the portal. */
  @Override
  void pages(List<Row> added) throws IOException {
    for (Row r : added) {
      Path f = server.root().resolve(path(r, "b").substring(1));
      Files.createDirectories(f.getParent());
      Files.writeString(f, page(r), StandardCharsets.UTF_8);
    }
  }

  /** The notice's page path under /a/ (what the list links) or /b/ (the content frame). */
  static String path(Row r, String frame) {
    return "/information/html/" + frame + "/510000/0202/" + r.published().format(DateTimeFormatter.ofPattern(
        "yyyyMM/dd", Locale.ROOT)) + "/00" + r.id() + ".shtml";
  }

  private static String page(Row r) {
    return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>全国公共资源交易平台</title></head><body>"
        + "<div class=\"fully\"><h4 class=\"h4_o\">" + r.title() + "</h4><p class=\"p_o\"><span class=\"span_o\">发布时间："
        + r.published().format(DAY) + "</span></p><div class=\"detail\" id=\"mycontent\"><p>"
        + r.text().replace("\n", "</p><p>") + "</p></div></div></body></html>";
  }

  private FixtureServer.Response list(FixtureServer.Request r) {
    FixtureServer.Response shown = guard();
    if (shown != null) {
      return shown;
    }
    String bad = "POST".equals(r.method()) ? unknown(r.body(), FIELDS) : "method " + r.method();
    if (bad != null) {
      return badRequest("unknown field " + bad);
    }
    for (String all : List.of("DEAL_PROVINCE", "DEAL_CITY", "DEAL_PLATFORM", "BID_PLATFORM", "DEAL_TRADE")) {
      if (!"0".equals(r.param(all))) {
        return badRequest(all + " other than 0 is not modelled here");
      }
    }
    // every planted notice is 政府采购: 00 (all) and 02 (政府采购) list the same rows, 01 (工程建设) none
    if (!"0000".equals(r.param("DEAL_STAGE")) || !Set.of("00", "01", "02").contains(r.param("DEAL_CLASSIFY"))
        || !"1".equals(r.param("SOURCE_TYPE")) || !"1".equals(r.param("isShowAll"))) {
      return badRequest("DEAL_STAGE/DEAL_CLASSIFY/SOURCE_TYPE/isShowAll");
    }
    LocalDate[] range;
    try {
      range = range(r);
    } catch (RuntimeException e) {
      return badRequest("time: " + e.getMessage());
    }
    Integer page = positive(r.param("PAGENUMBER"));
    if (page == null) {
      return badRequest("PAGENUMBER");
    }
    String word = r.param("FINDTXT");
    boolean procurement = !"01".equals(r.param("DEAL_CLASSIFY"));
    Predicate<Row> keep = row -> procurement && row.titleHas(word) && row.within(range[0], range[1]);
    List<Row> kept = kept(keep);
    ObjectNode out = JSON.createObjectNode().put("success", true).put("ttlrow", kept.size())
        .put("ttlpage", (kept.size() + 19) / 20);
    ArrayNode arr = out.putArray("data");
    for (Row row : page(kept, page, 20)) {
      arr.addObject().put("title", row.title()).put("timeShow", row.published().format(DAY))
          .put("platformName", "四川省公共资源交易平台").put("classifyShow", "政府采购").put("stageShow", "采购/资审公告")
          .put("districtShow", "四川").put("url", "http://www.ggzy.gov.cn" + path(row, "a"));
    }
    return json(out);
  }

  /** DEAL_TIME 02: the last 3 days (empty TIMEBEGIN/TIMEEND); 06: TIMEBEGIN..TIMEEND, their _SHOW copies equal. */
  private LocalDate[] range(FixtureServer.Request r) {
    String t = r.param("DEAL_TIME");
    if ("02".equals(t)) {
      if (!r.param("TIMEBEGIN").isEmpty() || !r.param("TIMEEND").isEmpty()) {
        throw new IllegalArgumentException("DEAL_TIME 02 with TIMEBEGIN/TIMEEND");
      }
      return new LocalDate[] {today.minusDays(2), today};
    }
    if (!"06".equals(t) || !r.param("TIMEBEGIN").equals(r.param("TIMEBEGIN_SHOW"))
        || !r.param("TIMEEND").equals(r.param("TIMEEND_SHOW"))) {
      throw new IllegalArgumentException("DEAL_TIME " + t);
    }
    return new LocalDate[] {LocalDate.parse(r.param("TIMEBEGIN"), DAY), LocalDate.parse(r.param("TIMEEND"), DAY)};
  }
}
