package org.tenderwatch.crawl;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Dates as list pages and APIs write them: "2024-04-12 10:00", "2024年04月12日", "2024.04.12", epoch ms. */
final class Dates {
  private static final Pattern YMD =
      Pattern.compile("(\\d{4})\\s*[-./年]\\s*(\\d{1,2})\\s*[-./月]\\s*(\\d{1,2})日?(?:\\s+(\\d{1,2}):(\\d{2}))?");
  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  private Dates() {}

  static LocalDateTime parse(String s) {
    if (s == null) {
      return null;
    }
    if (s.matches("\\d{12,13}")) {
      return LocalDateTime.ofInstant(Instant.ofEpochMilli(Long.parseLong(s)), CHINA);
    }
    Matcher m = YMD.matcher(s);
    if (!m.find()) {
      return null;
    }
    try {
      LocalDate d = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
          Integer.parseInt(m.group(3)));
      return m.group(4) == null ? d.atStartOfDay()
          : d.atTime(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)));
    } catch (DateTimeException e) {
      return null;
    }
  }
}
