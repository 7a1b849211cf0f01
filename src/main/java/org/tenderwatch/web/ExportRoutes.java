package org.tenderwatch.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tenderwatch.export.CaseRows;
import org.tenderwatch.export.Csv;
import org.tenderwatch.index.QuerySyntaxException;
import org.tenderwatch.index.SearchHit;
import org.tenderwatch.index.SearchRequest;
import org.tenderwatch.index.SearchResult;
import org.tenderwatch.cases.CaseJson;
import org.tenderwatch.cases.CaseView;
import tools.jackson.databind.json.JsonMapper;

/**
 * Downloads of any search (every hit, not one page) and of the flagged list, as CSV (cells guarded against
 * spreadsheet formulas) or JSON. The flagged CSV has the columns of {@code flagged --format csv}.
 */
final class ExportRoutes {
  static final List<String> SEARCH_HEADER = List.of("id", "publishedAt", "type", "title", "buyer", "amountCny",
      "flagged", "categories", "caseId", "caseStatus", "winner", "screening", "url");
  /** Hits per index request while exporting; the index serves at most 1,000 a page. */
  private static final int CHUNK = 1000;

  private final WebParts parts;
  private final HitCases cases;
  private final JsonMapper json;

  ExportRoutes(WebParts parts, HitCases cases, JsonMapper json) {
    this.parts = parts;
    this.cases = cases;
    this.json = json;
  }

  void register(RoutesConfig r) {
    r.get("/export/search.csv", ctx -> download(ctx, "search.csv", "text/csv; charset=utf-8",
        Csv.of(SEARCH_HEADER, searchRows(ctx).stream().map(Row::cells).toList())));
    r.get("/export/search.json", ctx -> download(ctx, "search.json", "application/json",
        json.writeValueAsString(searchRows(ctx).stream().map(Row::asMap).toList())));
    r.get("/export/flagged.csv", ctx -> download(ctx, "flagged.csv", "text/csv; charset=utf-8",
        Csv.of(CaseRows.HEADER, parts.cases().flaggedCases().stream().map(CaseRows::row).toList())));
    r.get("/export/flagged.json", ctx -> download(ctx, "flagged.json", "application/json",
        json.writeValueAsString(parts.cases().flaggedCases().stream().map(c -> CaseJson.of(json, c)).toList())));
  }

  private static void download(Context ctx, String name, String type, String body) {
    ctx.header("Content-Disposition", "attachment; filename=\"tenderwatch-" + name + "\"");
    ctx.contentType(type).result(body);
  }

  /** One exported hit; {@link #cells} in {@link #SEARCH_HEADER} order. */
  private record Row(List<String> cells) {
    Map<String, String> asMap() {
      Map<String, String> m = new LinkedHashMap<>();
      for (int i = 0; i < SEARCH_HEADER.size(); i++) {
        m.put(SEARCH_HEADER.get(i), cells.get(i));
      }
      return m;
    }
  }

  private List<Row> searchRows(Context ctx) throws IOException, QuerySyntaxException {
    String q = ctx.queryParam("q");
    if (q == null || q.isBlank()) {
      throw new BadRequestResponse("parameter q (the query) is missing");
    }
    SearchRequest.Sort sort = Api.sort(ctx.queryParam("sort"));
    List<Row> rows = new ArrayList<>();
    for (int page = 1; ; page++) {
      SearchResult res = parts.index().search(new SearchRequest(q, sort, page, CHUNK, false));
      Map<String, CaseView> byHit = cases.of(res.hits());
      res.hits().forEach(h -> rows.add(row(h, byHit.get(h.id()))));
      if (res.hits().size() < CHUNK || rows.size() >= res.total()) {
        return rows;
      }
    }
  }

  private static Row row(SearchHit h, CaseView c) {
    java.math.BigDecimal amount = h.awardCny() != null ? h.awardCny() : h.budgetCny();
    boolean flagged = c != null && !c.flags().isEmpty();
    return new Row(List.of(h.id(), orEmpty(h.publishedAt()), h.type(), h.title(), orEmpty(h.buyer()),
        amount == null ? "" : amount.toPlainString(), flagged ? "yes" : "no", c == null ? "" : CaseRows.categories(c),
        c == null ? "" : c.caseId(), c == null ? "" : c.status(), c == null ? "" : CaseRows.winners(c),
        c == null ? "" : CaseRows.screening(c), orEmpty(h.url())));
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }
}
