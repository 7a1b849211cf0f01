package org.tenderwatch.crawl.search;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.tenderwatch.config.SearchApi;
import org.tenderwatch.config.SearchConfig;
import org.tenderwatch.crawl.JsonPaths;
import org.tenderwatch.crawl.SourceCrawler;
import tools.jackson.databind.JsonNode;

/**
 * Result pages of a portal search that answers JSON ({@code search.api}): the query put into the URL or the POST
 * body, the hits read from the response. A hit given by id becomes the URL the notice source's channel walk gives
 * it ({@link SourceCrawler#noticeUrl}), so both routes meet at one notice id.
 */
final class ApiResults {
  private static final tools.jackson.databind.json.JsonMapper JSON = tools.jackson.databind.json.JsonMapper.builder()
      .build();
  private final SearchConfig cfg;
  private final SearchApi api;
  private final DateTimeFormatter dateFormat;
  private final SourceCrawler pages;
  private final SourceCrawler notices;

  ApiResults(SearchConfig cfg, DateTimeFormatter dateFormat, SourceCrawler pages, SourceCrawler notices) {
    this.cfg = cfg;
    this.api = cfg.api();
    this.dateFormat = dateFormat;
    this.pages = pages;
    this.notices = notices;
  }

  /**
   * Result page {@code page} of the window's query, asked at {@code url} (search.url filled in), or null when it
   * cannot be used (recorded, or blocked); journalled under {@code key} unless it is null.
   */
  ResultPage read(URI url, Window w, int page, String key) {
    byte[] body = api.body() == null ? null
        : fill(api.body(), w, page, api.jsonBody(), dateFormat).getBytes(StandardCharsets.UTF_8);
    JsonNode root = pages.jsonPage(url, body, api.items(), key);
    if (root == null) {
      return null;
    }
    List<ResultPage.Hit> hits = new ArrayList<>();
    for (JsonNode row : JsonPaths.at(root, api.items())) {
      URI notice = notices.noticeUrl(row, api.link(), api.id(), url);
      if (notice != null) {
        hits.add(new ResultPage.Hit(notice, pages.listed(JsonPaths.text(row, api.date()))));
      }
    }
    return new ResultPage(hits, number(root, cfg.total()), number(root, cfg.pageCount()));
  }

  private static Integer number(JsonNode root, String path) {
    String s = JsonPaths.text(root, path);
    return s == null || !s.matches("\\d+") ? null : Integer.valueOf(s);
  }

  /** The template with the window's query: the term URL-encoded in a URL or a form, JSON-escaped in a JSON body. */
  static String fill(String template, Window w, int page, boolean json, DateTimeFormatter dateFormat) {
    String term = json ? jsonEscaped(w.term()) : URLEncoder.encode(w.term(), StandardCharsets.UTF_8);
    return template.replace("{term}", term).replace("{from}", w.from().format(dateFormat))
        .replace("{to}", w.to().format(dateFormat)).replace("{page}", Integer.toString(page));
  }

  private static String jsonEscaped(String s) {
    String quoted = JSON.writeValueAsString(s);
    return quoted.substring(1, quoted.length() - 1);
  }
}
