package org.tenderwatch.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.tenderwatch.extract.TextRender.Line;

/**
 * Sets a table that a page flattened into one cell per line back as rows: a header run (three or more cells that
 * name columns: "品目类别", "成交金额(元)", "中标供应商名称" …) followed by its values, as text blocks and aggregator
 * copies give a table. The table readers (winners, budgets, header/value pairs) then read it as they read a real
 * table. Only when the values fill whole rows is the run read so: a count that does not fit the header is a run of
 * lines, not a table, and is left as it is. Pure: lines in, lines out.
 */
final class FlatTables {

  /** A unit in a header's brackets: "(元)", "(单位:万元)", a price per measure "(元/吨)", a count's "(吨)", "(%)". */
  private static final Pattern UNIT = Pattern.compile("\\((?:单位:)?(?:(?:亿元|万元|元)(?:/\\p{IsHan}{1,2})?|\\p{IsHan}{1,2}|%)\\)");
  /** The longest text a header can be once a UNIT is taken out: 12 chars, the longest ending, "(单位:万元)". */
  private static final int LONGEST_HEADER = 12 + ColumnWords.LONGEST + "(单位:万元)".length();
  /** A line that ends a table's values: a section heading or a line that opens with a label. */
  static final Pattern STOP = Pattern.compile("^(?:[一二三四五六七八九十]+、|\\([一二三四五六七八九十]+\\)"
      + "|(?:[0-9]{1,2}[、.]\\s*)?[^\\s:,，。；;、0-9]{2,14}\\s*(?:\\([^()]{0,8}\\)\\s*)?:)");
  /**
   * A word that holds a price label and its figure: "报价:798000(元)", "总价形式报价:569800.00(元)". Only a price's label:
   * "联系电话:0731…" or "日期:2026…" after a table still end it.
   */
  private static final Pattern LABELLED_FIGURE = Pattern.compile("^[^\\s:]{0,6}(?:报价|价格|金额|总价|价):[0-9]");
  /** A unit written apart from its figure: it ends the cell before it, it is none of its own. */
  private static final Pattern UNIT_WORD = Pattern.compile("^(?:亿元|万元|元)(?:[（(]人民币[)）])?$");
  private static final Pattern ROW_NUMBER = Pattern.compile("^[0-9]{1,3}$");
  /** Fewer header cells than this are a few short lines, not a table. */
  static final int MIN_COLUMNS = 3;

  private FlatTables() {}

  static List<Line> rows(List<Line> body) {
    List<Line> lines = new ArrayList<>(body.size());
    for (int i = 0; i < body.size(); i++) {
      List<Line> words = words(body.get(i), false);
      int end = words.size() == 1 ? SpacedRows.table(body, i, lines) : i;
      if (end == i) {
        lines.addAll(words);
      }
      i = Math.max(i, end - 1);
    }
    List<Line> out = new ArrayList<>(lines.size());
    int i = 0;
    while (i < lines.size()) {
      int width = columns(lines, i);
      if (width == 0) {
        out.add(lines.get(i++));
        continue;
      }
      int end = valuesEnd(lines, i + width);
      List<String> header = texts(lines.subList(i, i + width));
      List<String> values = texts(lines.subList(i + width, end));
      List<List<String>> table = table(header, values);
      if (table.isEmpty()) {
        out.addAll(lines.subList(i, end));
      } else {
        table.forEach(cells -> out.add(new Line(String.join(" | ", cells), List.copyOf(cells))));
      }
      i = end;
    }
    return out;
  }

  /**
   * Lines whose cells stand apart by gaps ({@link TextRender#GAP}) set back as the rows they are, as an aggregator
   * copy keeps a table ("序号⇥中标（成交）金额(元)⇥中标供应商名称¶1⇥最终报价:688000.00(元)⇥某某有限公司"): a line of
   * header cells, then each line of as many cells is a row of it, whatever its cells hold (a labelled amount, a name
   * with a colon inside), since the copy kept the row's bounds; so is a line of three cells or more one short of the
   * header, whose blank cell left no cell between two gaps. Other lines are left as they are.
   */
  /**
   * A lot's name as a row's cell ("一标段", "第2包", "A包"), or the lot column's "未分包" / "不分包" (one lot): values,
   * though they end in a column word.
   */
  private static final Pattern LOT_CELL = Pattern.compile("^(?:" + LotNames.LEADING + "|[未不]分包)$");

