package org.tenderwatch.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.tenderwatch.extract.TextRender.Line;

/**
 * A table a crawler kept as Markdown ("| 序号 | 供应商名称 | 中标（成交）金额 |" over "|---|---|---|", then a line per
 * row), read back as the table it was: each such line a row of its cells, as a page's own table renders, so every
 * table reader (winners, items, label/value rows) takes it; the rule line under the header holds no cell and goes.
 * Pure: lines in, lines out; the same list when no line is a Markdown row.
 */
final class MarkdownRows {

  /** A row: a line that opens and closes with "|", its cells between. */
  private static final Pattern ROW = Pattern.compile("^\\s*\\|.*\\|\\s*$");
  /** The rule under a header: "|---|---|", "| :--- | ---: |". */
  private static final Pattern RULE = Pattern.compile("^\\s*\\|(?:\\s*:?-{3,}:?\\s*\\|)+\\s*$");

  private MarkdownRows() {}

  static List<Line> read(List<Line> lines) {
    if (lines.stream().noneMatch(l -> !l.isRow() && l.text().strip().startsWith("|"))) {
      return lines;
    }
    List<Line> out = new ArrayList<>(lines.size());
    for (Line l : lines) {
      if (l.isRow() || !ROW.matcher(l.text()).matches()) {
        out.add(l);
      } else if (!RULE.matcher(l.text()).matches()) {
        out.add(row(l));
      }
    }
    return out;
  }

  /** The line's cells between its pipes, each stripped; a line of one cell stays a line ("| 注：… |"). */
  private static Line row(Line l) {
    String inner = l.text().strip();
    List<String> cells = Arrays.stream(inner.substring(1, inner.length() - 1).split("\\|", -1)).map(String::strip).toList();
    return cells.size() < 2 ? l : new Line(String.join(" | ", cells), cells);
  }
}
