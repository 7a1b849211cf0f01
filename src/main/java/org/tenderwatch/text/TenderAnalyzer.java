package org.tenderwatch.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cjk.CJKBigramFilterFactory;
import org.apache.lucene.analysis.cjk.CJKWidthFilterFactory;
import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.icu.ICUNormalizer2CharFilterFactory;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizerFactory;

/**
 * The one analyzer for notice text, shared by the search index and the flag rules, so that a term
 * an analyst writes in flags.yaml and a word typed into search are cut exactly like the notice.
 *
 * <p>Chain (DEPENDENCIES.md §5 compared SmartCN, ICU dictionary segmentation and bigrams; bigrams were
 * the only one that cut 英伟达, 亚马逊 and model numbers the same way every time):
 *
 * <ol>
 *   <li>char filter NFKC case-fold ({@code icuNormalizer2}, {@code nfkc_cf}): Ａ１００ → a100, ＡＷＳ → aws.
 *       Done as a <em>char filter</em>, not a token filter, so the tokenizer already sees folded text
 *       while offsets still point into the original text (the flag evidence quotes the original);
 *   <li>ICU tokenizer: splits at script boundaries (8卡A100 → 8, 卡, a100) and keeps A100, H800, d1.1 whole.
 *       Without dictionary segmentation ({@code cjkAsWords=false}): Han text comes out a char at a time, and the
 *       bigram filter below joins adjacent chars into the same bigrams a dictionary split would have led to, since
 *       it bigrams across word boundaries anyway. The dictionary was 40 % of the analysis time (JFR) and changed no
 *       token: TenderAnalyzerTest compares both on every sample page, and the bench corpus and real data gave the
 *       same terms, offsets and positions;
 *   <li>cjkWidth and lowercase: no-ops after NFKC_CF for most text, kept as cheap insurance for
 *       half-width katakana and for characters the char filter leaves alone;
 *   <li>cjkBigram: Han runs become overlapping bigrams (英伟达 → 英伟, 伟达), so any written Chinese term
 *       is a phrase of bigrams and matches inside longer words (亚马逊云科技 contains 亚马逊云).
 * </ol>
 */
public final class TenderAnalyzer {
  private TenderAnalyzer() {}

  /** A new analyzer; it is thread-safe, so one per index or monitor is enough. */
  public static Analyzer create() {
    try {
      return CustomAnalyzer.builder()
          .addCharFilter(ICUNormalizer2CharFilterFactory.NAME, "name", "nfkc_cf", "mode", "compose")
          .withTokenizer(ICUTokenizerFactory.NAME, "cjkAsWords", "false")
          .addTokenFilter(CJKWidthFilterFactory.NAME)
          .addTokenFilter(LowerCaseFilterFactory.NAME)
          .addTokenFilter(CJKBigramFilterFactory.NAME)
          .build();
    } catch (IOException e) {
      // CustomAnalyzer only does I/O to load resource files, and this chain names none
      throw new UncheckedIOException(e);
    }
  }
}
