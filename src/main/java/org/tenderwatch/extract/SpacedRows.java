package org.tenderwatch.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.tenderwatch.extract.TextRender.Line;

/**
 * A table a copy kept as a header line then one line per row, its cells apart by single spaces ("序号 中标供应商名称
 * 中标金额（元）" over "1 某某科技有限公司 128000.00"): the lines' bounds are the rows' ({@link FlatTables#rows}).
 */
final class SpacedRows {

  /** A unit written apart from its figure ("12.8 万元"): it ends the cell before it. */
  private static final Pattern UNIT_WORD = Pattern.compile("^(?:亿元|万元|元)(?:[（(]人民币[)）])?$");

  private SpacedRows() {}

  /**
   * A header line at {@code at} and the spaced rows under it, added to {@code out} as rows; returns the line after
   * them, or {@code at} when there are none.
   */
  static int table(List<Line> body, int at, List<Line> out) {
    int width = headerLine(body.get(at));
    int j = at + 1;
    while (width > 0 && j < body.size() && row(body.get(j), width)) {
      j++;
    }
    if (j == at + 1) {
      return at;
    }
    for (Line row : body.subList(at, j)) {
      List<String> cells = cells(row.text());
      out.add(new Line(String.join(" | ", cells), List.copyOf(cells)));
    }
    return j;
  }

  /**
   * How many cells a line of header cells alone holds, apart by single spaces ("序号 中标供应商名称 中标金额（元）", a
   * copy that kept a table as a header line then one line per row), or 0.
   */
  static int headerLine(Line l) {
    if (l.isRow() || l.text().indexOf(' ') < 0) {
      return 0;
    }
    List<String> cells = cells(l.text());
    boolean header = cells.size() >= FlatTables.MIN_COLUMNS && cells.size() <= 8 && cells.stream().allMatch(FlatTables::isHeader)
        || cells.size() == 2 && WinnerTables.winnersHeader(cells.get(0), cells.get(1));
    return header ? cells.size() : 0;
  }

  /** A line's cells apart by single spaces, a unit written apart joining its figure ("12.8 万元"). */
  private static List<String> cells(String text) {
    List<String> cells = new ArrayList<>();
    for (String w : text.strip().split(" +")) {
      if (!cells.isEmpty() && UNIT_WORD.matcher(w).matches()) {
        cells.set(cells.size() - 1, cells.getLast() + " " + w);
      } else {
        cells.add(w);
      }
    }
    return cells;
  }

  /**
   * A line under a header line holding as many cells as it, apart by single spaces, none a column's name, a label or
   * a heading: a row of that table ("1 某某科技有限公司 128000.00").
   */
  private static boolean row(Line l, int width) {
    if (l.isRow()) {
      return false;
    }
    String text = l.text().strip();
    List<String> cells = cells(text);
    return cells.size() == width && !FlatTables.STOP.matcher(Fold.fold(text)).lookingAt()
        && cells.stream().noneMatch(c -> FlatTables.isHeader(c) || c.endsWith(":") || c.endsWith("："))
        && !SpacedLabels.labelOrContact(cells.getFirst());
  }

}
