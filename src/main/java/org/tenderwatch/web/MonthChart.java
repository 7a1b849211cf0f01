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
import java.util.stream.Collectors;
import org.tenderwatch.cases.CaseView;
import org.tenderwatch.store.NoticeView;

/**
 * Flagged cases per month as an inline SVG bar chart, drawn on the server: no script, no chart library. A bar's
 * height is the number of CASES, each counted once whatever its categories (stacking categories made a month with
 * one three-category case read 3); the categories are said beside the count, in the bar's tooltip ({@code <title>})
 * and in one line per month under the chart, never added into the height.
 */
final class MonthChart {
  private static final String BAR_COLOUR = "#0072B2";

  private static final int BAR = 28;
  private static final int GAP = 10;
  private static final int HEIGHT = 180;
  private static final int LEFT = 36;
  private static final int TOP = 18;
  private static final int BOTTOM = 40;

  /** One month: how many flagged cases, and how many of those carry each category (they overlap). */
  record Month(int cases, Map<String, Integer> categories) {
    static final Month EMPTY = new Month(0, Map.of());
  }

  private MonthChart() {}

  /**
   * Month → cases and categories. A case counts once in the month its flagged notice was published; months between
   * the first and the last are present with zero, so gaps show.
   */
  static Map<YearMonth, Month> count(List<CaseView> cases) {
    TreeMap<YearMonth, List<CaseView>> byMonth = new TreeMap<>();
    for (CaseView c : cases) {
      String date = c.notice().publishedAt();
      if (date != null && date.length() >= 7) {
        byMonth.computeIfAbsent(YearMonth.parse(date.substring(0, 7)), k -> new ArrayList<>()).add(c);
      }
    }
    TreeMap<YearMonth, Month> out = new TreeMap<>();
    byMonth.forEach((m, list) -> out.put(m, month(list)));
    if (!out.isEmpty()) {
      for (YearMonth m = out.firstKey(); m.isBefore(out.lastKey()); m = m.plusMonths(1)) {
        out.putIfAbsent(m, Month.EMPTY);
      }
    }
    return out;
  }

  private static Month month(List<CaseView> cases) {
    Map<String, Integer> cats = new LinkedHashMap<>();
    for (CaseView c : cases) {
      c.flags().stream().map(NoticeView.FlagEvidence::category).distinct().forEach(cat -> cats.merge(cat, 1,
          Integer::sum));
    }
    return new Month(cases.size(), cats);
  }

  static String svg(Map<YearMonth, Month> counts, List<String> categories, Function<String, String> label) {
    if (counts.isEmpty()) {
      return "<p class=\"muted\">No flagged case has a publication date yet.</p>";
    }
    int max = Math.max(1, counts.values().stream().mapToInt(Month::cases).max().orElse(1));
    int width = LEFT + counts.size() * (BAR + GAP) + GAP;
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "<svg id=\"month-chart\" class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\""
        + " width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" role=\"img\" aria-labelledby=\"chart-title\">"
        + "<title id=\"chart-title\">Flagged cases per month (a case counts once)</title>", width,
        TOP + HEIGHT + BOTTOM, width, TOP + HEIGHT + BOTTOM));
    axis(b, max, width);
    int x = LEFT + GAP;
    for (Map.Entry<YearMonth, Month> e : counts.entrySet()) {
      bar(b, e.getKey(), e.getValue(), x, max, categories(categories, e.getValue(), label));
      x += BAR + GAP;
    }
    b.append("</svg>");
    return b + perMonth(counts, categories, label);
  }

  private static void bar(StringBuilder b, YearMonth m, Month month, int x, int max, String cats) {
    int h = Math.round((float) HEIGHT * month.cases() / max);
    int y = TOP + HEIGHT - h;
    b.append(String.format(Locale.ROOT, "<rect class=\"bar\" data-month=\"%s\" data-count=\"%d\" x=\"%d\" y=\"%d\""
        + " width=\"%d\" height=\"%d\" fill=\"%s\"><title>%s: %s%s</title></rect>", m, month.cases(), x, y, BAR, h,
        BAR_COLOUR, m, cases(month.cases()), cats.isEmpty() ? "" : " (" + cats + ")"));
    if (month.cases() > 0) {
      b.append(String.format(Locale.ROOT, "<text class=\"bar-count\" data-month=\"%s\" x=\"%d\" y=\"%d\""
          + " font-size=\"11\" text-anchor=\"middle\">%d</text>", m, x + BAR / 2, y - 3, month.cases()));
    }
    b.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"10\" text-anchor=\"end\""
        + " transform=\"rotate(-45 %d %d)\">%s</text>", x + BAR / 2, TOP + HEIGHT + 14, x + BAR / 2,
        TOP + HEIGHT + 14, m));
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

  /** "AWS 1, Nvidia GPUs 1": known categories in flags.yaml order, then any the lexicon no longer has. */
  private static String categories(List<String> known, Month month, Function<String, String> label) {
    List<String> order = new ArrayList<>();
    known.stream().filter(month.categories()::containsKey).forEach(order::add);
    month.categories().keySet().stream().filter(c -> !known.contains(c)).sorted().forEach(order::add);
    return order.stream().map(c -> esc(label.apply(c)) + " " + month.categories().get(c))
        .collect(Collectors.joining(", "));
  }

  private static String cases(int n) {
    return n + (n == 1 ? " case" : " cases");
  }

  /** The same figures as text, one line per month with cases: readable without hovering, and by screen readers. */
  private static String perMonth(Map<YearMonth, Month> counts, List<String> known, Function<String, String> label) {
    StringBuilder b = new StringBuilder("<ul class=\"legend\" id=\"month-lines\">");
    counts.forEach((m, month) -> {
      if (month.cases() > 0) {
        b.append("<li data-month=\"").append(m).append("\">").append(m).append(": <span class=\"month-count\">")
            .append(cases(month.cases())).append("</span> — ").append(categories(known, month, label))
            .append("</li>");
      }
    });
    return b.append("</ul><p class=\"muted\">A case with several categories counts once in its month and once under"
        + " each of its categories.</p>").toString();
  }
}
