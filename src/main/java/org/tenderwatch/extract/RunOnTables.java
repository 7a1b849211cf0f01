package org.tenderwatch.extract;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tenderwatch.extract.TextRender.Line;

/**
 * Winners tables a copy ran into text: a crawler or aggregator that dropped a page's markup keeps a table's header
 * words and its rows' cells on one line, apart by spaces, tabs or full-width spaces ("包号 中标供应商 中标金额（元） 1
 * 甲公司 300000 2 乙公司 200000 合计 500000"), or the header on one line and each row on its own; or a table transposed,
 * each column word followed by its values ("包号 包1 包2 中标供应商 甲公司 乙公司 中标金额（元） 100000 200000"). The
 * cells are set back as the table's rows ({@link RunOnRows}, {@link TransposedRuns}) and read as {@link WinnerTables}
 * reads a real table. A fallback of {@link Suppliers}: used when the line readers found no winner, a header word or an
 * address as one, or fewer winners of the same table. Pure: lines in, winners out.
 */
final class RunOnTables {

  /** A cell gap in a run-on copy: spaces, tabs, full-width spaces. */
  private static final Pattern GAP = Pattern.compile("[\\s\\u3000]+");
  /** A unit alone: a header cell's second line ("中标金额 （元）"), part of the cell before it. */
  private static final Pattern UNIT_ALONE = Pattern.compile("^\\((?:单位:)?(?:亿元|万元|元)\\)$");
  /** A unit written apart from its figure ("74.568000 万元（人民币）", ccgp's form): part of the figure's cell. */
  private static final Pattern UNIT_WORD = Pattern.compile("^(?:亿元|万元|元)(?:\\(人民币\\))?$");
  private static final Pattern FIGURE_END = Pattern.compile("[0-9]$");
  /**
   * An organisation's name as a cell holds it: maybe numbered ("1、甲公司"), maybe several ("甲公司；乙公司"), maybe with
   * a note in brackets ("甲研究所(联合体成员：乙中心)").
   */
  static final Pattern NAME_CELL = Pattern.compile(
      "^(?:[0-9]{1,2}[、.])?[^:\\s]{2,80}?" + SupplierNames.ORG_END + "(?:\\(.*\\))?$");
  /**
   * A contact's column in a winners table ("成交供应商 联系人 联系电话 成交金额（元）"): a column here, though not a
   * column word elsewhere (as one it broke a cell-per-line items table, see WinnerVariantsTest).
   */
  private static final Pattern CONTACT = Pattern.compile("^(?:联系人|联系电话|联系方式|电话)$");
  /** One organisation's name as a reader gives it: no item number before it ("2、乙公司"), no list. */
  private static final Pattern ONE_NAME = Pattern.compile(
      "^(?![0-9]{1,2}[、.])[^:\\s；;]{2,80}?" + SupplierNames.ORG_END + "(?:\\(.*\\))?$");
  /** Fewer header cells than this are a label and its value, which the label readers read. */
  private static final int MIN_COLUMNS = 2;

  private RunOnTables() {}

  /** The winners of the run-on tables among the lines, in the order they stand. */
  static List<SupplierAward> read(List<Line> lines) {
    List<SupplierAward> out = new ArrayList<>();
    String run = run(lines);
    List<String> cells = cells(run);
    for (int i = 0; i < cells.size(); i++) {
      i = table(run, cells, i, out);
    }
    for (int i = 0; i < lines.size(); i++) {
      List<List<String>> glued = GluedRows.table(lines, i); // no gap at all between its cells
      if (!glued.isEmpty()) {
        winners(run, glued, new ArrayDeque<>(), out);
      }
    }
    return out;
  }

  /**
   * Whether the run-on reading should stand for what the line readers found: they found nothing, a winner that is
   * no organisation's name (a header's "（元）", an address, "详见附件"), only some of the same winners, or the same
   * winners bare (a sentence's "推荐X为中标供应商" under a glued table that gives X its lot and amount).
   */
  static boolean better(List<SupplierAward> found, List<SupplierAward> runOn) {
    if (runOn.isEmpty()) {
      return false;
    }
    if (found.isEmpty() || found.stream().anyMatch(s -> !ONE_NAME.matcher(Fold.fold(s.name())).matches())) {
      return true;
    }
    List<String> names = runOn.stream().map(SupplierAward::name).toList();
    return runOn.size() > found.size() && found.stream().allMatch(s -> names.contains(s.name())) || fuller(found, runOn);
  }

  /** The same winners in the same order, the run-on reading adding lots or amounts and contradicting none. */
  private static boolean fuller(List<SupplierAward> found, List<SupplierAward> runOn) {
    boolean more = false;
    for (int i = 0; i < found.size() && found.size() == runOn.size(); i++) {
      SupplierAward f = found.get(i);
      SupplierAward r = runOn.get(i);
      boolean sameAmount = f.amount() == null || f.amount().cny() == null
          || r.amount() != null && r.amount().cny() != null && f.amount().cny().compareTo(r.amount().cny()) == 0;
      if (!f.name().equals(r.name()) || f.lot() != null || !sameAmount) {
        return false;
      }
      more |= r.lot() != null || f.amount() == null && r.amount() != null;
    }
    return more;
  }

