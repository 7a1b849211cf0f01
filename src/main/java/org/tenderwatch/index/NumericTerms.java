package org.tenderwatch.index;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import org.apache.lucene.document.DoubleField;
import org.apache.lucene.document.LongField;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;

/**
 * Date and amount values in a query: {@code publishedAt:[2024-01-01 TO 2024-06-30]}, {@code publishedAt:2024-04},
 * {@code awardCny:[100000 TO *]}, {@code budgetCny:[10万 TO 1亿]}. A value that is not a date or an amount is an
 * error naming the field and the value, never a query that silently finds nothing.
 */
final class NumericTerms {
  private static final BigDecimal WAN = new BigDecimal(10_000);
  private static final BigDecimal YI = new BigDecimal(100_000_000);

  private NumericTerms() {}

  /** A range; a null bound is open ({@code *}). */
  static Query range(String field, String from, String to, boolean fromInclusive, boolean toInclusive)
      throws ParseException {
    if (NoticeDocuments.PUBLISHED_AT.equals(field)) {
      long lo = from == null ? Long.MIN_VALUE : days(field, from)[0];
      long hi = to == null ? Long.MAX_VALUE : days(field, to)[1];
      // exclusive bounds step one day; a whole month written as an exclusive bound excludes the whole month
      if (from != null && !fromInclusive) {
        lo = days(field, from)[1] + 1;
      }
      if (to != null && !toInclusive) {
        hi = days(field, to)[0] - 1;
      }
      return lo > hi ? new MatchNoDocsQuery("empty date range") : LongField.newRangeQuery(field, lo, hi);
    }
    double lo = from == null ? Double.NEGATIVE_INFINITY : yuan(field, from);
    double hi = to == null ? Double.POSITIVE_INFINITY : yuan(field, to);
    if (from != null && !fromInclusive) {
      lo = Math.nextUp(lo);
    }
    if (to != null && !toInclusive) {
      hi = Math.nextDown(hi);
    }
    return lo > hi ? new MatchNoDocsQuery("empty amount range") : DoubleField.newRangeQuery(field, lo, hi);
  }

  /** One value: a date means that day, month or year; an amount means exactly that many yuan. */
  static Query exact(String field, String value) throws ParseException {
    if (NoticeDocuments.PUBLISHED_AT.equals(field)) {
      long[] d = days(field, value);
      return LongField.newRangeQuery(field, d[0], d[1]);
    }
    return DoubleField.newExactQuery(field, yuan(field, value));
  }

  /**
   * First and last epoch day of {@code 2024-04-12}, {@code 2024-04} or {@code 2024} (also with / or . between).
   */
  static long[] days(String field, String value) throws ParseException {
    String v = value.strip().replace('/', '-').replace('.', '-');
    try {
      if (v.matches("\\d{4}-\\d{1,2}-\\d{1,2}")) {
        String[] p = v.split("-");
        long d = LocalDate.of(Integer.parseInt(p[0]), Integer.parseInt(p[1]), Integer.parseInt(p[2])).toEpochDay();
        return new long[] {d, d};
      }
      if (v.matches("\\d{4}-\\d{1,2}")) {
        String[] p = v.split("-");
        YearMonth m = YearMonth.of(Integer.parseInt(p[0]), Integer.parseInt(p[1]));
        return new long[] {m.atDay(1).toEpochDay(), m.atEndOfMonth().toEpochDay()};
      }
      if (v.matches("\\d{4}")) {
        int y = Integer.parseInt(v);
        return new long[] {LocalDate.of(y, 1, 1).toEpochDay(), LocalDate.of(y, 12, 31).toEpochDay()};
      }
    } catch (java.time.DateTimeException e) {
      throw new ParseException(field + ": '" + value + "' is not a date (" + e.getMessage() + ")");
    }
    throw new ParseException(field + ": '" + value + "' is not a date; write 2024-04-12, 2024-04 or 2024");
  }

  /** Yuan from {@code 200000}, {@code 200,000.50}, {@code 20万}, {@code 1.5亿}. */
  static double yuan(String field, String value) throws ParseException {
    String v = value.strip().replace(",", "");
    BigDecimal unit = BigDecimal.ONE;
    if (v.endsWith("万")) {
      unit = WAN;
      v = v.substring(0, v.length() - 1);
    } else if (v.endsWith("亿")) {
      unit = YI;
      v = v.substring(0, v.length() - 1);
    }
    if (!v.matches("\\d+(\\.\\d+)?")) {
      throw new ParseException(field + ": '" + value + "' is not an amount in yuan; write 100000, 100000.50, 10万 or 1.5亿");
    }
    return new BigDecimal(v).multiply(unit).doubleValue();
  }
}
