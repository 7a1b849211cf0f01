package org.tenderwatch.extract;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as notices write them: "2025-05-27 20:20", "2025年05月27日 20:20", "2025年06月25日 09点00分", "2019-7-8",
 * "2019年7月22日北京时间10:00时", "2016 年 3 月 18 日下午 15:00", "2015年08月21日", "2023-09-06 15:13:53".
 */
public final class Dates {

  /**
   * A date and its optional time; seven groups (year, month, day, 上午/中午/下午, hour, minute, second). "T" between
   * date and time is the ISO form some CMS print ("2018-03-21T10:20:30"); the weekday may follow the day, with a time
   * or without ("2021年4月8日（星期四）上午9时30分", "2026年3月16日（星期一）").
   */
  static final String DATE =
      "(\\d{4})\\s*[-年./]\\s*(\\d{1,2})\\s*[-月./]\\s*(\\d{1,2})\\s*日?"
          + "(?:\\s*[(（]\\s*(?:星期|周)[一二三四五六日天]\\s*[)）])?"
          + "(?:(?:T|\\s*[(（]?)\\s*(?:北京时间|星期.|周.)?\\s*[)）]?\\s*(上午|中午|下午|晚上)?\\s*(\\d{1,2})\\s*[:：时点]\\s*(\\d{1,2})(?:分|[:：](\\d{2}))?)?";
  private static final Pattern ANY = Pattern.compile(DATE);
  private static final Pattern WHOLE_LINE = Pattern.compile("\\s*" + DATE + "\\s*");

  /**
   * "二〇一五年九月二十八日": a date in Chinese numerals, rewritten in digits before matching; Word documents often type
   * the zero as a letter O or a digit 0 ("二O二三年五月六日").
   */
  private static final Pattern HAN_DATE = Pattern.compile(
      "([〇零○ＯO0一二三四五六七八九]{4})\\s*年\\s*([一二三四五六七八九十]{1,3})\\s*月\\s*([一二三四五六七八九十]{1,3})\\s*日");
  private static final String HAN_DIGITS = "〇一二三四五六七八九";

  private Dates() {}

  /**
   * A time in Chinese numerals right after a date or 上午/下午 ("2016年6月16日上午九时三十分", "…日九点整"); "十分"
   * elsewhere means "very", so only a time after 时/点 and after a date counts.
   */
  // the word before the hour is matched (group 1) and put back, not looked behind for: a leading lookbehind is tried
  // at every offset of the whole text
  private static final Pattern HAN_TIME = Pattern.compile("([日午上晚)）间]\\s{0,2})([〇零一二三四五六七八九十]{1,3})\\s*[时点]"
      + "(?:\\s*([〇零一二三四五六七八九十]{1,3})\\s*分|\\s*(整|半))?");

  /**
   * The text with Chinese-numeral dates and times in digits (same meaning; offsets may shift, callers use the
   * result only).
   */
  static String digits(String text) {
    if (text.indexOf('年') < 0) {
      return text;
    }
    String out = runs(text);
    out = after(out, "年", "〇零○ＯO0一二三四五六七八九") ? hanDates(out) : out;
    out = after(out, "时点", "〇零一二三四五六七八九十") ? hanTimes(out) : out;
    return after(out, "时点", "0123456789") ? HOUR_ONLY.matcher(out).replaceAll(m -> Matcher.quoteReplacement(m.group(1))
        + m.group(2) + ("半".equals(m.group(3)) ? ":30" : ":00")) : out;
  }

  /** An hour in digits with no minutes, after a date or 上午/下午: "2024年5月10日下午3点" is 15:00, "9时整" 9:00. */
  private static final Pattern HOUR_ONLY =
      Pattern.compile("([日午上晚)）间]\\s{0,2})([0-9]{1,2})\\s*[时点]\\s*(整|半)?(?!\\s*[0-9:：])");

  /**
   * Whether one of {@code units} follows one of {@code numerals} anywhere: the Chinese-numeral rewrites scan the whole
   * text with a regex, and most texts write their dates in digits.
   */
  private static boolean after(String text, String units, String numerals) {
    for (int i = 1; i < text.length(); i++) {
      if (units.indexOf(text.charAt(i)) >= 0) {
        int j = i - 1;
        while (j > 0 && Character.isWhitespace(text.charAt(j))) {
          j--; // "九 时": the patterns allow a gap
        }
        if (numerals.indexOf(text.charAt(j)) >= 0) {
          return true;
        }
      }
    }
    return false;
  }

