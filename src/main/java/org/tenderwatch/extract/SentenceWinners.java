package org.tenderwatch.extract;

import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Winners a sentence names rather than a label of their own line: "经评审，中标供应商为：X，中标金额：Y。", "确定X为中标人，
 * 中标价…", and lots one after the other in one sentence ("本项目第1包中标人为X，中标金额12万元；第2包中标人为Y，…"), each
 * with the amount that follows it before the next winner. Matching runs on width-folded text; names and amounts are cut
 * from the original (folding keeps offsets).
 */
final class SentenceWinners {

  /**
   * A winner in a sentence ("经评审，中标供应商为：X，", "确定中标人为X。", "本工程中标单位为X", "招标人确定的中标人：X",
   * a 公示's proposed one "拟中标人：X，中标价…"):
   * after 为 or a colon, up to
   * a clause mark; a lot before the label says whose winner it is ("第2包中标人为Y").
   */
  private static final Pattern INLINE_NAME = Pattern.compile("(?:^|[,，。;；\\s]|确定的?|(?:本|该)(?:项目|工程|标段|标包|包|次))"
      + "(?:(?<lot>" + Suppliers.LOT_NO_MARK + ")\\s*的?)?[预拟]?" + Suppliers.WINNER
      + "(?:供应商|人|单位|公司)(?:名称)?\\s*(?:为\\s*:?|:|是(?=[^,，。;；\\s:]{2,60}?" + SupplierNames.ORG_END
      + "(?:[,，。;；\\s]|$)))\\s*(?<name>[^,，。;；\\s:]{4,60})");
  /**
   * A winner named before its role ("确定甲公司为中标单位，中标金额为…", "推荐乙公司为本项目成交供应商"), as school and
   * hospital notices write it; "为第一中标候选人" is a candidate's and never matches (候 follows 中标).
   */
  private static final Pattern NAMED_AS = Pattern.compile("(?:确定|推荐|选定)\\s*(?<name>[^,，。;；\\s:]{2,60}?"
      + SupplierNames.ORG_END + ")\\s*(?:为|作为)\\s*(?:本项目|该项目|本次)?的?" + Suppliers.WINNER
      + "(?:供应商|人|单位|公司)(?!候选)");
  /**
   * A winner the sentence says was made one, or is one: "经评审，X公司被确定为中标人，中标价…", a hospital's 比选 "经比选小组
   * 评审，X公司为中选单位，中选价格…"; never a candidate.
   */
  private static final Pattern PASSIVE = Pattern.compile("(?:^|(?<=[,，。;；:\\s]))(?<name>[^,，。;；\\s:]{2,60}?"
      + SupplierNames.ORG_END + ")\\s*(?:被(?:确定|推荐|选定|评定))?为\\s*(?:本项目|该项目|本次)?的?" + Suppliers.WINNER
      + "(?:供应商|人|单位|公司)(?!候选)");
  /**
   * A winner the result says the project went to: "本项目由X中标，中标价为…", "最终由X成交"; never a candidate
   * ("由X中标候选人…" is no such sentence).
   */
  private static final Pattern WON_BY = Pattern.compile("(?:^|[,，。;；:\\s]|本项目|该项目|本工程|本次|最终)由\\s*(?<name>[^,，。;；\\s:]{2,60}?"
      + SupplierNames.ORG_END + ")\\s*(?:中标|成交|中选)(?!候选)");
  /** A winner the sentence says won: "经评审，X公司中标，中标金额为…", "X公司成交。"; the clause ends after the verb. */
  private static final Pattern WON = Pattern.compile("(?:^|(?<=[,，。;；:\\s]))(?<name>[^,，。;；\\s:]{2,60}?"
      + SupplierNames.ORG_END + ")\\s*(?:中标|成交|中选)(?=[,，。;；]|$)");
  /**
   * Words before a passive winner's name in its clause: a candidate's rank ("第一中标候选人X为中标人") or the decision
   * ("采购人确认X为成交供应商"); the name is what follows the last of them.
   */
  private static final Pattern NAME_LEAD = Pattern.compile("^.*(?:候选(?:人|供应商|单位)|确认|确定|同意|选定)\\s*");
  /** A hospital's 院内议价 naming who will supply: "最终确定由X供货，议价金额为8.5万元". */
  private static final Pattern SUPPLIED_BY = Pattern.compile("确定\\s*由\\s*(?<name>[^,，。;；\\s:]{2,60}?"
      + SupplierNames.ORG_END + ")\\s*(?:供货|承接|承担|提供)");
  /**
   * The amount after its word, with 为, a colon, or the figure straight after it ("中标价1000000元", "中标价人民币…",
   * in capitals "中标价壹拾万元整（¥…）"), up to a clause mark; a hospital's 院内议价 result states its 议价金额, a
   * winner's sentence may call it its 报价 ("成交供应商：X，报价（元）：…"); a currency's mark may stand in brackets
   * between the word and the figure ("中标价（￥）110000元", "成交价（人民币）："); a comma before three digits is a
   * thousands mark ("1,200,000.00元", folded "¥1,200,000.00"), not a clause's end.
   */
  static final Pattern INLINE_AMOUNT = Pattern.compile("(?:(?:" + Suppliers.WINNER + "|议价)(?:金额|价格|价)|(?:最终|投标)?报价)"
      + "\\s*(?:\\(\\s*(?:人民币|¥|RMB)?\\s*(万元|元)?\\s*\\))?\\s*(?:为\\s*:?|:|(?=[¥￥$0-9零壹贰叁肆伍陆柒捌玖拾]|人民币|RMB))\\s*((?:[^,，。;；]|,(?=[0-9]{3}))+)");

