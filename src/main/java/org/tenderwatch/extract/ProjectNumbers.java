package org.tenderwatch.extract;

import java.util.Locale;

/**
 * Project numbers as a linking key. Portals write the same number with full-width or half-width brackets
 * ("[350001]ZXFZ[GK]2025003", "【350001】ZXFZ【GK】2025003"), spaces and dashes; the key keeps only letters
 * (including Chinese, as in "湘财采计[2018]012509号") and digits, width-folded and upper-cased.
 */
public final class ProjectNumbers {

  private ProjectNumbers() {}

  /** The linking key of a project number, or null when there is none (null, blank, or only punctuation). */
  public static String normalize(String projectNo) {
    if (projectNo == null) {
      return null;
    }
    String folded = Fold.fold(projectNo).toUpperCase(Locale.ROOT);
    StringBuilder key = new StringBuilder(folded.length());
    folded.codePoints().filter(Character::isLetterOrDigit).forEach(key::appendCodePoint);
    return key.isEmpty() ? null : key.toString();
  }
}
