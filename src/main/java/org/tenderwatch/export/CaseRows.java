package org.tenderwatch.export;

import java.util.List;
import java.util.stream.Collectors;
import org.tenderwatch.cases.CaseSummary;
import org.tenderwatch.cases.CaseView;
import org.tenderwatch.store.NoticeView;

/** The columns of a flagged case in CSV: {@code flagged --format csv} and the dashboard's download. */
public final class CaseRows {
  public static final List<String> HEADER = List.of("caseId", "status", "publishedAt", "title", "buyer", "categories",
      "evidence", "winner", "awardCny", "screening", "url", "sha256");

  private CaseRows() {}

  public static List<String> row(CaseView c) {
    NoticeView n = c.notice();
    return List.of(c.caseId(), c.status(), orEmpty(n.publishedAt()), n.title(), orEmpty(n.buyer()), categories(c),
        evidence(c), winners(c), c.awardCny() == null ? "" : c.awardCny().toPlainString(), screening(c),
        orEmpty(n.url()), n.archive() == null ? "" : n.archive().sha256());
  }

  /** Every flagged category, strongest first. */
  public static String categories(CaseView c) {
    return CaseSummary.evidence(c, List.of()).stream().map(e -> e.flag().category()).collect(Collectors.joining(","));
  }

  /** One term and place per category: "A100 @ 采购需求.pdf p.3". */
  public static String evidence(CaseView c) {
    return CaseSummary.evidence(c, List.of()).stream().map(e -> e.flag().term() + " @ " + e.flag().location())
        .collect(Collectors.joining("; "));
  }

  public static String winners(CaseView c) {
    return c.winners().stream().map(NoticeView.Supplier::name).distinct().collect(Collectors.joining("; "));
  }

  public static String screening(CaseView c) {
    return String.join("; ", CaseSummary.screening(c));
  }

  static String orEmpty(String s) {
    return s == null ? "" : s;
  }
}
