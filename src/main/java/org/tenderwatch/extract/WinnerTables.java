package org.tenderwatch.extract;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tenderwatch.extract.TextRender.Line;

/**
 * The winners tables of {@link Suppliers}: a header naming a supplier column and an award-amount column (or, when
 * the name column says winner, a bid price), one winner per row with its lot and its amount in the header's unit;
 * a result table a page ran together as text with a status column; the amounts of one column, for a single winner
 * whose amount stands apart from its name.
 */
final class WinnerTables {

  /**
   * A winners column: "中标供应商名称", "中标人", "中标单位名称", "预中标单位", "中标企业", "供应商名称"; a bare "单位" is
   * a unit of measure.
   */
  static final Pattern NAME_HEADER =
      Pattern.compile("^(?:[预拟]?" + Suppliers.WINNER + "(?:供应商|人|单位|企业|公司)(?:名称)?|供应商(?:名称)?|"
          + WinnerLabels.OTHER_WINNER + ")$");
  private static final Pattern WINNER_NAMED = Pattern.compile("中标|成交");
  /** An award-amount column, in the unit it names: "中标(成交)金额(元)", "成交价格", "中标报价", "中标总价(万元)". */
  static final Pattern AMOUNT_HEADER =
      Pattern.compile("^(?:" + Suppliers.WINNER + "|入围)(?:总?金额|价格|总?价|报价)" + Suppliers.UNIT + "$");
  /** A bare amount column ("金额（万元）", "总价"): the award only beside a column that names winners. */
  private static final Pattern PLAIN_AMOUNT = Pattern.compile("^(?:总?金额|价格|总价)" + Suppliers.UNIT + "$");
  /** A lot column; 政采云 winner tables number their lots in a 序号 column. */
  private static final Pattern LOT_HEADER =
      Pattern.compile("^(?:(?:包号|包组|标包|包|采购包|合同包|标段|标项|分包)(?:号|编号|名称)?|序号)$");
  /** A winners header run together, name then amount then status ("中标候选人名称中标候选人地址中标金额状态"). */
  private static final Pattern STATUS_HEADER = Pattern.compile("(?:中标候选人|中标人|中标供应商|成交供应商)名称"
      + "[^:,。;]{0,30}?" + Suppliers.WINNER
      + "(?:金额|价格)(?:\\((亿元|万元|元)\\))?状态(?:供货明细|报价明细|明细)?");
  /**
   * Its row: an optional lot number, the name, whatever stands between (an address), the amount, the status. The
   * amount as any form writes it: "8,192,150.00元", "819.215万元", "￥819.215000 万元（人民币）", in capitals (the
   * figure in brackets after them).
   */
  private static final Pattern STATUS_ROW = Pattern.compile("\\s*(?:[一二三四五六七八九十]+|[0-9]{1,2})?\\s*"
      + "([^\\s:,，。;；]{2,60}?" + SupplierNames.ORG_END + ")[^:。;]{0,80}?(?<![0-9.,¥￥])((?:[¥￥]\\s*)?[0-9][0-9,]*"
      + "(?:\\.[0-9]+)?\\s*(?:亿元|万元|元)?(?:\\(人民币\\))?|[零壹贰叁肆伍陆柒捌玖拾佰仟万亿]+元整?(?:\\([^()]{0,30}\\))?)\\s*(?:中标|成交)");
  /** A column of bid prices: the winner's row in a bid table gives its price ("报价", "投标报价", "最终报价"). */
  static final Pattern PRICE_HEADER =
      Pattern.compile("^(?:投标|最终|评审|响应|磋商|谈判)?报价" + Suppliers.UNIT + "$");

  private WinnerTables() {}

  /**
   * A result table whose header and row a page ran together as text, with a status column: "中标候选人名称中标候选人地址
   * 中标金额状态供货明细一X有限公司某路1号1354755.8中标…". The row whose status says 中标 / 成交 names the winner (a
   * candidate with that status is the winner): the first organisation's name after the header, and the figure
   * that stands before the status.
   */
  static void statusRow(List<Line> lines, List<SupplierAward> out) {
    for (int i = 0; i < lines.size(); i++) {
      Line l = lines.get(i);
      Matcher h = l.isRow() ? null : STATUS_HEADER.matcher(Fold.fold(l.text()));
      if (h == null || !h.find()) {
        continue;
      }
      // a cell gap may part the row's cells: the line after goes with it
      Line next = i + 1 < lines.size() ? lines.get(i + 1) : null;
      String text = next == null || next.isRow() ? l.text() : l.text() + " " + next.text();
      String folded = Fold.fold(text);
      Matcher row = STATUS_ROW.matcher(folded).region(h.end(), folded.length());
      if (row.lookingAt()) {
        Amount amount = Amounts.inUnit(text.substring(row.start(2), row.end(2)), h.group(1) == null ? "" : h.group(1));
        Suppliers.add(out, text.substring(row.start(1), row.end(1)), null, amount, new ArrayDeque<>());
        return;
      }
    }
  }

