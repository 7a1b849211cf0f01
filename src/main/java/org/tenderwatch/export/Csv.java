package org.tenderwatch.export;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;

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
      out.add(guard(c == null ? "" : c));
    }
    return CSVFormat.RFC4180.format(out.toArray()) + "\r\n";
  }

  /** The whole file: header then rows. */
  public static String of(List<String> header, List<List<String>> rows) {
    StringBuilder b = new StringBuilder(line(header));
    rows.forEach(r -> b.append(line(r)));
    return b.toString();
  }

  /** The cell as a spreadsheet must read it: text, never a formula. */
  public static String guard(String v) {
    return v != null && !v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0 ? "'" + v : v;
  }
}
