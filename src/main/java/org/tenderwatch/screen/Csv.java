package org.tenderwatch.screen;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** RFC 4180 CSV through Apache Commons CSV: quoted fields may hold commas, doubled quotes and line breaks. */
final class Csv {
  private Csv() {}

  /** Every record as its list of fields; a malformed file (a quote never closed) is an IllegalArgumentException. */
  static List<List<String>> parse(String text) {
    try (CSVParser parser = CSVParser.parse(new StringReader(text), CSVFormat.RFC4180)) {
      List<List<String>> rows = new ArrayList<>();
      for (CSVRecord r : parser) {
        rows.add(r.toList());
      }
      return rows;
    } catch (IOException | UncheckedIOException e) {
      throw new IllegalArgumentException("malformed CSV: " + e.getMessage(), e);
    }
  }
}
