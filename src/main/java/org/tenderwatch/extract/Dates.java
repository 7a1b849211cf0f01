package org.tenderwatch.extract;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Dates as notices write them: "2025-05-27 20:20", "2025年05月27日 20:20", "2019-7-8", "2015年08月21日". */
final class Dates {

  private static final String DATE =
      "(\\d{4})\\s*[-年./]\\s*(\\d{1,2})\\s*[-月./]\\s*(\\d{1,2})\\s*日?(?:\\s*(\\d{1,2})\\s*[:：时]\\s*(\\d{1,2})分?)?";
  private static final Pattern ANY = Pattern.compile(DATE);
  private static final Pattern WHOLE_LINE = Pattern.compile("\\s*" + DATE + "\\s*");

  private Dates() {}

  /** The first date in the text, or null. */
  static LocalDateTime parse(String text) {
    if (text == null) {
      return null;
    }
    Matcher m = ANY.matcher(Fold.fold(text));
    return m.find() ? of(m) : null;
  }

  /**
   * The last line that is nothing but a date: plain notices end with the issuer's name and the date of issue.
   * Null when there is none.
   */
  static LocalDateTime signatureDate(List<String> lines) {
    for (int i = lines.size() - 1; i >= 0; i--) {
      Matcher m = WHOLE_LINE.matcher(Fold.fold(lines.get(i)));
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
    try {
      int hour = m.group(4) == null ? 0 : Integer.parseInt(m.group(4));
      int minute = m.group(5) == null ? 0 : Integer.parseInt(m.group(5));
      return LocalDateTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
          Integer.parseInt(m.group(3)), hour, minute);
    } catch (DateTimeException e) {
      return null; // "2025-13-40" is not a date
    }
  }
}
