package org.tenderwatch.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tenderwatch.extract.TextRender.Line;

/**
 * A winners table whose header words and row cells a copy ran together with no separator at all: a crawler that took
 * a ccgp.gov.cn 中标结果 table's text ("序号供应商名称供应商地址中标（成交）金额评审总得分1甲公司某路1号投标总报价：
 * 1518800.00（元）98.17"). No gap and no cell count part the cells, so the header is cut where a column word starts
 * after a whole column word, and each row by the shape its columns' cells take, in the header's order: the row's
 * number, a name ending in an organisation's word, a sum with its label, a score; what stands between two shaped
 * cells (an address) is the column between them. A fallback of {@link RunOnTables}, which reads the rows as
 * {@link WinnerTables} reads a real table. Pure: a line in, the table (its header first) out.
 */
final class GluedRows {

  private static final String UNIT = "(?:\\((?:人民币)?(?:元|万元)\\)|万元|元)";
  private static final String DECIMALS = "(?:\\.[0-9]+(?=[^0-9.]|$)|\\.[0-9]{1,2})?";
  private static final String FIGURE = "(?:人民币)?¥?[0-9][0-9,]*" + DECIMALS;
  /** The same, its digits taken whole (possessive): a bare figure is not cut short to end before a digit. */
  private static final String BARE = "(?:人民币)?¥?[0-9][0-9,]*+" + DECIMALS;
  private static final String CAPITALS = "[零壹贰叁肆伍陆柒捌玖拾佰仟万亿元角分整]{2,}(?:\\([^()]{1,30}\\))?";
  /**
   * A sum and its label, as the ccgp rows write it ("投标总报价：1518800.00（元）", "磋商报价（万元）：66.7113"), or in
   * capitals ("壹佰伍拾壹万捌仟捌佰元整（¥1,518,800.00）"). A figure run straight into a score ("1518800.0098.17") keeps
   * two decimals. A bare figure (no label, no unit) is never followed by a Chinese char, nor cut short to be so:
   * "某路2218号" is an address's number, neither a sum of 2218 nor of 1. A price given as a rate ("报价：24.3（%）", a
   * canteen let at a share) is the column's cell too, so the address before it does not swallow it and leave a
   * score's digit for the sum; its winner has no sum (Amounts).
   */
  private static final String RATE_OR_UNIT = "(?:" + UNIT + "|\\(%\\)|%)";
  private static final Pattern SUM = Pattern.compile("(?:(?:总价形式|投标|磋商|谈判|响应|最终|评审|中标|成交|询价)?总?"
      + "(?:报价|金额|价格|价)" + UNIT + "?:)(?:" + FIGURE + RATE_OR_UNIT + "?(?:\\(人民币\\))?|" + CAPITALS + ")"
      + "|" + BARE + "(?:" + RATE_OR_UNIT + "|(?!\\p{IsHan}))(?:\\(人民币\\))?|" + CAPITALS);
  /** A score: 100 at most, two decimals at most, so a next row's number run on after it stays that row's. */
  private static final Pattern SCORE = Pattern.compile("(?:100|[0-9]{1,2})(?:\\.[0-9]{1,2})?");
  private static final Pattern LOT = Pattern.compile("[0-9]{1,3}(?![0-9])");
  private static final Pattern COUNT = Pattern.compile("[0-9]+(?:\\.[0-9]+)?(?:台|套|个|件|批|项|辆|张|把|只|部|组|米|吨)?");
  private static final Pattern RATE = Pattern.compile("[0-9]+(?:\\.[0-9]+)?%");
  private static final Pattern SCORE_HEADER = Pattern.compile("(?:得分|评分|分值|分数)$");
  /** The longest text a column of no shape (an address) takes. */
  private static final int MAX_ANY = 80;
  /** How many next lines a row may be carried over to: a cell holding line breaks (a consortium's, an address). */
  private static final int MAX_LINES = 4;
  /** How many cuts a line may try: a line that is no such table gives up early. */
  private static final int BUDGET = 20_000;

  /** The shape of a column's cells. */
  private enum Shape { NUMBER, LOT, NAME, SUM, SCORE, COUNT, RATE, ANY }

