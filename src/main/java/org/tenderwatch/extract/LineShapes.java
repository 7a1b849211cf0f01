package org.tenderwatch.extract;

/**
 * Cheap checks of a line's shape, char by char (each char width-folded as {@link Fold#fold(String)} folds it), made
 * before a regex that needs the shape is run on the folded line: most lines of a notice are sentences that have it
 * not, and folding a copy of each and running the regex over it was a visible share of extraction.
 */
final class LineShapes {

  private LineShapes() {}

  /** Whether the stripped line's last char folds to a colon (a pattern ending {@code ":$"} needs it). */
  static boolean endsWithColon(String stripped) {
    return !stripped.isEmpty() && Fold.fold(stripped.charAt(stripped.length() - 1)) == ':';
  }

  /**
   * Whether the stripped line opens as {@code ^([^:\s0-9]{2,max}?)\s*:} needs: a run of chars that are no colon,
   * {@code \s} nor digit, then gaps, then a colon. The run is counted in chars, up to twice {@code max} (a code point
   * outside the BMP is two), so a yes may be wrong, a no never is.
   */
  static boolean opensLabel(String stripped, int max) {
    int k = 0;
    while (k < stripped.length() && k <= 2 * max && !stops(Fold.fold(stripped.charAt(k)))) {
      k++;
    }
    if (k < 2 || k > 2 * max) {
      return false;
    }
    while (k < stripped.length() && isSpace(Fold.fold(stripped.charAt(k)))) {
      k++;
    }
    return k < stripped.length() && Fold.fold(stripped.charAt(k)) == ':';
  }

  /** Whether more than {@code max} chars of the line fold to no space (its folded form, spaces out, is longer). */
  static boolean longerThan(String line, int max) {
    if (line.length() <= max) {
      return false;
    }
    int chars = 0;
    for (int i = 0; i < line.length() && chars <= max; i++) {
      chars += Fold.fold(line.charAt(i)) == ' ' ? 0 : 1;
    }
    return chars > max;
  }

  private static boolean stops(char c) {
    return c == ':' || isSpace(c) || c >= '0' && c <= '9';
  }

  /** The chars {@code \s} matches in a pattern compiled without flags. */
  static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
  }
}
