package org.tenderwatch.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProjectNumbersTest {

  @ParameterizedTest(name = "{0} ≡ {1}")
  @CsvSource(delimiter = '|', textBlock = """
      [350001]ZXFZ[GK]2025003    | 【350001】ZXFZ【GK】2025003
      [350001]ZXFZ[GK]2025003    | ［３５０００１］ｚｘｆｚ［ＧＫ］２０２５００３
      GC-HCD250475               | gc hcd 250475
      湘财采计[2018]012509号       | 湘财采计〔2018〕012509号
      DJZB[2015]-043K            | DJZB（2015）043K
      """)
  void sameProjectSameKey(String a, String b) {
    assertEquals(ProjectNumbers.normalize(a), ProjectNumbers.normalize(b));
  }

  @Test
  void keepsDigitsAndChineseLetters() {
    assertEquals("湘财采计2018012509号", ProjectNumbers.normalize("湘财采计[2018]012509号"));
    assertEquals("350001ZXFZGK2025003", ProjectNumbers.normalize("[350001]ZXFZ[GK]2025003"));
  }

  @Test
  void differentNumbersDiffer() {
    assertNotEquals(ProjectNumbers.normalize("LHACG2025000057"), ProjectNumbers.normalize("LHACG2025000058"));
  }

  @Test
  void nullSafe() {
    assertNull(ProjectNumbers.normalize(null));
    assertNull(ProjectNumbers.normalize(" -[]- "));
  }
}