  private GluedRows() {}

  /** The glued table at line {@code at} (its header first, then its rows), or none. */
  static List<List<String>> table(List<Line> lines, int at) {
    Line line = lines.get(at);
    if (line.isRow() || !GluedHeader.mayOpen(line.text())) {
      return List.of();
    }
    String folded = Fold.fold(line.text());
    int from = GluedHeader.start(folded);
    if (from < 0) {
      return List.of();
    }
    int digit = GluedHeader.firstDigit(folded, from);
    String written = folded.substring(from, digit);
    List<String> header = GluedHeader.words(written.replaceAll("\\s+", ""));
    if (header.size() <= written.strip().split("\\s+").length) {
      return List.of(); // no two column words touch: a table with gaps, RunOnTables' own
    }
    WinnerTables.Columns col = WinnerTables.Columns.of(header);
    if (col.name() < 0 || col.amount() < 0) {
      return List.of();
    }
    List<List<String>> rows = rowsOver(lines, at, line.text().substring(digit), shapes(header, col),
        GluedNames.projectNames(lines));
    List<List<String>> table = new ArrayList<>();
    if (!rows.isEmpty()) {
      table.add(header);
      table.addAll(rows);
    }
    return table;
  }

  private static List<Shape> shapes(List<String> header, WinnerTables.Columns col) {
    List<Shape> shapes = new ArrayList<>();
    for (int c = 0; c < header.size(); c++) {
      String h = header.get(c);
      RunOnRows.Kind kind = RunOnRows.Kind.of(h);
      shapes.add(c == col.name() ? Shape.NAME : c == col.amount() ? Shape.SUM : SCORE_HEADER.matcher(h).find() ? Shape.SCORE
          : kind == RunOnRows.Kind.LOT ? (h.equals("序号") ? Shape.NUMBER : Shape.LOT)
          : kind == RunOnRows.Kind.COUNT ? Shape.COUNT : kind == RunOnRows.Kind.RATE ? Shape.RATE
          : kind == RunOnRows.Kind.FIGURE ? Shape.SUM : Shape.ANY);
    }
    return shapes;
  }

  /**
   * The rows from the header's line on (or the next, the header alone on its line). A cell's line break (ccgp's
   * consortium cell, an address) carries a row over, so a few next lines are joined: the most that cut whole win.
   */
  private static List<List<String>> rowsOver(List<Line> lines, int at, String first, List<Shape> shapes,
      List<String> repeats) {
    List<List<String>> best = List.of();
    StringBuilder text = new StringBuilder(first.strip());
    for (int next = at + 1; ; next++) {
      List<List<String>> rows = rows(text.toString(), Fold.fold(text.toString()), shapes, repeats);
      best = rows.isEmpty() ? best : rows;
      if (next >= lines.size() || next > at + MAX_LINES || lines.get(next).isRow()
          || Suppliers.SECTION.matcher(Fold.fold(lines.get(next).text().strip())).lookingAt()) {
        return best; // a table or a new section ("四、主要标的信息") holds no cell of these rows
      }
      text.append(lines.get(next).text().strip());
    }
  }

  /** The rows the text holds, each cut to the shapes in turn; none unless the whole text is cut so. */
  private static List<List<String>> rows(String text, String folded, List<Shape> shapes, List<String> repeats) {
    Cutter cutter = new Cutter(text, folded.stripTrailing(), shapes, repeats);
    return cutter.row(0) ? cutter.rows : List.of();
  }

  /** One line's cutting: rows of cells, backtracking only over where a column of no shape ends. */
  private static final class Cutter {
    private final String text;
    private final String folded;
    private final List<Shape> shapes;
    /** The project's names the page states: a 标项名称 cell before the winner's that repeats one ends with it. */
    private final List<String> repeats;
    private final List<List<String>> rows = new ArrayList<>();
    private int budget = BUDGET;

    Cutter(String text, String folded, List<Shape> shapes, List<String> repeats) {
      this.text = text;
      this.folded = folded;
      this.shapes = shapes;
      this.repeats = repeats;
    }

