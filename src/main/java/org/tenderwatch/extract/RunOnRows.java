package org.tenderwatch.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The rows of a winners table whose header words and row cells a copy ran together ({@link RunOnTables}). A copy
 * keeps no row bounds, and drops a blank cell or a lot cell spanning rows, so the cells are not cut by count alone:
 * each row is found by its winner's name (a cell ending as an organisation's does), and the cells between two names
 * are the first row's last columns and the next row's first ones, shared out by count when they fill both, else by
 * the shape each column's cells take (a lot number, a figure, a rate). Pure: cells in, rows out.
 */
final class RunOnRows {

  /** What a column's cells look like, read from its header word. */
  enum Kind {
    /** "序号", "包号", "标段": a row number or a lot ("1", "A包", "第一标段"). */
    LOT("^(?:序号|排名|名次|排序|(?:包号|包组|标包|包|采购包|合同包|标段|标项|分包)(?:号|编号)?)$",
        "^(?:[0-9]{1,3}|[A-Za-z]|" + LotNames.LEADING + "|" + LotNames.MARK + ")$"),
    /** A count ("数量"): a figure, maybe with its measure ("156", "20台"). */
    COUNT("数量", "^[0-9]+(?:\\.[0-9]+)?\\p{IsHan}{0,2}$"),
    /** A rate ("下浮率", "折扣率"): a percentage. */
    RATE("率", "[0-9.]+%|率"),
    /** A sum: a figure, capitals, a labelled figure ("总价形式报价:569800.00(元)"), or a dash or "详见附件" for none. */
    FIGURE("(?:金额|价格|价|报价)(?:\\([^()]*\\))?$",
        "^(?:人民币)?[¥￥]?[0-9][0-9,.]*(?:亿元|万元|元)?(?:整|\\(人民币\\))?$|^[零壹贰叁肆伍陆柒捌玖拾佰仟万亿]{2}|^(?:/|—|-|－|详见.*)$|^[^:]{0,8}:[0-9]"),
    /** Anything else: an address, a contact, a term. */
    ANY("", "");

    private final Pattern header;
    private final Pattern cell;

    Kind(String header, String cell) {
      this.header = Pattern.compile(header);
      this.cell = Pattern.compile(cell);
    }

    static Kind of(String header) {
      for (Kind k : List.of(LOT, COUNT, RATE, FIGURE)) {
        if (k.header.matcher(header).find()) {
          return k;
        }
      }
      return ANY;
    }

    boolean fits(String cell) {
      return this == ANY || this.cell.matcher(Fold.fold(cell)).find();
    }
  }

  /** Where a table's values end: a section, a label, a total row (its sum is the winners' together). */
  private static final Pattern END = Pattern.compile(
      "^(?:[一二三四五六七八九十]+、|\\([一二三四五六七八九十]+\\)|(?:合|总|小)计|[^:]{1,14}:(?![0-9]))");
  /** A sum's word with no unit over the columns it is parted into ("中标金额" over "单价（元）" and "总价（元）"). */
  private static final Pattern SPANNING = Pattern.compile("^(?:中标|成交)?(?:金额|价格|报价|价)$");
  private static final Pattern PARTED = Pattern.compile("^(?:单价|总价)");

  private RunOnRows() {}

  /** The header's cells, a spanning sum's word dropped for the columns it heads (the second header row's). */
  static List<String> header(List<String> cells) {
    List<String> header = new ArrayList<>(cells);
    for (int c = 0; c + 2 < header.size(); c++) {
      if (SPANNING.matcher(Fold.fold(header.get(c))).matches() && PARTED.matcher(Fold.fold(header.get(c + 1))).find()
          && PARTED.matcher(Fold.fold(header.get(c + 2))).find()) {
        header.remove(c);
      }
    }
    return header;
  }

  /** Where the values from {@code from} end: at a section, a label, a total row, or another header's run. */
  static int valuesEnd(List<String> cells, int from) {
    int i = from;
    while (i < cells.size() && !END.matcher(Fold.fold(cells.get(i))).find()
        && !(i + 1 < cells.size() && FlatTables.isHeader(cells.get(i)) && FlatTables.isHeader(cells.get(i + 1)))) {
      i++;
    }
    return i;
  }

