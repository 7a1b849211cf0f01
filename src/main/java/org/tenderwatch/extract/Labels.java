package org.tenderwatch.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds "label：value" in notice text. A label matches only at a word start (not after another Chinese
 * character, so "项目编号" does not match inside "原项目编号"), may have spaces between its characters
 * ("名 称："), may carry a unit in brackets ("预算金额（万元）："), and must be followed by a colon.
 * Matching runs on width-folded text; values are cut from the original at the same offsets.
 */
final class Labels {

  /** A value found after a label; {@code wan} when the label gives the unit as 万元. */
  record Value(String text, boolean wan) {}

  private Labels() {}

  /** The first non-blank value of the first label (in the given priority order) found in the text. */
  static Value find(String text, List<String> labels) {
    String folded = Fold.fold(text);
    for (String label : labels) {
      Matcher m = pattern(label).matcher(folded);
      while (m.find()) {
        String value = text.substring(m.end()).lines().findFirst().orElse("").strip();
        if (value.startsWith("|")) {
          value = value.substring(1).strip();
        }
        if (!value.isEmpty()) {
          return new Value(value, "万元".equals(m.group(1)));
        }
      }
    }
    return null;
  }

  static Pattern pattern(String label) {
    StringBuilder re = new StringBuilder("(?<!\\p{IsHan})");
    String folded = Fold.fold(label);
    for (int i = 0; i < folded.length(); i++) {
      if (i > 0) {
        re.append("\\s*");
      }
      re.append(Pattern.quote(String.valueOf(folded.charAt(i))));
    }
    re.append("\\s*(?:\\(\\s*(万元|元)\\s*\\))?\\s*[:：]\\s*");
    return Pattern.compile(re.toString());
  }

  /** A project number: the value up to the first space or an unbalanced closing bracket ("（招标文件编号…"). */
  static String projectNo(String value) {
    String v = value.strip();
    int depth = 0;
    int end = 0;
    for (; end < v.length(); end++) {
      char c = v.charAt(end);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '，' || c == '；' || c == ';' || c == '。') {
        break;
      }
      if ("([（【〔".indexOf(c) >= 0) {
        if (end > 0 && "（(".indexOf(c) >= 0 && depth == 0 && !hasClosing(v, end)) {
          break;
        }
        depth++;
      } else if (")]）】〕".indexOf(c) >= 0) {
        if (depth == 0) {
          break;
        }
        depth--;
      }
    }
    String no = v.substring(0, end);
    return no.isEmpty() ? null : no;
  }

  private static boolean hasClosing(String v, int open) {
    for (int i = open + 1; i < v.length(); i++) {
      char c = v.charAt(i);
      if (Character.isWhitespace(c)) {
        return false;
      }
      if (c == ')' || c == '）') {
        return true;
      }
    }
    return false;
  }

  private static final Pattern NAME_END = Pattern.compile("[，,；;。]|\\s{2,}|\\s+\\S{1,12}[:：]|[（(][^）)]*[:：]");

  /** An organisation name: the value up to punctuation, a run of spaces or the next label. */
  static String name(String value) {
    String v = value.strip();
    Matcher m = NAME_END.matcher(v);
    if (m.find()) {
      v = v.substring(0, m.start());
    }
    v = v.replaceAll("[（(]盖章[)）]$", "").strip();
    return v.isEmpty() ? null : v;
  }
}
