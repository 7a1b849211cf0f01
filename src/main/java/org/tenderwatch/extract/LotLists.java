package org.tenderwatch.extract;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * An amount's value as a label gives it: where it ends, and the lots it may list ("包1-1800000.00元,包2-1500000.00元",
 * "包1：100万元；包2：80万元", "第一包50万元，第二包30万元"), summed. Split out of {@link Budgets} (size rule); read for
 * budgets and max prices alike.
 */
final class LotLists {

  private LotLists() {}

  /** A lot's name opening a value, taken off before its amount is read ("第1包:9944.95万元", "包1-1800000.00元"). */
  static final Pattern LOT_MARK = Pattern.compile("^\\s*(?:" + LotNames.LEADING + ")\\s*[-:：]?");
  /** Split a listed value only where a lot marker follows: "1,100,000.00元" is one amount. */
  private static final Pattern LOT_SPLIT =
      Pattern.compile("[,，;；、](?=\\s*(?:" + LotNames.LEADING + "))");
  /** What may end a value: a sentence or clause mark (not the ASCII comma of "1,100,000.00"). */
  private static final String ENDS = "。；;，";
  /** A thousands group's figures: at most three before the first comma, three after each. */
  private static final int GROUP = 3;
  /** A figure after one of these numbers a lot ("包1，200万元"), never a thousands group. */
  private static final String LOT_NOUNS = "包段项号";

  /**
   * The next field's label opening a value: a label left blank is followed by the next one on flattened pages and
   * pages kept one line a field ("预算金额：" over "投标保证金：2万元"), and its amount is no budget. Lots' names and an
   * amount's own words (大写, 人民币, 合计, 其中) may open a value.
   */
  private static final Pattern NEXT_LABEL = Pattern.compile("^(\\p{IsHan}{2,12})\\s*(?:\\([^()]{1,10}\\))?\\s*:");
  private static final Pattern AMOUNT_WORDS = Pattern.compile("^(?:大写|小写|人民币|合计|总计|共计|其中|金额)");

  static boolean nextLabel(String value) {
    java.util.regex.Matcher m = NEXT_LABEL.matcher(Fold.fold(value).strip());
    return m.find() && !AMOUNT_WORDS.matcher(m.group(1)).find() && !LOT_MARK.matcher(value).find();
  }

  /** The first value of the labels (priority order, then text order) that is no other field's label. */
  static Labels.Value find(String text, java.util.List<String> labels) {
    for (String label : labels) {
      for (Labels.Value v : Labels.findAll(text, label)) {
        if (!nextLabel(v.text())) {
          return v;
        }
      }
    }
    return null;
  }

  /**
   * The value up to its first sentence or clause mark. A full-width comma inside a figure ("１，２３４，５６７．８０元")
   * groups its thousands and ends nothing.
   */
  static String cutAmount(String value) {
    return value.substring(0, end(value, false));
  }

  /**
   * The lots a value lists, summed, or null: the value opens with a lot's name and another lot follows a clause mark
   * ("包1：100万元；包2：80万元"), and every lot states a yuan amount. The list ends at the first mark no lot follows.
   */
  static Amount sum(String value, String unit) {
    if (!LOT_MARK.matcher(value).find()) {
      return null;
    }
    String listed = value.substring(0, end(value, true));
    String[] lots = LOT_SPLIT.split(listed);
    if (lots.length < 2) {
      return null;
    }
    BigDecimal sum = BigDecimal.ZERO;
    for (String lot : lots) {
      Amount a = lotAmount(lot, unit);
      if (a == null || a.cny() == null) {
        return null;
      }
      sum = sum.add(a.cny());
    }
    return new Amount(listed.strip(), sum);
  }

  /**
   * One lot's amount read without its lot's name before it, its text as written: in "包1-1800000.00元" (上海's
   * 最高限价（元） row) the "1" is the lot's number, and the amount after the dash is the only figure left.
   */
  static Amount lotAmount(String value, String unit) {
    Amount a = Amounts.parse(LOT_MARK.matcher(value).replaceFirst(""), unit);
    return a == null ? null : new Amount(value.strip(), a.cny());
  }

  /** Where a value ends; {@code lots}: a mark before another lot's name ends nothing. */
  private static int end(String value, boolean lots) {
    String folded = Fold.fold(value);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (ENDS.indexOf(c) < 0 || c == '，' && thousands(folded, i)
          || lots && LOT_MARK.matcher(value.substring(i + 1)).find()) {
        continue;
      }
      return i;
    }
    return value.length();
  }

  /** Whether the comma at {@code at} groups a figure's thousands: 1 to 3 figures before it, exactly 3 after. */
  private static boolean thousands(String folded, int at) {
    int before = 0;
    while (at - before - 1 >= 0 && Character.isDigit(folded.charAt(at - before - 1))) {
      before++;
    }
    int start = at - before;
    boolean lotNumber = start > 0 && LOT_NOUNS.indexOf(folded.charAt(start - 1)) >= 0;
    int after = 0;
    while (at + after + 1 < folded.length() && Character.isDigit(folded.charAt(at + after + 1))) {
      after++;
    }
    return before >= 1 && before <= GROUP && after == GROUP && !lotNumber;
  }
}
