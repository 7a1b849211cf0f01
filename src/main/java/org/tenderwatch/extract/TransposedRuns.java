package org.tenderwatch.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * A transposed winners table run into text ({@link RunOnTables}): each row of the page's table a column word then
 * one value per lot or winner ("标段 第一标段 第二标段 中标人 甲公司 乙公司 中标价（万元） 356.78 212.5"). Its width is
 * the count of names after the winners' word; the column words before and after it, each followed by as many values,
 * are the table's other rows. Pure: cells in, the table set upright out.
 */
final class TransposedRuns {

  /** The table set upright (its header, then one row per winner) and the cell after the last one it took. */
  record Table(List<List<String>> rows, int end) {}

  private TransposedRuns() {}

  /** The transposed table whose winners' word is cell {@code at}, or null when none stands there. */
  static Table table(List<String> cells, int at) {
    if (!WinnerTables.NAME_HEADER.matcher(Fold.fold(cells.get(at)).replace(" ", "")).matches()) {
      return null;
    }
    int width = 0;
    while (at + 1 + width < cells.size() && RunOnTables.NAME_CELL.matcher(Fold.fold(cells.get(at + 1 + width))).matches()) {
      width++;
    }
    if (width == 0) {
      return null;
    }
    List<Integer> words = new ArrayList<>(List.of(at));
    for (int w = at - width - 1; w >= 0 && columnWord(cells, w, width); w -= width + 1) {
      words.addFirst(w);
    }
    for (int w = at + width + 1; w + width < cells.size() && columnWord(cells, w, width); w += width + 1) {
      words.add(w);
    }
    List<String> header = words.stream().map(cells::get).toList();
    List<String> folded = header.stream().map(h -> Fold.fold(h).replace(" ", "")).toList();
    if (!WinnerTables.Columns.of(folded).hasPrice()) {
      return null;
    }
    return new Table(upright(cells, words, width, header), words.getLast() + width + 1);
  }

  /** Whether cell {@code w} is a column word followed by {@code width} values (no column word among them). */
  private static boolean columnWord(List<String> cells, int w, int width) {
    if (!FlatTables.isHeader(cells.get(w))) {
      return false;
    }
    for (int v = w + 1; v <= w + width; v++) {
      if (FlatTables.isHeader(cells.get(v))) {
        return false;
      }
    }
    return true;
  }

  private static List<List<String>> upright(List<String> cells, List<Integer> words, int width, List<String> header) {
    List<List<String>> rows = new ArrayList<>();
    rows.add(header);
    for (int r = 1; r <= width; r++) {
      int row = r;
      rows.add(words.stream().map(w -> cells.get(w + row)).toList());
    }
    return rows;
  }
}
