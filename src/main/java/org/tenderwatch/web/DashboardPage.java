package org.tenderwatch.web;

import static org.tenderwatch.web.Html.esc;

import java.util.List;
import java.util.stream.Collectors;
import org.tenderwatch.cases.CaseSummary;
import org.tenderwatch.cases.CaseView;
import org.tenderwatch.store.NoticeView;

/** The flagged dashboard: the chart of cases per month and category, then every flagged case in a table. */
final class DashboardPage {
  private final Labels labels;

  DashboardPage(Labels labels) {
    this.labels = labels;
  }

  String render(Html.Request r, List<CaseView> all, String category) {
    List<CaseView> cases = category == null || category.isBlank() ? all : all.stream()
        .filter(c -> c.flags().stream().anyMatch(f -> f.category().equals(category))).toList();
    StringBuilder b = new StringBuilder("<h1>Flagged cases</h1>");
    b.append("<p>A case is one procurement: its tender, award, corrections and termination, linked by project number."
        + " A case is flagged when any of its notices or attachments names a watched technology.</p>");
    b.append("<form method=\"get\" action=\"/flagged\" class=\"filter\"><label>Category <select name=\"category\">")
        .append("<option value=\"\">All categories</option>");
    for (String id : labels.categories()) {
      b.append("<option value=\"").append(esc(id)).append('"').append(id.equals(category) ? " selected" : "")
          .append('>').append(esc(labels.category(id))).append("</option>");
    }
    b.append("</select></label> <button type=\"submit\">Show</button></form>")
        .append("<p>Export the flagged list: <a id=\"export-flagged-csv\" href=\"/export/flagged.csv\">CSV</a>"
            + " <a id=\"export-flagged-json\" href=\"/export/flagged.json\">JSON</a></p>");
    b.append("<h2>Flagged cases per month</h2>")
        .append(MonthChart.svg(MonthChart.count(cases), labels.categories(), labels::category));
    b.append("<h2 id=\"case-count\">").append(cases.size()).append(cases.size() == 1 ? " case" : " cases")
        .append("</h2><table class=\"flagged\" id=\"flagged-table\"><thead><tr><th>Date</th><th>Title</th><th>")
        .append(esc(Labels.field("buyer"))).append("</th><th>Categories</th><th>Evidence</th><th>")
        .append(esc(Labels.field("suppliers"))).append("</th><th>").append(esc(Labels.field("awardCny")))
        .append("</th><th>Status</th></tr></thead><tbody>");
    for (CaseView c : cases) {
      b.append(row(c));
    }
    b.append("</tbody></table>");
    return Html.page("Flagged cases", "flagged", r, b.toString());
  }

  private String row(CaseView c) {
    NoticeView n = c.notice();
    List<CaseSummary.Evidence> evidence = CaseSummary.evidence(c, List.of());
    String cats = evidence.stream().map(e -> e.flag().category()).map(id -> "<span class=\"tag\" title=\""
        + esc(labels.category(id)) + "\">" + esc(id) + "</span>").collect(Collectors.joining(" "));
    String proof = evidence.stream().map(e -> "<mark>" + esc(e.flag().term()) + "</mark> @ "
        + esc(e.flag().location())).collect(Collectors.joining("<br>"));
    String winners = c.winners().stream().map(NoticeView.Supplier::name).distinct()
        .map(w -> Html.name(c.screening(), w)).collect(Collectors.joining("<br>"));
    String listed = CaseSummary.screening(c).stream().map(Html::esc).collect(Collectors.joining("<br>"));
    return "<tr" + (listed.isEmpty() ? "" : " class=\"listed\"") + "><td>" + esc(Html.date(n.publishedAt()))
        + "</td><td><a class=\"case\" href=\"" + Html.caseHref(c.caseId()) + "\">" + esc(n.title()) + "</a></td><td>"
        + Html.name(c.screening(), n.buyer()) + (listed.isEmpty() ? "" : "<div class=\"screening\">Entity List: "
        + listed + "</div>") + "</td><td>" + cats + "</td><td>" + proof + "</td><td>" + winners + "</td><td class=\"num\">"
        + (c.awardCny() == null ? "" : esc(labels.amount(c.awardCny()))) + "</td><td>" + esc(c.status())
        + "</td></tr>";
  }
}
