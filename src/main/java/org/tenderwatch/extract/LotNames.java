package org.tenderwatch.extract;

/**
 * A lot's name, as every reader of lots spells it: "第二标段", "第1包", "包1", "采购包2", "标项一", "A分标" (广西). One
 * vocabulary, so a lot noun a portal uses is known to the supplier, budget, table and run-on readers alike. Strings,
 * not patterns: each reader sets the name in its own context (a line of its own, a label's lead, a cell).
 */
final class LotNames {

  private LotNames() {}

  /** A lot's number: "2", "二", "十二", "A" (letters: "包A", 广西's "A分标"). */
  static final String NO = "[0-9A-Za-z一二三四五六七八九十]+";
  /** The nouns after a lot's number ("第二标段", "第1包", "第一包组", "第三分标"); longest first. */
  static final String AFTER = "包组|标包|标段|标项|分包|分标|包";
  /** The nouns before it ("包1", "采购包2", "合同包3", "标段一", "包组1", "包件一"); longest first. */
  static final String BEFORE = "采购包|合同包|包组|包件|标包|分包|标段|标项|包";
  /** 广西's lots: "A分标", "B分标". */
  private static final String LETTER = "[A-Z0-9]{1,2}分标";

  /**
   * A lot's name anywhere in a text: 第 before a number then its noun, or the noun then the number, no group. In
   * running text a bare figure before 包 is a quantity ("采购数量：2包"), so 第 is required there.
   */
  static final String MARK = "第" + NO + "(?:" + AFTER + ")|(?:" + BEFORE + ")" + NO + "|" + LETTER;
  /** The same with spaces inside, as a name set on a line of its own is spaced ("第 1 包", "包组 2"). */
  static final String SPACED = "第\\s*" + NO + "\\s*(?:" + AFTER + ")|(?:" + BEFORE + ")\\s*" + NO + "|" + LETTER;
  /**
   * A lot's name heading a line of its own without 第, its number a word or a letter ("一标段", "二标段", "A包"): a
   * bare figure there may be a count kept one cell a line ("2包"), a numeral word or a letter is not.
   */
  static final String WORDED = "[一二三四五六七八九十A-Z]+(?:" + AFTER + ")";
  /**
   * A lot's name where it opens a cell, a value or a name ("一标段", "2包：100万元", "A包-X公司"): there a figure
   * before the noun can only number the lot, so 第 may be left out.
   */
  static final String LEADING = "第?" + NO + "(?:" + AFTER + ")|(?:" + BEFORE + ")" + NO;
}
