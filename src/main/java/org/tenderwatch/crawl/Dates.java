package org.tenderwatch.crawl;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * Dates as list pages and APIs give them: every written form the notices use ({@link
 * org.tenderwatch.extract.Dates}), plus the epoch milliseconds of JSON portals (政采云 publishDate), read in the
 * portals' time zone (the {@code timezone} setting) like every other portal date.
 */
final class Dates {
  private Dates() {}

  static LocalDateTime parse(String s, ZoneId portals) {
    if (s != null && s.matches("\\d{12,13}")) {
      return LocalDateTime.ofInstant(Instant.ofEpochMilli(Long.parseLong(s)), portals);
    }
    return org.tenderwatch.extract.Dates.parse(s);
  }
}
