package org.tenderwatch.web;

import static org.tenderwatch.web.Html.esc;
import static org.tenderwatch.web.Html.url;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.tenderwatch.export.CaseRows;
import org.tenderwatch.index.SearchHit;
import org.tenderwatch.index.SearchRequest;
import org.tenderwatch.index.SearchResult;
import org.tenderwatch.cases.CaseSummary;
import org.tenderwatch.cases.CaseView;

/** The search page: query box with syntax help, facets, highlighted hits, sort, paging. */
final class SearchPage {
  static final int PAGE_SIZE = 20;

  /** Facet dimension → the query field that narrows to one of its values. */
  private static final Map<String, String> FACET_FIELDS = Map.of("source", "source", "type", "type", "flag", "flag",
      "region", "region", "month", "publishedAt");

  static final String SYNTAX_HELP = """
      <details class="help"><summary>Query syntax</summary>
      <p>Every word must match (AND) unless you write OR. Chinese is matched as written: <code>四川大学</code> does not
      find 四川省大学生. Quote a phrase: <code>"算力租赁"</code>. Exclude with NOT or -: <code>AWS NOT 焊接</code>.</p>
      <p>Fields: <code>title: text: buyer: agency: supplier: source: type: flag: region: projectNo: publishedAt:
      budgetCny: awardCny:</code></p>
      <ul>
      <li><code>A100 AND buyer:大学</code> — A100 in notices of a buyer whose name has 大学 (university)</li>
      <li><code>flag:nvidia_gpu AND publishedAt:[2024-01-01 TO 2024-06-30]</code> — flagged for GPUs in the first half of 2024</li>
      <li><code>type:award AND awardCny:[100万 TO *]</code> — awards of 1 million yuan or more (* = open end)</li>
      <li><code>publishedAt:2024-04</code> — a whole month; <code>亚马逊云 OR AWS</code> — either word</li>
      </ul>
      <p>Types: tender, award, correction, termination, other. Flag categories: see the Flagged page.</p>
      </details>""";

  private final Labels labels;

  SearchPage(Labels labels) {
    this.labels = labels;
  }

  /** The form alone (no query yet), or with an error message for a query that did not parse. */
  String form(Html.Request r, String q, SearchRequest.Sort sort, String error) {
    return Html.page("Search", "search", r, formHtml(q, sort)
        + (error == null ? "" : "<p class=\"error\" role=\"alert\">" + esc(error) + "</p>"));
  }

  String results(Html.Request r, String q, SearchRequest.Sort sort, SearchResult res, Map<String, CaseView> cases) {
    StringBuilder b = new StringBuilder(formHtml(q, sort));
    long pages = res.size() == 0 ? 0 : (res.total() + res.size() - 1) / res.size();
    b.append("<p class=\"count\" id=\"hit-count\">").append(res.total()).append(res.total() == 1 ? " notice" : " notices")
        .append(pages > 1 ? String.format(Locale.ROOT, ", page %d of %d", res.page(), pages) : "")
        .append("</p><p class=\"export\">Export every hit: <a id=\"export-csv\" href=\"/export/search.csv?q=")
        .append(url(q)).append("&amp;sort=").append(sort.name()).append("\">CSV</a> <a id=\"export-json\" href=\"/export/search.json?q=").append(url(q))
        .append("&amp;sort=").append(sort.name()).append("\">JSON</a></p>");
    b.append("<div class=\"with-side\"><aside class=\"facets\">").append(facets(q, sort, res)).append("</aside>");
    b.append("<ol class=\"hits\" start=\"").append((long) (res.page() - 1) * res.size() + 1).append("\">");
    for (SearchHit h : res.hits()) {
      b.append(hit(h, cases.get(h.id())));
    }
    b.append("</ol></div>").append(pager(q, sort, res.page(), pages));
    return Html.page("Search: " + q, "search", r, b.toString());
  }

  private String formHtml(String q, SearchRequest.Sort sort) {
    StringBuilder sorts = new StringBuilder();
    for (SearchRequest.Sort s : SearchRequest.Sort.values()) {
      sorts.append("<option value=\"").append(s.name()).append('"').append(s == sort ? " selected" : "").append('>')
          .append(switch (s) {
            case relevance -> "Best match";
            case date -> "Newest first";
            case amount -> "Largest amount first";
          }).append("</option>");
    }
    return "<h1>Search notices</h1><form method=\"get\" action=\"/search\" class=\"search\">"
        + "<input type=\"search\" name=\"q\" id=\"q\" value=\"" + esc(q) + "\" placeholder=\"A100 AND buyer:大学\""
        + " aria-label=\"Query\" size=\"60\"> <label>Sort <select name=\"sort\" id=\"sort\">" + sorts + "</select></label>"
        + " <button type=\"submit\" id=\"search-button\">Search</button></form>" + SYNTAX_HELP;
  }

