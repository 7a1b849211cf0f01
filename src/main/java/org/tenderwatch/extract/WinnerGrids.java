package org.tenderwatch.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.tenderwatch.extract.TextRender.Line;

/**
 * Winners tables in shapes {@link WinnerTables} does not read as they come, set right before it reads them:
 *
 * <ul>
 *   <li>transposed: the labels in the first column, one column per lot ("包号 | 包1 | 包2" over "中标供应商 | X | Y"
 *       over "中标金额（元） | 100000 | 200000"), as a works result or a county portal writes several lots;
 *   <li>a header of two rows: one header cell spans the sub-columns of the row under it ("中标金额" over "单价（元） |
 *       总价（元）"), so the first row is a cell short of the data rows (the page's colspan is lost in its text).
 * </ul>
 */
final class WinnerGrids {

  /** A header cell over sub-columns: an amount's ("中标金额", "成交价格", "报价"). */
  private static final Pattern AMOUNT_PARENT = Pattern.compile("(?:金额|价格|报价|价)(?:\\((?:万元|元)\\))?$");

  private WinnerGrids() {}

  /** The lines with each such table rewritten in the plain shape: a header row, then one row per winner. */
  static List<Line> normal(List<Line> lines) {
    List<Line> out = null;
    for (int i = 0; i < lines.size(); i++) {
      if (!lines.get(i).isRow() || i > 0 && lines.get(i - 1).isRow()) {
        continue;
      }
      int end = i;
      while (end < lines.size() && lines.get(end).isRow()) {
        end++;
      }
      List<Line> fixed = blockCells(lines.subList(i, end));
      if (fixed == null) {
        fixed = transposed(lines.subList(i, end));
      }
      if (fixed == null) {
        fixed = twoRowHeader(lines.subList(i, end));
      }
      if (fixed == null) {
        fixed = spannedKeys(lines.subList(i, end));
      }
      if (fixed != null) {
        out = out == null ? new ArrayList<>(lines) : out;
        int shift = out.size() - lines.size();
        out.subList(i + shift, end + shift).clear();
        out.addAll(i + shift, fixed);
      }
    }
    return out == null ? lines : out;
  }

  /** A cell opening with a winner's label and its colon ("供应商名称：X 供应商地址：… 中标（成交）金额：Y"). */
  private static final Pattern WINNER_LABEL = Pattern.compile("^(?:[预拟]?" + Suppliers.WINNER
      + "(?:供应商|人|单位)(?:名称)?|供应商名称)\\s*:");

  /**
   * A table whose cells hold a winner's whole block, its lines apart by breaks the text lost ("中标（成交）信息 |
   * 供应商名称：X 供应商地址：… 中标（成交）金额：Y"): each cell's labelled pieces as lines of text.
   */
  private static List<Line> blockCells(List<Line> table) {
    if (table.stream().noneMatch(l -> l.cells().stream().anyMatch(c -> WINNER_LABEL.matcher(key(c)).lookingAt()))) {
      return null;
    }
    List<Line> out = new ArrayList<>();
    for (Line l : table) {
      for (String cell : l.cells()) {
        RunOn.cut(cell.strip()).forEach(piece -> out.add(new Line(piece, null)));
      }
    }
    return out;
  }

  private static String key(String cell) {
    return Fold.fold(cell).replace(" ", "").strip();
  }