  static List<Line> gapRows(List<Line> lines) {
    List<Line> out = new ArrayList<>(lines.size());
    int width = 0;
    for (Line l : lines) {
      List<String> cells = l.isRow() ? List.of() : CellGaps.pieces(l.text());
      boolean header = cells.size() >= MIN_COLUMNS && cells.stream().allMatch(FlatTables::isHeader)
          || cells.size() == 2 && WinnerTables.winnersHeader(cells.get(0), cells.get(1));
      // a contact line under the table ("联系人⇥张三", "联系电话⇥0731…") is a label and its value, no row
      boolean row = width > 1 && (cells.size() == width || cells.size() == width - 1 && cells.size() >= MIN_COLUMNS)
          && cells.stream().noneMatch(FlatTables::isHeader) && !SpacedLabels.labelOrContact(cells.getFirst());
      if (header || row) {
        width = header ? cells.size() : width;
        out.add(new Line(String.join(" | ", cells), List.copyOf(cells)));
      } else {
        width = 0;
        out.add(l);
      }
    }
    return out;
  }

  /**
   * A table flattened into one line with single spaces between its cells ("序号 中标供应商名称 中标供应商地址 中标金额(元)
   * 1 X公司 某路1号 100.00", as a browser shows a copied table): the words before it, its rows, the words after it.
   * Only when its values fill its rows; a cell with a space inside breaks the count, and the line is left as it is.
   */
  private static List<Line> words(Line line, boolean figures) {
    if (line.isRow() || line.text().indexOf(' ') < 0) {
      return List.of(line);
    }
    String[] split = line.text().split(" ");
    if (!hasHeaderRun(split)) {
      return List.of(line); // most lines: no Line objects made for their words
    }
    List<Line> words = new ArrayList<>();
    for (String w : split) {
      if (!words.isEmpty() && UNIT_WORD.matcher(w).matches()) { // "88.45 万元" is one cell
        words.set(words.size() - 1, new Line(words.getLast().text() + " " + w, null));
      } else if (!words.isEmpty() && spacedHeader(words.getLast().text(), w)) { // "地 址": one letter-spaced cell
        words.set(words.size() - 1, new Line(words.getLast().text() + w, null));
      } else {
        words.add(new Line(w, null));
      }
    }
    for (int i = 0; i < words.size(); i++) {
      int width = columns(words, i);
      if (width == 0) {
        continue;
      }
      int end = valuesEnd(words, i + width, false);
      List<String> header = texts(words.subList(i, i + width));
      List<List<String>> table = table(header, texts(words.subList(i + width, end)));
      if (figures) { // a cell that holds its own label and figure ("报价:798000(元)") is a cell here
        int strict = end;
        end = valuesEnd(words, i + width, true);
        table = end > strict ? table(header, texts(words.subList(i + width, end))) : List.of();
        if (table.isEmpty()) {
          i += width - 1; // none such: read as it always was, after the line is cut
          continue;
        }
      }
      if (table.isEmpty()) {
        return List.of(line);
      }
      List<Line> out = new ArrayList<>();
      if (i > 0) {
        out.add(new Line(String.join(" ", texts(words.subList(0, i))), null));
      }
      table.forEach(cells -> out.add(new Line(String.join(" | ", cells), List.copyOf(cells))));
      if (end < words.size()) {
        out.add(new Line(String.join(" ", texts(words.subList(end, words.size()))), null));
      }
      return out;
    }
    return List.of(line);
  }

  private static final Pattern HAN_CHAR = Pattern.compile("\\p{IsHan}");

  /**
   * Two single chars that make a column's label: a header cell letter-spaced as labels are ("包号 采购内容 供应商名称
   * 地 址 中标金额", 南阳's 成交情况 run on), one cell, not two values.
   */
  private static boolean spacedHeader(String before, String word) {
    return HAN_CHAR.matcher(before).matches() && HAN_CHAR.matcher(word).matches() && isHeader(before + word);
  }

  private static boolean hasHeaderRun(String[] words) {
    int run = 0;
    for (String w : words) {
      run = isHeader(w) ? run + 1 : 0;
      if (run >= MIN_COLUMNS) {
        return true;
      }
    }
    return false;
  }

  /** Where the values after a header end: at a section heading, a label, a row or the next header run. */
  private static int valuesEnd(List<Line> lines, int from) {
    return valuesEnd(lines, from, false);
  }

  /** As above; {@code figures}: a word that is a label with its figure ("最终报价:688000.00(元)") ends nothing. */
  private static int valuesEnd(List<Line> lines, int from, boolean figures) {
    int end = from;
    while (end < lines.size() && !lines.get(end).isRow() && headerRun(lines, end) < MIN_COLUMNS) {
      String t = Fold.fold(lines.get(end).text());
      if (STOP.matcher(t).lookingAt() && !(figures && LABELLED_FIGURE.matcher(t).lookingAt())) {
        break;
      }
      end++;
    }
    return end;
  }