  /** The pieces of a date typed in Word runs (see {@link #runs}). */
  private static final Pattern SPLIT_YEAR = Pattern.compile("(?<![0-9])(?:1\\s*9|2\\s*0)\\s*[0-9]\\s*[0-9](?=\\s*年)");
  // the unit before a number and the hour before a colon are matched (group 1) and put back, not looked behind for
  private static final Pattern SPLIT_NUMBER =
      Pattern.compile("([年月日午]\\s{0,3})([0-9]\\s+[0-9])(?=\\s*[月日时点:：])");
  private static final Pattern HOUR_COLON = Pattern.compile("([0-9]\\s{0,3}[时点])\\s*[:：](?=\\s*[0-9]{1,2}\\s*分)");
  private static final Pattern GAP = Pattern.compile("\\s+");
  /** A unit every rewrite of {@link #runs} stands next to. */
  private static final Pattern DATE_UNIT = Pattern.compile("[年月日午时点]");

  /**
   * A date typed in Word runs, each piece a span of its own, keeps the gaps between them (苍南's Word-pasted works
   * tenders): a year or an hour cut in two ("20 21年 5 月 12 日", "9 日 0 9 时"), and a colon typed after 时 ("09时:30分").
   * A number's digits are joined only before a date's unit, and only after one for the hour, so "27日 09:00" stays.
   */
  private static String runs(String text) {
    if (!DATE_UNIT.matcher(text).find()) {
      return text; // a date written with dashes or slashes: none of the three rewrites can apply (they are per call)
    }
    // each rewrite only where a cheap scan finds what it needs: most whole texts hold none, and each regex scans all
    String joined = DateGaps.yearGap(text)
        ? SPLIT_YEAR.matcher(text).replaceAll(m -> GAP.matcher(m.group()).replaceAll("")) : text;
    joined = DateGaps.numberGap(joined) ? SPLIT_NUMBER.matcher(joined)
        .replaceAll(m -> Matcher.quoteReplacement(m.group(1)) + GAP.matcher(m.group(2)).replaceAll("")) : joined;
    return DateGaps.hourColon(joined) ? HOUR_COLON.matcher(joined).replaceAll(m -> Matcher.quoteReplacement(m.group(1)))
        : joined;
  }

  /**
   * "日九时三十分" → "日9:30", "上午三点整" → "上午3:00", "十点半" → "10:30"; the word before the hour is put back
   * quoted, so replaceAll reads no group reference in it.
   */
  private static String hanTimes(String text) {
    return HAN_TIME.matcher(text).replaceAll(m -> {
      int minute = m.group(3) != null ? number(m.group(3).replace('零', '〇')) : "半".equals(m.group(4)) ? 30 : 0;
      return Matcher.quoteReplacement(m.group(1)) + number(m.group(2).replace('零', '〇')) + ":"
          + (minute < 10 ? "0" : "") + minute;
    });
  }

  /** "二〇一五年九月二十八日" → "2015年9月28日"; numbers keep the year's digits as written (〇 is 0). */
  private static String hanDates(String text) {
    return HAN_DATE.matcher(text).replaceAll(m -> number(m.group(1)) + "年" + number(m.group(2)) + "月"
        + number(m.group(3)) + "日");
  }

  /** 一 … 三十一: tens before 十 (none means one), units after. */
  private static int number(String han) {
    int ten = han.indexOf('十');
    if (ten < 0) { // digit by digit: "九" 9, "〇五" 5, "三〇" 30
      int n = 0;
      for (char c : han.toCharArray()) {
        n = n * 10 + Math.max(0, HAN_DIGITS.indexOf(c));
      }
      return n;
    }
    int tens = ten == 0 ? 1 : HAN_DIGITS.indexOf(han.charAt(0));
    int units = ten == han.length() - 1 ? 0 : HAN_DIGITS.indexOf(han.charAt(han.length() - 1));
    return tens * 10 + units;
  }

  /**
   * A day written without separators, read only with its time after it ("20260313 - 09:30:00", a 四川 ggzy result
   * table's 开标时间): alone, eight digits are as likely a code or a number.
   */
  private static final Pattern COMPACT = Pattern.compile(
      "(?<![0-9A-Za-z\\-])((?:19|20)[0-9]{2})(0[1-9]|1[0-2])(0[1-9]|[12][0-9]|3[01])\\s*[-—]?\\s*(?=[0-9]{1,2}[:：][0-9]{2})");