  /**
   * A table of at least two value columns whose first column holds a winner's label and an amount's (or a rate's),
   * and whose first row is no winners header: its columns made rows.
   */
  private static List<Line> transposed(List<Line> table) {
    int width = table.getFirst().cells().size();
    if (table.size() < 2 || width < 3 || table.stream().anyMatch(l -> l.cells().size() != width)) {
      return null;
    }
    WinnerTables.Columns top = WinnerTables.Columns.of(table.getFirst().cells().stream().map(WinnerGrids::key).toList());
    if (top.name() >= 0 && top.hasPrice()) {
      return null; // a winners header over its rows
    }
    List<String> labels = table.stream().map(l -> key(l.cells().getFirst())).toList();
    boolean named = labels.stream().anyMatch(c -> WinnerTables.NAME_HEADER.matcher(c).matches());
    if (!named || !WinnerTables.Columns.of(labels).hasPrice()) {
      return null;
    }
    List<Line> rows = new ArrayList<>();
    for (int c = 0; c < width; c++) {
      List<String> cells = new ArrayList<>();
      for (Line l : table) {
        cells.add(l.cells().get(c));
      }
      rows.add(new Line(String.join(" | ", cells), List.copyOf(cells)));
    }
    return rows;
  }

  /** A first column that numbers or names the records: a lot's or a row's number. */
  private static final Pattern KEY_HEADER = Pattern.compile("^(?:序号|包号|包|标段|标包|标项|分包|采购包|合同包)(?:号|编号)?$");
  /** A total row's first cell ("合计", "总计"): its own row, never a winner's under the lot above. */
  private static final Pattern TOTAL = Pattern.compile("^(?:合计|总计|小计)");
  /** Its cell: a number or a lot's name ("1", "包1", "一标段"). */
  private static final Pattern KEY_CELL = Pattern.compile("^(?:[0-9]{1,3}|" + LotNames.LEADING + ")$");

  /**
   * A lot's or a number's cell spanning the rows of its winners (rowspan): the rows under the first lack it, a cell
   * short, opening with a name instead of a key. Each such row takes the key of the row above.
   */
  private static List<Line> spannedKeys(List<Line> table) {
    List<String> header = table.getFirst().cells();
    if (table.size() < 3 || !KEY_HEADER.matcher(key(header.getFirst())).matches()) {
      return null;
    }
    List<Line> out = new ArrayList<>(table);
    boolean changed = false;
    for (int r = 2; r < out.size(); r++) {
      List<String> above = out.get(r - 1).cells();
      List<String> cells = out.get(r).cells();
      if (cells.size() == header.size() - 1 && above.size() == header.size() && !cells.isEmpty()
          && KEY_CELL.matcher(key(above.getFirst())).matches() && !KEY_CELL.matcher(key(cells.getFirst())).matches()
          && !TOTAL.matcher(key(cells.getFirst())).lookingAt()) {
        List<String> filled = new ArrayList<>(cells);
        filled.addFirst(above.getFirst());
        out.set(r, new Line(String.join(" | ", filled), List.copyOf(filled)));
        changed = true;
      }
    }
    return changed ? out : null;
  }

  /**
   * A header row, a row of sub-column labels under one of its amount cells, then data rows one cell wider than the
   * two header rows' count says (the header row's cells, less the parent, plus the sub-columns): one header row.
   */
  private static List<Line> twoRowHeader(List<Line> table) {
    if (table.size() < 3) {
      return null;
    }
    List<String> top = table.get(0).cells();
    List<String> sub = table.get(1).cells();
    int width = table.get(2).cells().size();
    if (sub.size() < 2 || width != top.size() + sub.size() - 1 || !sub.stream().allMatch(CellLines::isColumnCell)) {
      return null;
    }
    int parent = -1;
    for (int c = 0; c < top.size(); c++) {
      if (AMOUNT_PARENT.matcher(key(top.get(c))).find()) {
        if (parent >= 0) {
          return null; // two amount cells: which one spans is unknown
        }
        parent = c;
      }
    }
    if (parent < 0) {
      return null;
    }
    List<String> header = new ArrayList<>(top.subList(0, parent));
    header.addAll(sub);
    header.addAll(top.subList(parent + 1, top.size()));
    List<Line> out = new ArrayList<>();
    out.add(new Line(String.join(" | ", header), List.copyOf(header)));
    out.addAll(table.subList(2, table.size()));
    return out;
  }
}