  /**
   * The amounts in the column of the table at {@code at} whose header matches {@code column}, of the rows that name
   * {@code winner} in a cell (every row when null); returns the index of the first line after the table.
   */
  static int columnAmounts(List<Line> lines, int at, Pattern column, String winner, List<Amount> amounts) {
    List<String> header = lines.get(at).cells();
    int end = at + 1;
    while (end < lines.size() && lines.get(end).isRow()) {
      end++;
    }
    for (int c = 0; c < header.size(); c++) {
      Matcher h = column.matcher(Fold.fold(header.get(c)).replace(" ", ""));
      if (!h.matches()) {
        continue;
      }
      for (int r = at + 1; r < end; r++) {
        List<String> cells = lines.get(r).cells();
        if (c < cells.size() && (winner == null || cells.stream().anyMatch(x -> x.strip().equals(winner)))) {
          Suppliers.distinct(amounts, Amounts.inUnit(cells.get(c), h.group(1) == null ? "" : h.group(1)));
        }
      }
      break;
    }
    return end;
  }

  /**
   * The columns of a winners table: the winner's name, its amount (in the unit the header names) and its lot; -1
   * when absent. The amount is an award amount ("中标金额(元)", "成交价格", "中标报价"); a bid price ("投标报价",
   * "报价") only when the name column names winners ("中标供应商名称"): a bid list ("供应商名称 | 投标报价") lists
   * every bidder, not the winners.
   */
  record Columns(int name, int amount, String unit, int lot) {
    /** Whether the table gives its winners a price: an amount column, or a rate column standing for one. */
    boolean hasPrice() {
      return amount >= 0 || amount == RATE_ONLY;
    }

    static Columns of(List<String> header) {
      int name = -1;
      int award = -1;
      int bid = -1;
      int lot = -1;
      int plain = -1;
      String awardUnit = "";
      String bidUnit = "";
      String plainUnit = "";
      for (int c = 0; c < header.size(); c++) {
        String h = header.get(c);
        Matcher am = AMOUNT_HEADER.matcher(h);
        Matcher bm = PRICE_HEADER.matcher(h);
        Matcher pm;
        if (name < 0 && NAME_HEADER.matcher(h).matches()) {
          name = c;
        } else if (award < 0 && am.matches()) {
          award = c;
          awardUnit = am.group(1) == null ? "" : am.group(1);
        } else if (bid < 0 && bm.matches()) {
          bid = c;
          bidUnit = bm.group(1) == null ? "" : bm.group(1);
        } else if ((lot < 0 || header.get(lot).equals("序号") && !h.endsWith("名称"))
            && LOT_HEADER.matcher(h).matches()) {
          // a 包号 column beside the rows' 序号 names the lot ("序号 | 包号 | 成交单位 | 成交金额", a campus 结果公示);
          // 政采云's 标项名称 beside its 序号 is the lot's name, not its number, and the 序号 stays the lot
          lot = c;
        } else if (plain < 0 && (pm = PLAIN_AMOUNT.matcher(h)).matches()) {
          plain = c;
          plainUnit = pm.group(1) == null ? "" : pm.group(1);
        }
      }
      boolean winners = name >= 0 && WINNER_NAMED.matcher(header.get(name)).find();
      if (award >= 0 || !winners) {
        return new Columns(name, award, awardUnit, lot);
      }
      if (bid < 0 && plain < 0 && header.stream().anyMatch(h -> RATE_HEADER.matcher(h).matches())) {
        return new Columns(name, RATE_ONLY, "", lot); // "中标人 | 中标费率": winners whose award is a rate, no sum
      }
      return bid >= 0 ? new Columns(name, bid, bidUnit, lot) : new Columns(name, plain, plainUnit, lot);
    }
  }

  /** A table's total row ("合计 | | 300000", "合 计 | 伍拾万元整"): no winner, whatever its cells shift to. */
  private static final Pattern TOTAL_ROW = Pattern.compile("^\\s*(?:合\\s*计|总\\s*计|小\\s*计)\\s*[:：]?\\s*$");

  /** The amount index of a winners table whose only price column is a rate or a unit price: no amount. */
  static final int RATE_ONLY = -2;
  /** A rate or unit-price column: "中标费率", "下浮率", "优惠率", "折扣率", "中标单价（元/吨）". */
  private static final Pattern RATE_HEADER =
      Pattern.compile("^(?:中标|成交|中选|投标)?(?:费率|下浮率|优惠率|折扣率|单价)(?:\\([^()]{1,8}\\))?$");

  /** Whether two header cells are a winner's name and its award amount, in either order. */
  static boolean winnersHeader(String a, String b) {
    Columns col = Columns.of(List.of(Fold.fold(a).replace(" ", ""), Fold.fold(b).replace(" ", "")));
    return col.name() >= 0 && col.amount() >= 0;
  }

