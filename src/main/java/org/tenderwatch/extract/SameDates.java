package org.tenderwatch.extract;

import java.util.regex.Pattern;

/**
 * A bid deadline and opening written as each other: "开标时间：同投标截止时间", "投标截止时间：同开标时间", or the opening
 * "同上" under the deadline's line.
 */
final class SameDates {

  private static final Pattern SAME_AS_OPENING = Pattern.compile("^(?:同|与|即)开标(?:时间|日期)");
  /** "开标时间：同投标截止时间", "开标时间：同递交投标文件截止时间", "与响应文件提交截止时间相同". */
  private static final Pattern SAME_AS_DEADLINE = Pattern.compile("^(?:同|与|即)[^,，。；;:]{0,14}截止(?:时间|日期)");
  /** "开标时间：同上" on the line under the deadline's: the same as the deadline. */
  private static final Pattern SAME_AS_ABOVE =
      Pattern.compile("截止(?:时间|日期)?[^\\n]{0,60}\\n\\s*\\S{0,6}(?:开标|开启)(?:时间|日期)\\s*:\\s*同上");

  private SameDates() {}

  /** Whether the deadline is written as the opening's ("投标截止时间：同开标时间"). */
  static boolean asOpening(String text) {
    Labels.Value v = Labels.find(text, FieldLabels.DEADLINE);
    return v != null && SAME_AS_OPENING.matcher(Fold.fold(v.text())).lookingAt();
  }

  /** Whether the opening is written as the deadline's ("开标时间：同投标截止时间", "同上" under the deadline). */
  static boolean asDeadline(String text) {
    Labels.Value v = Labels.find(text, FieldLabels.OPENING);
    return v != null && (SAME_AS_DEADLINE.matcher(Fold.fold(v.text())).lookingAt()
        || v.text().startsWith("同上") && SAME_AS_ABOVE.matcher(Fold.fold(text)).find());
  }
}
