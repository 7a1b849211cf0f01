package org.tenderwatch.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.tenderwatch.extract.TextRender.Line;

/**
 * Reads text kept one table cell or page element per line, as crawlers save the content frames of ggzy.gov.cn and
 * as Word runs come out when a Word body is pasted into a portal: a table's header cells each on a line, then its
 * rows cell by cell; a label alone on its line with its value on the next; a sentence, title or date cut into
 * fragments. Three passes, each lines in, lines out, so the label, table and date readers after it see the shapes
 * they already read:
 *
 * <ol>
 *   <li>{@link #tables}: a run of column labels followed by rows of as many cells becomes table rows
 *       ({@link Table} between finding and writing);
 *   <li>{@link #fragments}: Word-split pieces of one line are joined back (rules in {@link Join});
 *   <li>{@link #labelValues}: a label alone on its line takes the value on the next line.
 * </ol>
 *
 * Pure; a page without such lines comes out as it went in.
 */
final class CellLines {

  /** A table found in cell-per-line text: its header cells, its rows, and how many lines it took. */
  record Table(List<String> header, List<List<String>> rows, int lineCount) {}

  /** Fewer header cells than this are as likely a label/value list ("项目名称" / value / "项目编码" / value). */
  private static final int MIN_COLUMNS = 3;
  /** A header cell is short: the longest seen is "中标供应商统一社会信用代码" (13 chars). */
  private static final int MAX_HEADER_CELL = 16;
  /**
   * A column label: a few chars ending in a noun that names a column of a result, candidate or item table (序号,
   * 供应商名称, 中标金额(元), 评审总得分, 包号, 规格型号 …), with an optional unit; never a colon (that is a label with
   * its value to come). A lot column may end in 号: 甘肃's 工程建设 中标结果公示 heads its winners "标段号 | 排序 |
   * 中标人名称 | 联合体成员单位 | 中标价(元)". A price column may say which price it is ("最高限价（总价）", 广东 2015).
   */
  private static final Pattern COLUMN = Pattern.compile("^" + ColumnWords.PARTY_BLOCK + "[\\p{IsHan}()/]{0,12}?(?:" + ColumnWords.ENDINGS
      + ")(?:\\((?:万元|元|人民币|如有|元/\\p{IsHan}{1,2}|%|吨|个|台|套|件|次|天|总价|单价)\\))?$");
  /**
   * A cell shaped like a header cell the table does not know ("产地", "规格要求", "数量/单位"): a first row of such
   * cells is the rest of the header, so the header's width is unknown and the table is not read.
   */
  private static final Pattern HEADER_SHAPED = Pattern.compile("^[\\p{IsHan}()/]{1,8}$");
  /** A column that tells one record from another (its number, rank, lot or name): every table read has one. */
  private static final Pattern KEY_COLUMN = Pattern.compile("(?:序号|排名|名次|排序|包号|包组|标段号?|标包号?|标项号?|分包号?|采购包|合同包|名称"
      + "|中标单位|中标人|成交人|中标供应商|成交供应商)$");
  /** A column that numbers or ranks the rows: its cell in every row is a number or a rank ("1", "第一名"). */
  private static final Pattern RANK_COLUMN = Pattern.compile("^(?:序号|排名|名次|排序)$");
  private static final Pattern RANK_CELL = Pattern.compile("^(?:[0-9]{1,3}|第[0-9一二三四五六七八九十]{1,3}名?)$");
  /** A line that cannot be a table cell: a numbered section heading ("八、评标委员会…", "1.采购人信息") or a label. */
  static final Pattern NOT_CELL = Pattern.compile("^(?:[一二三四五六七八九十]+、|[0-9]{1,2}[.、]\\s*\\D)|[:：]$");
  /**
   * Two header cells, a winner's and an amount's ("中标人" over "中标金额(万元)"), then their values: a table of two
   * columns; a label/value list puts a value under each label instead.
   */
  private static final Pattern WINNER_CELL =
      Pattern.compile("^(?:中标|成交|中选)(?:\\(成交\\))?(?:供应商|人|单位|公司)(?:名称)?$");
  private static final Pattern AMOUNT_CELL =
      Pattern.compile("^(?:中标|成交|中选)(?:\\(成交\\))?(?:金额|价格|价|报价)(?:\\((?:万元|元)\\))?$");
  /** A lot's name as a row's cell ("一标段", "第2包"): it ends in a column noun but numbers a record. */
  private static final Pattern LOT_CELL = Pattern.compile("^(?:" + LotNames.LEADING + ")$");
  /** The unit column of a table that writes the amount's unit apart ("1,675,000.00" | "元"). */
  private static final Pattern UNIT_CELL = Pattern.compile("^(?:亿元|万元|元)$");

