package org.tenderwatch.extract;

import java.util.Deque;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tenderwatch.extract.TextRender.Line;

/**
 * Winners a label lists one a line, each after its item number ("成交供应商：" over "1.X公司", "2.Y公司"; a label alone
 * takes the first as its value), each maybe with its amount after it ("1、X公司，中标金额：12万元"), for
 * {@link Suppliers}.
 */
final class NumberedWinners {

  /** An item: its number, the organisation's name, then the rest of the line (its amount, maybe). */
  private static final Pattern ITEM = Pattern.compile("^\\s*([0-9]{1,2})[、.)]\\s*([^\\s:,，。;；、]{2,60}?"
      + SupplierNames.ORG_END + ")(?=[\\s,，。;；]|$)");

  /**
   * A numbered winner and its amount in one clause, "1、X公司，中标金额：12万元", as a run-on copy of a label over its
   * numbered winners keeps them ("中标供应商： 1、X公司，中标金额：12万元 2、Y公司，中标金额：8万元").
   */
  private static final Pattern ITEM_AMOUNT = Pattern.compile("(?<![0-9.])[0-9]{1,2}[、.]\\s*[^\\s:,，。;；、]{2,60}?"
      + SupplierNames.ORG_END + "\\s*[,，]\\s*" + Suppliers.WINNER + "?(?:总?金额|价格|总?价|报价)" + Suppliers.UNIT
      + "\\s*:\\s*[^\\s,，。;；:]+");

  private NumberedWinners() {}

  /**
   * Clears {@link RunOn}'s cuts inside a winner and its amount written as one clause, so it is read whole: a lot's
   * ("第1包：甲公司，中标金额：12.5万元", {@link ProseAwards#LOT_WINNER}) and a numbered item's ("1、甲公司，中标金额：
   * 12万元", its line an item as {@link #read} takes it).
   */
  static void keepWhole(String folded, TreeSet<Integer> cuts) {
    for (Pattern whole : new Pattern[] {ProseAwards.LOT_WINNER, ITEM_AMOUNT}) {
      Matcher m = whole.matcher(folded);
      while (m.find()) {
        cuts.subSet(m.start() + 1, m.end()).clear();
      }
    }
  }

  /**
   * Reads the items from the label's value on line {@code at} and the lines after it, numbered 1, 2, 3 …; returns the
   * line after the last, or {@code at} when the value opens no item 1 followed by item 2.
   */
  static int read(List<Line> lines, int at, String value, Deque<String> lots, List<SupplierAward> out) {
    Matcher first = ITEM.matcher(Fold.fold(value));
    if (!first.lookingAt() || !first.group(1).equals("1") || at + 1 >= lines.size() || !isItem(lines.get(at + 1), 2)) {
      return at;
    }
    add(value, first, lots, out);
    int j = at + 1;
    for (int n = 2; j < lines.size() && isItem(lines.get(j), n); j++, n++) {
      String text = lines.get(j).text();
      Matcher m = ITEM.matcher(Fold.fold(text));
      if (m.lookingAt()) {
        add(text, m, lots, out);
      }
    }
    return j;
  }

  private static boolean isItem(Line l, int n) {
    Matcher m = l.isRow() ? null : ITEM.matcher(Fold.fold(l.text()));
    return m != null && m.lookingAt() && m.group(1).equals(Integer.toString(n));
  }

  private static void add(String text, Matcher m, Deque<String> lots, List<SupplierAward> out) {
    String folded = Fold.fold(text);
    Amount amount = SentenceWinners.amountIn(text, folded, m.end(), folded.length());
    Suppliers.add(out, text.substring(m.start(2), m.end(2)), null, amount, lots);
  }
}
