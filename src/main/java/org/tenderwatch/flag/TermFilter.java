package org.tenderwatch.flag;

import com.ibm.icu.text.Normalizer2;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A cheap test that a text cannot match any flag rule, so that most notices skip the Monitor (analysing a text with
 * the ICU tokenizer costs far more than normalizing it).
 *
 * <p>Every rule needs one of its terms, and every token of a term is a run of the text as the analyzer's char
 * filter normalizes it (NFKC case-fold), lower-cased: the tokenizer cuts that text, a bigram joins two adjacent runs,
 * and the width and lowercase filters change nothing more after NFKC_CF but case. So a text whose normalized,
 * lower-cased form lacks at least one token of every term matches no rule. Only whether a part goes to the Monitor depends on
 * this; the flags and their evidence still come from the Monitor and the analyzer.
 */
final class TermFilter {
  private static final Normalizer2 NFKC_CF = Normalizer2.getInstance(null, "nfkc_cf", Normalizer2.Mode.COMPOSE);

  /** The tokens of every term of every rule, one list per term. */
  private final List<List<String>> terms;

  private TermFilter(List<List<String>> terms) {
    this.terms = terms;
  }

  static TermFilter of(List<RuleQuery> rules) {
    Set<List<String>> terms = new LinkedHashSet<>();
    for (RuleQuery r : rules) {
      terms.addAll(r.termTokens());
    }
    return new TermFilter(List.copyOf(terms));
  }

  /** False only when no rule can match the text: no term has all its tokens in it. */
  boolean mayMatch(String text) {
    String normalized = lowerCase(NFKC_CF.normalize(text));
    for (List<String> term : terms) {
      if (term.stream().allMatch(normalized::contains)) {
        return true;
      }
    }
    return false;
  }

  /** Code point by code point, as Lucene's LowerCaseFilter does (String.toLowerCase has context rules). */
  private static String lowerCase(String s) {
    StringBuilder out = new StringBuilder(s.length());
    s.codePoints().map(Character::toLowerCase).forEach(out::appendCodePoint);
    return out.toString();
  }
}
