package org.tenderwatch.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Cuts a line at its cell gaps ({@link TextRender#GAP}): a text block or an aggregator copy gives a table, or a
 * label beside the next, as one line whose cells stand apart by tab runs or runs of spaces ("成交供应商：X⇥品目类别⇥
 * 品目分类⇥…"), and each cell is one line to the readers, as a cell of a real table is. A gap that does not part two
 * cells is closed again: after a label's colon (its value follows: "采购项目名称：⇥X"), before a unit or a closing
 * mark ("703900⇥元。"), and after one letter of a letter-spaced label ("地⇥址：").
 */
final class CellGaps {

  /** A piece that opens with a label of its own ("地址：…"): a label before it keeps no value from it. */
  private static final Pattern LABEL_OPENS = Pattern.compile("^[^\\s:0-9]{1,16}:");
  /** A label and its colon ending a piece; not a lot heading ("包1："), whose lines below are no value of it. */
  private static final Pattern LABEL_ENDS = Pattern.compile("\\p{IsHan}{2}\\s*(?:\\([^()]{0,8}\\))?\\s*:$");
  /** The letters of a letter-spaced label so far ("联", "联 系"), and the rest of it ("人：刘欣良"). */
  private static final Pattern SPACED_LETTERS = Pattern.compile("^\\p{IsHan}(?: \\p{IsHan})*$");
  private static final Pattern SPACED_LABEL_END = Pattern.compile("^\\p{IsHan}{1,2}\\s*:");
  /** A date and the time of day after it ("2023-05-06⇥09:30", "2023年5月6日⇥上午9:30"): one value. */
  private static final Pattern DATE_ENDS = Pattern.compile("(?:[0-9]日|[0-9]{4}[-/.][0-9]{1,2}[-/.][0-9]{1,2})$");
  private static final Pattern TIME = Pattern.compile("^(?:上午|下午|晚上|北京时间)?\\s*[0-9]{1,2}(?::|点|时)");
  /** A piece that only ends the piece before it: a unit, a closing bracket, a clause mark. */
  private static final Pattern CLOSES = Pattern.compile("^(?:亿元|万元|元|元整)?[)\\]。,;]*$");

  private CellGaps() {}

  /** The line's cells, gaps that part no cells closed; a line without a gap is one piece. */
  static List<String> pieces(String line) {
    if (line.indexOf(TextRender.GAP) < 0) {
      return List.of(line);
    }
    List<String> cells = new ArrayList<>();
    for (String cell : line.split(String.valueOf(TextRender.GAP))) {
      if (!cell.isBlank()) {
        cells.add(cell.strip());
      }
    }
    List<String> out = new ArrayList<>();
    for (int i = 0; i < cells.size(); i++) {
      String piece = cells.get(i);
      if (!out.isEmpty() && joins(Fold.fold(out.getLast()), Fold.fold(piece))
          && !headsTable(out.getLast(), piece, i + 1 < cells.size() ? cells.get(i + 1) : "")) {
        out.set(out.size() - 1, out.getLast() + " " + piece);
      } else {
        out.add(piece);
      }
    }
    return out;
  }

  /**
   * A label over a table's header run ("三、采购项目分包情况：⇥包号⇥货物服务名称⇥…⇥本包预算金额", 山东's lots in an
   * aggregator's copy): its value is the table, so the header's first cell stays the table's.
   */
  private static boolean headsTable(String label, String piece, String next) {
    return LABEL_ENDS.matcher(Fold.fold(label)).find() && FlatTables.isHeader(piece) && FlatTables.isHeader(next);
  }

  private static boolean joins(String before, String piece) {
    boolean valueAfterLabel = LABEL_ENDS.matcher(before).find() && !LABEL_OPENS.matcher(piece).lookingAt();
    boolean spacedLetter = SPACED_LETTERS.matcher(before).matches()
        && (SPACED_LETTERS.matcher(piece).matches() || SPACED_LABEL_END.matcher(piece).lookingAt());
    boolean timeOfDate = DATE_ENDS.matcher(before).find() && TIME.matcher(piece).lookingAt();
    return valueAfterLabel || spacedLetter || timeOfDate || CLOSES.matcher(piece).matches();
  }
}
