package org.tenderwatch.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The header of a {@link GluedRows} table: its column words run together with no separator ("序号供应商名称供应商地址
 * 中标（成交）金额评审总得分"), cut where a column word starts after a whole one. Pure.
 */
final class GluedHeader {

  /** A word a column's name starts with: the header is cut before one that follows a whole column word. */
  private static final Pattern COLUMN_START = Pattern.compile("序号|排名|包号|标项|标段|采购包|合同包|分包|供应商|中标|成交|中选"
      + "|评审|评分|得分|投标|磋商|谈判|响应|最终|报价|统一社会信用代码|联系|备注|数量|单价|总价|品牌|规格|型号");
  /** The first chars of the column words (each a literal). */
  private static final String COLUMN_FIRST = Stream.of(COLUMN_START.pattern().split("\\|"))
      .map(w -> w.substring(0, 1)).collect(Collectors.joining());
  /** A label run on before the header ("1.中标结果："). */
  private static final Pattern LEAD = Pattern.compile("^[^:]{0,20}:\\s*");

  private GluedHeader() {}

  /** Where the header's first column word starts in the folded line (past a lead label), or -1: no header opens it. */
  static int start(String folded) {
    Matcher lead = LEAD.matcher(folded);
    int from = lead.lookingAt() ? lead.end() : 0;
    return COLUMN_START.matcher(folded).region(from, folded.length()).lookingAt() ? from : -1;
  }

  /**
   * Whether a column word's first char (folded) stands where {@link #COLUMN_START} is tried: after a {@link #LEAD} label
   * (its colon among the first 21 chars, then gaps) or at the start. Most lines open otherwise: they are not folded.
   */
  static boolean mayOpen(String text) {
    int from = 0;
    for (int i = 0; i < Math.min(text.length(), 21) && from == 0; i++) {
      from = Fold.fold(text.charAt(i)) == ':' ? i + 1 : 0;
      while (from > 0 && from < text.length() && LineShapes.isSpace(Fold.fold(text.charAt(from)))) {
        from++; // LEAD's \s*
      }
    }
    return from < text.length() && COLUMN_FIRST.indexOf(Fold.fold(text.charAt(from))) >= 0;
  }

  /** Where the first digit after {@code from} stands: the header ends there (no column word holds one). */
  static int firstDigit(String folded, int from) {
    for (int i = from; i < folded.length(); i++) {
      if (folded.charAt(i) >= '0' && folded.charAt(i) <= '9') {
        return i;
      }
    }
    return folded.length();
  }

  /** The header's column words: cut before a column word's start that follows a whole one; none if any is not. */
  static List<String> words(String words) {
    List<String> cells = new ArrayList<>();
    int from = 0;
    Matcher start = COLUMN_START.matcher(words);
    int search = 1;
    while (start.find(search)) {
      String cell = words.substring(from, start.start());
      if (FlatTables.isHeader(cell)) {
        cells.add(cell);
        from = start.start();
      }
      search = start.start() + 1;
    }
    String last = words.substring(from);
    if (!FlatTables.isHeader(last)) {
      return List.of();
    }
    cells.add(last);
    return cells;
  }
}
