package org.tenderwatch.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.tenderwatch.extract.TextRender.Line;

/**
 * The header of a table kept one cell a line ({@link CellLines}): the run of column labels from a line on. A long
 * header cell may come cut over two lines at a conjunction ("简要规格描述或" / "项目基本概况" in 宁夏's 采购需求, a
 * Word cell wrapped where the portal broke it): the two lines are one cell when another column label follows them,
 * so the rows under the header are cut at its true width.
 */
final class HeaderCells {

  /** The header's cells and how many lines they took. */
  record Header(List<String> cells, int lineCount) {}

  /** A header cell cut after a conjunction: the phrase goes on on the next line. */
  private static final Pattern CUT = Pattern.compile("^\\p{IsHan}{2,12}[或及和与、]$");
  /** The rest of such a cell: a few Chinese chars, no figure, no colon. */
  private static final Pattern REST = Pattern.compile("^\\p{IsHan}{2,12}$");

  private HeaderCells() {}

  /** The header starting at line {@code at}; no cells when the line is no column label. */
  static Header at(List<Line> lines, int at) {
    List<String> cells = new ArrayList<>();
    int i = at;
    while (i < lines.size()) {
      if (CellLines.isColumn(lines.get(i))) {
        cells.add(lines.get(i++).text().strip());
      } else if (!cells.isEmpty() && cutCell(lines, i)) {
        cells.add(lines.get(i).text().strip() + lines.get(i + 1).text().strip());
        i += 2;
      } else {
        break;
      }
    }
    return new Header(cells, i - at);
  }

  /** Whether lines {@code i} and {@code i + 1} are one header cell cut in two, with a column label after them. */
  private static boolean cutCell(List<Line> lines, int i) {
    return i + 2 < lines.size() && !lines.get(i).isRow() && !lines.get(i + 1).isRow()
        && CUT.matcher(Fold.fold(lines.get(i).text().strip())).matches()
        && REST.matcher(Fold.fold(lines.get(i + 1).text().strip())).matches() && CellLines.isColumn(lines.get(i + 2));
  }
}
