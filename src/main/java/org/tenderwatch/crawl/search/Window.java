package org.tenderwatch.crawl.search;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * One query: a term over the days from..to (inclusive), with the result pages already handled and the result count
 * the portal stated, if it was read.
 */
public record Window(String term, LocalDate from, LocalDate to, int pagesDone, Integer results) {

  public Window(String term, LocalDate from, LocalDate to) {
    this(term, from, to, 0, null);
  }

  long days() {
    return ChronoUnit.DAYS.between(from, to) + 1;
  }

  /** The earlier and the later half; a window of one day cannot be split. */
  Window[] halves() {
    LocalDate mid = from.plusDays(days() / 2 - 1);
    return new Window[] {new Window(term, from, mid), new Window(term, mid.plusDays(1), to)};
  }

  /** since..until cut into windows of {@code days} days for each term, term by term, oldest first. */
  static List<Window> tile(List<String> terms, LocalDate since, LocalDate until, int days) {
    List<Window> out = new ArrayList<>();
    for (String t : terms) {
      for (LocalDate d = since; !d.isAfter(until); d = d.plusDays(days)) {
        LocalDate end = d.plusDays(days - 1L);
        out.add(new Window(t, d, end.isAfter(until) ? until : end));
      }
    }
    return out;
  }
}
