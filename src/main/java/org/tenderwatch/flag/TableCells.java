package org.tenderwatch.flag;

import org.tenderwatch.text.Location;

/**
 * Where in a table a term sits. Extraction writes a table row as one line with " | " between cells (TextRender),
 * so the line holding the term, its rank among the consecutive row lines above it, and the " | " before the term
 * give row and column; the first row of the run names the column when it has as many cells (a header row:
 * 品目名称 | 规格型号 | 数量). Pure.
 */
final class TableCells {
  private static final String SEP = " | ";

  private TableCells() {}

  /** The part's location, with "table row 3, 规格型号" (or "table row 3, cell 2") added when the term is in a row. */
  static Location locate(Location where, String text, int offset) {
    int lineStart = text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
    if (offset == 0) {
      lineStart = 0;
    }
    int lineEnd = text.indexOf('\n', offset);
    String line = text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd);
    if (!line.contains(SEP)) {
      return where;
    }
    int column = count(text.substring(lineStart, offset)) + 1;
    int row = 1;
    String first = line;
    int start = lineStart;
    while (start > 0) {
      int prevStart = text.lastIndexOf('\n', start - 2) + 1;
      String prev = text.substring(prevStart, start - 1);
      if (!prev.contains(SEP)) {
        break;
      }
      row++;
      first = prev;
      start = prevStart;
    }
    String[] header = first.split(" \\| ", -1);
    String cell = row > 1 && header.length == count(line) + 1 && !header[column - 1].isBlank()
        ? header[column - 1] : "cell " + column;
    String place = "table row " + row + ", " + cell;
    String section = where.section() == null ? place : where.section() + ", " + place;
    return new Location(where.attachment(), where.page(), section);
  }

  private static int count(String s) {
    int n = 0;
    for (int i = s.indexOf(SEP); i >= 0; i = s.indexOf(SEP, i + SEP.length())) {
      n++;
    }
    return n;
  }
}
