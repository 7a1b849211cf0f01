package org.tenderwatch.crawl;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.tenderwatch.archive.Capture;
import org.tenderwatch.config.SourceConfig;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One walk over one JSON list endpoint, page {@code firstPage} on (GET with {page} in the URL, or POST with it in
 * the body), until an empty page, a page of known notices, {@code since} or crawl.maxListPages. A response without
 * the configured rows is a challenge (gpcms answers {"code":"500","msg":"验证码错误"}: the source is blocked) or a
 * changed API (a parse failure).
 */
final class JsonListWalk extends ListWalk {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  JsonListWalk(ListWalk.Parts parts, java.util.function.Consumer<SourceCrawler.CapReached> capReached) {
    super(parts, capReached);
  }

  void walk(String template, LocalDate since) {
    URI first = URI.create(template.replace("{page}", Integer.toString(source.json().firstPage())));
    boolean resume = log.beginWalk(first);
    if (walkPages(template, since, resume, new CapWatch(source.id(), first, tally)) && !stopped.getAsBoolean()) {
      log.endWalk(first);
    }
  }

  /** True when the walk ended normally (empty page, known page, since, page cap); false when a page failed. */
  private boolean walkPages(String template, LocalDate since, boolean resume, CapWatch cap) {
    SourceConfig.Json j = source.json();
    for (int p = j.firstPage(); p < j.firstPage() + maxListPages && !stopped.getAsBoolean(); p++) {
      URI page = URI.create(template.replace("{page}", Integer.toString(p)));
      byte[] body = j.body() == null ? null : j.body().replace("{page}", Integer.toString(p))
          .getBytes(StandardCharsets.UTF_8);
      PageFetcher.Fetched f = pages.fetch(page, Capture.Kind.list, null, body, null, null);
      if (!pages.usable(f, page, "list", null)) {
        return false;
      }
      tally.listPages++;
      List<NoticeFetch.ListItem> items = items(f.capture(), page);
      progress.run();
      if (items == null) {
        return false;
      }
      cap.saw(items);
      if (items.isEmpty() || !notices.visit(items, since, resume)) {
        return true;
      }
    }
    cap.capReached(stopped, capReached);
    return true;
  }

  /** The rows of one list response, or null when it holds none (stored as blocked or as a parse failure). */
  private List<NoticeFetch.ListItem> items(Capture c, URI page) {
    SourceConfig.Json j = source.json();
    JsonNode rows = rows(c, page, j.items(), log, tally);
    if (rows == null) {
      return null;
    }
    List<NoticeFetch.ListItem> items = new ArrayList<>();
    for (JsonNode row : rows) {
      URI detail = detailUri(row, page);
      if (detail != null) {
        items.add(new NoticeFetch.ListItem(source.rewrite(detail),
            Dates.parse(JsonPaths.text(row, j.fields().get("date")), zone),
            JsonPaths.text(row, j.fields().get("title"))));
      }
    }
    return items;
  }

  /**
   * The array at {@code path} of a list or result response, or null when it holds none: a challenge page blocks the
   * source, anything else is a parse failure.
   */
  static JsonNode rows(Capture c, URI page, String path, FrontierLog log, CrawlTally tally) {
    JsonNode rows;
    try {
      rows = JsonPaths.at(JSON.readTree(c.body()), path);
    } catch (RuntimeException e) {
      notRows(c, page, "the list response is not the JSON the config expects: " + e.getMessage(), log, tally);
      return null;
    }
    if (!rows.isArray()) {
      notRows(c, page, "no list rows at '" + path + "' (did the API change?)", log, tally);
      return null;
    }
    return rows;
  }

  private static void notRows(Capture c, URI page, String why, FrontierLog log, CrawlTally tally) {
    PageSigns.Found sign = PageSigns.read(c.body(), c.header("content-type"), false);
    if (sign != null && sign.kind() == PageSigns.Kind.challenge) {
      log.block(page, "list", null, sign.why());
      return;
    }
    tally.parseFailures++;
    log.failure(page, "list", null, c.status(), "parse failure: " + why, null);
  }

  /** The notice URL of a list row: its link field, or its id in the detail template. */
  private URI detailUri(JsonNode row, URI page) {
    SourceConfig.Json j = source.json();
    return detailUri(row, j.link(), j.fields().get("id"), j.detail(), page);
  }

  /**
   * The notice URL of a JSON row (a list row, a search hit): its field {@code linkPath} resolved against the page
   * when there is one, else its field {@code idPath} in the {@code detail} template; null when the row has neither.
   */
  static URI detailUri(JsonNode row, String linkPath, String idPath, String detail, URI page) {
    if (linkPath != null) {
      String link = JsonPaths.text(row, linkPath);
      // a blank link is no link (it would resolve to the list page itself); spaces around it are the portal's slip
      return link == null || link.isBlank() ? null : page.resolve(link.strip().replace(" ", "%20"));
    }
    String id = JsonPaths.text(row, idPath);
    return id == null ? null : page.resolve(detail.replace("{id}", URLEncoder.encode(id, StandardCharsets.UTF_8)));
  }
}
