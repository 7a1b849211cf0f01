package org.tenderwatch.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tenderwatch.extract.TextRender.Line;

/**
 * A table header a portal's template misspells, written as every table reader knows it before they read the lines:
 * 上海's 政采云 result table heads its award column "中标（成交金额）", the bracket closed after the column word, where
 * the ccgp template writes "中标（成交）金额". No column word ends that cell, so no reader took the column (kept one
 * cell a line, with tabs, or run together with the rest of the row). The rewrite keeps the text's length and chars,
 * only the bracket moves, so offsets found in it stay the original's. Pure: lines in, lines out.
 */
final class HeaderSpellings {

  /** A winner's amount word inside the bracket that should close before it ("中标（成交金额）", "成交(中标价格)"). */
  private static final Pattern INSIDE = Pattern.compile("(中标|成交)([(（])(成交|中标)(总?金额|价格|总?价)([)）])");

  private HeaderSpellings() {}

  /** The lines with every such header cell written the template's way. */
  static List<Line> fixed(List<Line> lines) {
    return lines.stream().map(HeaderSpellings::fixed).toList();
  }

  private static Line fixed(Line l) {
    if (!l.text().contains("金额") && !l.text().contains("价")) {
      return l; // most lines name no amount: spare them the regex
    }
    String text = moved(l.text());
    List<String> cells = l.cells() == null ? null : l.cells().stream().map(HeaderSpellings::moved).toList();
    return text.equals(l.text()) && (cells == null || cells.equals(l.cells())) ? l : new Line(text, cells);
  }

  /** "中标（成交金额）" as "中标（成交）金额": the same chars, the closing bracket before the column word. */
  private static String moved(String s) {
    Matcher m = INSIDE.matcher(s);
    return m.find() ? m.replaceAll("$1$2$3$5$4") : s;
  }
}
