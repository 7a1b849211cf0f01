package org.tenderwatch.digest;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.nodes.Entities;
import org.tenderwatch.cases.CaseView;
import org.tenderwatch.store.NoticeView;

/**
 * Turns digest items into subject, plain text and HTML. Pure: no I/O, no clock. Labels are English (many readers do
 * not read Chinese); notice content (titles, names, snippets) is quoted as the portal wrote it and HTML-escaped.
 */
final class DigestRenderer {
  /** Evidence lines per item: enough to judge the case, short enough to skim a dozen items. */
  static final int MAX_EVIDENCE = 3;

  private final Map<String, String> categoryLabels;
  private final String webBaseUrl;

  /**
   * @param categoryLabels category id → English label (flags.yaml {@code label})
   * @param webBaseUrl the web UI for archived-copy links, or "" for none
   */
  DigestRenderer(Map<String, String> categoryLabels, String webBaseUrl) {
    this.categoryLabels = Map.copyOf(categoryLabels);
    this.webBaseUrl = webBaseUrl == null ? "" : webBaseUrl;
  }

  RenderedDigest render(LocalDate date, List<DigestItem> items) {
    int flagged = (int) items.stream().filter(i -> !i.categories().isEmpty()).count();
    int hits = (int) items.stream().filter(i -> !i.searches().isEmpty()).count();
    String subject = String.format(Locale.ROOT, "tenderwatch digest %s: %s, %s", date,
        plural(flagged, "new flagged case", "new flagged cases"), plural(hits, "saved-search hit", "saved-search hits"));
    StringBuilder text = new StringBuilder(subject).append("\n\n");
    StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>")
        .append(esc(subject)).append("</title></head><body style=\"font-family:sans-serif;max-width:52em\">")
        .append("<h2>").append(esc(subject)).append("</h2>");
    int n = 1;
    for (DigestItem item : items) {
      Map<String, String> facts = facts(item);
      text.append(n).append(". ").append(item.kase().notice().title()).append('\n');
      facts.forEach((k, v) -> text.append("   ").append(k).append(": ").append(v).append('\n'));
      html.append("<div style=\"margin:1em 0;padding-top:.5em;border-top:1px solid #ccc\"><h3 style=\"margin:0\">")
          .append(n).append(". ").append(link(item.kase().notice().url(), item.kase().notice().title())).append("</h3>")
          .append("<table style=\"border-collapse:collapse\">");
      facts.forEach((k, v) -> html.append("<tr><th style=\"text-align:left;vertical-align:top;padding-right:1em\">")
          .append(esc(k)).append("</th><td>").append(htmlValue(k, v, item)).append("</td></tr>"));
      html.append("</table></div>");
      text.append('\n');
      n++;
    }
    text.append("Sent by tenderwatch. Terms are quoted as the notices write them; «» marks the matched term.\n");
    html.append("<p style=\"color:#666\">Sent by tenderwatch. Terms are quoted as the notices write them.</p>")
        .append("</body></html>");
    return new RenderedDigest(subject, text.toString(), html.toString(), flagged, hits);
  }

  /** Label → value, in reading order; every value is plain text (escaped later for HTML). */
  private Map<String, String> facts(DigestItem item) {
    CaseView c = item.kase();
    NoticeView n = c.notice();
    Map<String, String> f = new LinkedHashMap<>();
    List<String> why = new ArrayList<>();
    item.categories().forEach(cat -> why.add("flagged: " + label(cat)));
    item.searches().forEach(s -> why.add("saved search: " + s));
    f.put("Why", String.join("; ", why));
    f.put("Published", n.publishedAt() == null ? "unknown" : n.publishedAt().replace('T', ' '));
    f.put("Buyer", orUnknown(n.buyer()) + screening(n, "buyer"));
    f.put("Status", c.status());
    if (!c.winners().isEmpty()) {
      f.put("Winning supplier", c.winners().stream().map(NoticeView.Supplier::name).distinct()
          .collect(Collectors.joining(", ")) + supplierScreening(c));
    }
    if (c.awardCny() != null) {
      f.put("Award amount", yuan(c.awardCny()));
    } else if (n.budgetCny() != null) {
      f.put("Budget", yuan(n.budgetCny()));
    }
    List<NoticeView.FlagEvidence> evidence = evidence(c, item.categories());
    for (int i = 0; i < evidence.size(); i++) {
      NoticeView.FlagEvidence e = evidence.get(i);
      f.put(evidence.size() == 1 ? "Evidence" : "Evidence " + (i + 1),
          label(e.category()) + ": " + e.term() + " in " + e.location() + " — " + e.snippet());
    }
    f.put("Original", orUnknown(n.url()));
    if (n.archive() != null) {
      f.put("Archived copy", (webBaseUrl.isEmpty() ? "" : archiveUrl(n) + " ") + "WARC " + n.archive().warc()
          + ", sha256 " + n.archive().sha256());
    }
    if (c.notices().size() > 1) {
      f.put("Notices in case", c.notices().stream().map(x -> x.type() + " " + orUnknown(x.publishedAt()).split("T")[0])
          .collect(Collectors.joining(", ")));
    }
    return f;
  }

