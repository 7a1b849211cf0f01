package org.tenderwatch.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;

/**
 * How the health page says its columns and cells to a reader: a label per database column, times to the minute in
 * UTC ({@code 2026-12-06 04:10 UTC} instead of an ISO instant with nanoseconds) and durations in seconds or minutes.
 * The JSON API keeps the raw names and values; this is for the HTML page only.
 */
final class HealthFormat {
  /** Database column (or query alias) → what the page calls it. A column not listed shows under its own name. */
  private static final Map<String, String> LABELS = Map.ofEntries(
      Map.entry("source", "Source"),
      Map.entry("name", "Name"),
      Map.entry("status", "Status"),
      Map.entry("last_run_at", "Last run"),
      Map.entry("last_run_ms", "Last run took"),
      Map.entry("last_success_at", "Last success"),
      Map.entry("last_notices", "New notices in last run"),
      Map.entry("consecutive_failures", "Failed runs in a row"),
      Map.entry("cause", "Cause"),
      Map.entry("kind", "Kind"),
      Map.entry("urls", "URLs"),
      Map.entry("last_fetched", "Last fetched"),
      Map.entry("url", "URL"),
      Map.entry("http_status", "HTTP status"),
      Map.entry("attempts", "Attempts"),
      Map.entry("fetched_at", "Fetched"));

  private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
      .withZone(ZoneOffset.UTC);

  private HealthFormat() {}

  static String label(String column) {
    return LABELS.getOrDefault(column, column);
  }

  /** A cell as the reader wants it: times and durations by their column's suffix, anything else as stored. */
  static String cell(String column, String value) {
    if (value == null) {
      return "";
    }
    if (column.endsWith("_at") || column.equals("last_fetched")) {
      return time(value);
    }
    if (column.endsWith("_ms")) {
      return duration(value);
    }
    return value;
  }

  static String time(String iso) {
    try {
      return MINUTE.format(Instant.parse(iso));
    } catch (DateTimeParseException e) {
      return iso; // written by another version in another form: show it as it is rather than hide it
    }
  }

  /** Milliseconds as "850 ms", "4.3 s", "2 min 5 s" or "1 h 3 min". */
  static String duration(String millis) {
    double ms;
    try {
      ms = Double.parseDouble(millis);
    } catch (NumberFormatException e) {
      return millis;
    }
    long s = Math.round(ms / 1000);
    if (ms < 1000) {
      return Math.round(ms) + " ms";
    }
    if (ms < 60_000) {
      return String.format(Locale.ROOT, "%.1f s", ms / 1000);
    }
    if (s < 3600) {
      return s / 60 + " min " + s % 60 + " s";
    }
    return s / 3600 + " h " + s % 3600 / 60 + " min";
  }
}
