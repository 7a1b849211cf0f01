package org.tenderwatch.cli;

import static org.tenderwatch.cli.Output.orEmpty;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.tenderwatch.export.CaseRows;
import org.tenderwatch.cases.CaseSummary;
import org.tenderwatch.cases.CaseView;
import org.tenderwatch.store.NoticeView;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Prints flagged cases: one item per case, the flagged notice with the winner its award notice adds. */
final class FlaggedReport {
  private FlaggedReport() {}

  static void print(PrintWriter out, List<CaseView> cases, Format format) {
    switch (format) {
      case json -> Output.json(out, cases.stream().map(c -> org.tenderwatch.cases.CaseJson.of(Output.JSON, c)).toList());
      case csv -> Output.csv(out, CaseRows.HEADER, cases.stream().map(CaseRows::row).toList());
      case table -> table(out, cases);
    }
  }

  private static void table(PrintWriter out, List<CaseView> cases) {
    List<List<String>> rows = new ArrayList<>();
    for (CaseView c : cases) {
      NoticeView n = c.notice();
      rows.add(List.of(date(n.publishedAt()), n.title(), orEmpty(n.buyer()), CaseRows.categories(c), evidence(c),
          c.winners().isEmpty() ? "(" + c.status() + ")" : CaseRows.winners(c), yuan(c.awardCny()),
          CaseRows.screening(c)));
    }
    Output.table(out, List.of("date", "title", "buyer", "category", "evidence", "winning supplier", "amount",
        "entity list"), rows, 36);
  }

  /** One term and place per category, strongest first, page first: "A100 @ p.3 采购需求.pdf". */
  private static String evidence(CaseView c) {
    return CaseSummary.evidence(c, List.of()).stream().map(e -> e.flag().term() + " @ "
        + pageFirst(e.flag().location())).collect(Collectors.joining("; "));
  }

  private static final java.util.regex.Pattern PDF_PAGE = java.util.regex.Pattern.compile("^(.+?) (p\\.\\d+)(.*)$");

  /** "招标文件.pdf p.3" as "p.3 招标文件.pdf", so a narrow column still shows the page. */
  private static String pageFirst(String location) {
    var m = PDF_PAGE.matcher(location);
    return m.matches() ? m.group(2) + " " + m.group(1) + m.group(3) : location;
  }

  private static String yuan(BigDecimal v) {
    return v == null ? "" : "¥" + String.format(java.util.Locale.ROOT, "%,.2f", v);
  }

  private static String date(String iso) {
    return iso == null ? "" : iso.substring(0, Math.min(10, iso.length()));
  }

}
