package org.tenderwatch.extract;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ccgp's rate awards: a result whose winner is priced by a rate says so ("中标类型：折扣率中标", 费率, 下浮率, 优惠率) and
 * writes the rate under the template's amount label whose unit is yuan or % ("中标（成交）金额（元）\（%）：66.50"); its
 * 公告概要 then writes that rate as 万元 ("总中标金额￥0.006650 万元"), which is no sum of money. Pure: text in, amount out.
 */
final class RateAwards {

  /**
   * The winner's pricing stated as a rate ("中标类型：折扣率中标", "成交类型：费率成交"); a copy kept one cell a line
   * may drop the colon.
   */
  private static final Pattern RATE_TYPE =
      Pattern.compile("(?:中标|成交)类型\\s*[:：]?\\s*\\p{IsHan}{0,3}(?:费率|下浮率|折扣率|优惠率|折扣)(?:中标|成交)?");
  /** A value under an amount label whose unit may be % ("中标（成交）金额（元）\（%）：66.50"). */
  private static final Pattern RATE_VALUE = Pattern.compile(
      "金额[^:：\\n]{0,12}[(（]\\s*[%％]\\s*[)）]\\s*[:：]?\\s*([0-9]+(?:\\.[0-9]+)?)\\s*[%％]?(?![0-9.])");

  private RateAwards() {}

  /**
   * The stated award total, kept as written with no yuan value when it is the winners' rate written as 万元: the text
   * states a rate award and the total in yuan is one rate's figure or their sum. Else the total as given.
   */
  static Amount total(Amount stated, String text) {
    if (stated == null || stated.cny() == null || !RATE_TYPE.matcher(text).find()) {
      return stated;
    }
    BigDecimal sum = BigDecimal.ZERO;
    Matcher m = RATE_VALUE.matcher(text);
    while (m.find()) {
      BigDecimal rate = new BigDecimal(m.group(1));
      sum = sum.add(rate);
      if (rate.compareTo(stated.cny()) == 0 || sum.compareTo(stated.cny()) == 0) {
        return new Amount(stated.text(), null);
      }
    }
    return stated;
  }
}
