package org.tenderwatch.extract;

import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tenderwatch.extract.TextRender.Line;

/**
 * A bid list of every bidder with a column that says who won ("排名 | 投标人名称 | 投标报价 | 是否中标"), for
 * {@link WinnerTables}: the rows marked 是 / 中标 are the winners.
 */
final class ResultColumns {

  /** A column that says which bidder won ("是否中标", "中标结果", "成交情况"), in a list of every bidder. */
  private static final Pattern RESULT_HEADER = Pattern.compile("^(?:是否(?:中标|成交|中选)|(?:中标|成交)(?:结果|情况))$");
  /** The bidder's name in such a list: "投标人名称", "投标单位", "供应商名称", "响应供应商". */
  private static final Pattern BIDDER_HEADER =
      Pattern.compile("^(?:投标|响应|参选)?(?:人|单位|供应商|企业)(?:名称)?$");
  /** A result cell that names the winner: "是", "中标", "成交", "拟中标". */
  private static final Pattern WON = Pattern.compile("^(?:是|[预拟]?(?:中标|成交|中选)(?:人|单位|供应商)?)$");

  private ResultColumns() {}

  /**
   * A bid list with a result column ("排名 | 投标人名称 | 投标报价 | 是否中标"): the rows marked 是 / 中标 are the
   * winners, with their price (an award column's when there is one). Returns false when the header has no such pair.
   */
  static boolean rows(List<Line> lines, List<String> header, int at, int end, Deque<String> lots,
      List<SupplierAward> out) {
    int result = -1;
    int name = -1;
    for (int c = 0; c < header.size(); c++) {
      if (result < 0 && RESULT_HEADER.matcher(header.get(c)).matches()) {
        result = c;
      } else if (name < 0 && (WinnerTables.NAME_HEADER.matcher(header.get(c)).matches()
          || BIDDER_HEADER.matcher(header.get(c)).matches())) {
        name = c;
      }
    }
    if (result < 0 || name < 0) {
      return false;
    }
    WinnerTables.Columns col = WinnerTables.Columns.of(header);
    int priceAt = col.amount();
    String unit = col.unit();
    for (int c = 0; priceAt < 0 && c < header.size(); c++) {
      Matcher p = WinnerTables.PRICE_HEADER.matcher(header.get(c));
      if (p.matches()) {
        priceAt = c;
        unit = p.group(1) == null ? "" : p.group(1);
      }
    }
    for (int r = at + 1; r < end; r++) {
      List<String> cells = lines.get(r).cells();
      if (cells.size() == header.size() && WON.matcher(Fold.fold(cells.get(result)).strip()).matches()) {
        Suppliers.add(out, cells.get(name).strip(), null,
            priceAt < 0 ? null : Amounts.inUnit(cells.get(priceAt), unit), lots);
      }
    }
    return true;
  }
}
