package org.tenderwatch.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Round 11t-ry: {@link HeadingKeys#longer} answers yes only for a line whose key (LabelRows: folded, gaps out, a
 * closing colon and bracketed units dropped) is surely longer than the bound: gaps (full-width too) do not count and a
 * bracket answers no, so a spaced-out or unit-bearing label is still keyed.
 */
class HeadingKeysTest {

  /** The bound here is 6. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      `项　目　编　号　　　　　　：`  | false
      预算金额（单位：万元）       | false
      项目编号：                 | false
      本项目采购预算为一百万元整。   | true
      １２３４５６７８             | true
      """)
  void headingKeys(String line, boolean longer) {
    assertEquals(longer, HeadingKeys.longer(line, 6));
  }
}
