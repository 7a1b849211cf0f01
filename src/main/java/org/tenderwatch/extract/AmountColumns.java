package org.tenderwatch.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.tenderwatch.extract.TextRender.Line;

/**
 * A budget or a max price that stands only as a table column ("包号 | 预算金额(万元) | 最高限价(万元)"): the column's 合计
 * row or spanned 合计 cell, else the sum of its rows, in the unit its header names.
 */
final class AmountColumns {
  /**
   * A column header naming a budget; "预算单位" names the buyer, and a rate or a note ("控制价下浮率(%)", "预算说明")
   * is no amount.
   */
  private static final Pattern BUDGET_COLUMN = Pattern.compile("^(?!.*(?:率|%|比例|说明))[^0-9]{0,8}预算(?!单位)[^0-9]{0,16}$");
  /** A column header naming a max price ("最高限价(万元)" beside "预算金额(万元)", 山东's 包号 table). */
  private static final Pattern MAX_PRICE_COLUMN = Pattern.compile(
      "^(?!.*(?:率|%|比例|说明))[^0-9]{0,8}(?:最高限价|最高投标限价|控制价|拦标价)[^0-9]{0,16}$");
  private static final Pattern HEADER_UNIT = Pattern.compile("(亿元|万元)");
  private static final Pattern TOTAL_ROW = Pattern.compile("^(合计|总计|小计)");

  private AmountColumns() {}

  static Budgets.Found budget(List<Line> body) {
    return column(body, BUDGET_COLUMN, "budget", "lot budgets");
  }

  /** A budget column's spanned 合计 cell ({@link #spannedTotal}), or null. */
  static Amount spannedBudget(List<Line> body) {
    return spanned(body, BUDGET_COLUMN);
  }

  /** A max price column's spanned 合计 cell, else its 合计 row or the sum of its rows. */
  static Budgets.Found maxPrice(List<Line> body) {
    Amount spanned = spanned(body, MAX_PRICE_COLUMN);
    return spanned != null ? new Budgets.Found(spanned, null)
        : column(body, MAX_PRICE_COLUMN, "maxPrice", "lots' max prices");
  }

  private static Amount spanned(List<Line> body, Pattern header) {
    for (int i = 0; i < body.size(); i++) {
      Line head = body.get(i);
      int col = head.isRow() ? column(head.cells(), header) : -1;
      Amount a = col < 0 ? null : spannedTotal(body, i, col, unit(body, i, col));
      if (a != null) {
        return a;
      }
    }
    return null;
  }

  /**
   * The column of a table that the header names (a budget's, a max price's): its 合计 row, else the sum of its rows
   * (the problem names them: "the sum of 13 lot budgets"), in the unit its header names. A budget's spanned 合计 cell
   * is looked for before the budget's labels ({@link Budgets#budget}): its first row reads as a label's value.
   */
  private static Budgets.Found column(List<Line> body, Pattern header, String field, String parts) {
    for (int i = 0; i < body.size(); i++) {
      Line head = body.get(i);
      int col = head.isRow() ? column(head.cells(), header) : -1;
      if (col < 0) {
        continue;
      }
      String unit = unit(body, i, col); // a spanned 合计 cell was looked for first (spannedBudget, maxPrice)
      List<Amount> rows = new ArrayList<>();
      for (int r = i + 1; r < body.size() && body.get(r).isRow(); r++) {
        List<String> cells = body.get(r).cells();
        Amount a = cells.size() == head.cells().size() ? Amounts.inUnit(cells.get(col), unit) : null;
        if (a != null && a.cny() != null && TOTAL_ROW.matcher(cells.getFirst().strip()).lookingAt()) {
          return new Budgets.Found(a, null);
        }
        if (a != null && a.cny() != null) {
          rows.add(a);
        }
      }
      if (rows.size() == 1) {
        return new Budgets.Found(rows.getFirst(), null);
      }
      if (rows.size() > 1) {
        return new Budgets.Found(Budgets.sum(rows), field + ": no total stated; the sum of " + rows.size() + " " + parts);
      }
    }
    return new Budgets.Found(null, null);
  }

  /**
   * A last header cell 合计 whose one cell spans the rows (rowspan: the rows below the first lack it), right of the
   * column: the table's stated total ("品目 | … | 采购预算 | 合计" over "… | 人民币300万元 | 人民币330万元" and "… |
   * 人民币30万元", 江西 2015). A 合计 cell on every row is that row's own (单价 × 数量), no total.
   */
  private static Amount spannedTotal(List<Line> body, int head, int col, String unit) {
    List<String> header = body.get(head).cells();
    int last = header.size() - 1;
    if (last <= col || !TOTAL_ROW.matcher(header.get(last).strip()).matches() || head + 2 >= body.size()) {
      return null;
    }
    Line first = body.get(head + 1);
    Line second = body.get(head + 2);
    if (!first.isRow() || first.cells().size() != header.size() || !second.isRow()
        || second.cells().size() != last) {
      return null;
    }
    Amount a = Amounts.inUnit(first.cells().get(last), unit);
    BigDecimal rows = spannedSum(body, head + 1, col, last, unit);
    return a != null && a.cny() != null && rows != null && a.cny().compareTo(rows) == 0 ? a : null;
  }

  /**
   * The column's rows under a spanned 合计 cell, summed, or null: the total must be theirs, else the spanning cell is
   * another column's (a 包号 or 项目名称 cell over two rows shifts the short rows' cells; a row's own 合计 is no total).
   */
  private static BigDecimal spannedSum(List<Line> body, int first, int col, int width, String unit) {
    BigDecimal sum = BigDecimal.ZERO;
    for (int r = first; r < body.size() && body.get(r).isRow() && (r == first || body.get(r).cells().size() == width);
        r++) {
      Amount a = Amounts.inUnit(body.get(r).cells().get(col), unit);
      if (a == null || a.cny() == null) {
        return null;
      }
      sum = sum.add(a.cny());
    }
    return sum;
  }

  /**
   * "预算金额（亿元）": a bare figure below is in 亿元; a header naming no unit takes the one its table's caption line
   * states ("金额单位：万元" above the table).
   */
  private static String unit(List<Line> body, int head, int col) {
    String caption = WinnerTables.captionUnit(body, head);
    return HEADER_UNIT.matcher(Fold.fold(body.get(head).cells().get(col))).results().map(r -> r.group(1)).findFirst()
        .orElse(caption == null ? "" : caption);
  }

  private static int column(List<String> cells, Pattern header) {
    for (int c = 0; c < cells.size(); c++) {
      if (header.matcher(Fold.fold(cells.get(c)).replaceAll("\\s", "")).matches()) {
        return c;
      }
    }
    return -1;
  }
}
