package org.tenderwatch.extract;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tenderwatch.extract.FormatRewrites.Edit;

/**
 * The ways real portals write one date, for {@link FormatInvarianceTest}: a date is found as {@link Dates} reads one
 * and rewritten in another form of the same minute (a day alone stays a day alone). Each form, with where real pages
 * write it (PORTALS.md §2.2 and §4; tuning pages in realdata/):
 */
final class DateRewrites {

  /** Date forms (a date without a time stays without one). */
  enum DateForm {
    /** "2025年05月27日 20:20" (§4 span#pubTime, ccgp_uir_001). */
    YMD,
    /** "2017年7月31日9时30分" (agg_jusfoun_nanning_…, ggzy_luoyang_… "2026年03月27日09时35分"). */
    HANZI,
    /** "2026-03-14 10:11:45" (§4 gpcms noticeTime; hosp_* "2016-02-26 14:44:25"). */
    ISO,
    /** "2015/9/15 9:00" (ggzy_ganzi_luding_…), "2020/7/28" (zcy_zj_fuyang_…). */
    SLASH,
    /** "2025.05.27 20:20:00" (§2.2 bxsearch), "2019.12.31" (prov_shanghai_transport_…). */
    DOT,
    /** "2015年08月…日上午8:00" (hosp_xishui_…), "日上午09：00" (agg_masked_jinan_…); only before noon. */
    AM,
    /**
     * "2026年3月16日（星期一）9:30": the weekday in brackets. No tuning page nor PORTALS.md shows it; notices and
     * meeting notices do ("2021年4月8日（星期四）上午9时30分", FlatLayoutsTest), and Dates.DATE read 星期/周 already.
     */
    WEEKDAY
  }

  private DateRewrites() {}

  private static final Pattern DATE = Pattern.compile(Dates.DATE);
  private static final Pattern TIME_REST = Pattern.compile("(?:[ \\t]*分)?(?:[ \\t]*\\d{1,2}[ \\t]*秒)?(?:[ \\t]*整)?");

  /** A place a date is written, with or without its time. */
  record Dated(int start, int end, LocalDateTime value, boolean timed) {}

  /** Every place the text writes one of {@code dates} (with its time, or a day alone). */
  static List<Dated> findDates(String text, List<LocalDateTime> dates) {
    String f = Fold.fold(text);
    List<Dated> out = new ArrayList<>();
    Matcher m = DATE.matcher(f);
    Matcher rest = TIME_REST.matcher(f);
    while (!dates.isEmpty() && m.find()) {
      if (m.start() > 0 && Character.isDigit(f.charAt(m.start() - 1)) || m.group().indexOf('\n') >= 0) {
        continue;
      }
      LocalDateTime d = Dates.of(m, 1);
      if (d != null && dates.contains(d)) {
        boolean timed = m.group(5) != null;
        // the rest of a time Dates reads to the minute: "9 时 30 分整", "09时30分00秒"
        int end = timed && rest.region(m.end(), f.length()).lookingAt() ? rest.end() : m.end();
        out.add(new Dated(m.start(), end, d, timed));
      }
    }
    return out;
  }

  /** The edits writing every found date in {@code form}. */
  static List<Edit> dates(List<Dated> found, DateForm form) {
    List<Edit> out = new ArrayList<>();
    for (Dated d : found) {
      String written = written(d.value(), d.timed(), form);
      if (written != null) {
        out.add(new Edit(d.start(), d.end(), written));
      }
    }
    return out;
  }

  static List<Edit> dates(String text, List<LocalDateTime> dates, DateForm form) {
    return dates(findDates(text, dates), form);
  }

  static String written(LocalDateTime d, boolean timed, DateForm form) {
    int y = d.getYear();
    int mo = d.getMonthValue();
    int day = d.getDayOfMonth();
    int h = d.getHour();
    int mi = d.getMinute();
    String week = "（星期" + "一二三四五六日".charAt(d.getDayOfWeek().getValue() - 1) + "）";
    return switch (form) {
      case YMD -> String.format(Locale.ROOT, timed ? "%d年%02d月%02d日 %02d:%02d" : "%d年%02d月%02d日", y, mo, day, h, mi);
      case HANZI -> String.format(Locale.ROOT, timed ? "%d年%d月%d日%d时%02d分" : "%d年%d月%d日", y, mo, day, h, mi);
      case ISO -> String.format(Locale.ROOT, timed ? "%d-%02d-%02d %02d:%02d:00" : "%d-%02d-%02d", y, mo, day, h, mi);
      case SLASH -> String.format(Locale.ROOT, timed ? "%d/%02d/%02d %02d:%02d" : "%d/%02d/%02d", y, mo, day, h, mi);
      case DOT -> String.format(Locale.ROOT, timed ? "%d.%02d.%02d %02d:%02d" : "%d.%02d.%02d", y, mo, day, h, mi);
      case AM -> !timed || h >= 12 ? null : String.format(Locale.ROOT, "%d年%02d月%02d日上午%d:%02d", y, mo, day, h, mi);
      case WEEKDAY -> String.format(Locale.ROOT, "%d年%d月%d日", y, mo, day) + week
          + (timed ? String.format(Locale.ROOT, "%d:%02d", h, mi) : "");
    };
  }
}
