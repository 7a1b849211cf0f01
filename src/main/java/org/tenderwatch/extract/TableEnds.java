package org.tenderwatch.extract;

import java.util.List;
import java.util.regex.Pattern;
import org.tenderwatch.extract.TextRender.Line;

/**
 * Where a table kept one cell a line may end ({@link CellLines#tableAt}, {@link ShortRows}): at the end of the text, a
 * heading, a label (alone, or with its value: 江西's "合同履行期限：…" after its 采购需求), another header or the
 * caption of one ("报价公示" over "序号"…), a party's section, or a paragraph. Rows that stop anywhere else were cut at a wrong width (a header cell not known as one, such as 产地, was
 * read as a row's first cell), so they are not read at all rather than read askew.
 */
final class TableEnds {

  /**
   * A paragraph after the table ("经政府采购管理部门同意，本项目为采购本国产品…。", 广东 2015's lots table): clauses of 30
   * chars or more ending in a full stop. An item's specification cell is ended by the next cell, a paragraph by the
   * table's end, so a run of full rows followed by one ends there.
   */
  private static final Pattern PARAGRAPH = Pattern.compile("^[^|]{12,},[^|]{16,}。$");

  /** A label with its value on one line: the text after a table, not a cell of it. */
  private static final Pattern LABELLED = Pattern.compile("^\\p{IsHan}{2,12}[:：]\\S");

  private TableEnds() {}

  /** Whether a table may end before line {@code end}. */
  static boolean boundary(List<Line> lines, int end) {
    if (end >= lines.size() || lines.get(end).isRow()) {
      return true;
    }
    String t = Fold.fold(lines.get(end).text().strip());
    boolean caption =
        end + 2 < lines.size() && CellLines.isColumn(lines.get(end + 1)) && CellLines.isColumn(lines.get(end + 2));
    return CellLines.NOT_CELL.matcher(t).find() || LABELLED.matcher(t).find()
        || CellLines.isColumn(lines.get(end)) || CellLines.PARTY_SECTION.matcher(t).matches() || caption || PARAGRAPH.matcher(t).matches();
  }
}
