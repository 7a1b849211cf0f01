package org.tenderwatch.config;

import static org.tenderwatch.config.FlagConfig.require;

/**
 * The {@code search.api:} block: a portal search that answers JSON (ggzy's dealList_find.jsp, 政采云's
 * /portal/category, gpcms's selectInfoForIndex). The query goes in the URL (GET) or in the body (POST); {term} is
 * URL-encoded in a URL or a form body and JSON-escaped in a JSON body. A hit's notice URL is its {@code link} field,
 * or its {@code id} put into the notice source's own {@code json.detail} template, so a hit found by search has the
 * URL, and so the id, the channel walk gives the same notice.
 *
 * @param method GET or POST
 * @param contentType the POST body's content type (a form or JSON), or null for GET
 * @param body the POST body template ({term}, {from}, {to}, {page}), or null for GET
 * @param items dot path to the array of hits
 * @param link dot path, in a hit, to the notice URL; or null when {@code id} is given
 * @param id dot path, in a hit, to the notice id; or null when {@code link} is given
 * @param date dot path, in a hit, to its publication time (text or epoch milliseconds), or null
 */
public record SearchApi(String method, String contentType, String body, String items, String link, String id,
    String date) {
  public SearchApi {
    require("GET".equals(method) || "POST".equals(method), "search.api.method: GET or POST");
    require("GET".equals(method) == (body == null), "search.api.body: a POST needs a body, a GET has none");
    require(body == null || contentType != null && !contentType.isBlank(), "search.api.contentType: missing");
    require(items != null && !items.isBlank(), "search.api.items: missing");
    require(link != null ^ id != null, "search.api: one of link (the notice URL) or id (into json.detail)");
  }

  /** True when the body is JSON (a term is escaped as a JSON string, not URL-encoded). */
  public boolean jsonBody() {
    return contentType != null && contentType.toLowerCase(java.util.Locale.ROOT).contains("json");
  }
}