  /** A label alone on its line: a few chars and a colon, after an optional section number ("二、项目编号："). */
  private static final Pattern LONE_LABEL = Pattern.compile(
      "^(?:[一二三四五六七八九十]+、|[0-9]{1,2}[.、．]\\s*)?[^:：，。；]{1,16}[:：]$");
  /** A line that opens with a label of its own ("中标公司名称：X"): never the value of the label above it. */
  private static final Pattern OPENS_LABEL = Pattern.compile("^[^\\s:：,，。；;、0-9]{2,14}[:：]");
  /** A signature ("招标人（盖章）：") keeps its date on a line of its own, where the signature-date reader finds it. */
  private static final Pattern SIGNATURE = Pattern.compile("盖章|签章|签字");
  /** A contact's label ("电子邮件：" last in 新疆's contacts) over a date: the date is the signature's, not its value. */
  private static final Pattern CONTACT = Pattern.compile("邮件|邮箱|电话|传真|网址");
  /**
   * A party's section in a label/value table kept one cell per line ("招标人信息" / "单位名称" / X): "单位名称" there
   * names that party, so it is read as the party's own label ("招标人名称：X").
   */
  static final Pattern PARTY_SECTION = Pattern.compile(
      "^(招标人|采购人|招标代理机构|采购代理机构|代理机构|中标人|中标供应商|成交供应商)信息$");
  private static final Pattern PARTY_NAME = Pattern.compile("^(?:单位)?名\\s*称$");
  /** How many lines a party section holds before its name (credit code, legal representative … come after it). */
  private static final int PARTY_WINDOW = 3;
  /** Any space, dropped from a cell before it is compared (compiled once: every short line is tested). */
  private static final Pattern SPACE = Pattern.compile("\\s");

  private CellLines() {}

  /** The three passes, in order: tables first, so a table's cells are never joined as fragments. */
  static List<Line> read(List<Line> lines) {
    return labelValues(fragments(tables(lines)));
  }

  // --- tables ---

  /** Every table found in the lines written as rows (the header row, then one row per record). */
  static List<Line> tables(List<Line> lines) {
    List<Line> out = new ArrayList<>(lines.size());
    for (int i = 0; i < lines.size(); ) {
      Table t = tableAt(lines, i);
      if (t == null) {
        out.add(lines.get(i++));
        continue;
      }
      if (!out.isEmpty() && out.getLast().isRow()) {
        out.add(new Line("", null)); // two tables in a row: the row readers read a table up to its last row
      }
      out.add(row(t.header()));
      t.rows().forEach(r -> out.add(row(r)));
      i += t.lineCount();
    }
    return out;
  }

  /**
   * The table whose header starts at line {@code at}, or null when none does. A header whose rows cannot be cut
   * cleanly is still a header: it comes back without rows, so its cells are not read as labels of the lines after it
   * ("供应商名称" over "评委1(技术标)").
   */
  static Table tableAt(List<Line> lines, int at) {
    HeaderCells.Header head = HeaderCells.at(lines, at);
    List<String> header = head.cells();
    int width = header.size();
    boolean winnerPair = width == 2 && WINNER_CELL.matcher(key(header.get(0))).matches()
        && AMOUNT_CELL.matcher(key(header.get(1))).matches();
    if (!winnerPair && (width < MIN_COLUMNS || header.stream().noneMatch(c -> KEY_COLUMN.matcher(key(c)).find()))) {
      return null;
    }
    int first = at + head.lineCount(); // the first row's line: a header cell cut in two took two lines
    List<List<String>> rows = new ArrayList<>();
    for (int r = first; r + width <= lines.size(); r += width) {
      List<String> cells = texts(lines.subList(r, r + width));
      if (!isRow(header, cells)) {
        break;
      }
      rows.add(withUnits(header, cells));
    }
    boolean headerGoesOn =
        !rows.isEmpty() && rows.getFirst().stream().allMatch(c -> HEADER_SHAPED.matcher(key(c)).matches());
    int end = first + width * rows.size();
    if (rows.isEmpty() && !TableEnds.boundary(lines, end) && ShortRows.endsTable(lines, header, end)) {
      rows.add(texts(lines.subList(end, end + width - 1)));
      end += width - 1;
    }
    if (headerGoesOn || !TableEnds.boundary(lines, end)) {
      rows.clear();
      end = first;
    }
    Table fromNext = rows.isEmpty() && width > MIN_COLUMNS ? tableAt(lines, at + 1) : null;
    if (fromNext != null && !fromNext.rows().isEmpty()) {
      return null; // the first line is the table's caption ("资格审查符合性评审结果" over "序号 | 供应商名称 | 评审结果")
    }
    return new Table(header, rows, end - at);
  }

  static boolean isColumn(Line l) {
    return !l.isRow() && isColumnCell(l.text());
  }

  /** Whether a cell names a table column ("品目预算(元)", "中标金额"): short, ending in a column noun, no lot's name. */
  static boolean isColumnCell(String cell) {
    if (cell.strip().length() > MAX_HEADER_CELL) {
      return false;
    }
    String key = key(cell);
    return !LOT_CELL.matcher(key).matches() && COLUMN.matcher(key).matches();
  }

