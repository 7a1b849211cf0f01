package org.tenderwatch.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A line that heads one lot's winners in {@link Suppliers} ("采购包1：", "第一包（龙芯）：", "一标段", "【包1】",
 * "包号：1", "标项名称：标项一 课桌椅"): the winners below it, up to the next such line, are that lot's. Group 1 of
 * the matcher returned is the lot's name as the page writes it.
 */
final class LotHeadings {

  /**
   * The lot's name alone, maybe in 【】 brackets, with a note in brackets or a short name after a colon; not a
   * winner's name after the colon (that is "包1：X公司", a lot and its winner on one line).
   */
  private static final Pattern NAMED = Pattern.compile("^[【\\[]?(" + LotNames.SPACED + "|" + LotNames.WORDED
      + ")[】\\]]?\\s*(?:\\(.*\\))?\\s*(?::\\s*(?![^:,，。;；]*" + SupplierNames.ORG_END + "$)[^:,，。;；]{1,30})?:?\\s*$");
  /**
   * A lot's number after its label ("包号：1", "标段号：2", a railway's "包件编号：P02(包件名称：信号电缆)"): the number
   * is the lot, as a 包号 column's cell is.
   */
  private static final Pattern NUMBERED = Pattern.compile("^(?:采购|标|分|合同)?(?:包件|包|包组|标段|标项)(?:号|编号)"
      + "\\s*:\\s*([0-9A-Za-z一二三四五六七八九十]{1,6})\\s*(?:\\(.*\\))?\\s*$");
  /**
   * A lot's name after its noun or a 名称 label, then what the lot buys ("标项名称：标项一 课桌椅", "包名称：包2（空调）",
   * "标段：一标段").
   */
  private static final Pattern TITLED = Pattern.compile("^(?:采购|标|分|合同)?(?:包|包组|标段|标项)(?:名称)?\\s*:\\s*("
      + LotNames.SPACED + "|" + LotNames.WORDED + ")(?:[\\s(:].*)?$");

  private LotHeadings() {}

  /** The matcher that read the folded line as a lot's heading, or null. */
  static Matcher heading(String folded) {
    for (Pattern p : new Pattern[] {NAMED, NUMBERED, TITLED}) {
      Matcher m = p.matcher(folded);
      if (m.matches()) {
        return m;
      }
    }
    return null;
  }
}
