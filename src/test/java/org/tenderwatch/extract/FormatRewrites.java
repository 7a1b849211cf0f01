package org.tenderwatch.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ways real portals write one amount, for {@link FormatInvarianceTest} (dates: {@link DateRewrites}). An amount is
 * found in a page's text by its written form (its sign, unit, capital numerals or its label's unit bracket) and
 * rewritten in another form of exactly the same value in yuan. Each form, with where real pages write it (PORTALS.md
 * §2 templates, §4 labels; tuning pages in realdata/):
 */
final class FormatRewrites {

  /** Amount forms. */
  enum AmountForm {
    /** "2837.861389万元" (§4 中标（成交）金额): in 万元. */
    WAN,
    /** "￥56.000000万元（人民币）" (§4 ccgp 公告概要 预算金额, ccgp_uir_001): 万元 with six decimals. */
    CCGP,
    /** "￥138797.55", "¥389600.00" (hospsite_suzhou_municipal_office_renovation_award, ccgpfrag_2019_gx_tcm_…). */
    SIGN,
    /**
     * "人民币1,100,000.00元" (univ_lnjd_dorm_renovation_tender; "人民币16888.00元" ccgp_uir_004, "人民币94.998000 万元" §4):
     * in yuan with thousands separators ("1,798,196.00" prov_hunan_qinggong_…, "8,192,150.00元" prov_hunan_changsha_…).
     */
    RMB,
    /** "柒万伍仟元整（75,000.00元）" (§2, univ_lnjd_finance_module_result), "…柒角贰分（RMB2,288,231.72）" (agg_bazhuayu_…). */
    CAPITAL,
    /** "预算金额（万元）：64.4269" (§4 预算金额（万元）, hosp_xishui_telemedicine_gkzb_2015): the unit in the label. */
    LABEL_WAN,
    /** "最高限价（元）" / "预算金额（元）" (§4): yuan in the label, a bare figure after it. */
    LABEL_YUAN
  }


  record Edit(int start, int end, String text) {}

  private FormatRewrites() {}

  private static final String CAPITALS = "零壹贰叁肆伍陆柒捌玖";
  private static final Pattern AMOUNT = Pattern.compile(
      "(?<cap>(?:(?:人民币|RMB)\\s*:?\\s*)?[零壹贰叁肆伍陆柒捌玖拾佰仟万亿元圆角分整]{2,}\\s*\\(\\s*)?"
          + "(?<cur>(?:人民币|RMB)\\s*:?\\s*)?(?<sign>¥\\s*)?"
          + "(?<![0-9A-Za-z.,\\-/_]|[0-9]:)(?<num>[0-9]{1,3}(?:,[0-9]{3})+(?:\\.[0-9]+)?|[0-9]+(?:\\.[0-9]+)?)"
          + "(?![0-9A-Za-z%.,/\\-:_])(?<unit>\\s*\\(?(?:亿元|万元|元)\\)?)?(?<tail>\\s*\\(人民币\\)|整)?");
  private static final Pattern CAP_CLOSE = Pattern.compile("^\\s*\\)");
  /** A label before the figure on its line: its unit bracket (optional) and colon. */
  private static final Pattern SAME_LINE = Pattern.compile("(?<br>\\s*\\((?:亿元|万元|元)\\))?\\s*:\\s*$");
  /** A label kept alone on the line above the figure (cells text): a money word, its unit bracket, a colon. */
  private static final Pattern LINE_ABOVE =
      Pattern.compile("^(?<label>[^0-9]{0,16}(?:金额|价|预算|限价|报价|费|资金|概算)[^0-9()]{0,6}?)"
          + "(?<br>\\s*\\((?:亿元|万元|元)\\))?\\s*:?\\s*$");
  private static final Pattern MONEY_WORD = Pattern.compile("金额|价|预算|限价|报价|资金|概算");

  /**
   * A place an amount is written: the figure (with its sign, unit, capital numerals), its value in yuan, its label's
   * unit bracket (start and end, -1 without) and where a unit bracket would go (-1: no label).
   */
  record Found(int start, int end, BigDecimal value, int brStart, int brEnd, int colon) {}

