package org.tenderwatch.crawl.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A query goes into a URL or a form URL-encoded, into a JSON body JSON-escaped (a term may hold a quote). */
class ApiResultsTest {
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT);
  private static final Window W = new Window("Azure \"OpenAI\" 服务", LocalDate.of(2024, 3, 5),
      LocalDate.of(2024, 3, 20));

  @Test
  void aFormOrUrlGetsTheTermUrlEncoded() {
    assertEquals("TIMEBEGIN=2024-03-05&TIMEEND=2024-03-20&PAGENUMBER=3&FINDTXT=Azure+%22OpenAI%22+%E6%9C%8D%E5%8A%A1",
        ApiResults.fill("TIMEBEGIN={from}&TIMEEND={to}&PAGENUMBER={page}&FINDTXT={term}", W, 3, false, DAY));
  }

  @Test
  void aJsonBodyGetsTheTermEscapedNotEncoded() {
    assertEquals("{\"pageNo\":1,\"keyword\":\"Azure \\\"OpenAI\\\" 服务\",\"publishDateBegin\":\"2024-03-05\"}",
        ApiResults.fill("{\"pageNo\":{page},\"keyword\":\"{term}\",\"publishDateBegin\":\"{from}\"}", W, 1, true, DAY));
  }
}
