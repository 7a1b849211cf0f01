package org.tenderwatch.extract;

import java.util.List;
import java.util.regex.Pattern;
import org.tenderwatch.extract.TextRender.Line;

/**
 * A contact table turned on its side: the parties head the columns and the fields head the rows
 * ("项目 | 采购人 | 采购代理机构", then "名称 | A | B", "地址 | a | b", "联系人 | …"). Read as "采购人：A", "采购人地址：a",
 * "采购代理机构：B" lines for the label readers.
 */
final class RoleColumns {

  /** A column headed by the buyer's role, with 信息 or nothing after it ("采购人", "招标人信息"). */
  private static final Pattern BUYER_HEAD =
      Pattern.compile("^(?:采购人|采购单位|招标人|招标单位|建设单位|项目业主|业主单位|比选人)(?:信息)?$");
  private static final Pattern AGENCY_HEAD =
      Pattern.compile("^(?:采购代理机构|招标代理机构|代理机构|集中采购机构|采购机构|招标代理|采购代理)(?:信息)?$");
  private static final Pattern NAME_ROW = Pattern.compile("^(?:单位)?名称[:：]?$");
  private static final Pattern ADDRESS_ROW = Pattern.compile("^" + BuyerAddresses.ADDRESS_WORD + "[:：]?$");
  private static final Pattern SPACE = Pattern.compile("\\s");
  /** The field rows under the header read at most: name, address, contact, phone, fax, e-mail and a few more. */
  private static final int ROWS = 8;

  private RoleColumns() {}

  /** The pairs of the table headed at {@code at}, appended to {@code out}; nothing when it heads no such table. */
  static void pairs(List<Line> lines, int at, StringBuilder out) {
    List<String> header = lines.get(at).cells();
    int buyer = column(header, BUYER_HEAD);
    int agency = column(header, AGENCY_HEAD);
    if (buyer < 0 && agency < 0) {
      return;
    }
    for (int j = at + 1; j < Math.min(lines.size(), at + 1 + ROWS) && lines.get(j).isRow()
        && lines.get(j).cells().size() == header.size(); j++) {
      List<String> row = lines.get(j).cells();
      String field = key(row.getFirst());
      if (NAME_ROW.matcher(field).matches()) {
        append(out, "采购人：", row, buyer);
        append(out, "采购代理机构：", row, agency);
      } else if (ADDRESS_ROW.matcher(field).matches()) {
        append(out, "采购人地址：", row, buyer);
      }
    }
  }

  /** The first column after the first whose header matches, or -1. */
  private static int column(List<String> header, Pattern head) {
    for (int c = 1; c < header.size(); c++) {
      if (head.matcher(key(header.get(c))).matches()) {
        return c;
      }
    }
    return -1;
  }

  private static void append(StringBuilder out, String label, List<String> row, int column) {
    String value = column < 0 ? "" : row.get(column).strip();
    if (!value.isEmpty()) {
      out.append(label).append(value).append('\n');
    }
  }

  private static String key(String cell) {
    return SPACE.matcher(Fold.fold(cell)).replaceAll("");
  }
}
