package org.tenderwatch.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tenderwatch.extract.TextRender.Line;

/**
 * Budgets and award totals (max prices: {@link MaxPrices}; a value's lots: {@link LotLists}). Totals before parts:
 * the notice's stated total (预算总金额) wins over a lot's 预算金额; without one, the lots' budgets are summed (and the
 * notice's problems say so), whether each lot has its label or one value lists them ("预算金额：第一包50万元，第二包
 * 30万元"); a table column whose header names a budget ("项目控制预算（单位：万元）") counts, its unit read from the
 * header.
 */
final class Budgets {

  /** A budget with what the notice's problems list should say about it (null when nothing). */
  record Found(Amount amount, String problem) {}

  /** A budget column's header in running text: its unit in brackets, no colon after it. */
  private static final Pattern BUDGET_HEADER =
      Pattern.compile("(?<!\\p{IsHan})(?:预算金额|采购预算|项目预算|预算)\\((?:单位:)?(亿元|万元|元)\\)(?!\\s*:)");
  /** A figure of four digits or more, not part of a code, a date or a longer number. */
  private static final Pattern HEADER_FIGURE =
      Pattern.compile("(?<![0-9A-Za-z.\\-/])[0-9]{4,}(?:\\.[0-9]+)?(?![0-9A-Za-z.\\-/:年月日号])");
  /**
   * A budget given as a range ("150-200万元", "150万元～200万元", a 采购意向's estimate): its ceiling, the most the buyer
   * means to spend, as a budget stated as a bound ("不超过200万元") is read. Width-folded; a span of years is none.
   */
  private static final Pattern RANGE = Pattern.compile("^\\s*(?:人民币)?\\s*[0-9][0-9,]*(?:\\.[0-9]+)?\\s*(?:亿元|万元|元)?"
      + "\\s*(?:-|~|—|至|到)\\s*([0-9][0-9,]*(?:\\.[0-9]+)?\\s*(亿元|万元|元)?)(?![0-9年月日号])");
  /** A figure with 以上/以下/以内 after it is a bound ("预算200万元以上的项目"), not the notice's amount. */
  static final String NOT_A_BOUND = "(?!\\s*(?:以上|以下|以内))";
  /**
   * A budget stated in a sentence, no label: "本项目预算为人民币300万元", "本项目预算金额为 3290500.00 元，其中：第一包…"
   * (the total comes first; the lots follow it), or in words with its figure in brackets ("采购项目预算金额为：壹拾万元整
   * （¥100,000.00）"), or a works project's approved cost ("财政审定预算造价为9561327元(其中暂列金450000元)", "…为￥9561327.00"):
   * any {@link Amounts#IN_SENTENCE}; a colon alone may stand before it where the label follows a Chinese char and so
   * is no label ("本项目采购预算：人民币120万元整。"); a campus 比选 rounds it ("项目预算约50万元").
   */
  private static final Pattern BUDGET_SENTENCE = Pattern.compile("(?:项目|采购|总)?预算(?:金额|资金|总额|总金额|造价)?"
      + "(?:(?:为|是|约为|约|共计)?\\s*:?\\s*)(" + Amounts.IN_SENTENCE + ")" + NOT_A_BOUND);

  /**
   * A number opening with a zero and no point ("01", "02"): a row's or lot's number that a table kept a cell a line
   * set under an amount column when its header broke a cell over two lines ("采购包" over "预算金额"), no amount.
   */
  private static final Pattern ROW_NUMBER = Pattern.compile("^\\s*0\\d{1,2}\\s*$");

  private Budgets() {}

  /** The notice's budget; {@code maxPrice} is its max price ({@link MaxPrices#maxPrice}), or null. */
  static Found budget(Map<String, String> summary, String text, List<Line> body, Amount maxPrice) {
    return placeholder(stated(summary, text, body, maxPrice));
  }

  /**
   * A zero where the amount goes ("预算金额：0.00元", "最高限价：0", a template's field left at its default) holds the
   * place of an amount not given: kept as written, with no yuan value.
   */
  static Found placeholder(Found f) {
    return new Found(placeholder(f.amount()), f.problem());
  }

  /**
   * The same for an amount read alone: ccgp's 公告概要 states a rate award's total as "总中标金额￥0.000000 万元" (its
   * winner priced by a 折扣率 or 下浮率), which is no award of nothing.
   */
  static Amount placeholder(Amount a) {
    return a == null || a.cny() == null || a.cny().signum() != 0 ? a : new Amount(a.text(), null);
  }

