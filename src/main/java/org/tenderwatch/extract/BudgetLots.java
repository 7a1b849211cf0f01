package org.tenderwatch.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A budget's lots as the text sets them apart from its label: the lot heading a budget label stands under, and the
 * lots listed on the lines after a label that ends its line (split out of {@link Budgets}, size rule).
 */
final class BudgetLots {

  private BudgetLots() {}

  /** How far before a budget label its lot's heading may stand ("采购包2：\n预算金额："). */
  static final int LOT_REACH = 40;
  private static final Pattern LOT_HEADING =
      Pattern.compile("第\\s*(" + LotNames.NO + ")\\s*(?:" + LotNames.AFTER + ")|(?:" + LotNames.BEFORE + ")\\s*(" + LotNames.NO + ")");

  /** The last lot heading in the text before a label, as its number, or null. */
  static String lotMark(String before) {
    Matcher m = LOT_HEADING.matcher(before);
    String last = null;
    while (m.find()) {
      last = m.group(1) != null ? m.group(1) : m.group(2);
    }
    return last;
  }

  /** A budget label with nothing after it but lots ("预算金额：" then "第一包：30万元", "第二包：20万元"). */
  private static final Pattern LOTS_LABEL = Pattern.compile(
      "(?:^|[^\\p{IsHan}])(?:预算金额|采购预算|项目预算|预算)\\s*(?:\\((亿元|万元|元)\\))?\\s*:\\s*(.*)$");

  /** The sum of the lots listed on the lines after a budget label that ends its line, or null (one lot or none). */
  static Amount lotLines(String text) {
    List<String> lines = text.lines().map(Fold::fold).toList();
    for (int i = 0; i < lines.size(); i++) {
      Matcher m = LOTS_LABEL.matcher(lines.get(i));
      if (!m.find() || !m.group(2).isBlank() && !Budgets.LOT_MARK.matcher(m.group(2)).find()) {
        continue;
      }
      List<String> lots = new ArrayList<>();
      if (!m.group(2).isBlank()) {
        lots.add(m.group(2));
      }
      for (int j = i + 1; j < lines.size() && Budgets.LOT_MARK.matcher(lines.get(j)).find(); j++) {
        lots.add(lines.get(j));
      }
      List<Amount> parts = new ArrayList<>();
      for (String lot : lots) {
        String value = Budgets.cutAmount(Budgets.LOT_MARK.matcher(lot).replaceFirst(""));
        Amount a = m.group(1) == null ? Amounts.parse(value) : Amounts.inUnit(value, m.group(1));
        if (a == null || a.cny() == null) {
          return null;
        }
        parts.add(a);
      }
      return parts.size() > 1 ? Budgets.sum(parts) : null;
    }
    return null;
  }
}
