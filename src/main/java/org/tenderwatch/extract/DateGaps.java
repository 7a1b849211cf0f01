package org.tenderwatch.extract;

/**
 * Whether the Word-run rewrites of {@link Dates#digits} can change a text: each looks for what its regex needs to
 * change anything (a gap between two digits of a year before 年, between a unit and the digits after it, a colon
 * after 时 or 点), so the regexes, which try every offset of a whole notice's text, run only on the texts that may
 * hold one. A scan answers yes whenever its regex could match with a gap; a yes is only a try, so it may over-answer.
 */
final class DateGaps {

  private DateGaps() {}

  /** SPLIT_YEAR: four digits (19xx, 20xx) with a {@code \s} gap among them, then {@code \s*} and 年. */
  static boolean yearGap(String text) {
    for (int k = text.indexOf('年'); k >= 0; k = text.indexOf('年', k + 1)) {
      int j = k - 1;
      while (j >= 0 && LineShapes.isSpace(text.charAt(j))) {
        j--;
      }
      int digits = 0;
      boolean gap = false;
      for (; j >= 0 && digits < 4; j--) {
        char c = text.charAt(j);
        if (isDigit(c)) {
          digits++;
        } else if (LineShapes.isSpace(c)) {
          gap = true; // a gap counts once a digit stands before it too (digits reach 4)
        } else {
          break;
        }
      }
      if (digits == 4 && gap) {
        return true;
      }
    }
    return false;
  }

  /** SPLIT_NUMBER: one of 年月日午, at most three {@code \s}, a digit, a {@code \s} gap, a digit. */
  static boolean numberGap(String text) {
    for (int i = 0; i < text.length(); i++) {
      char u = text.charAt(i);
      if (u != '年' && u != '月' && u != '日' && u != '午') {
        continue;
      }
      int j = i + 1;
      while (j < text.length() && j - i <= 3 && LineShapes.isSpace(text.charAt(j))) {
        j++;
      }
      if (j + 1 >= text.length() || !isDigit(text.charAt(j)) || !LineShapes.isSpace(text.charAt(j + 1))) {
        continue;
      }
      j++;
      while (j < text.length() && LineShapes.isSpace(text.charAt(j))) {
        j++;
      }
      if (j < text.length() && isDigit(text.charAt(j))) {
        return true;
      }
    }
    return false;
  }

  /** HOUR_COLON: a digit, at most three {@code \s}, 时 or 点, {@code \s*}, then a colon (":" or "："). */
  static boolean hourColon(String text) {
    return colonAfter(text, '时') || colonAfter(text, '点');
  }

  private static boolean colonAfter(String text, char unit) {
    for (int i = text.indexOf(unit); i >= 0; i = text.indexOf(unit, i + 1)) {
      int b = i - 1;
      while (b >= 0 && i - b <= 3 && LineShapes.isSpace(text.charAt(b))) {
        b--;
      }
      if (b < 0 || !isDigit(text.charAt(b))) {
        continue; // "地点：", "时间：": no hour's digit before the unit
      }
      int j = i + 1;
      while (j < text.length() && LineShapes.isSpace(text.charAt(j))) {
        j++;
      }
      if (j < text.length() && (text.charAt(j) == ':' || text.charAt(j) == '：')) {
        return true;
      }
    }
    return false;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
