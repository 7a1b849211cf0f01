package org.tenderwatch.extract;

import java.time.LocalDateTime;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date a label states: on its line or (when the label ends the line) on the next one; of a change the new date
 * ("投标截止时间：由…延期至…"), and a day written without its year given the year of the date before it.
 */
final class LabelDates {

  private LabelDates() {}

  /**
   * A value that states a change, the old date first: "由2025年6月25日9:30延期至2025年7月2日9:30" (a correction's label
   * kept over its old and new values); the date after 为/至 is the one that holds.
   */
  private static final Pattern CHANGED = Pattern.compile(
      "^\\s*由\\s*\\d{4}[^。；;]{0,40}?(?:更正|变更|调整|延期|推迟|延长|顺延|延后|修改)\\s*(?:为|至|到)");
  /**
   * A value that states its old date, a comma, then the new one: "2026-07-30 09:00:00，更正为：2026-08-31 09:00:00" (ccgp
   * 更正公告 of 陕西 and 黑龙江: "原公告的开启时间：…，更正为：…"), "…9:30，现变更为…", "…，顺延至…"; or a space for the
   * comma (a copy run on one line: "…09:00 变更为：…"). The change word must open the clause and a date follow it:
   * "…9:30，开标地点变更为某某开标室" changes something else.
   */
  private static final Pattern CHANGED_AFTER_COMMA = Pattern.compile(
      "^\\s*\\d{4}[^。；;,]{0,30}?(?:,|\\s)\\s*现?\\s*(?:(?:更正|变更|调整|修改)为|(?:延期|推迟|延长|顺延|延后)(?:至|到))\\s*:?\\s*"
          + "(?=(?:\\(?北京时间\\)?\\s*)?\\d{4}\\s*[-年./])");
  /** A value that opens with a month and day and no year ("开标时间：6月25日9:30（北京时间）"). */
  private static final Pattern MONTH_DAY =
      Pattern.compile("^\\s*(?:\\(?北京时间\\)?\\s*)?[0-9]{1,2}\\s*月\\s*[0-9]{1,2}\\s*日");
  /**
   * Where a correction's new part opens ("现更正为：", "现更改为：", "更正后内容："): the lines under it restate the labels
   * of the old part ("（1）原招标文件…投标截止时间、开标时间：…" then "（1）招标文件…投标截止时间、开标时间：…"), and the
   * value under the mark is the one that holds. "由…更正为2025年…" (no colon) is a value's own change ({@link #CHANGED}).
   */
  private static final Pattern NEW_PART =
      Pattern.compile("(?:更正|更改|变更|修改|调整)(?:为|后(?:的)?(?:内容|信息)?)\\s*[:：]");
  /**
   * A new part opened by a change word with no colon before a quoted restatement ("“提交投标文件截止时间：…”及“开标时间：…”
   * 现变更为“提交投标文件截止时间：…”…", ccgp 更正公告): the quote tells it from a value's own "，现变更为2025年…".
   */
  private static final Pattern QUOTED_NEW_PART = Pattern.compile("现(?:更正|更改|变更|修改|调整)为(?=\\s*[\"“])");
  /**
   * A correction's content mark: written twice ("更正内容：" / "原公告内容：…" / "更正内容：…", ccgp 更正公告 restating the
   * old lines then the new), the second opens the new part.
   */
  private static final Pattern CONTENT_MARK = Pattern.compile("更正内容\\s*:");
  /** A line under a value that gives its new one: "开标时间：2026年8月5日09:00" / "变更为：2026年8月18日09:00". */
  private static final Pattern CHANGED_BELOW = Pattern.compile(
      "^\\s*现?(?:更正|更改|变更|修改|调整)为\\s*:?\\s*(?=(?:\\(?北京时间\\)?\\s*)?\\d{4}\\s*[-年./])");
  /** A change's word alone on its line ("变更为"), its date on the next. */
  private static final Pattern CHANGE_WORD = Pattern.compile("\\s*现?(?:更正|更改|变更|修改|调整)为\\s*:?\\s*");
  /** A full date in the text before the label, whose year a year-less value shares. */
  private static final Pattern FULL_DATE = Pattern.compile("[0-9]{4}\\s*年\\s*[0-9]{1,2}\\s*月\\s*[0-9]{1,2}\\s*日");

  /**
   * The date after a label, on its line or (when the label ends the line) on the next one.
   *
   * @param windowEnd a deadline: of "14:30 ～ 15:00" take the end
   */
  static LocalDateTime date(String text, List<String> labels, boolean windowEnd) {
    return date(text, labels, windowEnd, null);
  }

  /**
   * A labelled year-less value ("报价截止时间：6月18日17:00") with no full date before its label, as a campus 询价 writes
   * it over its signed date or under a header's "发布时间：2024-06-12": the year of the notice's date ({@code
   * published}). Read last, after every other reading found nothing; null without a published date.
   */
  static LocalDateTime yearless(String text, List<String> labels, boolean windowEnd, LocalDateTime published) {
    return published == null ? null : date(text, labels, windowEnd, published);
  }

  private static LocalDateTime date(String text, List<String> labels, boolean windowEnd, LocalDateTime published) {
    String folded = Fold.fold(text);
    // tried only at the mark's first chars: a find over the whole text at every call was a seventh of extraction
    for (int from : newParts(folded)) {
      LocalDateTime corrected = date(text, folded, labels, windowEnd, published, from);
      if (corrected != null) {
        return corrected;
      }
    }
    return date(text, folded, labels, windowEnd, published, 0);
  }

