package org.tenderwatch.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.lucene.analysis.cjk.CJKBigramFilterFactory;
import org.apache.lucene.analysis.cjk.CJKWidthFilterFactory;
import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.icu.ICUNormalizer2CharFilterFactory;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizerFactory;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.junit.jupiter.api.Test;
import org.tenderwatch.extract.HtmlDecoder;
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

  /**
   * The analyzer leaves out ICU's dictionary segmentation of Han, Hiragana and Katakana because the bigram filter
   * after it makes the same bigrams either way. Check that on every real page of samples/ (and on Japanese, Korean
   * and width/compatibility forms): same terms, offsets, position increments and types as the chain with the
   * dictionary, so indexes written before the change stay valid.
   */
  @Test
  void sameTokensAsWithDictionarySegmentation() throws IOException {
    List<String> texts = new ArrayList<>();
    texts.add("東京都のソフトウェア開発、カタカナ　ﾃｽﾄ　ひらがなテキスト。한국어 텍스트 서울특별시 Ａ１００ 亚马逊云科技 𠀀𠀁字 ㈱ ① ⅰ");
    try (Stream<Path> files = Files.walk(Path.of("samples"))) {
      for (Path f : files.filter(Files::isRegularFile).filter(f -> f.toString().matches(".*\\.(htm|html|json|txt|tsv)$"))
          .sorted().toList()) {
        texts.add(HtmlDecoder.decodeText(Files.readAllBytes(f), null)); // some pages are GBK
      }
    }
    assertTrue(texts.size() > 40, "samples/ holds the real pages: " + texts.size());
    try (Analyzer dictionary = CustomAnalyzer.builder()
        .addCharFilter(ICUNormalizer2CharFilterFactory.NAME, "name", "nfkc_cf", "mode", "compose")
        .withTokenizer(ICUTokenizerFactory.NAME, "cjkAsWords", "true")
        .addTokenFilter(CJKWidthFilterFactory.NAME)
        .addTokenFilter(LowerCaseFilterFactory.NAME)
        .addTokenFilter(CJKBigramFilterFactory.NAME)
        .build()) {
      for (String text : texts) {
        assertEquals(detailed(dictionary, text), detailed(ANALYZER, text), () -> "tokens differ on: "
            + text.substring(0, Math.min(80, text.length())));
      }
    }
  }

  private static List<String> detailed(Analyzer analyzer, String text) throws IOException {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream("text", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
      TypeAttribute type = ts.addAttribute(TypeAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term + "/" + offset.startOffset() + "-" + offset.endOffset() + "/" + inc.getPositionIncrement() + "/"
            + type.type());
      }
      ts.end();
    }
    return out;
  }
}
