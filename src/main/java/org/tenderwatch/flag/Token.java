package org.tenderwatch.flag;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * One analyzed token and the span of original text it came from.
 *
 * @param term the token as indexed ("a100", "英伟")
 * @param start offset into the original text
 * @param end offset into the original text, exclusive
 */
record Token(String term, int start, int end) {

  /**
   * The tokens of a text, the list index being the token position. The tender analyzer never leaves
   * position gaps (no stop words, no synonyms); a gap would break position lookups, so it is refused.
   */
  static List<Token> analyze(Analyzer analyzer, String field, String text) {
    List<Token> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      PositionIncrementAttribute posInc = ts.addAttribute(PositionIncrementAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        if (posInc.getPositionIncrement() != 1) {
          throw new IllegalStateException("analyzer left a position gap at '" + term + "' in: " + text);
        }
        out.add(new Token(term.toString(), offset.startOffset(), offset.endOffset()));
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
