package org.tenderwatch.export;

import java.util.ArrayList;
import java.util.List;

/**
 * CSV lines (RFC 4180, CRLF) for every export, CLI and web alike. A cell a spreadsheet would read as a formula
 * (starting with =, +, -, @, or a TAB or CR that some spreadsheets skip first) gets a leading apostrophe: notice
 * titles and supplier names come from public portals, and "=HYPERLINK(…)" in a title must stay text.
 */
public final class Csv {
  private Csv() {}

  public static String line(List<String> cells) {
    List<String> out = new ArrayList<>(cells.size());
    for (String c : cells) {
      String v = guard(c == null ? "" : c);
      out.add(v.matches("(?s).*[\",\\r\\n].*") ? "\"" + v.replace("\"", "\"\"") + "\"" : v);
    }
    return String.join(",", out) + "\r\n";
  }

  /** The whole file: header then rows. */
  public static String of(List<String> header, List<List<String>> rows) {
    StringBuilder b = new StringBuilder(line(header));
    rows.forEach(r -> b.append(line(r)));
    return b.toString();
  }

  static String guard(String v) {
    return !v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0 ? "'" + v : v;
  }
}
