package org.tenderwatch.extract;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tenderwatch.extract.TextRender.Line;

/**
 * The 最高限价 (split out of {@link Budgets}, size rule). Its label's value first: several lots in it
 * ("包1-10000000.00元,包2-1500000.00元", "第1包:9944.9520万元,第2包:…", "包1：100万元；包2：80万元") give their sum;
 * "同预算金额", "见采购文件" or "无" give none. A label stated once under each lot's heading ("采购包1：" / 最高限价：…,
 * "采购包2：" / 最高限价：…) gives the lots' sum. Then a sentence ("本工程招标控制价：…", "最高限价为…"), then a table's
 * 最高限价 column, read as a budget column is: its 合计 row, else the sum of its lots (山东's 包号 | 预算金额(万元) |
 * 最高限价(万元) table of 13 包, no total). Last, a ceiling the bids may not pass ("投标报价不得超过120万元"), which is
 * what a max price is. Each sum where no total is stated is noted among the problems.
 */
final class MaxPrices {

  private MaxPrices() {}

  static final String LOTS = "maxPrice: no total stated; the sum of %d lots' max prices";
  private static final String LISTED = "maxPrice: no total stated; the sum of the lots listed under 最高限价";

  /** A price per unit ("单价最高限价：3500元/台") is no total. */
  private static final String PER_UNIT = "(?!\\s*/)";

  /**
   * "本项目招标控制价为1234567.89元。": a max price stated in a sentence, up to its clause's or line's end ("最高限价为
   * 预算金额" states no figure of its own, and the next line's is the budget's); or a figure straight
   * after the word, a colon between them or none ("本项目最高限价96万元，", "本工程招标控制价：1234567.89元": the label
   * after 本工程 does not start a word, so the label readers miss it).
   */
  private static final List<String> SENTENCE_WORDS = List.of("招标控制价", "最高投标限价", "最高限价", "控制价", "投标限价",
      "采购限价", "拦标价", "上限价", "报价上限");
  private static final Pattern SENTENCE = Pattern.compile("(?:" + String.join("|", SENTENCE_WORDS) + ")"
      + "(?:\\([^()]{1,12}\\))?" // a note: "招标控制价（最高投标限价）为…"
      + "\\s*(?:(?:为|是)\\s*[:：]?\\s*((?:[^，。；;,\\n]|,(?=[0-9]{3})){1,40})|:?\\s*(" + Amounts.IN_SENTENCE + ")"
      + Budgets.NOT_A_BOUND + PER_UNIT + ")");
  /** The bids' ceiling in a sentence: "投标报价不得超过120万元", "报价均不得高于人民币50万元". */
  private static final Pattern BID_CEILING = Pattern.compile("(?:投标|响应|磋商|谈判)?(?:总)?报价\\s*(?:均)?\\s*"
      + "(?:不得|不能|不应|不可)\\s*(?:超过|高于)\\s*(" + Amounts.IN_SENTENCE + ")");

  static Budgets.Found maxPrice(String text, List<Line> body) {
    return Budgets.placeholder(stated(text, body));
  }

  private static Budgets.Found stated(String text, List<Line> body) {
    // each after its lot's name, which the label readers take for a word ("一标段招标控制价：…")
    Budgets.Found lots = LotSentences.sum(text, SENTENCE, LOTS);
    if (lots != null) {
      return lots;
    }
    Budgets.Found labelled = labelled(text); // null when no label has a value
    if (labelled != null && labelled.amount() != null) {
      return labelled;
    }
    // "最高限价：同预算金额" states none; the pattern tries its words at every offset, so only a text holding one
    Amount stated = labelled == null && SENTENCE_WORDS.stream().anyMatch(text::contains) ? sentence(text, SENTENCE)
        : null;
    if (stated != null) {
      return new Budgets.Found(stated, null);
    }
    Budgets.Found column = AmountColumns.maxPrice(body);
    if (column.amount() == null && labelled == null) {
      column = GluedLotRows.maxPrice(body); // the columns run into one line, nothing between the cells
    }
    return column.amount() != null || labelled != null ? column
        : new Budgets.Found(text.contains("超过") || text.contains("高于") ? sentence(text, BID_CEILING) : null, null);
  }

  /**
   * The first of the labels with a value of its own decides: the sum of its values when each stands under its own
   * lot's heading, else its first value; null when no label has a value.
   */
  private static Budgets.Found labelled(String text) {
    for (String label : FieldLabels.MAX_PRICE) {
      Labels.Value v = LotLists.find(text, List.of(label));
      if (v == null) {
        continue;
      }
      List<BudgetLots.Stated> lots = BudgetLots.stated(text, label, MaxPrices::read);
      if (lots.size() > 1 && lots.stream().allMatch(s -> s.mark() != null)
          && lots.stream().map(BudgetLots.Stated::mark).distinct().count() == lots.size()) {
        return new Budgets.Found(Budgets.sum(lots.stream().map(BudgetLots.Stated::amount).toList()),
            String.format(Locale.ROOT, LOTS, lots.size()));
      }
      Amount listed = LotLists.sum(v.text(), v.unit());
      return listed != null ? new Budgets.Found(listed, LISTED) : new Budgets.Found(read(v), null);
    }
    return null;
  }

  /**
   * A ceiling for each unit before its figure ("最高限价：每台不超过5000元"): a unit price, as "5000元/台" is, no total.
   * Each year or school year is a year's contract sum, as "/年" is.
   */
  private static final Pattern EACH = Pattern.compile("^[^0-9]{0,8}每\\s*(?!年|学年)\\p{IsHan}");

  /** A value that says a max price is set, then states it: "本项目设最高限价，为118万元". */
  private static final Pattern SET_THEN = Pattern.compile("^[^0-9:]{0,16}?为\\s*(" + Amounts.IN_SENTENCE + ")");

  /** One value: its lots' sum, else its amount read without a lot's name before it; a unit's ceiling is none. */
  private static Amount read(Labels.Value v) {
    String folded = Fold.fold(v.text());
    if (EACH.matcher(folded).find()) {
      return new Amount(v.text(), null);
    }
    Amount listed = LotLists.sum(v.text(), v.unit());
    Amount read = listed != null ? listed : LotLists.lotAmount(LotLists.cutAmount(v.text()), v.unit());
    Matcher set = read == null ? SET_THEN.matcher(folded) : null;
    return set != null && set.find() ? Amounts.parse(set.group(1)) : read;
  }

  private static Amount sentence(String text, Pattern sentence) {
    Matcher m = sentence.matcher(Fold.fold(text));
    Amount a = !m.find() ? null
        : Amounts.parse(m.group(1) != null || m.groupCount() < 2 ? m.group(1) : m.group(2));
    return a != null && a.cny() != null ? a : null;
  }
}
