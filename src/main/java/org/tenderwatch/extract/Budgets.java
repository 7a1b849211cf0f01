package org.tenderwatch.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tenderwatch.extract.TextRender.Line;

/**
 * Budgets, maximum prices and award totals. Totals before parts: the notice's stated total (预算总金额) wins over a
 * lot's 预算金额; without one, the lots' budgets are summed (and the notice's problems say so); a table column
 * whose header names a budget ("项目控制预算（单位：万元）") counts, its unit read from the header.
 */
final class Budgets {

  /** A budget with what the notice's problems list should say about it (null when nothing). */
  record Found(Amount amount, String problem) {}

  /** Split a 最高限价 only where a lot marker follows: "1,100,000.00元" is one amount. */
  private static final Pattern LOT_SPLIT =
      Pattern.compile("[,，;；、](?=\\s*(?:" + LotNames.LEADING + "))");
  /** A lot's name opening a value, taken off before its amount is read ("第1包:9944.95万元", "包1-1800000.00元"). */
  static final Pattern LOT_MARK = Pattern.compile("^\\s*(?:" + LotNames.LEADING + ")\\s*[-:：]?");
  private static final Pattern AMOUNT_END = Pattern.compile("[。；;，]");
  /** A budget column's header in running text: its unit in brackets, no colon after it. */
  private static final Pattern BUDGET_HEADER =
      Pattern.compile("(?<!\\p{IsHan})(?:预算金额|采购预算|项目预算|预算)\\((?:单位:)?(亿元|万元|元)\\)(?!\\s*:)");
  /** A figure of four digits or more, not part of a code, a date or a longer number. */
  private static final Pattern HEADER_FIGURE =
      Pattern.compile("(?<![0-9A-Za-z.\\-/])[0-9]{4,}(?:\\.[0-9]+)?(?![0-9A-Za-z.\\-/:年月日号])");
  /** A total stated after the lots inside one value: "…，合计80万元", "…；总计：1,200,000元". */
  private static final Pattern STATED_TOTAL = Pattern.compile(
      "[,，;；、\\s](?:合计|总计|共计)\\s*[:：为]?\\s*(?:人民币)?\\s*([0-9][0-9,，]*(?:\\.[0-9]+)?\\s*(?:亿元|万元|元)?)");
  /** A figure with 以上/以下/以内 after it is a bound ("预算200万元以上的项目"), not the notice's amount. */
  private static final String NOT_A_BOUND = "(?!\\s*(?:以上|以下|以内))";
  /**
   * A budget stated in a sentence, no label: "本项目预算为人民币300万元", "本项目预算金额为 3290500.00 元，其中：第一包…"
   * (the total comes first; the lots follow it), or in words with its figure in brackets ("采购项目预算金额为：壹拾万元整
   * （¥100,000.00）"), or a works project's approved cost ("财政审定预算造价为9561327元(其中暂列金450000元)", "…为￥9561327.00"):
   * any {@link Amounts#IN_SENTENCE}.
   */
  private static final Pattern BUDGET_SENTENCE = Pattern.compile("(?:项目|采购|总)?预算(?:金额|资金|总额|总金额|造价)?"
      + "(?:(?:为|是|约为|共计)\\s*:?\\s*)?(" + Amounts.IN_SENTENCE + ")" + NOT_A_BOUND);

  private Budgets() {}