  /** A 中标通知书's addressee: "致：X公司" ("致：X公司："), on a line of its own. */
  private static final Pattern ADDRESSEE = Pattern.compile("^致\\s*:\\s*([^\\s:,，。;；]{2,60}?" + SupplierNames.ORG_END
      + ")\\s*:?\\s*$");
  /** The letter telling it that it won ("…投标文件已被我方接受，被确定为中标人"); not "未被…", "没有被…". */
  private static final Pattern YOU_WON = Pattern.compile("(?<![未没有不被])(?:被|将你方|将贵方)?确定为中标(?:人|单位|供应商)(?!候选)");
  /** How many lines after the addressee the letter says so. */
  private static final int LETTER_LINES = 3;

  private SentenceWinners() {}

  /**
   * A 中标通知书 published as the result: the winner is the addressee the letter tells it won. Its amount, on a line
   * of its own ("中标价：…"), is the notice's one stated amount (Suppliers.oneAmount).
   */
  static boolean addressee(List<TextRender.Line> lines, int at, Deque<String> lots, List<SupplierAward> out) {
    String text = lines.get(at).text();
    Matcher to = ADDRESSEE.matcher(Fold.fold(text));
    if (!to.matches()) {
      return false;
    }
    for (int j = at + 1; j < Math.min(lines.size(), at + 1 + LETTER_LINES); j++) {
      if (YOU_WON.matcher(Fold.fold(lines.get(j).text())).find()) {
        Suppliers.add(out, text.substring(to.start(1), to.end(1)), null, null, lots);
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a folded line has a word every winner pattern needs (中标, 成交, 中选: {@link Suppliers#WINNER}). Most lines
   * have none, and the patterns try a name of up to 60 characters at every position: this check keeps them off.
   */
  static boolean namesWinner(String folded) {
    return folded.contains("中标") || folded.contains("成交") || folded.contains("中选");
  }

  /** The first winner a sentence of the folded line names, or null. */
  static Matcher find(String folded) {
    boolean worded = namesWinner(folded);
    for (Pattern form : FORMS) {
      // every form holds a winner word but "确定由X供货", which holds 确定
      if (form == SUPPLIED_BY ? folded.contains("确定") : worded) {
        Matcher m = form.matcher(folded);
        if (m.find()) {
          return m;
        }
      }
    }
    return null;
  }

  /**
   * The sentence forms in the order they are tried: "中标供应商为：X", "确定X为中标人", "X被确定为中标人", "确定由X供货",
   * "本项目由X中标", "经评审，X中标".
   */
  private static final List<Pattern> FORMS = List.of(INLINE_NAME, NAMED_AS, PASSIVE, SUPPLIED_BY, WON_BY, WON);

  /** Whether an amount follows the winner {@code m} found. */
  static boolean amountAfter(String folded, Matcher m) {
    return INLINE_AMOUNT.matcher(folded).region(m.end(), folded.length()).find();
  }

  /** The amount after {@code from} and before {@code to} in the line, or null. */
  static Amount amountIn(String text, String folded, int from, int to) {
    Matcher a = INLINE_AMOUNT.matcher(folded).region(from, to);
    return a.find() ? Amounts.parse(text.substring(a.start(2), a.end(2)), "万元".equals(a.group(1))) : null;
  }

  /**
   * Reads the winner {@code m} found and every one after it on the line, each with the amount between it and the
   * next: one sentence may give each lot its winner.
   */
  static void read(String text, String folded, Matcher m, Deque<String> lots, List<SupplierAward> out) {
    boolean more = true;
    while (more) {
      int start = m.start("name");
      boolean named = m.pattern() == PASSIVE || m.pattern() == NAMED_AS; // "确定第一中标候选人X为中标人" too
      Matcher lead = named ? NAME_LEAD.matcher(folded).region(start, m.end("name")) : null;
      if (lead != null && lead.lookingAt() && m.end("name") - lead.end() >= 4) {
        start = lead.end(); // "第一中标候选人X为中标人": X
      }
      String name = text.substring(start, m.end("name"));
      String lot = m.pattern() == INLINE_NAME && m.group("lot") != null ? text.substring(m.start("lot"), m.end("lot"))
          : null;
      int from = m.end();
      int nameEnd = m.end("name");
      more = m.find();
      int to = more ? m.start() : folded.length();
      Amount amount = amountIn(text, folded, from, to);
      Suppliers.add(out, name, lot, amount != null ? amount : note(text, folded, start, nameEnd, to), lots);
    }
  }

  /**
   * The amount of a note in brackets the name ran into: "成交单位：X公司（成交价：人民币86,500.00元）" on a line that
   * opens with other text (a run-on copy's title) is read as a sentence, its name up to the note's colon; the note,
   * to its closing bracket, states the winner's amount ({@link SupplierNames#noteAmount}).
   */
  private static Amount note(String text, String folded, int start, int nameEnd, int to) {
    int open = folded.indexOf('(', start);
    int close = open < 0 || open >= nameEnd ? -1 : folded.indexOf(')', nameEnd);
    return close < 0 || close >= to ? null : SupplierNames.noteAmount(text.substring(start, close + 1));
  }
}
