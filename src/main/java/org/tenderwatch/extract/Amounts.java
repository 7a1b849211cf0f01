package org.tenderwatch.extract;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a money amount as Chinese notices write it: "￥668.790000 万元（人民币）", "人民币94.998000 万元",
 * "6687920.0元", "569,800.00", "总价形式报价:569800.00(元)", "柒万伍仟元整（75,000.00元）", "贰拾万元整",
 * "3.2亿元". The text is kept as written beside the value in yuan. Rates and discounts ("下浮率5%") are amounts
 * without a yuan value.
 */
public final class Amounts {

  /** A number with an optional currency before it and an optional unit after it, on width-folded text. */
  private static final Pattern ARABIC = Pattern.compile(
      "(¥|\\$|人民币\\s*[:：]?)?\\s*(?<![0-9A-Za-z.\\-])([0-9]+(?:,[0-9]{1,4})*(?:\\.[0-9]+)?)(?![0-9A-Za-z%])"
          + "\\s*\\(?\\s*(亿元|万元|元|亿|万)?");
  private static final Pattern CAPITAL = Pattern.compile(
      "[零〇壹贰叁肆伍陆柒捌玖拾佰仟万亿两一二三四五六七八九十百千]+[元圆]"
          + "(?:[零壹贰叁肆伍陆柒捌玖一二三四五六七八九两]角)?(?:[零壹贰叁肆伍陆柒捌玖一二三四五六七八九两]分)?");
  private static final Pattern RATE = Pattern.compile("%|％|下浮率|折扣率|费率|折扣");
  private static final Pattern CURRENCY_MARK = Pattern.compile("元|¥|人民币");
  /**
   * A price per unit of work or goods ("286.6元/工日", "35元/平方米"): a rate, not a sum. A price per year
   * ("120000元/年", a service's annual price) is the sum of a year's contract and stays one, and so is a price per
   * contract period written in Chinese numerals ("1800万元/三年", "5万元/学年": a service let for a counted term); a
   * period in digits ("30万元/6个月") is no rate already, as a rate's unit is a Chinese word.
   */
  private static final Pattern PER_UNIT = Pattern.compile(
      "[0-9]\\s*(?:万元|元)\\s*/\\s*(?:(?!年|学年|[一二两三四五六七八九十]{1,3}个?(?:年|学年|月))\\p{IsHan}"
          // an area's or a volume's symbol ("3.5元/㎡·月", "18元/m³", a cleaning or earthworks price): a rate too
          + "|[㎡㎥]|m[²³23](?![0-9]))");
  /**
   * The same rate with its unit before the figure ("每人每月2474.00元", a labour service let per head and month;
   * "每平方米35元"), up to the value's first figure; "每年"/"每学年" price a year's contract, a sum as "/年" is.
   */
  private static final Pattern PER_UNIT_BEFORE = Pattern.compile(
      "^[^0-9]*每\\s*(?!年|学年)\\p{IsHan}{1,4}\\s*(?:人民币|¥)?\\s*[0-9]");
  /** A value stating a unit price and no total ("单价:7.85(元)", a 政采云 result cell): a rate, not a sum. */
  private static final Pattern UNIT_PRICE = Pattern.compile("(?:含税|不含税)?单价\\s*(?:为|:)");
  /**
   * A total stated after the parts inside one value, matched on width-folded text (group 1 its figure): a unit price
   * then the total ("含税单价为6400元/吨，总价为3905110元（大写…）", a 中标价 cell of a 宜昌 goods award), the lots then
   * theirs ("…，合计80万元", "…；总计：1,200,000元"), a yearly price then the term's ("50万元/年，三年总预算150万元").
   * One pattern for the amount readers ({@link #parse}) and the budget's ({@link Budgets}).
   */
  private static final Pattern STATED_TOTAL = Pattern.compile("[,;、\\s](?:[0-9一二三四五六七八九十两]{1,2}年|项目)?"
      + "(?:总价|总金额|总报价|合计金额|合计|总计|共计|总预算|预算总额)\\s*(?:为|是|:)?\\s*(?:人民币)?\\s*("
      + Amounts.IN_SENTENCE + "|[0-9][0-9,]*(?:\\.[0-9]+)?(?:\\s*(?:亿元|万元|元))?)");
  private static final Pattern BARE_NUMBER = Pattern.compile("^[0-9][0-9,]*(?:\\.[0-9]+)?$");
  /** A unit in brackets closing the figure's own label ("报价（万元）：149.97", "最终报价(元):688000.00"). */
  private static final Pattern UNIT_BEFORE = Pattern.compile("\\((亿元|万元|元)\\)\\s*:?\\s*$");
  private static final int UNIT_REACH = 12;
  /** What may follow a value's opening figure: its end, a space or a clause mark before the lots. */
  private static final Pattern OPENING_END = Pattern.compile("\\s*(?:$|[,;。])");
  private static final String CAPITAL_DIGITS = "零壹贰叁肆伍陆柒捌玖";
  private static final String PLAIN_DIGITS = "〇一二三四五六七八九";

