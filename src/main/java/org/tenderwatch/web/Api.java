package org.tenderwatch.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.tenderwatch.index.QuerySyntaxException;
import org.tenderwatch.index.SearchRequest;
import org.tenderwatch.saved.SavedSearch;
import org.tenderwatch.saved.SavedSearches;
import org.tenderwatch.cases.CaseView;
import org.tenderwatch.store.NoticeView;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON API, mirroring the CLI: {@code search}, {@code notices}, {@code flagged}, {@code saved add|list|edit|rm}.
 * Errors are {@code {"error": "..."}} with 400 (bad query or input), 404 (no such thing), 401/403 (security).
 * Documented in README.issue7.md.
 */
final class Api {
  private final WebParts parts;
  private final JsonMapper json;

  Api(WebParts parts, JsonMapper json) {
    this.parts = parts;
    this.json = json;
  }

  void routes(RoutesConfig r) {
    r.get("/api/search", this::search);
    r.get("/api/notices/{id}", this::notice);
    r.get("/api/cases", ctx -> ctx.json(parts.cases().flaggedCases()));
    r.get("/api/cases/{id}", this::caseView);
    r.get("/api/flagged", ctx -> ctx.json(parts.cases().flaggedCases().stream().map(c -> org.tenderwatch.cases.CaseJson.of(json, c))
        .toList()));
    r.get("/api/saved", ctx -> ctx.json(parts.saved().list()));
    r.get("/api/saved/{name}", ctx -> ctx.json(savedOr404(ctx.pathParam("name"))));
    r.post("/api/saved", this::addSaved);
    r.put("/api/saved/{name}", this::editSaved);
    r.delete("/api/saved/{name}", this::removeSaved);
    r.get("/api/preview", this::preview);
    r.get("/api/health", ctx -> ctx.json(HealthPage.json(new HealthPage(parts.db()).sections())));
  }

  private void search(Context ctx) throws IOException, QuerySyntaxException {
    String q = ctx.queryParam("q");
    if (q == null || q.isBlank()) {
      throw new BadRequestResponse("parameter q (the query) is missing");
    }
    SearchRequest req = new SearchRequest(q, sort(ctx.queryParam("sort")), intParam(ctx, "page", 1),
        intParam(ctx, "size", SearchPage.PAGE_SIZE), !"false".equals(ctx.queryParam("facets")));
    ctx.json(parts.index().search(req));
  }

  private void notice(Context ctx) {
    NoticeView n = parts.store().notice(ctx.pathParam("id"));
    if (n == null) {
      throw new NotFoundResponse("no notice with id " + ctx.pathParam("id"));
    }
    ctx.json(n);
  }

  private void caseView(Context ctx) {
    CaseView c = parts.cases().caseView(ctx.pathParam("id"));
    if (c == null) {
      throw new NotFoundResponse("no case with id " + ctx.pathParam("id"));
    }
    ctx.json(c);
  }

  private void preview(Context ctx) throws IOException, QuerySyntaxException {
    String q = ctx.queryParam("q");
    if (q == null || q.isBlank()) {
      throw new BadRequestResponse("parameter q (the query) is missing");
    }
    ctx.json(Map.of("query", q, "count", parts.index().search(q, 0).total()));
  }

  private void addSaved(Context ctx) throws QuerySyntaxException {
    JsonNode body = body(ctx);
    SavedSearches.Added a = parts.saved().add(text(body, "name"), text(body, "query"), text(body, "owner"));
    ctx.status(201).json(added(a));
  }

  private void editSaved(Context ctx) throws QuerySyntaxException {
    savedOr404(ctx.pathParam("name"));
    JsonNode body = body(ctx);
    ctx.json(added(parts.saved().edit(ctx.pathParam("name"), text(body, "query"), text(body, "owner"))));
  }

  private void removeSaved(Context ctx) {
    savedOr404(ctx.pathParam("name"));
    parts.saved().remove(ctx.pathParam("name"));
    ctx.status(204);
  }

  private static Map<String, Object> added(SavedSearches.Added a) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("search", a.search());
    m.put("preview", a.preview());
    return m;
  }

  private SavedSearch savedOr404(String name) {
    SavedSearch s = parts.saved().find(name);
    if (s == null) {
      throw new NotFoundResponse("no saved search named '" + name + "'");
    }
    return s;
  }

  private JsonNode body(Context ctx) {
    try {
      JsonNode n = json.readTree(ctx.body());
      if (n == null || !n.isObject()) {
        throw new BadRequestResponse("the body must be a JSON object");
      }
      return n;
    } catch (tools.jackson.core.JacksonException e) {
      throw new BadRequestResponse("the body is not JSON: " + e.getOriginalMessage());
    }
  }

  private static String text(JsonNode body, String field) {
    JsonNode v = body.get(field);
    return v == null || v.isNull() ? null : v.asString();
  }

  static SearchRequest.Sort sort(String s) {
    if (s == null || s.isBlank()) {
      return SearchRequest.Sort.relevance;
    }
    try {
      return SearchRequest.Sort.valueOf(s);
    } catch (IllegalArgumentException e) {
      throw new BadRequestResponse("sort is relevance, date or amount, not '" + s + "'");
    }
  }

  static int intParam(Context ctx, String name, int dflt) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) {
      return dflt;
    }
    try {
      return Integer.parseInt(v.strip());
    } catch (NumberFormatException e) {
      throw new BadRequestResponse(name + " must be a whole number, not '" + v + "'");
    }
  }
}
