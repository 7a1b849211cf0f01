package org.tenderwatch.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Round 11t-ry: the cheap shape checks run before a regex on a folded line. Each row is a stripped line as a page
 * may write it (full-width colons, digits and gaps, a small colon, a char outside the BMP), then the check's answer:
 * yes on every line its regex (WrittenTwice's money label, BuyerAddresses' label-and-value line) matches, folded; the
 * rows answered no are lines the regex does not match either.
 */
class LineShapesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      成交金额：                 | true
      成交金额:                  | true
      2.中标价（元）﹕            | true
      预算金额（人民币）　：       | true
      成交金额：人民币10万元       | false
      成交金额                   | false
      """)
  void moneyLabel(String line, boolean yes) {
    assertEquals(yes, LineShapes.endsWithColon(line));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      联系地址：某某路5号           | true
      联系地址　　：某某路5号        | true
      联系地址﹕某某路5号           | true
      电话:/                     | true
      𠀋𠀋𠀋𠀋𠀋𠀋𠀋𠀋𠀋𠀋𠀋𠀋𠀋𠀋：某某路 | true
      地：某某路                   | false
      １号楼：某某路               | false
      联系地址某某路5号            | false
      """)
  void labelValue(String line, boolean yes) {
    assertEquals(yes, LineShapes.opensLabel(line, 14));
  }

  /** FlatTables' header bound (here 6): spaces, full-width ones too, do not count. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      `供　应　商　名　称　　`      | false
      `成交 金额 (元)`            | true
      供应商名称                  | false
      本项目采购预算为一百万元整。   | true
      """)
  void longerThan(String line, boolean longer) {
    assertEquals(longer, LineShapes.longerThan(line, 6));
  }
}