  /**
   * Whether the cells make one record under the header: none is a heading, a label or another header's first cell,
   * and a numbering or rank column holds a number (so a table cut short never slides onto the next one).
   */
  static boolean isRow(List<String> header, List<String> cells) {
    if (cells.stream().filter(c -> COLUMN.matcher(key(c)).matches()).count() > 1) {
      return false; // the next table's header
    }
    for (int c = 0; c < cells.size(); c++) {
      String cell = Fold.fold(cells.get(c).strip());
      if (NOT_CELL.matcher(cell).find() || key(cell).equals(key(header.getFirst()))) {
        return false;
      }
      if (RANK_COLUMN.matcher(key(header.get(c))).matches() && !RANK_CELL.matcher(cell).matches()) {
        return false;
      }
    }
    return true;
  }

  /** A unit column's unit ("元", "万元") written after the amount in the cell before it, as a cell of 元 would be. */
  private static List<String> withUnits(List<String> header, List<String> cells) {
    List<String> out = new ArrayList<>(cells);
    for (int c = 1; c < cells.size(); c++) {
      if (key(header.get(c)).equals("单位") && UNIT_CELL.matcher(cells.get(c).strip()).matches()
          && key(header.get(c - 1)).endsWith("金额")) {
        out.set(c - 1, cells.get(c - 1).strip() + cells.get(c).strip());
      }
    }
    return out;
  }

  private static Line row(List<String> cells) {
    return new Line(String.join(" | ", cells), List.copyOf(cells));
  }

  // --- fragments ---

  /**
   * Lines that Word cut out of one line joined back, left to right: each line is added to the one before it while a
   * {@link Join} rule says the two belong together.
   */
  static List<Line> fragments(List<Line> lines) {
    List<Line> out = new ArrayList<>(lines.size());
    for (int i = 0; i < lines.size(); i++) {
      Line l = lines.get(i);
      if (l.isRow()) {
        out.add(l);
        continue;
      }
      StringBuilder joined = new StringBuilder(l.text().strip());
      while (i + 1 < lines.size() && !lines.get(i + 1).isRow()
          && Join.joins(joined.toString(), lines.get(i + 1).text().strip(), lines, i + 1, out.isEmpty())) {
        joined.append(lines.get(++i).text().strip());
      }
      out.add(new Line(joined.toString(), null));
    }
    return out;
  }

  // --- labels alone on their line ---

  /**
   * "名称：" alone on its line followed by its value becomes "名称：value"; "单位名称" under a party's section cell
   * becomes that party's name label.
   */
  static List<Line> labelValues(List<Line> lines) {
    List<Line> out = new ArrayList<>(lines.size());
    String party = null;
    int partyAt = -1;
    for (int i = 0; i < lines.size(); i++) {
      Line l = lines.get(i);
      Line next = i + 1 < lines.size() ? lines.get(i + 1) : null;
      String text = Fold.fold(l.text().strip());
      if (!l.isRow() && PARTY_SECTION.matcher(text).matches()) {
        party = text.substring(0, text.length() - 2);
        partyAt = out.size();
      }
      if (isValue(next) && !l.isRow() && LONE_LABEL.matcher(text).matches() && !SIGNATURE.matcher(text).find()
          && !(CONTACT.matcher(text).find() && Dates.signatureDate(List.of(next.text())) != null)) {
        out.add(new Line(l.text().strip() + next.text().strip(), null));
        i++;
      } else if (isValue(next) && party != null && out.size() - partyAt <= PARTY_WINDOW
          && PARTY_NAME.matcher(text).matches()) {
        out.add(new Line(party + "名称：" + next.text().strip(), null));
        party = null;
        i++;
      } else {
        out.add(l);
      }
    }
    return out;
  }

  /**
   * A line that can be a label's value: not a row, not blank, not a label (nor a sum's 大写 or 小写 label alone), a
   * section heading or a table's header.
   */
  private static boolean isValue(Line l) {
    if (l == null || l.isRow() || l.text().isBlank()) {
      return false;
    }
    String t = Fold.fold(l.text().strip());
    return !LONE_LABEL.matcher(t).matches() && !OPENS_LABEL.matcher(t).find() && !NOT_CELL.matcher(t).find()
        && !LabelRows.isKnownLabel(t) && !PARTY_SECTION.matcher(t).matches() && SpacedRows.headerLine(l) == 0
        && !WrittenTwice.isLabel(t);
  }

  /** A cell as its column label is compared: width-folded, without spaces ("地 址", "中标金额（元）"). */
  private static String key(String cell) {
    return SPACE.matcher(Fold.fold(cell)).replaceAll("");
  }

  static List<String> texts(List<Line> lines) {
    return lines.stream().map(l -> l.text().strip()).toList();
  }
}