    boolean row(int at) {
      if (at == folded.length()) {
        return !rows.isEmpty();
      }
      rows.add(new ArrayList<>());
      if (cell(at, 0)) {
        return true;
      }
      rows.removeLast();
      return false;
    }

    private boolean cell(int at, int c) {
      if (--budget < 0) {
        return false;
      }
      if (c == shapes.size()) {
        return row(at);
      }
      if (shapes.get(c) == Shape.ANY) {
        // shortest first would leave the name cell "某某项目某某公司": the 标项名称 that repeats the project's name
        boolean beforeName = c + 1 < shapes.size() && shapes.get(c + 1) == Shape.NAME;
        for (String name : beforeName ? repeats : List.<String>of()) {
          if (folded.startsWith(name, at) && take(at, at + name.length(), c)) {
            return true;
          }
        }
        for (int end = at; end <= Math.min(folded.length(), at + MAX_ANY); end++) {
          if (take(at, end, c)) {
            return true;
          }
        }
        return false;
      }
      for (int end : ends(c, at)) {
        if (take(at, end, c)) {
          return true;
        }
      }
      return false;
    }

    /**
     * Where column c's cell from {@code at} may end: where its shape ends; for a sum whose figure has no unit and runs
     * straight into a number's column ("216.556690.83", a score after it), also every shorter figure, shortest first.
     */
    private List<Integer> ends(int c, int at) {
      int end = end(shapes.get(c), at);
      List<Integer> ends = new ArrayList<>();
      if (end > at) {
        ends.add(end);
      }
      Shape next = c + 1 < shapes.size() ? shapes.get(c + 1) : shapes.getFirst();
      if (shapes.get(c) != Shape.SUM || end <= at || !Character.isDigit(folded.charAt(end - 1))
          || next == Shape.NAME || next == Shape.ANY) {
        return ends;
      }
      int figure = at;
      while (!Character.isDigit(folded.charAt(figure))) {
        figure++;
      }
      int run = figure;
      while (run < folded.length() && (Character.isDigit(folded.charAt(run)) || folded.charAt(run) == '.')) {
        run++;
      }
      for (int e = figure + 1; e <= run; e++) {
        if (e != end && Character.isDigit(folded.charAt(e - 1))) {
          ends.add(e);
        }
      }
      if (next == Shape.SCORE) {
        // "56.882.93": 56.88 | 2.93 and 56.8 | 82.93 both cut; a winner's total score is not under 10
        ends.sort(Comparator.comparing(e -> !twoDigits(e)));
      }
      return ends;
    }

    /** Whether a score of two digits or 100 starts at {@code at}. */
    private boolean twoDigits(int at) {
      return at + 1 < folded.length() && folded.charAt(at) >= '1' && folded.charAt(at) <= '9'
          && Character.isDigit(folded.charAt(at + 1));
    }

    /** Takes the cell [at, end) for column c and cuts the rest; undoes it when the rest does not cut. */
    private boolean take(int at, int end, int c) {
      List<String> cells = rows.getLast();
      String cell = text.substring(at, end).strip();
      cells.add(shapes.get(c) == Shape.NAME ? GluedNames.lead(cell) : cell);
      if (cell(end, c + 1)) {
        return true;
      }
      cells.removeLast();
      return false;
    }

    /** Where a shaped cell from {@code at} ends, or -1. */
    private int end(Shape shape, int at) {
      return switch (shape) {
        case NUMBER -> {
          String n = Integer.toString(rows.size());
          int end = at + n.length();
          yield folded.startsWith(n, at) && (end == folded.length() || !Character.isDigit(folded.charAt(end))) ? end : -1;
        }
        case NAME -> GluedNames.end(folded, at);
        case SUM -> looking(SUM, at);
        case SCORE -> looking(SCORE, at);
        case LOT -> looking(LOT, at);
        case COUNT -> looking(COUNT, at);
        case RATE -> looking(RATE, at);
        case ANY -> -1;
      };
    }

    private int looking(Pattern p, int at) {
      Matcher m = p.matcher(folded).region(at, folded.length());
      return m.lookingAt() ? m.end() : -1;
    }
  }
}