  /** Every place the text writes one of {@code amounts}. */
  static List<Found> find(String text, List<BigDecimal> amounts) {
    String f = Fold.fold(text);
    List<Found> out = new ArrayList<>();
    if (amounts.isEmpty()) {
      return out;
    }
    Matcher m = AMOUNT.matcher(f);
    Matcher close = CAP_CLOSE.matcher(f);
    while (m.find()) {
      int start = m.start();
      int end = m.end();
      if (m.group("cap") != null) {
        if (close.region(end, f.length()).lookingAt()) {
          end = close.end();
        } else {
          start = m.start("cur") >= 0 ? m.start("cur") : m.start("sign") >= 0 ? m.start("sign") : m.start("num");
        }
      }
      int lineStart = f.lastIndexOf('\n', start - 1) + 1;
      int lineEnd = f.indexOf('\n', end) < 0 ? f.length() : f.indexOf('\n', end);
      String prefix = f.substring(lineStart, start);
      boolean wholeLine = prefix.isBlank() && f.substring(end, lineEnd).isBlank();
      // the label: on the figure's line before it, or alone on the line above a figure kept alone
      int brStart = -1;
      int brEnd = -1;
      int colon = -1;
      Matcher same = SAME_LINE.matcher(prefix);
      if (same.find() && same.start() > 0 && Character.UnicodeScript.of(prefix.codePointBefore(same.start()))
          == Character.UnicodeScript.HAN) {
        brStart = same.start("br") < 0 ? -1 : lineStart + same.start("br");
        brEnd = same.end("br") < 0 ? -1 : lineStart + same.end("br");
        colon = lineStart + (same.group("br") == null ? same.start() : same.end("br"));
      } else if (wholeLine && lineStart > 0) {
        int aboveStart = f.lastIndexOf('\n', lineStart - 2) + 1;
        Matcher above = LINE_ABOVE.matcher(f.substring(aboveStart, lineStart - 1));
        if (above.find()) {
          brStart = above.start("br") < 0 ? -1 : aboveStart + above.start("br");
          brEnd = above.end("br") < 0 ? -1 : aboveStart + above.end("br");
          colon = aboveStart + (above.group("br") == null ? above.end("label") : above.end("br"));
        }
      }
      String brUnit = brStart < 0 ? "" : f.substring(brStart, brEnd).replaceAll("[\\s()]", "");
      String unit = m.group("unit") == null ? "" : m.group("unit").replaceAll("[\\s()]", "");
      boolean marked = !unit.isEmpty() || m.group("sign") != null || m.group("cur") != null || !brUnit.isEmpty()
          || m.group("cap") != null && end > m.end() || wholeLine
          || MONEY_WORD.matcher(f.substring(Math.max(lineStart, start - 12), start)).find();
      if (!marked) {
        continue;
      }
      BigDecimal value = new BigDecimal(m.group("num").replace(",", "")).multiply(multiplier(unit.isEmpty() ? brUnit : unit));
      if (amounts.stream().anyMatch(a -> a.compareTo(value) == 0)) {
        out.add(new Found(start, end, value, brStart, brEnd, colon));
      }
    }
    return out;
  }

  /** The edits writing every found amount in {@code form} (a label form only where the figure has its label). */
  static List<Edit> amounts(List<Found> found, AmountForm form) {
    List<Edit> out = new ArrayList<>();
    boolean labelForm = form == AmountForm.LABEL_WAN || form == AmountForm.LABEL_YUAN;
    for (Found a : found) {
      String written = written(a.value(), form);
      if (written == null || labelForm && a.colon() < 0) {
        continue;
      }
      String labelUnit = form == AmountForm.LABEL_WAN ? "（万元）" : form == AmountForm.LABEL_YUAN ? "（元）" : "";
      if (a.brStart() >= 0) {
        out.add(new Edit(a.brStart(), a.brEnd(), labelUnit));
      } else if (!labelUnit.isEmpty()) {
        out.add(new Edit(a.colon(), a.colon(), labelUnit));
      }
      out.add(new Edit(a.start(), a.end(), written));
    }
    return out;
  }

