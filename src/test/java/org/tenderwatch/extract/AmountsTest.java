package org.tenderwatch.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AmountsTest {

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', textBlock = """
      ￥668.790000 万元（人民币）         | 6687900
      ￥277682.548700万元（人民币）       | 2776825487
      ￥56.000000万元（人民币）           | 560000
      人民币94.998000 万元               | 949980
      123.6000000（万元）                | 1236000
      6687920.0元                      | 6687920
      569,800.00                       | 569800
      总价形式报价:569800.00(元)          | 569800
      2,870,000.00元                   | 2870000
      人民币250,0000.00元。              | 2500000
      ¥25000                           | 25000
      ＄１２３                          | 123
      １２３．５万元                      | 1235000
      3.2亿元                           | 320000000
      柒万伍仟元整（75,000.00元）          | 75000
      贰拾万元整                          | 200000
      叁佰元整                           | 300
      壹亿贰仟万零伍拾元                   | 120000050
      贰万伍仟元整（￥25000.00元）          | 25000
      第1包:9944.9520万元,第2包:18931.9234万元 | 99449520
      人民币壹佰贰拾万元整                  | 1200000
      ¥1,234,567.89元                  | 1234567.89
      伍仟元伍角                          | 5000.5
      两千万元                           | 20000000
      1.5亿                            | 150000000
      报价（万元）：149.97                 | 1499700
      最终报价(元):688000.00              | 688000
      每年120000元                       | 120000
      每学年5万元                          | 50000
      """)
  void yuanValue(String text, BigDecimal cny) {
    Amount a = Amounts.parse(text);
    assertNotNull(a, text);
    assertEquals(0, cny.compareTo(a.cny()), () -> text + " gave " + a.cny());
    assertEquals(text.strip(), a.text());
  }

  @ParameterizedTest(name = "{0} (label in 万元) → {1}")
  @CsvSource(delimiter = '|', textBlock = """
      64.4269      | 644269
      437.5        | 4375000
      84.0 万元     | 840000
      11500000元    | 11500000
      277682.5487,第1包:9944.952000万元,第2包:18931.923400万元 | 2776825487
      """)
  void labelSaysWanAppliesOnlyToBareNumbers(String text, BigDecimal cny) {
    assertEquals(0, cny.compareTo(Amounts.parse(text, true).cny()));
  }

  /** A label naming yuan ("预算金额（元）：") marks the value's opening figure too: lots with their own unit follow it. */
  @org.junit.jupiter.api.Test
  void aYuanLabelsOpeningFigureIsTheAmount() {
    assertEquals(0, new BigDecimal("2776825487").compareTo(
        Amounts.parse("2776825487.00,第1包:9944.952000万元,第2包:18931.923400万元", "元").cny()));
  }

  /**
   * Rates: a percentage, and a price per unit written before the figure ("每人每月2474.00元", a labour service's award
   * per head and month; "每平方米35元") as well as after it ("286.6元/工日").
   */
  @ParameterizedTest
  @ValueSource(strings = {"下浮率5%", "（可填写下浮率、折扣率或费率）", "折扣率：95%", "费率 0.8%", "每人每月2474.00元",
      "人民币每人每月3000元", "每平方米35元", "每吨 6400.00元", "每人每天120元", "每工日286.6元"})
  void ratesHaveNoYuanValue(String text) {
    Amount a = Amounts.parse(text);
    assertNotNull(a);
    assertNull(a.cny());
    assertEquals(text, a.text());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "详见招标文件", "2025年06月04日至2025年06月11日", "LHACG2025000057", "无"})
  void noAmount(String text) {
    assertNull(Amounts.parse(text));
  }

  @org.junit.jupiter.api.Test
  void keepsTextTrimmedAsWritten() {
    assertEquals("￥668.790000 万元（人民币）", Amounts.parse("  ￥668.790000 万元（人民币） ").text());
    assertNull(Amounts.parse(null));
  }
}
