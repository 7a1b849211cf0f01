package org.tenderwatch.extract;

import java.util.Set;

/**
 * A cheap bound on {@link LabelRows}' key of a line (folded, its gaps taken out, then a closing colon and bracketed
 * units or notes dropped): a line with no bracket and more chars, gaps aside, than the longest key and its colon is
 * no known heading, so its key (a fold and regex passes over the line) is not made. Most lines the expansion tests
 * are sentences, far longer than any label.
 */
final class HeadingKeys {

  /** The longest section number a heading's key may open with ("十一、", "12."). */
  private static final int SECTION_NO = 4;

  private HeadingKeys() {}

  /** The longest key a known heading has: a known label's, or a section number and a project's id label. */
  static int longest(Set<String> known, Set<String> ids) {
    int longest = 0;
    for (String k : known) {
      longest = Math.max(longest, k.length());
    }
    for (String k : ids) {
      longest = Math.max(longest, SECTION_NO + k.length());
    }
    return longest;
  }

  /**
   * Whether the line's key is surely longer than {@code longest}: no bracket (folded) a unit or note could be dropped
   * with, and more chars that are not {@code \s} than {@code longest} and a colon.
   */
  static boolean longer(String line, int longest) {
    if (line.length() <= longest + 1) {
      return false;
    }
    int chars = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = Fold.fold(line.charAt(i));
      if (c == '(') {
        return false;
      }
      chars += LineShapes.isSpace(c) ? 0 : 1;
    }
    return chars > longest + 1;
  }
}
