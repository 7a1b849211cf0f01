package org.tenderwatch.extract;

import java.time.LocalDateTime;
import java.util.List;
import java.util.regex.Pattern;
import org.tenderwatch.extract.TextRender.Line;

/** The dates a notice states after a label or under a numbered heading: deadline, opening, publication. */
final class NoticeDates {

  /** "四、提交投标文件截止时间、开标时间和地点" or "五、开标": a heading whose date follows on the next lines. */
  static final Pattern OPENING_HEADING = Pattern.compile("^[一二三四五六七八九十0-9]+[、.．].{0,20}(开标|开启)");
  static final Pattern DEADLINE_HEADING = Pattern.compile("^[一二三四五六七八九十0-9]+[、.．].{0,20}(截止|的递交)");

  private static final Pattern SAME_AS_OPENING = Pattern.compile("^(?:同|与|即)开标(?:时间|日期)");

  private NoticeDates() {}

  /**
   * When a plain page was published: a labelled 发布时间 that states a time beats the signature line's bare date
   * (which keeps only the day); otherwise the signature date, then a labelled day.
   */
  static LocalDateTime published(List<Line> body, String text) {
    LocalDateTime labelled = date(text, FieldLabels.PUBLISHED, false);
    LocalDateTime signature = Dates.signatureDate(body.stream().filter(l -> !l.isRow()).map(Line::text).toList());
    if (labelled != null && (signature == null || labelled.toLocalTime().toSecondOfDay() != 0)) {
      return labelled;
    }
    return signature != null ? signature : labelled;
  }

  /**
   * The date after a label, on its line or (when the label ends the line) on the next one.
   *
   * @param windowEnd a deadline: of "14:30 ～ 15:00" take the end
   */
  static LocalDateTime date(String text, List<String> labels, boolean windowEnd) {
    String folded = Fold.fold(text);
    for (String label : labels) {
      Labels.Finder m = Labels.finder(label, folded);
      while (m.find()) {
        List<String> next = text.substring(m.end()).lines().limit(2).toList();
        for (String line : next) {
          LocalDateTime d = windowEnd ? Dates.parseEnd(line) : Dates.parse(line);
          if (d != null) {
            return d;
          }
          if (!line.isBlank()) {
            break;
          }
        }
      }
    }
    return null;
  }

  /** Whether the deadline is written as the opening's ("投标截止时间：同开标时间"). */
  static boolean sameAsOpening(String text) {
    Labels.Value v = Labels.find(text, FieldLabels.DEADLINE);
    return v != null && SAME_AS_OPENING.matcher(Fold.fold(v.text())).lookingAt();
  }

  /** The first date in the three lines after a heading such as "五、开标" or "六、开标时间和地点". */
  static LocalDateTime headingDate(List<Line> body, Pattern heading, boolean windowEnd) {
    for (int i = 0; i < body.size(); i++) {
      if (body.get(i).isRow() || !startsNumbered(body.get(i).text())) {
        continue; // the heading patterns start with a numeral: most lines fail here, before folding and matching
      }
      String t = Fold.fold(body.get(i).text());
      if (!heading.matcher(t).lookingAt() || t.contains(":")) {
        continue;
      }
      for (int j = i + 1; j < Math.min(body.size(), i + 4); j++) {
        LocalDateTime d = windowEnd ? Dates.parseEnd(body.get(j).text()) : Dates.parse(body.get(j).text());
        if (d != null) {
          return d;
        }
      }
    }
    return null;
  }

  /** Whether the line's first char (folded) is one a numbered heading starts with: 0-9 or 一…十. */
  private static boolean startsNumbered(String line) {
    if (line.isEmpty()) {
      return false;
    }
    char c = Fold.fold(line.charAt(0));
    return (c >= '0' && c <= '9') || "一二三四五六七八九十".indexOf(c) >= 0;
  }
}
