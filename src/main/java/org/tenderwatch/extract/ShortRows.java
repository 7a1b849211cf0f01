package org.tenderwatch.extract;

import java.util.List;
import org.tenderwatch.extract.TextRender.Line;

/**
 * A table row kept one cell per line that lost the line of an empty cell: kept text drops a blank cell, so the row is
 * one cell short of its header (ccgp's 采购包 result "供应商名称 / 供应商地址 / 中标（成交）金额 / 评审总得分" over
 * "X公司 / 2,870,000.00元 / 93.66", its address left blank). Read as the table's one row, the winners reader finds
 * its amount by the unit, as it does in a short row of a real table. Only a header's one row: after rows of the full
 * width, a short run is as likely rows cut at a wrong width.
 */
final class ShortRows {

  /** Fewer cells than this are a label and its value or two, not a row. */
  private static final int MIN_CELLS = 3;

  private ShortRows() {}

  /**
   * Whether the lines from {@code at} are such a row of the table whose header is {@code header}: at least
   * {@link #MIN_CELLS} cells, one short of the header, each a table cell, and the table ends right after them.
   */
  static boolean endsTable(List<Line> lines, List<String> header, int at) {
    int n = header.size() - 1;
    return n >= MIN_CELLS && at + n <= lines.size() && lines.subList(at, at + n).stream().noneMatch(Line::isRow)
        && CellLines.isRow(header, CellLines.texts(lines.subList(at, at + n))) && TableEnds.boundary(lines, at + n);
  }
}
