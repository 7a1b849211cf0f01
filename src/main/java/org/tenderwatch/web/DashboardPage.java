package org.tenderwatch.web;

import static org.tenderwatch.web.Html.esc;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
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
    b.append("</select></label> <button type=\"submit\">Show</button></form>");
    b.append("<h2>Flagged cases per month and category</h2>")
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
    Map<String, NoticeView.FlagEvidence> first = new LinkedHashMap<>();
    c.flags().forEach(f -> first.putIfAbsent(f.category(), f));
    String cats = first.keySet().stream().map(id -> "<span class=\"tag\" title=\"" + esc(labels.category(id)) + "\">"
        + esc(id) + "</span>").collect(Collectors.joining(" "));
    String evidence = first.values().stream().map(f -> "<mark>" + esc(f.term()) + "</mark> @ " + esc(f.location()))
        .collect(Collectors.joining("<br>"));
    String winners = c.winners().stream().map(NoticeView.Supplier::name).distinct().map(Html::esc)
        .collect(Collectors.joining("<br>"));
    return "<tr><td>" + esc(Html.date(n.publishedAt())) + "</td><td><a class=\"case\" href=\"" + Html.caseHref(c.caseId())
        + "\">" + esc(n.title()) + "</a></td><td>" + esc(n.buyer()) + "</td><td>" + cats + "</td><td>" + evidence
        + "</td><td>" + winners + "</td><td class=\"num\">" + esc(Html.yuan(c.awardCny())) + "</td><td>"
        + esc(c.status()) + "</td></tr>";
  }
}
