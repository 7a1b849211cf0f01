package org.tenderwatch.extract;

import java.text.Normalizer;

/**
 * NFKC width folding for matching: "Ａ１００" becomes "A100", full-width punctuation and the ideographic space
 * become ASCII; a few look-alike chars typed for the one meant become it. The result has exactly as many chars as the input, so an offset found in the folded text is the
 * same offset in the original; the original is what analysts see.
 */
public final class Fold {

  /**
   * The fold of every BMP char, computed once: folding is called on whole notice texts many times per page, and
   * one {@link Normalizer} call per char made it the hottest spot of extraction.
   */
  private static final char[] TABLE = table();

  /** The last long text folded (compared by identity; an immutable pair, so safe to share between threads). */
  private record Last(String in, String out) {}

  /** Shorter strings (a label, a line) are cheaper to fold again than to compare. */
  private static final int CACHE_MIN_CHARS = 256;
  private static volatile Last lastFold;

  private Fold() {}

  /**
   * Look-alike chars typed for the right one, in pairs (variant, meant): 内蒙古's 博思 pages head the buyer's block
   * "1.釆购人信息" with 釆 (U+91C6, "to sort out") for 采 (U+91C7), so every 采购 label missed it.
   */
  private static final String VARIANTS = "釆采";

  private static char[] table() {
    char[] t = new char[Character.MAX_VALUE + 1];
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      char ch = (char) c;
      if (c < 0x80 || Character.isSurrogate(ch)) {
        t[c] = ch;
        continue;
      }
      String n = Normalizer.normalize(String.valueOf(ch), Normalizer.Form.NFKC);
      t[c] = n.length() == 1 ? n.charAt(0) : ch;
    }
    for (int i = 0; i < VARIANTS.length(); i += 2) {
      t[VARIANTS.charAt(i)] = VARIANTS.charAt(i + 1);
    }
    return t;
  }

  /** One char folded as {@link #fold(String)} folds it. */
  public static char fold(char c) {
    return TABLE[c];
  }

  /**
   * Folds char by char. A char whose NFKC form is not exactly one char (ligatures such as "ﬁ", "㎡", or a lone
   * surrogate) is kept as it is: expanding it would shift every later offset.
   */
  public static String fold(String s) {
    if (s == null) {
      return null;
    }
    Last last = lastFold;
    if (last != null && last.in() == s) {
      return last.out(); // extraction folds the same notice text for each label list it searches
    }
    String out = foldChars(s);
    if (s.length() >= CACHE_MIN_CHARS) {
      lastFold = new Last(s, out);
    }
    return out;
  }

  private static String foldChars(String s) {
    int i = 0;
    while (i < s.length() && TABLE[s.charAt(i)] == s.charAt(i)) {
      i++; // most labels and many lines fold to themselves: no copy for them
    }
    if (i == s.length()) {
      return s;
    }
    char[] out = s.toCharArray();
    for (; i < out.length; i++) {
      out[i] = TABLE[out[i]];
    }
    return new String(out);
  }
}