  /**
   * A run-on line's tables whose cells hold a label and its figure, read before the line is cut at those labels:
   * the words before such a table, its rows, and the rest read so again ("1.中标结果： 序号 中标（成交）金额(元) 中标供应商名称
   * 中标供应商地址 1 报价:798000(元) 某某有限公司 某市某路118号 2.废标结果: …", 政采云's result copied without its breaks).
   * Other tables are read after the cut, as before.
   */
  static List<Line> tables(String line) {
    List<Line> out = new ArrayList<>(words(new Line(line, null), true));
    if (out.size() > 1 && !out.getLast().isRow()) {
      out.addAll(tables(out.removeLast().text()));
    }
    return out;
  }

  /**
   * The header and its rows, or nothing when the values do not fill rows: whole rows; one row whose last cells
   * were empty and dropped; or rows numbered in a first cell the header lost (its 序号 was glued to the line
   * above), which get a blank header cell.
   */
  private static List<List<String>> table(List<String> header, List<String> values) {
    int w = header.size();
    List<String> head = header;
    if (values.size() < Math.max(2, (w + 1) / 2)) {
      return List.of(); // a stray line or two after a run of short lines
    }
    if (values.size() % w != 0 && values.size() > w) {
      if (values.size() % (w + 1) != 0 || !numbered(values, w + 1)) {
        return List.of();
      }
      head = new ArrayList<>(header);
      head.addFirst("");
      w++;
    }
    List<List<String>> out = new ArrayList<>();
    out.add(head);
    for (int r = 0; r < values.size(); r += w) {
      out.add(values.subList(r, Math.min(values.size(), r + w)));
    }
    return out;
  }

  private static boolean numbered(List<String> values, int width) {
    for (int r = 0; r < values.size(); r += width) {
      if (!ROW_NUMBER.matcher(values.get(r)).matches()) {
        return false;
      }
    }
    return true;
  }

  /**
   * The width of a header that starts at {@code at}, or 0: three header cells or more, or two that are a winner's
   * name and its award amount ("中标供应商名称⇥中标金额(元)⇥A公司⇥100.00": a short winners table).
   */
  private static int columns(List<Line> lines, int at) {
    int run = headerRun(lines, at);
    if (run >= MIN_COLUMNS) {
      return run;
    }
    // a winner's label that names no column by its ending ("中标供应商") over its amount's ("中标金额（元）") is one too
    boolean pair = run == 2 || run == 0 && at + 1 < lines.size() && !lines.get(at).isRow() && isHeader(lines.get(at + 1))
        && headerRun(lines, at + 1) == 1;
    return pair && WinnerTables.winnersHeader(lines.get(at).text(), lines.get(at + 1).text()) ? 2 : 0;
  }

  /** How many header cells stand in a row from {@code at} (0 when that line is none). */
  private static int headerRun(List<Line> lines, int at) {
    int n = 0;
    while (at + n < lines.size() && isHeader(lines.get(at + n))) {
      n++;
    }
    return n;
  }

  private static boolean isHeader(Line l) {
    return !l.isRow() && isHeader(l.text());
  }

  /**
   * Whether a cell or line names a table column ("成交金额(元)", "供应商名称", "采购人推荐意见"): short, no figure or
   * colon, ending in a word that columns end in (the unit in brackets aside; {@link ColumnWords#header}). A value
   * ("货物", "审核通过", "冷水江市人民检察院") ends in none of them. 山东's lots run on after a value: "项目名称：X 包号
   * 预算金额(万元) 最高限价(万元) A 140.000000 140.000000".
   */
  static boolean isHeader(String cell) {
    if (LineShapes.longerThan(cell, LONGEST_HEADER)) {
      return false; // no header is as long: spare the fold and the unit regex the lines of running text asked about
    }
    String folded = Fold.fold(cell);
    String compact = folded.replace(" ", "");
    String bare = compact.indexOf('(') < 0 ? compact : UNIT.matcher(compact).replaceAll("");
    if (bare.isEmpty() || ColumnWords.LAST_CHARS.indexOf(bare.charAt(bare.length() - 1)) < 0) {
      return false; // no column word ends it: most words asked about, answered without the regex
    }
    return ColumnWords.header(bare) && !LOT_CELL.matcher(bare).matches() // "一标段" ends in 标段, yet is a value
        && !STOP.matcher(folded).lookingAt(); // "二、中标信息" is a section's heading, not a column's
  }

  private static List<String> texts(List<Line> lines) {
    return lines.stream().map(Line::text).toList();
  }
}