  /** "20260313 - 09:30" as "2026-03-13 09:30". */
  private static String compact(String folded) {
    return folded.indexOf(':') < 0 ? folded : COMPACT.matcher(folded).replaceAll("$1-$2-$3 ");
  }

  /** The first date in the text, or null. The crawler reads list pages' dates with it too. */
  public static LocalDateTime parse(String text) {
    if (text == null) {
      return null;
    }
    Matcher m = ANY.matcher(compact(digits(Fold.fold(text))));
    return m.find() ? of(m) : null;
  }

  /** A window's closing time right after a date: "14:30 ～ 15:00", "至2025年06月11日 17:00". */
  private static final Pattern WINDOW_END = Pattern.compile(
      "^\\s*[～~—\\-至到]\\s*(?:" + DATE + "|(\\d{1,2})\\s*[:：时点]\\s*(\\d{1,2}))");

  /** A range of days in one month ("2019年7月9—11日"): a deadline is its last day. */
  private static final Pattern DAY_RANGE = Pattern.compile(
      "(\\d{4}\\s*年\\s*\\d{1,2}\\s*月)\\s*\\d{1,2}\\s*日?\\s*[～~—\\-至到]\\s*(\\d{1,2})\\s*日");

  /**
   * Like {@link #parse} but for a deadline: when the date opens a window ("2016 年 3 月 18 日下午 14:30 ～ 15:00"),
   * the window's end, the last moment a bid is taken. Read as {@link #parse} reads, Word runs and Chinese numerals
   * in digits ("投标截止时间：2021年6月9日0 9时:30分").
   */
  static LocalDateTime parseEnd(String text) {
    if (text == null) {
      return null;
    }
    String folded = DAY_RANGE.matcher(compact(digits(Fold.fold(text)))).replaceFirst("$1$2日");
    Matcher m = ANY.matcher(folded);
    if (!m.find()) {
      return null;
    }
    LocalDateTime start = of(m);
    Matcher end = WINDOW_END.matcher(folded.substring(m.end()));
    if (start == null || !end.find()) {
      return start;
    }
    if (end.group(1) != null) {
      LocalDateTime d = of(end);
      return d == null ? start : d;
    }
    int hour = Integer.parseInt(end.group(8)); // groups 1-7 are DATE's
    int minute = Integer.parseInt(end.group(9));
    if ("下午".equals(m.group(4)) && hour < 12) {
      hour += 12;
    }
    return hour < 24 && minute < 60 ? start.withHour(hour).withMinute(minute) : start;
  }

  /**
   * The last line that is nothing but a date: plain notices end with the issuer's name and the date of issue.
   * Null when there is none.
   */
  static LocalDateTime signatureDate(List<String> lines) {
    for (int i = lines.size() - 1; i >= 0; i--) {
      Matcher m = WHOLE_LINE.matcher(digits(Fold.fold(lines.get(i))));
      if (m.matches()) {
        LocalDateTime d = of(m);
        if (d != null) {
          return d;
        }
      }
    }
    return null;
  }

  private static LocalDateTime of(Matcher m) {
    return of(m, 1);
  }

  /** The date of a match of {@link #DATE} whose year is group {@code first} (DATE inside a larger pattern). */
  static LocalDateTime of(Matcher m, int first) {
    try {
      String half = m.group(first + 3);
      int hour = m.group(first + 4) == null ? 0 : Integer.parseInt(m.group(first + 4));
      int minute = m.group(first + 5) == null ? 0 : Integer.parseInt(m.group(first + 5));
      if (("下午".equals(half) || "晚上".equals(half)) && hour < 12 || "中午".equals(half) && hour < 6) {
        hour += 12; // "下午3:00"; "中午12:00" stays, "中午1:00" is 13:00
      }
      // seconds ("15:13:53", group first + 6) are matched so they are not read as something else, and dropped:
      // the project reads dates to the minute (list pages, the store)
      return LocalDateTime.of(Integer.parseInt(m.group(first)), Integer.parseInt(m.group(first + 1)),
          Integer.parseInt(m.group(first + 2)), hour, minute);
    } catch (DateTimeException e) {
      return null; // "2025-13-40" is not a date
    }
  }
}