  /** The rows of the values under the header, one per winner's name; none when the header names no winner. */
  static List<List<String>> rows(List<String> header, List<String> values) {
    int name = WinnerTables.Columns.of(header.stream().map(h -> Fold.fold(h).replace(" ", "")).toList()).name();
    List<int[]> names = names(values);
    if (name < 0 || names.isEmpty()) {
      return List.of();
    }
    List<Kind> kinds = header.stream().map(h -> Kind.of(Fold.fold(h))).toList();
    List<Kind> before = kinds.subList(0, name);
    List<Kind> after = kinds.subList(name + 1, kinds.size());
    List<List<String>> rows = new ArrayList<>();
    int from = 0;
    for (int[] n : names) {
      List<String> gap = values.subList(from, n[0]);
      List<String> lead = rows.isEmpty() ? backward(before, gap) : share(gap, before, after, rows.getLast());
      List<String> row = new ArrayList<>(lead);
      row.add(String.join(" ", values.subList(n[0], n[1])));
      rows.add(row);
      from = n[1];
    }
    rows.getLast().addAll(forward(after, values.subList(from, values.size())));
    return rows;
  }

  /**
   * Shares the cells between two names: the last row's columns after its name take the first, the next row's
   * columns before its name the rest, by count when the cells fill both, else by shape; a next row with no cell of
   * its own before its name takes the last row's (a lot cell spanning both rows). Returns the next row's first cells.
   */
  private static List<String> share(List<String> gap, List<Kind> before, List<Kind> after, List<String> last) {
    if (gap.size() == before.size() + after.size()) {
      last.addAll(gap.subList(0, after.size()));
      return gap.subList(after.size(), gap.size());
    }
    List<String> lead = backward(before, gap);
    last.addAll(forward(after, gap.subList(0, gap.size() - count(lead))));
    return count(lead) == 0 ? List.copyOf(last.subList(0, before.size())) : lead;
  }

  /** The name cells' spans [start, end): names side by side are one cell's ("1、甲公司 2、乙公司"). */
  private static List<int[]> names(List<String> values) {
    List<int[]> spans = new ArrayList<>();
    for (int i = 0; i < values.size(); i++) {
      if (RunOnTables.NAME_CELL.matcher(Fold.fold(values.get(i))).matches()) {
        if (!spans.isEmpty() && spans.getLast()[1] == i) {
          spans.getLast()[1] = i + 1;
        } else {
          spans.add(new int[] {i, i + 1});
        }
      }
    }
    return spans;
  }

  /**
   * The columns' cells taken from the start of the cells, each that fits its column; a column that none fits is
   * blank, unless the column before it takes any text: then the cell is the rest of that one's, which held a space
   * ("紫光 Unis526T" under 规格型号 before a 数量's figure).
   */
  private static List<String> forward(List<Kind> kinds, List<String> cells) {
    List<String> out = new ArrayList<>();
    int i = 0;
    while (out.size() < kinds.size()) {
      Kind k = kinds.get(out.size());
      boolean fits = i < cells.size() && k.fits(cells.get(i));
      if (!fits && i < cells.size() && !out.isEmpty() && kinds.get(out.size() - 1) == Kind.ANY && !out.getLast().isEmpty()) {
        out.set(out.size() - 1, out.getLast() + " " + cells.get(i++));
      } else {
        out.add(fits ? cells.get(i++) : "");
      }
    }
    return out;
  }

  /** The same from the end of the cells: the columns before a name take the cells just before it. */
  private static List<String> backward(List<Kind> kinds, List<String> cells) {
    List<String> out = new ArrayList<>(Collections.nCopies(kinds.size(), ""));
    int i = cells.size() - 1;
    for (int k = kinds.size() - 1; k >= 0; k--) {
      if (i >= 0 && kinds.get(k).fits(cells.get(i))) {
        out.set(k, cells.get(i--));
      }
    }
    return out;
  }

  /** How many cells were taken (the cells not blank). */
  private static int count(List<String> cells) {
    return (int) cells.stream().filter(c -> !c.isEmpty()).count();
  }
}
