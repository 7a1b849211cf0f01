package org.tenderwatch.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FoldTest {

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      Ａ１００                  | A100
      英伟达Ｈ１００ＧＰＵ        | 英伟达H100GPU
      项目编号：【ＧＫ】           | 项目编号:【GK】
      （人民币）                 | (人民币)
      "Azure　OpenAI"          | "Azure OpenAI"
      ￥５６万元                 | ¥56万元
      a100 already ascii       | a100 already ascii
      """)
  void foldsWidth(String in, String out) {
    assertEquals(out, Fold.fold(in));
  }

  @Test
  void keepsLengthSoOffsetsMapBack() {
    // ㎡ and ﬁ expand under NFKC; they are kept so offsets stay aligned. 𠮷 is a surrogate pair.
    String s = "面积１００㎡，ﬁle 𠮷 Ｈ１００";
    String f = Fold.fold(s);
    assertEquals(s.length(), f.length());
    int at = f.indexOf("H100");
    assertEquals("Ｈ１００", s.substring(at, at + 4));
    assertEquals("面积100㎡,ﬁle 𠮷 H100", f);
  }

  @Test
  void nullSafe() {
    assertNull(Fold.fold(null));
  }
}