  private String hit(SearchHit h, CaseView c) {
    BigDecimalView amount = new BigDecimalView(h.awardCny() != null ? h.awardCny() : h.budgetCny(),
        h.awardCny() != null ? "award" : "budget");
    boolean flagged = c != null && !c.flags().isEmpty();
    return "<li class=\"hit " + (flagged ? "flagged" : "unflagged") + "\"><a class=\"title\" href=\""
        + Html.noticeHref(h.id()) + "\">" + esc(h.title()) + "</a>"
        + "<div class=\"meta\">" + esc(Html.date(h.publishedAt())) + " · " + esc(Labels.type(h.type())) + " · "
        + Html.name(c == null ? List.of() : c.screening(), h.buyer())
        + (amount.value() == null ? "" : " · " + amount.kind() + " " + esc(labels.amount(amount.value())))
        + "</div>" + caseLine(c) + (h.highlight() == null ? "" : "<p class=\"snippet\">" + Html.marked(h.highlight())
        + "</p>") + "</li>";
  }

  /**
   * Flagged or visibly not, the case's status and winner, and its Entity List lines: a spectrometer that mentions
   * "A100" must not read like a GPU purchase.
   */
  private String caseLine(CaseView c) {
    if (c == null) {
      return "<div class=\"case-line\"><span class=\"tag unflagged\">not flagged</span></div>";
    }
    String flags = c.flags().isEmpty() ? "<span class=\"tag unflagged\">not flagged</span>"
        : CaseSummary.evidence(c, List.of()).stream().map(e -> "<span class=\"tag\" title=\""
            + esc(labels.category(e.flag().category())) + "\">" + esc(e.flag().category()) + "</span>")
            .collect(Collectors.joining(" "));
    String winner = CaseRows.winners(c);
    List<String> listed = CaseSummary.screening(c);
    return "<div class=\"case-line\">" + flags + " · <a href=\"" + Html.caseHref(c.caseId()) + "\">case</a> "
        + esc(c.status()) + (winner.isEmpty() ? "" : " · winner " + esc(winner))
        + (listed.isEmpty() ? "" : "<br><span class=\"listed\">Entity List: " + esc(String.join("; ", listed))
        + "</span>") + "</div>";
  }

  private record BigDecimalView(java.math.BigDecimal value, String kind) {}

  private String facets(String q, SearchRequest.Sort sort, SearchResult res) {
    StringBuilder b = new StringBuilder();
    res.facets().forEach((dim, counts) -> {
      if (counts.isEmpty()) {
        return;
      }
      b.append("<h3>").append(esc(Labels.field(dim))).append("</h3><ul>");
      for (SearchResult.FacetCount c : counts) {
        String narrowed = q + " AND " + filter(dim, c.value());
        b.append("<li><a href=\"/search?q=").append(url(narrowed)).append("&amp;sort=").append(sort.name())
            .append("\">").append(esc(facetLabel(dim, c.value()))).append("</a> <span class=\"n\">").append(c.count())
            .append("</span></li>");
      }
      b.append("</ul>");
    });
    return b.toString();
  }

  private String facetLabel(String dim, String value) {
    return switch (dim) {
      case "flag" -> labels.category(value);
      case "type" -> Labels.type(value);
      default -> value;
    };
  }

  static String filter(String dim, String value) {
    String field = FACET_FIELDS.getOrDefault(dim, dim);
    return dim.equals("month") ? field + ":" + value : field + ":\"" + value.replace("\"", "") + "\"";
  }

  private static String pager(String q, SearchRequest.Sort sort, int page, long pages) {
    if (pages <= 1) {
      return "";
    }
    String base = "/search?q=" + url(q) + "&amp;sort=" + sort.name() + "&amp;page=";
    StringBuilder b = new StringBuilder("<nav class=\"pager\">");
    if (page > 1) {
      b.append("<a rel=\"prev\" href=\"").append(base).append(page - 1).append("\">← Previous</a> ");
    }
    b.append("<span>Page ").append(page).append(" of ").append(pages).append("</span>");
    if (page < pages) {
      b.append(" <a rel=\"next\" id=\"next-page\" href=\"").append(base).append(page + 1).append("\">Next →</a>");
    }
    return b.append("</nav>").toString();
  }

  static List<String> facetDims() {
    return List.copyOf(FACET_FIELDS.keySet());
  }
}
