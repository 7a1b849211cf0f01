package org.tenderwatch.web;

import static org.tenderwatch.web.Html.esc;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.tenderwatch.cases.CaseView;
import org.tenderwatch.store.NoticeView;

/**
 * Flagged cases per month per category as an inline SVG stacked bar chart, drawn on the server: no script, no
 * chart library, and the browser's own tooltip ({@code <title>}) gives the exact count of each bar segment.
 */
final class MonthChart {
  /** Colour-blind-safe palette (Okabe–Ito); categories take them in flags.yaml order. */
  private static final String[] COLOURS = {"#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00",
      "#F0E442", "#000000"};

  private static final int BAR = 28;
  private static final int GAP = 10;
  private static final int HEIGHT = 180;
  private static final int LEFT = 36;
  private static final int TOP = 10;
  private static final int BOTTOM = 40;

  private MonthChart() {}

  /**
   * Month → category → cases. A case counts once in the month its flagged notice was published, once for each of
   * its categories; months between the first and the last are present with zero, so gaps show.
   */
  static Map<YearMonth, Map<String, Integer>> count(List<CaseView> cases) {
    TreeMap<YearMonth, Map<String, Integer>> out = new TreeMap<>();
    for (CaseView c : cases) {
      String date = c.notice().publishedAt();
      if (date == null || date.length() < 7) {
        continue;
      }
      YearMonth m = YearMonth.parse(date.substring(0, 7));
      Map<String, Integer> row = out.computeIfAbsent(m, k -> new LinkedHashMap<>());
      c.flags().stream().map(NoticeView.FlagEvidence::category).distinct()
          .forEach(cat -> row.merge(cat, 1, Integer::sum));
    }
    if (!out.isEmpty()) {
      for (YearMonth m = out.firstKey(); m.isBefore(out.lastKey()); m = m.plusMonths(1)) {
        out.putIfAbsent(m, new LinkedHashMap<>());
      }
    }
    return out;
  }

  static String svg(Map<YearMonth, Map<String, Integer>> counts, List<String> categories,
      Function<String, String> label) {
    if (counts.isEmpty()) {
      return "<p class=\"muted\">No flagged case has a publication date yet.</p>";
    }
    int max = counts.values().stream().mapToInt(r -> r.values().stream().mapToInt(Integer::intValue).sum()).max()
        .orElse(1);
    max = Math.max(max, 1);
    int width = LEFT + counts.size() * (BAR + GAP) + GAP;
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "<svg id=\"month-chart\" class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\""
        + " width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" role=\"img\" aria-labelledby=\"chart-title\">"
        + "<title id=\"chart-title\">Flagged cases per month and category</title>", width, TOP + HEIGHT + BOTTOM,
        width, TOP + HEIGHT + BOTTOM));
    axis(b, max, width);
    int x = LEFT + GAP;
    for (Map.Entry<YearMonth, Map<String, Integer>> e : counts.entrySet()) {
      int y = TOP + HEIGHT;
      for (String cat : order(categories, e.getValue())) {
        int n = e.getValue().get(cat);
        int h = Math.round((float) HEIGHT * n / max);
        y -= h;
        b.append(String.format(Locale.ROOT, "<rect class=\"bar\" data-month=\"%s\" data-category=\"%s\" data-count=\"%d\""
            + " x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\"><title>%s · %s: %d</title></rect>",
            e.getKey(), esc(cat), n, x, y, BAR, h, colour(categories, cat), e.getKey(), esc(label.apply(cat)), n));
      }
      b.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"10\" text-anchor=\"end\""
          + " transform=\"rotate(-45 %d %d)\">%s</text>", x + BAR / 2, TOP + HEIGHT + 14, x + BAR / 2,
          TOP + HEIGHT + 14, e.getKey()));
      x += BAR + GAP;
    }
    b.append("</svg>");
    return b + legend(categories, counts, label);
  }

  private static void axis(StringBuilder b, int max, int width) {
    b.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#888\"/>", LEFT,
        TOP + HEIGHT, width, TOP + HEIGHT));
    int step = Math.max(1, (int) Math.ceil(max / 4.0));
    for (int v = 0; v <= max; v += step) {
      int y = TOP + HEIGHT - Math.round((float) HEIGHT * v / max);
      b.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"10\" text-anchor=\"end\">%d</text>"
          + "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#ddd\"/>", LEFT - 4, y + 3, v, LEFT, y, width, y));
    }
  }

  /** Known categories in flags.yaml order, then any the lexicon no longer has. */
  private static List<String> order(List<String> categories, Map<String, Integer> row) {
    List<String> out = new ArrayList<>();
    categories.stream().filter(row::containsKey).forEach(out::add);
    row.keySet().stream().filter(c -> !categories.contains(c)).sorted().forEach(out::add);
    return out;
  }

  private static String colour(List<String> categories, String cat) {
    int i = categories.indexOf(cat);
    return i < 0 ? "#999999" : COLOURS[i % COLOURS.length];
  }

  private static String legend(List<String> categories, Map<YearMonth, Map<String, Integer>> counts,
      Function<String, String> label) {
    StringBuilder b = new StringBuilder("<ul class=\"legend\">");
    for (String cat : categories) {
      int total = counts.values().stream().mapToInt(r -> r.getOrDefault(cat, 0)).sum();
      b.append(String.format(Locale.ROOT, "<li><svg width=\"12\" height=\"12\" aria-hidden=\"true\"><rect width=\"12\""
          + " height=\"12\" fill=\"%s\"/></svg> %s <code>%s</code>: %d</li>", colour(categories, cat),
          esc(label.apply(cat)), esc(cat), total));
    }
    return b.append("</ul>").toString();
  }
}
