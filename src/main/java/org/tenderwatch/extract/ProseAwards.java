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
  private static final String AMOUNT_WORD = "(?:总?金额|价格|总?价|报价)";
  /** "成交单位及成交价：X，Y元": the winner and then its amount, after one label naming both. */
  private static final Pattern NAME_AND_AMOUNT = Pattern.compile("^(?:[0-9一二三四五六七八九十]+[、.]\\s*)?[预拟]?"
      + Suppliers.WINNER + "(?:供应商|人|单位|公司)(?:名称)?(?:及|和|与|、)" + Suppliers.WINNER + "?" + AMOUNT_WORD
      + Suppliers.UNIT + "\\s*:\\s*" + ORG + "\\s*[,，]\\s*(?:" + Suppliers.WINNER + "?" + AMOUNT_WORD
      + "\\s*(?:为|:)?\\s*)?" + FIGURE);
  /** "第一标段：X，中标价Y元" (also "包1：X，成交金额：Y"): a lot, its winner, then the winner's amount. */
  private static final Pattern LOT_WINNER = Pattern.compile("(第[0-9A-Za-z一二三四五六七八九十]+(?:包|标包|标段|标项|分包)"
      + "|(?:采购包|合同包|标包|分包|标段|标项|包)[0-9A-Za-z一二三四五六七八九十]+)\\s*:\\s*" + ORG + "\\s*[,，]\\s*"
      + Suppliers.WINNER + AMOUNT_WORD + "\\s*(?:\\(\\s*(万元|元)\\s*\\))?\\s*(?:为|:)?\\s*" + FIGURE);

  private ProseAwards() {}

  /** Reads the line's winners into {@code out}; whether it held any. */
  static boolean read(String text, String folded, Deque<String> lots, List<SupplierAward> out) {
    Matcher both = NAME_AND_AMOUNT.matcher(folded);
    if (both.lookingAt()) {
      Amount a = Amounts.parse(text.substring(both.start(3), both.end(3)), "万元".equals(both.group(1)));
      Suppliers.add(out, text.substring(both.start(2), both.end(2)), null, a, lots);
      return true;
    }
    Matcher lot = LOT_WINNER.matcher(folded);
    boolean any = false;
    while (lot.find()) {
      Amount a = Amounts.parse(text.substring(lot.start(4), lot.end(4)), "万元".equals(lot.group(3)));
      Suppliers.add(out, text.substring(lot.start(2), lot.end(2)), text.substring(lot.start(1), lot.end(1)), a, lots);
      any = true;
    }
    return any;
  }
}