  private static Found stated(Map<String, String> summary, String page, List<Line> body, Amount maxPrice) {
    Amount fromSummary = Amounts.parse(summary.get("预算金额"));
    if (fromSummary != null) {
      return new Found(fromSummary, null);
    }
    // a correction's change table restates its items' values ("…；预算金额28,560.00元"): none is the notice's budget
    String text = ChangeTables.outside(page);
    Labels.Value total = LotLists.find(text, FieldLabels.BUDGET_TOTAL);
    if (total != null && parse(total) != null) {
      return new Found(parse(total), null);
    }
    Amount spanned = AmountColumns.spannedBudget(body); // a 合计 cell over the rows: before the rows' own labels
    if (spanned != null) {
      return new Found(spanned, null);
    }
    Found listed = BudgetLots.lotLines(text);
    if (listed != null) {
      return listed;
    }
    // the page's own labels first: a summary a copy flattened restates the total, never one more lot beside them
    Found labelled = labelled(FlatSummary.own(text));
    labelled = labelled != null ? labelled : labelled(text);
    if (labelled != null) {
      return labelled;
    }
    Found fromColumn = AmountColumns.budget(body);
    if (fromColumn.amount() != null) {
      return fromColumn;
    }
    Found lots = LotSentences.sum(text, BUDGET_SENTENCE, "budget: no total stated; the sum of %d lot budgets");
    if (lots != null) {
      return lots;
    }
    Amount stated = headerRow(text);
    stated = stated != null ? stated : sentence(text);
    Amount invested = stated != null ? null : Investments.budget(text, maxPrice);
    return invested != null ? new Found(invested, Investments.PROBLEM) : new Found(stated, null);
  }

  /**
   * The budget the first label with a value states: its one figure, or its total and lots, or the sum of its lots
   * (noted); null when no budget label has a figure.
   */
  private static Found labelled(String text) {
    for (String label : FieldLabels.BUDGET) {
      List<Amount> lots = new ArrayList<>();
      List<String> marks = new ArrayList<>();
      Labels.Value first = null;
      for (BudgetLots.Stated s : BudgetLots.stated(text, label, Budgets::parse)) {
        // the same figure again is the same budget restated, unless each stands under its own lot ("采购包1：" /
        // 预算金额：300000元, "采购包2：" / 预算金额：300000元)
        boolean restated = lots.stream().anyMatch(l -> l.cny().compareTo(s.amount().cny()) == 0)
            && (s.mark() == null || marks.contains(s.mark()) || marks.contains(null));
        if (!restated) {
          first = first == null ? s.value() : first;
          lots.add(s.amount());
          marks.add(s.mark());
        }
      }
      if (lots.size() == 1 || lots.size() > 1 && totalFirst(lots, marks)) {
        return new Found(lots.getFirst(), listedLots(first) ? BudgetLots.LISTED : null);
      }
      if (lots.size() > 1) {
        return new Found(sum(lots), "budget: no total stated; the sum of " + lots.size() + " lot budgets");
      }
    }
    return null;
  }

  /**
   * Whether the first of several budgets is the notice's total and the rest its lots ("预算金额：300万元" then "包1预算金额：
   * 100万元", "包2预算金额：200万元"): the rest add up to it, or it alone stands under no lot and is larger than each.
   */
  private static boolean totalFirst(List<Amount> found, List<String> marks) {
    Amount first = found.getFirst();
    List<Amount> rest = found.subList(1, found.size());
    if (rest.size() > 1 && sum(rest).cny().compareTo(first.cny()) == 0) {
      return true; // two equal lots ("采购包1/2：预算金额：300000元" each) are not a total and its one lot
    }
    return marks.getFirst() == null && marks.subList(1, marks.size()).stream().allMatch(java.util.Objects::nonNull)
        && rest.stream().allMatch(a -> a.cny().compareTo(first.cny()) < 0);
  }

  /** The first budget a sentence states ("预算为人民币300万元", "采购预算人民币120万元"), or null. */
  private static Amount sentence(String text) {
    Matcher m = BUDGET_SENTENCE.matcher(Fold.fold(text));
    return !m.find() ? null : Amounts.parse(m.group(1));
  }

  /**
   * A budget column of a header row flattened into text with its values ("标段编号 标段名称 采购方式 预算金额(元)投标供应商名称1
   * 桥梁检测 公开招标1471678.39 …"): a budget header with its unit in brackets and no colon names a column, and the
   * first figure of four digits or more after it on the line, in that unit, is its value (a row number, a date or a
   * code is none).
   */
  static Amount headerRow(String text) {
    Matcher h = BUDGET_HEADER.matcher(Fold.fold(text));
    if (!h.find()) {
      return null;
    }
    int end = text.indexOf('\n', h.end());
    String rest = text.substring(h.end(), end < 0 ? text.length() : end);
    Matcher figure = HEADER_FIGURE.matcher(Fold.fold(rest));
    return figure.find() ? Amounts.inUnit(rest.substring(figure.start(), figure.end()), h.group(1)) : null;
  }

