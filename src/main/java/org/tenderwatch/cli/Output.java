package org.tenderwatch.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Tables for people (CJK-width aware), CSV and JSON for machines. */
final class Output {
  static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  private Output() {}

  static String orEmpty(String s) {
    return s == null ? "" : s;
  }

  static void json(PrintWriter out, Object value) {
    out.println(JSON.writeValueAsString(value));
  }

  /** RFC 4180 CSV through Apache Commons CSV: a header row, then the rows; null cells are empty. */
  static void csv(PrintWriter out, List<String> header, List<List<String>> rows) {
    try {
      // not closed: closing the printer would close the command's output stream
      CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180);
      printer.printRecord(header);
      for (List<String> r : rows) {
        printer.printRecord(r.stream().map(Output::orEmpty).toList());
      }
      printer.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("writing CSV", e);
    }
  }

  /** A plain-text table; cells over {@code maxWidth} display columns are cut with "…". */
  static void table(PrintWriter out, List<String> header, List<List<String>> rows, int maxWidth) {
    int[] widths = new int[header.size()];
    List<List<String>> all = new ArrayList<>();
    all.add(header);
    for (List<String> r : rows) {
      all.add(r.stream().map(c -> cut(c == null ? "" : c.replaceAll("\\s+", " "), maxWidth)).toList());
    }
    for (List<String> r : all) {
      for (int i = 0; i < r.size(); i++) {
        widths[i] = Math.max(widths[i], width(r.get(i)));
      }
    }
    for (int k = 0; k < all.size(); k++) {
      out.println(line(all.get(k), widths));
      if (k == 0) {
        StringBuilder rule = new StringBuilder();
        for (int w : widths) {
          rule.append("-".repeat(w)).append("  ");
        }
        out.println(rule.toString().stripTrailing());
      }
    }
    out.flush();
  }

  private static String line(List<String> cells, int[] widths) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      s.append(cells.get(i)).append(" ".repeat(widths[i] - width(cells.get(i)) + 2));
    }
    return s.toString().stripTrailing();
  }

  private static String cut(String s, int max) {
    if (width(s) <= max) {
      return s;
    }
    StringBuilder b = new StringBuilder();
    int w = 0;
    for (int cp : s.codePoints().toArray()) {
      int cw = wide(cp) ? 2 : 1;
      if (w + cw > max - 1) {
        break;
      }
      b.appendCodePoint(cp);
      w += cw;
    }
    return b.append('…').toString();
  }

  /** Display columns: CJK and full-width characters take two. */
  static int width(String s) {
    return s.codePoints().map(cp -> wide(cp) ? 2 : 1).sum();
  }

  private static boolean wide(int cp) {
    return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3)
        || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
        || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD);
  }
}
