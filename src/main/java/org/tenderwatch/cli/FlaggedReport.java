package org.tenderwatch.cli;

import static org.tenderwatch.cli.Output.orEmpty;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
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
      case csv -> Output.csv(out, List.of("caseId", "status", "publishedAt", "title", "buyer", "categories",
          "evidence", "winner", "awardCny", "screening", "url", "sha256"),
          cases.stream().map(FlaggedReport::csvRow).toList());
      case table -> table(out, cases);
    }
  }

  private static List<String> csvRow(CaseView c) {
    NoticeView n = c.notice();
    return List.of(c.caseId(), c.status(), orEmpty(n.publishedAt()), n.title(), orEmpty(n.buyer()), categories(c),
        evidence(c), winners(c), c.awardCny() == null ? "" : c.awardCny().toPlainString(), screening(c), n.url(),
        n.archive() == null ? "" : n.archive().sha256());
  }

  private static void table(PrintWriter out, List<CaseView> cases) {
    List<List<String>> rows = new ArrayList<>();
    for (CaseView c : cases) {
      NoticeView n = c.notice();
      rows.add(List.of(date(n.publishedAt()), n.title(), orEmpty(n.buyer()), categories(c), evidence(c),
          c.winners().isEmpty() ? "(" + c.status() + ")" : winners(c), yuan(c.awardCny()), screening(c)));
    }
    Output.table(out, List.of("date", "title", "buyer", "category", "evidence", "winning supplier", "amount",
        "entity list"), rows, 36);
  }

  private static String categories(CaseView c) {
    return c.flags().stream().map(NoticeView.FlagEvidence::category).distinct().collect(Collectors.joining(","));
  }

  /** One term and place per category: "A100 @ 采购需求.pdf p.3". */
  private static String evidence(CaseView c) {
    Map<String, NoticeView.FlagEvidence> first = new LinkedHashMap<>();
    c.flags().forEach(f -> first.putIfAbsent(f.category(), f));
    return first.values().stream().map(f -> f.term() + " @ " + pageFirst(f.location()))
        .collect(Collectors.joining("; "));
  }

  private static final java.util.regex.Pattern PDF_PAGE = java.util.regex.Pattern.compile("^(.+?) (p\\.\\d+)(.*)$");

  /** "招标文件.pdf p.3" as "p.3 招标文件.pdf", so a narrow column still shows the page. */
  private static String pageFirst(String location) {
    var m = PDF_PAGE.matcher(location);
    return m.matches() ? m.group(2) + " " + m.group(1) + m.group(3) : location;
  }

  /** "buyer 四川大学 = Sichuan University (exact)"; a sub-unit says so. */
  private static String screening(CaseView c) {
    return c.screening().stream().map(s -> s.party() + " " + s.name() + " = "
        + (s.note() != null ? s.note() : s.listedName()) + " (" + s.match() + ")").collect(Collectors.joining("; "));
  }

  private static String winners(CaseView c) {
    return c.winners().stream().map(NoticeView.Supplier::name).distinct().collect(Collectors.joining("; "));
  }

  private static String yuan(BigDecimal v) {
    return v == null ? "" : "¥" + String.format(java.util.Locale.ROOT, "%,.2f", v);
  }

  private static String date(String iso) {
    return iso == null ? "" : iso.substring(0, Math.min(10, iso.length()));
  }

}