  /** Evidence of the categories that brought the item first, one per (category, term, location). */
  private static List<NoticeView.FlagEvidence> evidence(CaseView c, List<String> first) {
    Map<List<String>, NoticeView.FlagEvidence> unique = new LinkedHashMap<>();
    c.flags().stream().filter(e -> first.contains(e.category()))
        .forEach(e -> unique.putIfAbsent(List.of(e.category(), e.term(), e.location()), e));
    c.flags().forEach(e -> unique.putIfAbsent(List.of(e.category(), e.term(), e.location()), e));
    return unique.values().stream().limit(MAX_EVIDENCE).toList();
  }

  private String htmlValue(String key, String value, DigestItem item) {
    NoticeView n = item.kase().notice();
    if (key.equals("Original")) {
      return link(n.url(), n.url());
    }
    if (key.equals("Archived copy") && !webBaseUrl.isEmpty() && n.archive() != null) {
      String url = archiveUrl(n);
      return link(url, "archived copy") + esc(value.substring(url.length()));
    }
    if (key.startsWith("Evidence")) {
      // a snippet marks its term «term»: the marks survive escaping and become <mark> afterwards
      return esc(value).replace("«", "<mark>").replace("»", "</mark>");
    }
    return esc(value);
  }

  /** The web UI's page for the archived record ({@code /archive/{uuid}}, found by WARC record id only). */
  private String archiveUrl(NoticeView n) {
    String warc = n.archive().warc();
    String uuid = warc.substring(warc.lastIndexOf(':') + 1);
    return webBaseUrl + "/archive/" + URLEncoder.encode(uuid, StandardCharsets.UTF_8);
  }

  private static String link(String url, String text) {
    if (url == null || !(url.startsWith("http://") || url.startsWith("https://"))) {
      return esc(text);
    }
    return "<a href=\"" + esc(url) + "\">" + esc(text) + "</a>";
  }

  private static String screening(NoticeView n, String party) {
    List<String> hits = n.screening().stream().filter(s -> party.equals(s.party()))
        .map(s -> "on " + s.list() + " as " + s.listedName() + " (" + s.match() + ")").toList();
    return hits.isEmpty() ? "" : " — WARNING: " + String.join("; ", hits);
  }

  private static String supplierScreening(CaseView c) {
    List<String> hits = c.notices().stream().flatMap(n -> n.screening().stream())
        .filter(s -> "supplier".equals(s.party()))
        .map(s -> s.name() + " on " + s.list() + " as " + s.listedName() + " (" + s.match() + ")").distinct().toList();
    return hits.isEmpty() ? "" : " — WARNING: " + String.join("; ", hits);
  }

  private String label(String category) {
    return categoryLabels.getOrDefault(category, category);
  }

  static String yuan(BigDecimal cny) {
    return String.format(Locale.ROOT, "CNY %,.2f", cny);
  }

  private static String plural(int n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }

  private static String orUnknown(String s) {
    return s == null || s.isBlank() ? "unknown" : s;
  }

  /** HTML text and attribute escaping (jsoup's, as the web UI): everything a notice says is data, never markup. */
  static String esc(String s) {
    return s == null ? "" : Entities.escape(s);
  }
}