  /** Where a correction's new part may open, by each kind of mark found (none in most notices). */
  private static List<Integer> newParts(String folded) {
    List<Integer> starts = new java.util.ArrayList<>(2);
    for (Pattern mark : List.of(NEW_PART, QUOTED_NEW_PART)) {
      LeadScan part = LeadScan.of(mark, folded);
      if (part.find()) {
        starts.add(part.matcher().end());
      }
    }
    LeadScan content = LeadScan.of(CONTENT_MARK, folded);
    if (content.find() && content.find()) {
      starts.add(content.matcher().end());
    }
    return starts;
  }

  /** The date after the first of the labels found at or after {@code from}. */
  private static LocalDateTime date(String text, String folded, List<String> labels, boolean windowEnd,
      LocalDateTime published, int from) {
    for (String label : labels) {
      LabelFinder m = Labels.finder(label, folded);
      while (m.find()) {
        if (m.start() < from) {
          continue;
        }
        List<String> next = text.substring(m.end()).lines().limit(2).toList();
        for (int i = 0; i < next.size(); i++) {
          String line = next.get(i);
          String value = latest(Fold.fold(line));
          LocalDateTime d = windowEnd ? Dates.parseEnd(value) : Dates.parse(value);
          if (d == null && MONTH_DAY.matcher(value).find()) {
            d = withYear(value, folded.substring(0, m.start()), windowEnd, published);
          }
          if (d != null) {
            LocalDateTime below = changedBelow(text.substring(m.end()), i, windowEnd);
            return below != null ? below : i == 0 && next.size() > 1 ? withTime(d, value, next.get(1), windowEnd) : d;
          }
          if (!line.isBlank()) {
            break;
          }
        }
      }
    }
    return null;
  }

  /** A value that is a day and nothing more ("开标时间：2024年5月20日"), and a line that opens with a time. */
  private static final Pattern DAY_ONLY =
      Pattern.compile("^\\s*\\d{4}\\s*[-年./]\\s*\\d{1,2}\\s*[-月./]\\s*\\d{1,2}\\s*日?\\s*$");
  private static final Pattern TIME_LINE =
      Pattern.compile("^\\s*(?:上午|中午|下午)?\\s*\\d{1,2}\\s*[:时点]\\s*\\d{1,2}");

  /**
   * A day whose time stands on the next line ("开标时间：2024年5月20日" / "上午9:30（北京时间）", a cell or a Word line
   * break between them) takes that time.
   */
  private static LocalDateTime withTime(LocalDateTime d, String value, String nextLine, boolean windowEnd) {
    if (d.toLocalTime().toSecondOfDay() != 0 || !DAY_ONLY.matcher(value).matches()) {
      return d;
    }
    String below = Dates.digits(Fold.fold(nextLine));
    if (!TIME_LINE.matcher(below).find()) {
      return d;
    }
    String joined = value.strip() + below.strip();
    LocalDateTime timed = windowEnd ? Dates.parseEnd(joined) : Dates.parse(joined);
    return timed != null && timed.toLocalDate().equals(d.toLocalDate()) ? timed : d;
  }

  /**
   * The new date of the first non-blank line under the value's line when it opens "变更为：" and a date, or is "变更为"
   * alone over the date's line (each cell on a line of its own); else null.
   */
  private static LocalDateTime changedBelow(String after, int valueLine, boolean windowEnd) {
    List<String> below = after.lines().skip(valueLine + 1L).filter(l -> !l.isBlank()).limit(2).toList();
    String line = below.isEmpty() ? "" : below.size() > 1 && CHANGE_WORD.matcher(Fold.fold(below.get(0))).matches()
        ? below.get(0).strip() + " " + below.get(1) : below.get(0);
    Matcher changed = CHANGED_BELOW.matcher(Fold.fold(line));
    if (!changed.find()) {
      return null;
    }
    String value = Fold.fold(line).substring(changed.end());
    return windowEnd ? Dates.parseEnd(value) : Dates.parse(value);
  }

  /** The value after its change's word when it states a change ("由…延期至…", "…，更正为：…"); else the value. */
  private static String latest(String value) {
    Matcher changed = CHANGED.matcher(value);
    if (changed.find()) {
      return value.substring(changed.end());
    }
    Matcher after = CHANGED_AFTER_COMMA.matcher(value);
    return after.find() ? value.substring(after.end()) : value;
  }

  /**
   * A year-less value ("6月25日9:30") in the year of the last full date before its label ("获取招标文件时间：2025年6月4日
   * 至6月11日"), the next year when the day would fall before that date (a December notice's January deadline); null
   * when no full date comes before.
   */
  private static LocalDateTime withYear(String value, String before, boolean windowEnd, LocalDateTime published) {
    Matcher full = FULL_DATE.matcher(before);
    String last = null;
    while (full.find()) {
      last = full.group();
    }
    LocalDateTime earlier = last == null ? published : Dates.parse(last);
    if (earlier == null) {
      return null;
    }
    String dated = earlier.getYear() + "年" + value.replaceFirst("^\\s*(?:\\(?北京时间\\)?\\s*)?", "");
    LocalDateTime d = windowEnd ? Dates.parseEnd(dated) : Dates.parse(dated);
    return d != null && d.toLocalDate().isBefore(earlier.toLocalDate()) ? d.plusYears(1) : d;
  }
}
