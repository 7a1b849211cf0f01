package org.tenderwatch.extract;

import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Winners that municipal and school CMS notices write in one line of prose rather than under a label of their own:
 * a combined label "成交单位及成交价：X，Y元" ("中标人及中标价", "成交供应商和成交金额"), and one winner per lot
 * "第一标段：X，中标价Y元；第二标段：Z，中标价W元。". The name must end as an organisation's does; all matching runs on
 * width-folded text, and names and amounts are cut from the original (folding keeps offsets).
 */
final class ProseAwards {

  private static final String ORG = "([^,，。;；:\\s]{2,60}?" + SupplierNames.ORG_END + ")";
  /** A figure and its unit; its thousands commas stay in it ("1,200,000元"). */
  private static final String FIGURE = "((?:人民币)?\\s*[¥￥]?\\s*[0-9][0-9,.]*\\s*(?:亿元|万元|元)?)";
  /** A figure written with its unit or after ¥ ("¥256,000.00元", "100000元"): an amount even without its label. */
  private static final String UNIT_FIGURE_TEXT =
      "(?:人民币)?\\s*[¥￥]\\s*[0-9][0-9,.]*\\s*(?:亿元|万元|元)?|[0-9][0-9,.]*\\s*(?:亿元|万元|元)";
  private static final String AMOUNT_WORD = "(?:总?金额|价格|总?价|报价)";
  /** "成交单位及成交价：X，Y元": the winner and then its amount, after one label naming both. */
  private static final Pattern NAME_AND_AMOUNT = Pattern.compile("^(?:[0-9一二三四五六七八九十]+[、.]\\s*)?[预拟]?"
      + Suppliers.WINNER + "(?:供应商|人|单位|公司)(?:名称)?(?:及|和|与|、)" + Suppliers.WINNER + "?" + AMOUNT_WORD
      + Suppliers.UNIT + "\\s*:\\s*" + ORG + "\\s*[,，]\\s*(?:" + Suppliers.WINNER + "?" + AMOUNT_WORD
      + "\\s*(?:为|:)?\\s*)?" + FIGURE);
  /**
   * "第一标段：X，中标价Y元" (also "包1：X，成交金额：Y", "一标段：中标人X，中标价Y元", "包1：X，100000元"): a lot, its
   * winner (after its label without a colon, maybe: a label with one is a block's, cut apart by RunOn), then the winner's amount, after its word or a figure with its unit. A lot
   * without 第 ("一标段") only where a clause starts.
   */
  static final Pattern LOT_WINNER = Pattern.compile("(" + Suppliers.LOT_NO_MARK + "|(?<![^,，。;；\\s])(?:"
      + LotNames.LEADING + "))\\s*:\\s*(?:" + Suppliers.WINNER + "(?:供应商|人|单位)(?:名称)?\\s*为?\\s*)?" + ORG
      + "\\s*[,，]\\s*(?:"
      + Suppliers.WINNER + AMOUNT_WORD + "\\s*(?:\\(\\s*(万元|元)\\s*\\))?\\s*(?:为|:)?\\s*" + FIGURE + "|("
      + UNIT_FIGURE_TEXT + ")(?=[,，。;；\\s]|$))");
  /**
   * A winner that won at its price, as a works or 询价 result says it: "X以人民币1,234,567.00元中标", "X以36800元的价格
   * 成交"; a clause's start before the name, and never a candidate's (中标候选人). A 网上竞价 result may put 最终 before
   * the name and the price's word before the figure ("最终X以最低价96,500元成交").
   */
  private static final Pattern PRICED_WIN = Pattern.compile("(?:^|(?<=[,，。;；:\\s]))(?:(?:本|该)(?:项目|工程|次)?由|最终|最后)?"
      + ORG + "\\s*以\\s*(?:最低|最终)?(?:报价|价格|价)?\\s*" + FIGURE
      + "\\s*的?(?:价格|报价|总价|价)?\\s*" + Suppliers.WINNER + "(?!候选)");
  /** The result as a label and its winner: "成交结果：X，成交价9.8万元。", "中标结果：X". */
  private static final Pattern RESULT_NAMED = Pattern.compile("^(?:[0-9一二三四五六七八九十]+[、.]\\s*)?"
      + "(?:中标|成交|采购)结果\\s*:\\s*" + ORG + "(?=[,，。;；\\s]|$)");

  /** The pre-2020 template's "五、中标（成交）供应商名称、地址和中标（成交）金额：", its winners after it. */
  private static final Pattern COMBINED_LABEL = Pattern.compile("^(?:[一二三四五六七八九十0-9]+[、.]\\s*)?"
      + Suppliers.WINNER + "?供应商名称[、,，]\\s*(?:联系)?地址(?:和|及|、)" + Suppliers.WINNER + "?" + AMOUNT_WORD
      + Suppliers.UNIT + "\\s*:\\s*");
  /** One winner under it: "包1：X，某市某路1号，¥256,000.00元" (the lot optional, the amount the figure with a unit). */
  private static final Pattern COMBINED_ROW = Pattern.compile("^(?:(" + Suppliers.LOT_NO_MARK + ")\\s*[:、]?\\s*)?"
      + ORG + "(?=[,，\\s])");
  private static final Pattern UNIT_FIGURE = Pattern.compile(UNIT_FIGURE_TEXT);
  private static final int COMBINED_LINES = 8;

