package org.tenderwatch.extract;

import java.text.Normalizer;

/**
 * NFKC width folding for matching: "Ａ１００" becomes "A100", full-width punctuation and the ideographic space
 * become ASCII. The result has exactly as many chars as the input, so an offset found in the folded text is the
 * same offset in the original; the original is what analysts see.
 */
public final class Fold {

  private Fold() {}

  /**
   * Folds char by char. A char whose NFKC form is not exactly one char (ligatures such as "ﬁ", "㎡", or a lone
   * surrogate) is kept as it is: expanding it would shift every later offset.
   */
  public static String fold(String s) {
    if (s == null) {
      return null;
    }
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x80 || Character.isSurrogate(c)) {
        out.append(c);
        continue;
      }
      String n = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC);
      out.append(n.length() == 1 ? n.charAt(0) : c);
    }
    return out.toString();
  }
}