  /** Reads a winners table starting at {@code at}; returns the index of the first line after it. */
  static int table(List<Line> lines, int at, Deque<String> lots, List<SupplierAward> out) {
    List<String> header = lines.get(at).cells().stream().map(c -> Fold.fold(c).replace(" ", "")).toList();
    Columns col = Columns.of(header);
    if (col.unit().isEmpty() && captionUnit(lines, at) != null) {
      col = new Columns(col.name(), col.amount(), captionUnit(lines, at), col.lot());
    }
    int end = at + 1;
    while (end < lines.size() && lines.get(end).isRow()) {
      end++;
    }
    if (ResultColumns.rows(lines, header, at, end, lots, out)) {
      return end;
    }
    if (col.name() < 0 || col.amount() < 0 && col.amount() != RATE_ONLY) {
      return at + 1;
    }
    List<List<String>> rows = new ArrayList<>();
    for (int r = at + 1; r < end; r++) {
      List<String> cells = lines.get(r).cells();
      if (cells.size() > col.name() && !cells.equals(lines.get(at).cells()) && !TOTAL_ROW.matcher(cells.getFirst()).find()) {
        rows.add(cells);
      }
    }
    boolean lotColumn = col.lot() >= 0 && !(rows.size() == 1 && rowNumber(header.get(col.lot()), lines))
        && !(header.get(col.lot()).equals("序号") && header.get(col.name()).startsWith("入围")); // one agreement's suppliers
    for (List<String> cells : rows) {
      String lot = lotColumn && col.lot() < cells.size() && !cells.get(col.lot()).isBlank()
          ? cells.get(col.lot()).strip() : null;
      List<String> names = SupplierNames.split(cells.get(col.name()));
      if (names.size() > 1) { // "X公司、Y公司" in one cell: each a winner of the row's lot, the amount theirs together
        String rowLot = lot;
        names.forEach(n -> Suppliers.add(out, n, rowLot, null, lots));
        continue;
      }
      Amount amount = col.amount() == RATE_ONLY ? null : amountCell(cells, header.size(), rowUnit(col, header, cells));
      Suppliers.add(out, cells.get(col.name()).strip(), lot, amount, lots);
    }
    return end;
  }

  /**
   * Whether a one-row table's 序号 only numbers its row: 政采云 and the pages that copy its template number their
   * lots (标项) in that column and say 标项 ("标项名称"); a 序号 over one winner anywhere else is no lot (青岛's one
   * 分包, 新疆's 网上超市 result).
   */
  private static boolean rowNumber(String header, List<Line> lines) {
    return header.equals("序号") && lines.stream().noneMatch(l -> LOT_WORD.matcher(l.text()).find());
  }

  /** 标项, not the same two characters in 招标项目, 投标项目 or 中标项目 (a synonym swap on 青岛's page found it). */
  private static final Pattern LOT_WORD = Pattern.compile("标项(?!目)");

  /** A unit the table's caption states for its amounts: "三、中标（成交）信息（单位：万元）", "金额单位：万元". */
  private static final Pattern CAPTION_UNIT = Pattern.compile("(?:金额)?单位\\s*:\\s*(?:人民币)?\\s*(亿元|万元|元)\\s*\\)?\\s*$");

  static String captionUnit(List<Line> lines, int at) {
    if (at == 0 || lines.get(at - 1).isRow()) {
      return null;
    }
    Matcher m = CAPTION_UNIT.matcher(Fold.fold(lines.get(at - 1).text()));
    return m.find() ? m.group(1) : null;
  }

  /** A 单位 column just after the amount's, its cells naming the amount's unit ("中标金额 | 单位" over "36.5 | 万元"). */
  private static final Pattern UNIT_COLUMN = Pattern.compile("^(?:金额|价格|报价)?单位$");
  private static final Pattern UNIT_WORD = Pattern.compile("^(亿元|万元|元)$");

  /** The columns with the unit a row's 单位 cell names for its amount (南阳's result tables), else as they are. */
  private static Columns rowUnit(Columns col, List<String> header, List<String> cells) {
    int u = col.amount() + 1;
    if (u >= header.size() || cells.size() != header.size() || !UNIT_COLUMN.matcher(header.get(u)).matches()) {
      return col;
    }
    Matcher m = UNIT_WORD.matcher(Fold.fold(cells.get(u)).strip());
    return m.matches() ? new Columns(col.name(), col.amount(), m.group(1), col.lot()) : col;
  }

  /** A cell written in 元: a unit after its figure or a ¥ before it ("2,870,000.00元", "贰佰捌拾柒万元整（¥2,870,000.00）"). */
  private static final Pattern IN_YUAN = Pattern.compile(".*[0-9].*(元|¥).*|.*¥\\s*[0-9].*");

  /**
   * The amount cell of a row. Some pages drop an empty cell (an address) so the row is shorter than its header;
   * then the amount is the first cell after the name that is written in 元.
   */
  private static Amount amountCell(List<String> cells, int headerSize, Columns col) {
    if (cells.size() == headerSize) {
      return Amounts.inUnit(cells.get(col.amount()), col.unit());
    }
    for (int c = col.name() + 1; c < cells.size(); c++) {
      if (IN_YUAN.matcher(Fold.fold(cells.get(c))).matches()) {
        return Amounts.inUnit(cells.get(c), col.unit());
      }
    }
    return null;
  }
}