  private ProseAwards() {}

  /**
   * The winners under a combined label, on its line or the lines after it up to the next section or table; returns
   * the index of the first line not read, or {@code at} when the line is no such label.
   */
  static int combined(List<TextRender.Line> lines, int at, Deque<String> lots, List<SupplierAward> out) {
    String text = lines.get(at).text();
    Matcher label = COMBINED_LABEL.matcher(Fold.fold(text));
    if (!label.lookingAt()) {
      return at;
    }
    String unit = label.group(1);
    combinedRow(text.substring(label.end()), unit, lots, out);
    int j = at + 1;
    for (; j < Math.min(lines.size(), at + 1 + COMBINED_LINES); j++) {
      TextRender.Line l = lines.get(j);
      if (l.isRow() || Suppliers.SECTION.matcher(Fold.fold(l.text())).lookingAt()) {
        break;
      }
      if (!l.text().isBlank() && !combinedRow(l.text(), unit, lots, out)) {
        break; // labelled rows after it ("中标供应商名称：X", "中标金额：Y") are read as a block, not here
      }
    }
    return j;
  }

  private static boolean combinedRow(String text, String unit, Deque<String> lots, List<SupplierAward> out) {
    String folded = Fold.fold(text.strip());
    Matcher row = COMBINED_ROW.matcher(folded);
    if (!row.lookingAt()) {
      return false;
    }
    String stripped = text.strip();
    Matcher f = UNIT_FIGURE.matcher(folded);
    // one figure with a unit is the award; several are a phone number or more than one price, not one award
    Amount a = f.find(row.end()) && !UNIT_FIGURE.matcher(folded).region(f.end(), folded.length()).find()
        ? Suppliers.labelled(stripped.substring(f.start(), f.end()), unit) : null;
    String lot = row.group(1) == null ? null : stripped.substring(row.start(1), row.end(1));
    Suppliers.add(out, stripped.substring(row.start(2), row.end(2)), lot, a, lots);
    return true;
  }

  /** Reads the line's winners into {@code out}; whether it held any. */
  static boolean read(String text, String folded, Deque<String> lots, List<SupplierAward> out) {
    // the readings but a lot's need a winner word, or 结果 ("采购结果：X"): most lines have neither
    boolean worded = SentenceWinners.namesWinner(folded);
    Matcher both = NAME_AND_AMOUNT.matcher(folded);
    if (worded && both.lookingAt()) {
      Amount a = Suppliers.labelled(text.substring(both.start(3), both.end(3)), both.group(1));
      Suppliers.add(out, text.substring(both.start(2), both.end(2)), null, a, lots);
      return true;
    }
    Matcher lot = LOT_WINNER.matcher(folded);
    boolean any = false;
    while (mayNameLotWinners(folded) && lot.find()) {
      int f = lot.start(4) >= 0 ? 4 : 5; // the figure after its word, or the figure with its unit
      Amount a = Suppliers.labelled(text.substring(lot.start(f), lot.end(f)), lot.group(3));
      Suppliers.add(out, text.substring(lot.start(2), lot.end(2)), text.substring(lot.start(1), lot.end(1)), a, lots);
      any = true;
    }
    return any || (worded || folded.contains("结果")) && result(text, folded, out, lots);
  }

  /**
   * Whether {@link #LOT_WINNER} can match: it needs a lot's noun (each of {@link LotNames}' holds 包 or 标), a colon
   * after it and a comma after the winner. Most lines lack one of them and are spared a search from every offset.
   */
  private static boolean mayNameLotWinners(String folded) {
    return folded.indexOf(':') >= 0 && (folded.indexOf('包') >= 0 || folded.indexOf('标') >= 0)
        && (folded.indexOf(',') >= 0 || folded.indexOf('，') >= 0);
  }

  /** "X以Y元中标", "成交结果：X，成交价Y": the winner and the amount its sentence states. */
  private static boolean result(String text, String folded, List<SupplierAward> out, Deque<String> lots) {
    Matcher priced = PRICED_WIN.matcher(folded);
    if (priced.find()) {
      Amount a = Suppliers.labelled(text.substring(priced.start(2), priced.end(2)), null);
      Suppliers.add(out, text.substring(priced.start(1), priced.end(1)), null, a, lots);
      return true;
    }
    Matcher named = RESULT_NAMED.matcher(folded);
    if (!named.lookingAt()) {
      return false;
    }
    Amount a = SentenceWinners.amountIn(text, folded, named.end(), folded.length());
    Suppliers.add(out, text.substring(named.start(1), named.end(1)), null, a, lots);
    return true;
  }
}
