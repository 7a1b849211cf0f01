package org.tenderwatch.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A project number stated in a sentence rather than after a label's colon: "某某医院就某某项目（项目编号为ZB-2024-301）
 * 进行公开招标", "招标编号是…". Read only when no label names a number; the value is cut as a labelled one
 * ({@link Labels#projectNo}) and must hold a digit.
 */
final class SentenceNumbers {

  /** "项目编号为", "采购项目编号为：", "招标编号是" at a word start (not inside 原项目编号). */
  private static final Pattern NUMBER_IS = Pattern.compile(
      "(?<!\\p{IsHan})本?(?:采购|招标)?(?:项目)?编\\s*号\\s*(?:为|是)\\s*[:：]?\\s*(?=[\\p{Alnum}〔\\[【(（])");

  private SentenceNumbers() {}

  /** The first number a sentence states, or null. */
  static String projectNo(String text) {
    String folded = Fold.fold(text);
    Matcher m = NUMBER_IS.matcher(folded);
    while (m.find()) {
      String rest = text.substring(m.end()).lines().findFirst().orElse("");
      String no = Labels.projectNo(rest);
      if (no != null && no.chars().anyMatch(Character::isDigit)) {
        return no;
      }
    }
    return null;
  }
}
