package org.tenderwatch.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A works tender's estimated investment read as its budget, the last resort of {@link Budgets}: the 标准施工招标文件
 * template's 项目概况 often states no 预算, 估算价 or 控制价 but "本工程投资约620万元" (苍南's Word-pasted 施工 tenders).
 * Read only when the notice lets the works themselves (施工, 工程总承包) and states no max price: a 监理, 设计 or 勘察
 * tender's 投资 is the works' cost its fee is reckoned on, not the fee, and a stated max price is the contract's
 * ceiling where the investment may cover more (land, equipment).
 */
final class Investments {

  private Investments() {}

  /** "本工程投资约620万元", "项目总投资：1200万元", "工程估算投资为35.6万元": the figure and its unit. */
  private static final Pattern INVESTMENT = Pattern.compile("(?:总投资|工程投资|项目投资|估算投资|计划投资|投资总额|投资额|投资)"
      // a note in brackets may stand before the figure: "静态总投资(不含建设期利息)约为164131.59万元" (常德)
      + "\\s*(?:估算)?\\s*(?:[(（][^()（）]{1,12}[)）])?\\s*(?:约为|约|为|是|:)?\\s*(?:人民币)?\\s*约?\\s*(" + Amounts.IN_SENTENCE + ")");
  /** The tender lets the works: "现对该项目的施工进行公开招标", "…施工招标公告", "施工发包", "工程总承包". */
  private static final Pattern WORKS_LET =
      Pattern.compile("施工\\s*(?:进行)?\\s*(?:公开|邀请)?\\s*(?:招标|发包)(?!代理)"
          + "|工程总承包\\s*(?:进行)?\\s*(?:公开|邀请)?\\s*招标(?!代理)");
  /**
   * An investment named as a bidder's qualification, not this project's: "单项合同投资额1000万元以上的类似业绩".
   * Looked for just before and just after the figure.
   */
  private static final Pattern QUALIFICATION_BEFORE = Pattern.compile("(?:合同|业绩|类似)[^。；;]{0,6}$");
  private static final Pattern QUALIFICATION_AFTER = Pattern.compile("^\\s*(?:以上|以下|及以上|\\(含\\)以上|的类似)");
  private static final int CONTEXT = 12;

  static final String PROBLEM = "budget: none stated; the works' estimated investment (投资) read as the budget";

  /**
   * The investment a works tender states, when it is the only amount to read as its budget (no max price: {@code
   * maxPrice} null); else null.
   */
  static Amount budget(String text, Amount maxPrice) {
    String folded = Fold.fold(text);
    if (!WORKS_LET.matcher(folded).find()) {
      return null;
    }
    Matcher m = INVESTMENT.matcher(folded);
    while (m.find()) {
      if (qualification(folded, m)) {
        continue;
      }
      if (maxPrice != null) {
        return null;
      }
      Amount a = Amounts.parse(m.group(1));
      return a != null && a.cny() != null ? a : null;
    }
    return null;
  }

  private static boolean qualification(String folded, Matcher m) {
    String before = folded.substring(Math.max(0, m.start() - CONTEXT), m.start());
    String after = folded.substring(m.end(), Math.min(folded.length(), m.end() + CONTEXT));
    return QUALIFICATION_BEFORE.matcher(before).find() || QUALIFICATION_AFTER.matcher(after).find();
  }
}
