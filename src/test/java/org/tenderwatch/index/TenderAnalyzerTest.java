package org.tenderwatch.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TenderAnalyzerTest {
  private static final Analyzer ANALYZER = TenderAnalyzer.create();

  /** Each token with the original text its offsets point to: {@code a100=Ａ１００}. */
  static List<String> tokens(String text) throws IOException {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = ANALYZER.tokenStream("text", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term + "=" + text.substring(offset.startOffset(), offset.endOffset()));
      }
      ts.end();
    }
    return out;
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = ';',
      value = {
        "A100; a100=A100",
        "H800; h800=H800",
        "GB200; gb200=GB200",
        "A100-SXM4; a100=A100|sxm4=SXM4",
        "8*A100; 8=8|a100=A100",
        "8卡A100; 8=8|卡=卡|a100=A100",
        "Ａ１００; a100=Ａ１００",
        "ＡＷＳ; aws=ＡＷＳ",
        "英伟达; 英伟=英伟|伟达=伟达",
        "四川大学; 四川=四川|川大=川大|大学=大学",
        "采购Ａ１００显卡; 采购=采购|a100=Ａ１００|显卡=显卡",
        "NVIDIA Tesla; nvidia=NVIDIA|tesla=Tesla",
      })
  void tokensAndOriginalOffsets(String text, String expected) throws IOException {
    assertEquals(expected, String.join("|", tokens(text)));
  }
}