  /**
   * An amount as a sentence writes it, its figure marked as money (width-folded; no group): "9561327元",
   * "2,578,474.00元", "￥9561327.00", "￥956.132700万元", "玖佰伍拾陆万壹仟叁佰贰拾柒元整（¥9,561,327.00）",
   * "柒万伍仟元整（75,000.00元）"; "人民币" may stand before it.
   */
  static final String IN_SENTENCE = "(?:人民币\\s*)?(?:[零壹贰叁肆伍陆柒捌玖拾佰仟万亿元圆角分整]+\\s*\\(\\s*¥?\\s*[0-9][0-9,]*"
      + "(?:\\.[0-9]+)?\\s*元?\\s*\\)|¥\\s*[0-9][0-9,]*(?:\\.[0-9]+)?(?:\\s*(?:亿元|万元|元))?"
      + "|[0-9][0-9,]*(?:\\.[0-9]+)?\\s*(?:亿元|万元|元))";

  private Amounts() {}

  /** The figure of a total stated after the parts inside a value ({@link #STATED_TOTAL}), as written, or null. */
  static String statedTotal(String written) {
    Matcher m = STATED_TOTAL.matcher(Fold.fold(written));
    return m.find() ? written.substring(m.start(1), m.end(1)) : null;
  }

  /** A bracket after a figure ("（大写：柒拾万元整）"): the same sum written again, not another part. */
  private static final Pattern BRACKETED = Pattern.compile("\\([^()]*\\)");
  private static final Pattern MONEY = Pattern.compile(IN_SENTENCE);

  /**
   * A stated total that closes the value: a total sums the parts before it, so a priced part after it makes it one
   * part's ("BIM技术服务费为12元/㎡，总金额为1332000元；工艺设计费报价3500000元", a design award's 报价承诺 beside a fee
   * rate); null then. Budgets keep {@link #statedTotal}: their lots may follow the total.
   */
  static String closingTotal(String written) {
    Matcher m = STATED_TOTAL.matcher(Fold.fold(written));
    if (!m.find()) {
      return null;
    }
    String after = BRACKETED.matcher(Fold.fold(written).substring(m.end(1))).replaceAll("");
    return MONEY.matcher(after).find() ? null : written.substring(m.start(1), m.end(1));
  }

  /**
   * A table cell's amount: a bare figure is in the unit its column header names ("预算金额（亿元）", "中标金额(万元)"),
   * a unit written in the cell wins; {@code unit} is "" when the header names none (yuan).
   */
  static Amount inUnit(String cell, String unit) {
    Amount a = parse(cell);
    if (a == null || unit == null || unit.isEmpty() || !BARE_NUMBER.matcher(Fold.fold(cell).strip()).matches()) {
      return a;
    }
    Amount inUnit = parse(cell.strip() + unit);
    return inUnit == null ? a : new Amount(cell, inUnit.cny());
  }

  /** An amount whose unit, if not written next to the number, is yuan. Null when the text has no amount. */
  public static Amount parse(String text) {
    return parse(text, false);
  }

  /**
   * @param labelSaysWan the label gives the unit as 万元 ("预算金额（万元）：64.4269"): a bare number is then in
   *     units of 10,000 yuan. A unit written next to the number always wins.
   */
  public static Amount parse(String text, boolean labelSaysWan) {
    return parse(text, labelSaysWan ? "万元" : null);
  }

  /**
   * @param labelUnit the unit the label names in brackets ("元", "万元"; null when none): a bare number is in 万元
   *     when it says so, and whatever it says, the figure opening the value is the amount, lots after it
   */
  static Amount parse(String text, String labelUnit) {
    boolean labelSaysWan = "万元".equals(labelUnit);
    if (text == null) {
      return null;
    }
    String written = text.strip();
    if (written.isEmpty()) {
      return null;
    }
    String folded = Fold.fold(written);
    String total = closingTotal(written);
    if (total != null) { // "含税单价为6400元/吨，总价为3905110元": the sum is the total's
      Amount sum = parse(total, labelUnit);
      return sum == null ? null : new Amount(written, sum.cny());
    }
    if (RATE.matcher(folded).find() && !CURRENCY_MARK.matcher(folded).find() || PER_UNIT.matcher(folded).find()
        || PER_UNIT_BEFORE.matcher(folded).find() || UNIT_PRICE.matcher(folded).lookingAt()) {
      return new Amount(written, null);
    }
    BigDecimal value = arabic(folded, labelSaysWan, labelUnit);
    if (value == null) {
      value = capital(folded);
    }
    return value == null ? null : new Amount(written, normalize(value));
  }