  /** Reads a table whose header or transposed column starts at cell {@code at}; returns the last cell it took. */
  private static int table(String run, List<String> cells, int at, List<SupplierAward> out) {
    int end = headerEnd(cells, at);
    List<List<String>> rows = List.of();
    int last = at;
    if (end - at >= MIN_COLUMNS) {
      List<String> header = RunOnRows.header(cells.subList(at, end));
      int valuesEnd = RunOnRows.valuesEnd(cells, end);
      rows = RunOnRows.rows(header, cells.subList(end, valuesEnd));
      rows = rows.isEmpty() ? List.of() : withHeader(header, rows);
      last = rows.isEmpty() ? at : valuesEnd - 1;
    }
    if (rows.isEmpty()) {
      TransposedRuns.Table t = TransposedRuns.table(cells, at);
      rows = t == null ? List.of() : t.rows();
      last = t == null ? at : t.end() - 1;
    }
    if (!rows.isEmpty()) {
      winners(run, rows, lot(cells, at), out);
    }
    return last;
  }

  /** Reads the rows set back (the header first) as WinnerTables reads a real table. */
  private static void winners(String run, List<List<String>> rows, Deque<String> lots, List<SupplierAward> out) {
    List<Line> lines = new ArrayList<>();
    lines.add(new Line(run, null)); // the caption: its 标项 and its unit are the table's
    rows.forEach(r -> lines.add(new Line(String.join(" | ", r), List.copyOf(r))));
    WinnerTables.table(lines, 1, lots, out);
  }

  /** The lot whose heading stands just before the table ("合同包1(某某服务): 供应商名称 …"), for its first winner. */
  private static Deque<String> lot(List<String> cells, int at) {
    Deque<String> lots = new ArrayDeque<>();
    Matcher m = at == 0 ? null : LotHeadings.heading(Fold.fold(cells.get(at - 1)));
    if (m != null) {
      lots.add(cells.get(at - 1).substring(m.start(1), m.end(1)));
    }
    return lots;
  }

  private static List<List<String>> withHeader(List<String> header, List<List<String>> rows) {
    List<List<String>> all = new ArrayList<>();
    all.add(header);
    all.addAll(rows);
    return all;
  }

  /** Where the run of header cells from {@code at} ends ({@code at} itself when none starts there). */
  private static int headerEnd(List<String> cells, int at) {
    int end = at;
    while (end < cells.size() && (FlatTables.isHeader(cells.get(end)) || CONTACT.matcher(cells.get(end)).matches())) {
      end++;
    }
    return end;
  }

  /**
   * The text of the lines joined, a row's cells apart by spaces: a run-on table may span the pieces the line readers
   * cut from it, and the rows they set some of it back as ("（元） | 甲公司 | 86,400.00" under a header cut short).
   */
  private static String run(List<Line> lines) {
    StringBuilder run = new StringBuilder();
    for (Line l : lines) {
      run.append(' ').append(l.isRow() ? String.join(" ", l.cells()) : l.text());
    }
    return run.toString();
  }

  /**
   * The run's cells, a unit alone ("（元）") and a lone "名称" joined to the header cell before them, a unit word to the
   * figure before it.
   */
  static List<String> cells(String run) {
    List<String> cells = new ArrayList<>();
    String before = ""; // the last cell folded: every cell is folded once (this runs over every notice's whole text)
    for (String c : GAP.split(run.strip())) {
      String folded = Fold.fold(c);
      if (!cells.isEmpty() && partOfLast(folded, before)) {
        cells.set(cells.size() - 1, cells.getLast() + c);
        before = before + folded;
      } else if (!c.isEmpty()) {
        cells.add(c);
        before = folded;
      }
    }
    return cells;
  }

  /** Whether a folded cell belongs to the one before it: a unit alone, a unit word after a figure, a lone 名称. */
  private static boolean partOfLast(String folded, String before) {
    char first = folded.isEmpty() ? ' ' : folded.charAt(0);
    if (first != '(' && first != '亿' && first != '万' && first != '元' && first != '名') {
      return false; // none of the three can start otherwise: skip their patterns
    }
    return UNIT_ALONE.matcher(folded).matches() && FlatTables.isHeader(before)
        || UNIT_WORD.matcher(folded).matches() && FIGURE_END.matcher(before).find() // "￥74.568000 万元（人民币）"
        || "名称".equals(folded) && WinnerTables.NAME_HEADER.matcher(before).matches(); // "中标供应商 名称"
  }
}