  /** The notice's budget; {@code maxPrice} is its max price ({@link #maxPrice(String, List)}), or null. */
  static Found budget(Map<String, String> summary, String text, List<Line> body, Amount maxPrice) {
    Amount fromSummary = Amounts.parse(summary.get("预算金额"));
    if (fromSummary != null) {
      return new Found(fromSummary, null);
    }
    Labels.Value total = Labels.find(text, FieldLabels.BUDGET_TOTAL);
    if (total != null && parse(total) != null) {
      return new Found(parse(total), null);
    }
    Amount spanned = AmountColumns.spannedBudget(body); // a 合计 cell over the rows: before the rows' own labels
    if (spanned != null) {
      return new Found(spanned, null);
    }
    Amount listed = BudgetLots.lotLines(text);
    if (listed != null) {
      return new Found(listed, "budget: no total stated; the sum of the lots listed under 预算金额");
    }
    String folded = Fold.fold(text);
    for (String label : FieldLabels.BUDGET) {
      List<Amount> lots = new ArrayList<>();
      List<String> marks = new ArrayList<>();
      Labels.Finder f = Labels.finder(label, folded);
      while (f.find()) {
        String value = text.substring(f.end()).lines().findFirst().orElse("").strip();
        value = value.startsWith("|") ? value.substring(1).strip() : value;
        Amount a = value.isEmpty() ? null : parse(new Labels.Value(value, f.group(1)));
        if (a == null || a.cny() == null) {
          continue;
        }
        String mark = BudgetLots.lotMark(folded.substring(Math.max(0, f.start() - BudgetLots.LOT_REACH), f.start()));
        // the same figure again is the same budget restated, unless each stands under its own lot ("采购包1：" /
        // 预算金额：300000元, "采购包2：" / 预算金额：300000元)
        boolean restated = lots.stream().anyMatch(l -> l.cny().compareTo(a.cny()) == 0)
            && (mark == null || marks.contains(mark) || marks.contains(null));
        if (!restated) {
          lots.add(a);
          marks.add(mark);
        }
      }
      if (lots.size() == 1 || lots.size() > 1 && totalFirst(lots, marks)) {
        return new Found(lots.getFirst(), null);
      }
      if (lots.size() > 1) {
        return new Found(sum(lots), "budget: no total stated; the sum of " + lots.size() + " lot budgets");
      }
    }
    Found fromColumn = AmountColumns.budget(body);
    if (fromColumn.amount() != null) {
      return fromColumn;
    }
    Amount stated = headerRow(text);
    stated = stated != null ? stated : sentence(text);
    Amount invested = stated != null ? null : Investments.budget(text, maxPrice);
    return invested != null ? new Found(invested, Investments.PROBLEM) : new Found(stated, null);
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
    // lots first, then their total in the same value ("第一包50万元，第二包30万元，合计80万元"): the total is the notice's
    Matcher total = STATED_TOTAL.matcher(v.text().lines().findFirst().orElse(""));
    String value = total.find() ? total.group(1) : cutAmount(v.text());
    return "亿元".equals(v.unit()) ? Amounts.inUnit(value, v.unit()) : lotAmount(value, v.unit());
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
   * The 最高限价. Several lots ("包1-10000000.00元,包2-1500000.00元", "第1包:9944.9520万元,第2包:…") give their sum;
   * "同预算金额" or "无" give none. A table's 最高限价 column is read as a budget column is: its 合计 row, else the sum of
   * its lots, noted among the problems (山东's 包号 | 预算金额(万元) | 最高限价(万元) table of 13 包, no total).
   */
  static Found maxPrice(String text, List<Line> body) {
    Amount labelled = maxPrice(text);
    return labelled != null ? new Found(labelled, null) : AmountColumns.maxPrice(body);
  }

  private static Amount maxPrice(String text) {
    Labels.Value v = Labels.find(text, FieldLabels.MAX_PRICE);
    if (v == null) {
      return maxPriceSentence(text);
    }
    String value = cutAmount(v.text());
    String[] lots = LOT_SPLIT.split(value);
    if (lots.length > 1) {
      BigDecimal sum = BigDecimal.ZERO;
      for (String lot : lots) {
        Amount a = lotAmount(lot, v.unit());
        if (a == null || a.cny() == null) {
          return Amounts.parse(value, v.wan());
        }
        sum = sum.add(a.cny());
      }
      return new Amount(value, sum);
    }
    return lotAmount(value, v.unit());
  }

  /**
   * One lot's amount read without its lot's name before it, its text as written: in "包1-1800000.00元" (上海's
   * 最高限价（元） row) the "1" is the lot's number, and the amount after the dash is the only figure left.
   */
  private static Amount lotAmount(String value, String unit) {
    Amount a = Amounts.parse(LOT_MARK.matcher(value).replaceFirst(""), unit);
    return a == null ? null : new Amount(value.strip(), a.cny());
  }

  /**
   * "本项目招标控制价为1234567.89元。": a max price stated in a sentence, up to its clause's end; or a figure straight
   * after the word ("本项目最高限价96万元，").
   */
  private static final Pattern MAX_PRICE_SENTENCE = Pattern.compile("(?:招标控制价|最高投标限价|最高限价|控制价|投标限价|采购限价)"
      + "\\s*(?:(?:为|是)\\s*[:：]?\\s*((?:[^，。；;,]|,(?=[0-9]{3})){1,40})|(" + Amounts.IN_SENTENCE + ")" + NOT_A_BOUND + ")");

  private static Amount maxPriceSentence(String text) {
    Matcher m = MAX_PRICE_SENTENCE.matcher(Fold.fold(text));
    Amount a = m.find() ? Amounts.parse(m.group(1) != null ? m.group(1) : m.group(2)) : null;
    return a != null && a.cny() != null ? a : null;
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
   * winner ("包1" / "中标供应商：甲"): the total is every lot's, and the other lots' winners may be unread.
   */
  static List<SupplierAward> withTotal(List<SupplierAward> suppliers, Amount award) {
    if (suppliers.size() != 1 || award == null || suppliers.getFirst().amount() != null
        || suppliers.getFirst().lot() != null) {
      return suppliers;
    }
    SupplierAward only = suppliers.getFirst();
    return List.of(new SupplierAward(only.name(), only.lot(), award));
  }

  /** An amount value ends at a sentence or clause mark (not the ASCII comma of "1,100,000.00"). */
  static String cutAmount(String value) {
    Matcher m = AMOUNT_END.matcher(value);
    return m.find() ? value.substring(0, m.start()) : value;
  }
}