  /**
   * The first number marked as money (a currency sign before or a unit after it); failing that, the number when
   * it is the only one in the text (a cell under a "金额（元）" header).
   */
  private static BigDecimal arabic(String s, boolean labelSaysWan, String labelUnit) {
    Matcher m = ARABIC.matcher(s);
    BigDecimal bare = null;
    int numbers = 0;
    while (m.find()) {
      numbers++;
      BigDecimal n = new BigDecimal(m.group(2).replace(",", ""));
      String unit = m.group(3);
      if (unit != null) {
        return n.multiply(multiplier(unit));
      }
      Matcher before = UNIT_BEFORE.matcher(s).region(Math.max(0, m.start() - UNIT_REACH), m.start());
      if (before.find()) {
        return n.multiply(multiplier(before.group(1))); // "报价（万元）：149.97": the unit in the figure's own label
      }
      if (m.group(1) != null) {
        return labelSaysWan ? n.multiply(BigDecimal.valueOf(10_000)) : n;
      }
      if (labelUnit != null && numbers == 1 && s.substring(0, m.start()).isBlank()
          && OPENING_END.matcher(s.substring(m.end(2))).lookingAt()) {
        // "预算金额（万元）：277682.5487,第1包:9944.952000万元,…": the label's unit is the opening figure's; lots follow
        return n.multiply(multiplier(labelUnit));
      }
      if (bare == null) {
        bare = n;
      }
    }
    if (numbers != 1) {
      return null;
    }
    return labelSaysWan ? bare.multiply(BigDecimal.valueOf(10_000)) : bare;
  }

  private static BigDecimal multiplier(String unit) {
    return switch (unit) {
      case "亿元", "亿" -> BigDecimal.valueOf(100_000_000);
      case "万元", "万" -> BigDecimal.valueOf(10_000);
      default -> BigDecimal.ONE;
    };
  }

  /** Chinese numerals, capital (柒万伍仟元整) or plain (五十万元), with optional 角 and 分. */
  private static BigDecimal capital(String s) {
    Matcher m = CAPITAL.matcher(s);
    while (m.find()) {
      BigDecimal v = capitalValue(m.group());
      if (v != null) {
        return v;
      }
    }
    return null;
  }

  static BigDecimal capitalValue(String numeral) {
    long yi = 0;
    long wan = 0;
    long section = 0;
    long digit = 0;
    boolean any = false;
    BigDecimal fraction = BigDecimal.ZERO;
    for (int i = 0; i < numeral.length(); i++) {
      char c = numeral.charAt(i);
      int d = digit(c);
      if (d >= 0) {
        digit = d;
        any = true;
        continue;
      }
      switch (c) {
        case '拾', '十' -> section += (digit == 0 && section == 0 ? 1 : digit) * 10;
        case '佰', '百' -> section += digit * 100;
        case '仟', '千' -> section += digit * 1000;
        case '万' -> wan = (section + digit) * 10_000;
        case '亿' -> yi = (wan + section + digit) * 100_000_000;
        case '角' -> fraction = fraction.add(BigDecimal.valueOf(digit, 1));
        case '分' -> fraction = fraction.add(BigDecimal.valueOf(digit, 2));
        default -> { // 元, 圆: the integer part ends here
          section += digit;
          digit = 0;
          continue;
        }
      }
      any = true;
      if (c == '万') {
        section = 0;
      } else if (c == '亿') {
        wan = 0;
        section = 0;
      }
      digit = 0;
    }
    if (!any) {
      return null;
    }
    return BigDecimal.valueOf(yi + wan + section + digit).add(fraction);
  }

  private static int digit(char c) {
    if (c == '两') {
      return 2;
    }
    int i = CAPITAL_DIGITS.indexOf(c);
    return i >= 0 ? i : PLAIN_DIGITS.indexOf(c);
  }

  private static BigDecimal normalize(BigDecimal v) {
    BigDecimal s = v.stripTrailingZeros();
    return s.scale() < 0 ? s.setScale(0) : s;
  }
}
