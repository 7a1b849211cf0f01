package org.tenderwatch.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A budget's or a max price's lots as the text sets them apart from its label: the lot heading a label stands under,
 * and the lots listed on the lines after a label that ends its line (split out of {@link Budgets}, size rule).
 */
final class BudgetLots {

  private BudgetLots() {}

  /** How far before a budget label its lot's heading may stand ("采购包2：\n预算金额："). */
  static final int LOT_REACH = 40;
  private static final Pattern LOT_HEADING =
      Pattern.compile("第\\s*(" + LotNames.NO + ")\\s*(?:" + LotNames.AFTER + ")|(?:" + LotNames.BEFORE + ")\\s*(" + LotNames.NO + ")");

  /** The problem noted when the lots a value or the lines after a label list are summed. */
  static final String LISTED = "budget: no total stated; the sum of the lots listed under 预算金额";

  /** The last lot heading in the text before a label, as its number, or null. */
  static String lotMark(String before) {
    Matcher m = LOT_HEADING.matcher(before);
    String last = null;
    while (m.find()) {
      last = m.group(1) != null ? m.group(1) : m.group(2);
    }
    return last;
  }

  /** One value of a label that states a yuan amount, with the lot heading it stands under (null when none). */
  record Stated(Amount amount, String mark, Labels.Value value) {}

  /**
   * Every value of the label, in text order, that the reader reads as a yuan amount; a value that is the next
   * field's label ({@link LotLists#nextLabel}) is none.
   */
  static List<Stated> stated(String text, String label, Function<Labels.Value, Amount> reader) {
    String folded = Fold.fold(text);
    List<Stated> out = new ArrayList<>();
    LabelFinder f = Labels.finder(label, folded);
    while (f.find()) {
      String value = text.substring(f.end()).lines().findFirst().orElse("").strip();
      value = value.startsWith("|") ? value.substring(1).strip() : value;
      Labels.Value v = new Labels.Value(value, f.group(1));
      Amount a = value.isEmpty() || LotLists.nextLabel(value) ? null : reader.apply(v);
      if (a != null && a.cny() != null) {
        out.add(new Stated(a, lotMark(folded.substring(Math.max(0, f.start() - LOT_REACH), f.start())), v));
      }
    }
    return out;
  }

  /** A budget label with nothing after it but lots ("预算金额：" then "第一包：30万元", "第二包：20万元"). */
  private static final Pattern LOTS_LABEL = Pattern.compile(
      "(?:^|[^\\p{IsHan}])(?:预算金额|采购预算|项目预算|预算)\\s*(?:\\((亿元|万元|元)\\))?\\s*:\\s*(.*)$");
  /** The lots' total on the line after them: "合计：80万元", "总计 1,200,000元". */
  private static final Pattern TOTAL_LINE = Pattern.compile("^\\s*(?:合计|总计|共计)\\s*[:为]?\\s*(.+)$");

  /**
   * The lots listed on the lines after a budget label that ends its line: their total when a 合计 line follows them,
   * else their sum, noted ({@link #LISTED}); null when one lot or none.
   */
  static Budgets.Found lotLines(String text) {
    List<String> lines = text.lines().map(Fold::fold).toList();
    for (int i = 0; i < lines.size(); i++) {
      Matcher m = LOTS_LABEL.matcher(lines.get(i));
      if (!m.find() || !m.group(2).isBlank() && !LotLists.LOT_MARK.matcher(m.group(2)).find()) {
        continue;
      }
      List<String> lots = new ArrayList<>();
      if (!m.group(2).isBlank()) {
        lots.add(m.group(2));
      }
      int j = i + 1;
      for (; j < lines.size() && LotLists.LOT_MARK.matcher(lines.get(j)).find(); j++) {
        lots.add(lines.get(j));
      }
      List<Amount> parts = new ArrayList<>();
      for (String lot : lots) {
        Amount a = amount(LotLists.LOT_MARK.matcher(lot).replaceFirst(""), m.group(1));
        if (a == null || a.cny() == null) {
          return null;
        }
        parts.add(a);
      }
      if (parts.size() < 2) {
        return null;
      }
      Matcher total = j < lines.size() ? TOTAL_LINE.matcher(lines.get(j)) : null;
      Amount stated = total != null && total.find() ? amount(total.group(1), m.group(1)) : null;
      return stated != null && stated.cny() != null ? new Budgets.Found(stated, null)
          : new Budgets.Found(Budgets.sum(parts), LISTED);
    }
    return null;
  }

  private static Amount amount(String value, String unit) {
    String cut = LotLists.cutAmount(value);
    return unit == null ? Amounts.parse(cut) : Amounts.inUnit(cut, unit);
  }
}