  /** The edits writing every amount equal to one of {@code amounts} in {@code form}. */
  static List<Edit> amounts(String text, List<BigDecimal> amounts, AmountForm form) {
    return amounts(find(text, amounts), form);
  }

  private static BigDecimal multiplier(String unit) {
    return unit.startsWith("亿") ? BigDecimal.valueOf(100_000_000)
        : unit.startsWith("万") ? BigDecimal.valueOf(10_000) : BigDecimal.ONE;
  }

  /** The value in the form, or null when the form cannot write it exactly. */
  static String written(BigDecimal yuan, AmountForm form) {
    BigDecimal wan = yuan.movePointLeft(4).stripTrailingZeros();
    String plainWan = wan.scale() < 0 ? wan.setScale(0).toPlainString() : wan.toPlainString();
    String fen = yuan.stripTrailingZeros().scale() > 2 ? yuan.stripTrailingZeros().toPlainString()
        : yuan.setScale(2).toPlainString();
    String grouped = yuan.stripTrailingZeros().scale() > 2 ? null : String.format(Locale.ROOT, "%,.2f", yuan);
    return switch (form) {
      case WAN -> plainWan + "万元";
      case CCGP -> wan.scale() > 6 ? null : "￥" + wan.setScale(6).toPlainString() + "万元（人民币）";
      case SIGN -> "￥" + fen;
      case RMB -> "人民币" + (grouped == null ? fen : grouped) + "元";
      case CAPITAL -> grouped == null || yuan.signum() <= 0 ? null : capital(yuan) + "（¥" + grouped + "）";
      case LABEL_WAN -> plainWan;
      case LABEL_YUAN -> fen;
    };
  }

  /** 大写: "壹佰柒拾玖万捌仟壹佰玖拾陆元整", "贰佰贰拾捌万捌仟贰佰叁拾壹元柒角贰分"; a run of zeros is one 零. */
  static String capital(BigDecimal yuan) {
    long whole = yuan.longValue();
    int cents = yuan.subtract(BigDecimal.valueOf(whole)).movePointRight(2).intValue();
    String digits = Long.toString(whole);
    String[] units = {"", "拾", "佰", "仟"};
    StringBuilder out = new StringBuilder();
    boolean zero = false;
    for (int i = 0; i < digits.length(); i++) {
      int pos = digits.length() - 1 - i;
      int d = digits.charAt(i) - '0';
      if (d == 0) {
        zero = out.length() > 0;
      } else {
        out.append(zero ? "零" : "").append(CAPITALS.charAt(d)).append(units[pos % 4]);
        zero = false;
      }
      if (pos % 4 == 0 && pos > 0 && out.length() > 0 && !sectionEmpty(digits, pos)) {
        out.append(pos == 4 ? "万" : "亿");
      }
    }
    out.append(whole == 0 ? "零元" : "元");
    if (cents == 0) {
      return out.append("整").toString();
    }
    if (cents / 10 > 0) {
      out.append(CAPITALS.charAt(cents / 10)).append('角');
    } else {
      out.append('零');
    }
    return cents % 10 > 0 ? out.append(CAPITALS.charAt(cents % 10)).append('分').toString() : out.toString();
  }

  /** Whether the four digits of the section ending at power {@code pos} (a 万 or 亿 section) are all zero. */
  private static boolean sectionEmpty(String digits, int pos) {
    int end = digits.length() - pos;
    return digits.substring(Math.max(0, end - 4), end).chars().allMatch(c -> c == '0');
  }


  /** The text with the edits made (an edit overlapping an earlier one is left out). */
  static String apply(String text, List<Edit> edits) {
    List<Edit> sorted = new ArrayList<>(new java.util.LinkedHashSet<>(edits));
    sorted.sort(Comparator.comparingInt(Edit::start).thenComparingInt(Edit::end));
    StringBuilder out = new StringBuilder();
    int at = 0;
    for (Edit e : sorted) {
      if (e.start() < at) {
        continue;
      }
      out.append(text, at, e.start()).append(e.text());
      at = e.end();
    }
    return out.append(text.substring(at)).toString();
  }
}