  static Amount sum(List<Amount> parts) {
    BigDecimal sum = parts.stream().map(Amount::cny).reduce(BigDecimal.ZERO, BigDecimal::add);
    return new Amount(String.join(" + ", parts.stream().map(Amount::text).toList()), sum);
  }

  private static Amount parse(Labels.Value v) {
    if (ROW_NUMBER.matcher(v.text()).matches()) {
      return null;
    }
    // lots first, then their total in the same value ("第一包50万元，第二包30万元，合计80万元"): the total is the notice's
    String total = Amounts.statedTotal(v.text().lines().findFirst().orElse(""));
    if (total != null) {
      return lotOrUnit(total, v.unit());
    }
    Matcher range = RANGE.matcher(Fold.fold(v.text()));
    if (range.find() && (range.group(2) != null || v.unit() != null)) {
      Amount ceiling = lotOrUnit(v.text().substring(range.start(1), range.end(1)), v.unit());
      return ceiling == null ? null : new Amount(v.text().substring(0, range.end()).strip(), ceiling.cny());
    }
    Amount listed = LotLists.sum(v.text(), v.unit()); // lots and no total ("第一包50万元，第二包30万元"): their sum
    return listed != null ? listed : lotOrUnit(LotLists.cutAmount(v.text()), v.unit());
  }

  private static Amount lotOrUnit(String value, String unit) {
    return "亿元".equals(unit) ? Amounts.inUnit(value, unit) : LotLists.lotAmount(value, unit);
  }

  /** Whether a value lists lots and no total, read as their sum (the problems say so). */
  private static boolean listedLots(Labels.Value v) {
    return v != null && Amounts.statedTotal(v.text().lines().findFirst().orElse("")) == null
        && LotLists.sum(v.text(), v.unit()) != null;
  }

  /**
   * An amount after one of the labels, the summary's row first: the first of the labels that names a row there
   * (a ccgp 成交公告's 概要 says 总成交金额 where a 中标公告's says 总中标金额).
   */
  static Amount amount(Map<String, String> summary, List<String> labels, String text) {
    for (String label : labels) {
      Amount fromSummary = Amounts.parse(summary.get(label));
      if (fromSummary != null) {
        return fromSummary;
      }
    }
    Labels.Value v = Labels.find(text, labels);
    return v == null ? null : parse(v);
  }


  /**
   * The award: the sum of the winners' amounts when every winner has one, else the stated total. The per-winner
   * amounts are more precise (the summary total of 6,687,920 元 reads "￥668.790000 万元") and the summary total is
   * sometimes one lot's amount only; a stated total stands when winners lack amounts. A sum where the page states no
   * total is noted among the problems, as a budget summed from its lots is.
   */
  static Found award(List<SupplierAward> suppliers, Amount stated) {
    if (suppliers.isEmpty() || suppliers.stream().anyMatch(s -> s.amount() == null || s.amount().cny() == null)) {
      return new Found(stated, null);
    }
    if (suppliers.size() == 1) {
      return new Found(suppliers.getFirst().amount(), null);
    }
    Amount sum = sum(suppliers.stream().map(SupplierAward::amount).toList());
    return new Found(sum, stated != null ? null
        : "award: no total stated; the sum of " + suppliers.size() + " winners' amounts");
  }

  /**
   * A lone winner given no amount of its own takes the notice's stated award total: it is the whole award (国家税务总局's
   * "总中标金额合计：1086万元" over "中标供应商名称：网宿科技股份有限公司"), as the golden labels give it. Not a lot's
   * winner ("包1" / "中标供应商：甲"): the total is every lot's, and the other lots' winners may be unread. Nor a
   * total with no yuan value (a rate award's zero, {@link #placeholder(Amount)}): the winner has no amount.
   */
  static List<SupplierAward> withTotal(List<SupplierAward> suppliers, Amount award) {
    if (suppliers.size() != 1 || award == null || award.cny() == null || suppliers.getFirst().amount() != null
        || suppliers.getFirst().lot() != null) {
      return suppliers;
    }
    SupplierAward only = suppliers.getFirst();
    return List.of(new SupplierAward(only.name(), only.lot(), award));
  }

}
