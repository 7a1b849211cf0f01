package org.tenderwatch.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.tenderwatch.extract.TextRender.Line;

/**
 * Makes every way a page sets a label beside its value read as one "标签：值" line, so one label reader serves every
 * field: two-column (label | value) and four-column (label | value | label | value) table rows, definition lists
 * and a label alone on its line above its value, 政采云 bookmark classes ({@code code-budgetPrice}), and tables of
 * one header row over one data row. Pure: lines in, lines out.
 */
final class LabelRows {

  /** What {@link #key} drops; before {@link #KNOWN}, which is built with it. */
  private static final Pattern SPACE = Pattern.compile("\\s");
  private static final Pattern UNIT = Pattern.compile("\\((?:单位:)?(?:亿元|万元|元)\\)|" + Suppliers.AMOUNT_NOTE);
  /** A rate-or-sum note after an amount's label ("中标金额（费率、单价等）"): the label is still the amount's. */
  private static final Pattern RATE_NOTE = Pattern.compile(Suppliers.RATE_NOTE_BODY + "$");
  private static final Pattern END_COLON = Pattern.compile(":$");
  private static final Pattern DIGIT = Pattern.compile("[0-9０-９]");
  /** A section number before a heading, width-folded ("一、", "3、", "3."). */
  private static final Pattern SECTION_NO = Pattern.compile("^(?:[一二三四五六七八九十]{1,3}、|[0-9]{1,2}[、.])");
  /** A line that opens with a label of its own, width-folded ("第一中标候选人：X", "联系人：王某"). */
  private static final Pattern OPENS_LABEL = Pattern.compile("^[^\\s:,，。;；、0-9]{2,14}:");
  /** Every label the extractor reads, folded and without spaces: a cell or line that is one of these is a label. */
  private static final Set<String> KNOWN = known();
  // numbered with no colon in 湖北's result template; a numbered date heading ("二、公示时间") heads a period, no value
  private static final Set<String> IDS = java.util.stream.Stream.of(FieldLabels.PROJECT_NO, FieldLabels.PROJECT_NAME)
      .flatMap(List::stream).map(LabelRows::key).collect(java.util.stream.Collectors.toUnmodifiableSet());
  private static final int LONGEST = HeadingKeys.longest(KNOWN, IDS);
  /**
   * A party's contact label, read in its block ("采购人名称" over "某某医院" over "地址" over "某某路"): beside label/value
   * pairs it is a label too, though alone it names a column.
   */
  private static final Pattern CONTACT =
      Pattern.compile("(?:联系|通讯|详细|单位|办公)?地址|名称|联系人|联系电话|联系方式|电话|传真|电子邮箱|电子邮件|邮箱|邮编|邮政编码");
  /** A label cell: short, ends with a colon, holds no digit (a value such as "2019-07-17" or "1包：" is not one). */
  private static final Pattern COLON_LABEL = Pattern.compile("^[^0-9:]{2,16}[:]$");
  /**
   * A cell that reads as a label though the extractor does not know it: 2–12 Chinese chars ("采购方式", and the
   * longer "中标供应商联系地址", "原公告的采购项目名称", "项目所在行政区划编码" of real four-column tables).
   */
  private static final Pattern LABEL_SHAPED = Pattern.compile("^\\p{IsHan}{2,12}[:：]?$");
  /** 政采云 bookmark classes (code-…) and the label each value stands for (PORTALS.md §4). */
  private static final Map<String, String> BOOKMARKS = Map.of("code-budgetPrice", "预算金额（元）",
      "code-winningSupplierName", "中标供应商名称", "code-purchaserName", "采购人名称", "code-agencyName", "代理机构名称",
      // the numbered codes of the 政采云 result template (the 广西 and 贵州 golden pages): 项目编号, 采购人 and its
      // address, 代理机构
      "code-00004", "项目编号", "code-00014", "采购人名称", "code-00018", "采购人地址", "code-00009", "代理机构名称");

  private LabelRows() {}

  private static Set<String> known() {
    Set<String> out = new HashSet<>();
    // REGION among them: the ccgp 公告概要's 行政区域 kept as text, "行政区域" over "某市", or tab-set beside it
    FieldLabels.all().forEach(l -> out.add(key(l)));
    return Set.copyOf(out);
  }

  /** Compiled once: this runs for every line the label readers and {@link Join} test. */
  private static String key(String cell) {
    String bare = SPACE.matcher(Fold.fold(cell)).replaceAll(""); // UNIT and RATE_NOTE open with a bracket: most
    return bare.indexOf('(') < 0 ? END_COLON.matcher(bare).replaceAll("") // cells have none, so skip them there
        : RATE_NOTE.matcher(END_COLON.matcher(UNIT.matcher(bare).replaceAll("")).replaceAll("")).replaceAll("");
  }

  /** Whether a cell or line is one of the labels the extractor reads (with or without its colon). */
  static boolean isKnownLabel(String cell) {
    return KNOWN.contains(key(cell));
  }

  /** A known label alone, or a project's number or name label numbered as a heading ("一、项目编号" over "HBT-…"). */
  private static boolean isKnownHeading(String line) {
    String k = HeadingKeys.longer(line, LONGEST) ? null : key(line); // a sentence: no key made (see HeadingKeys)
    return k != null && (KNOWN.contains(k) || SECTION_NO.matcher(k).lookingAt() && IDS.contains(SECTION_NO.matcher(k).replaceFirst("")));
  }

  /** Whether a cell or line is a label: one the extractor knows, or a short colon-ended one. */
  static boolean isLabel(String cell) {
    String folded = SPACE.matcher(Fold.fold(cell)).replaceAll("");
    return KNOWN.contains(key(cell)) || COLON_LABEL.matcher(folded).matches();
  }

  /**
   * The lines with label/value rows and label-above-value lines turned into "label：value" lines (other lines as
   * they are). A row is read so only when every other cell is a label and the cells between are values.
   */
  static List<Line> expand(List<Line> body) {
    List<Line> out = new ArrayList<>(body.size());
    boolean inPairs = false; // the row above was read as label/value pairs
    for (int i = 0; i < body.size(); i++) {
      Line l = unitsJoined(body.get(i));
      boolean wasInPairs = inPairs;
      inPairs = false;
      if (l.isRow() && (pairs(l.cells(), false) || wasInPairs && pairs(l.cells(), true) && !namesColumns(l))
          && !heads(l, i + 1 < body.size() ? body.get(i + 1) : null)) {
        inPairs = true;
        for (int c = 0; c < l.cells().size(); c += 2) {
          if (!l.cells().get(c + 1).isBlank()) {
            out.add(new Line(joined(l.cells().get(c), l.cells().get(c + 1)), null));
          }
        }
      } else if (wasInPairs && blankBeside(l, i + 1 < body.size() ? body.get(i + 1) : null)) {
        out.add(l); // "电子邮箱" over "电子邮箱": the left party's cell was blank, the right one's value comes next
        inPairs = true;
      } else if (!l.isRow() && i + 1 < body.size() && !body.get(i + 1).isRow()
          && (isKnownHeading(l.text()) || wasInPairs && CONTACT.matcher(key(l.text())).matches())
          && !isLabel(body.get(i + 1).text()) && !FlatTables.isHeader(body.get(i + 1).text())
          && !OPENS_LABEL.matcher(Fold.fold(body.get(i + 1).text())).lookingAt() && !endsHeader(body, i)) {
        // the next line is a value, not the next column of a header flattened one cell a line, nor a line with a
        // label of its own ("中标单位名称" over "第一中标候选人：X")
        out.add(new Line(joined(l.text(), body.get(++i).text()), null)); // <dt>采购人</dt><dd>X</dd>
        inPairs = true;
      } else {
        out.add(l);
      }
    }
    return out;
  }

  /**
   * Whether a contact label stands over the same label: a two-party contact table kept one cell a line, its left
   * party's cell left blank ("电子邮箱" / "电子邮箱" / "x@163.com"); the pairs go on after it, so the rows below (地址 of
   * each party) are still read as label over value.
   */
  private static boolean blankBeside(Line l, Line next) {
    return next != null && !l.isRow() && !next.isRow() && CONTACT.matcher(key(l.text())).matches()
        && key(l.text()).equals(key(next.text()));
  }

  private static final java.util.regex.Pattern UNIT_CELL = java.util.regex.Pattern.compile("^\\s*(?:亿元|万元|元)\\s*$");

  /**
   * A row whose figure's unit stands in a cell of its own ("预算金额 | 120 | 万元", a Word table's columns): the unit
   * joined to the figure before it, so the label's value is the amount.
   */
  private static Line unitsJoined(Line l) {
    if (!l.isRow() || l.cells().stream().noneMatch(c -> UNIT_CELL.matcher(c).matches())) {
      return l;
    }
    List<String> cells = new ArrayList<>();
    for (String c : l.cells()) {
      String last = cells.isEmpty() ? "" : Fold.fold(cells.getLast()).strip();
      if (UNIT_CELL.matcher(c).matches() && !last.isEmpty() && Character.isDigit(last.charAt(last.length() - 1))) {
        cells.set(cells.size() - 1, cells.getLast().strip() + c.strip());
      } else {
        cells.add(c);
      }
    }
    return new Line(l.text(), cells);
  }

  /**
   * Whether the label at {@code i} is the last column of a table header kept one cell a line: the two lines above it
   * name columns too ("技术规格、参数及要求" / "品目预算(元)" / "最高限价(元)" over "1-1" / …, 广东's 采购包 item table),
   * so the line below is the first row's first cell, not the label's value.
   */
  private static boolean endsHeader(List<Line> body, int i) {
    // a label two lines down: pairs going on, a lot's name ending in a column word ("…施工/标段" / "项目所在地" / X)
    return i >= 2 && column(body.get(i - 1)) && column(body.get(i - 2))
        && !(i + 2 < body.size() && !body.get(i + 2).isRow() && KNOWN.contains(key(body.get(i + 2).text())));
  }

  /**
   * A column's name by its shape; a known label alone is none: a label/value list kept one cell a line has labels
   * with blank values right above the next one ("项目编号" / "采购代理机构" / "采购人" over "某某学校").
   */
  private static boolean column(Line l) {
    return !l.isRow() && (FlatTables.isHeader(l.text()) || CellLines.isColumnCell(l.text()));
  }

  /**
   * Whether a row heads a table rather than pairing labels with values ("供应商名称 | 供应商地址" over a row of
   * names and addresses): the next row is not itself label/value pairs and is as wide, or the row has four cells
   * (a data row may drop an empty cell; a four-column label/value table goes on with more pairs).
   */
  private static boolean heads(Line row, Line next) {
    return next != null && next.isRow() && !pairs(next.cells(), false) && !figures(row) && namesColumns(row)
        && (next.cells().size() == row.cells().size() || row.cells().size() == 4);
  }

  /**
   * Whether every value cell of the row names a column ("供应商名称 | 供应商地址"): a header names its columns, and a
   * label's value ("采购人地址 | 河北省张家口市张北县建设街" over "采购人联系方式 | 陈海 18632388009", a label the
   * extractor does not read, in an old CMS's label/value table) names none.
   */
  private static boolean namesColumns(Line row) {
    for (int c = 1; c < row.cells().size(); c += 2) {
      String cell = row.cells().get(c);
      if (!CellLines.isColumnCell(cell) && !FlatTables.isHeader(cell)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a value cell of the row holds a figure ("成交金额 | ￥128,600.00元" over "成交时间 | 2023年5月5日", a label
   * the extractor does not read): a header names its columns and states no amount, date or number.
   */
  private static boolean figures(Line row) {
    for (int c = 1; c < row.cells().size(); c += 2) {
      if (DIGIT.matcher(row.cells().get(c)).find()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the cells pair labels with values. In a four-column row one label may be one the extractor does not
   * read ("采购单位 | 某中学 | 采购方式 | 竞争性磋商") when it is shaped like one: a few Chinese chars, no digit; so may
   * every label of a row right below such pairs ({@code besidePairs}): an old CMS sets a whole block in one label |
   * value table, "供应商名称 | X" over "供应商地址 | Y" over "中标（成交）金额 | Z".
   */
  private static boolean pairs(List<String> cells, boolean besidePairs) {
    if (cells.size() != 2 && cells.size() != 4) {
      return false;
    }
    int known = 0;
    for (int c = 0; c < cells.size(); c += 2) {
      boolean label = isLabel(cells.get(c));
      known += label ? 1 : 0;
      boolean shaped = (cells.size() == 4 || besidePairs) && LABEL_SHAPED.matcher(cells.get(c).strip()).matches();
      if (!label && !shaped || isLabel(cells.get(c + 1))) {
        return false;
      }
    }
    return known > 0 || besidePairs;
  }

  private static String joined(String label, String value) {
    return label.strip().replaceAll("[:：]$", "") + "：" + value.strip();
  }

  /** "label：value" lines of the 政采云 bookmark elements under root, in page order. */
  static String bookmarks(Element root) {
    StringBuilder out = new StringBuilder();
    for (Element e : root.getElementsByAttributeValueContaining("class", "code-")) {
      for (String cls : e.classNames()) {
        String label = BOOKMARKS.get(cls);
        String value = TextRender.clean(e.text());
        if (label != null && !value.isEmpty()) {
          out.append(label).append('：').append(value).append('\n');
        }
      }
    }
    return out.toString();
  }

  /**
   * Tables of one header row and one data row ("项目名称 | … | 采购单位" over "… | 福建省立医院") read as
   * "label：value" lines, so label lookups find them; they are appended after the text, so written labels win.
   * Two rows of three or more cells make such a table when neither neighbour row is as wide.
   */
  static String headerTablePairs(List<Line> body) {
    StringBuilder pairs = new StringBuilder();
    for (int i = 0; i + 1 < body.size(); i++) {
      Line head = body.get(i);
      Line data = body.get(i + 1);
      if (!head.isRow() || !data.isRow() || head.cells().size() < 3 || head.cells().size() != data.cells().size()) {
        continue;
      }
      int width = head.cells().size();
      boolean alone = (i == 0 || width(body.get(i - 1)) < width) && (i + 2 >= body.size() || width(body.get(i + 2)) < width);
      String unit = WinnerTables.captionUnit(body, i);
      if (alone) {
        for (int c = 0; c < head.cells().size(); c++) {
          String label = withUnit(head.cells().get(c).replaceAll("[:：]$", ""), unit);
          if (!label.isBlank() && !data.cells().get(c).isBlank()) {
            pairs.append(label).append('：').append(data.cells().get(c)).append('\n');
          }
        }
      }
    }
    return pairs.toString();
  }

  /** An amount's header naming no unit of its own. */
  private static final Pattern AMOUNT_HEADER = Pattern.compile("^[^()（）]*(?:金额|预算|限价|控制价|报价|价格)[^()（）]*$");

  /**
   * An amount's header with the unit its table's caption states ("金额单位：万元" above "包号 | 预算金额"): the pair reads
   * "预算金额(万元)：45", as if the header had named it.
   */
  private static String withUnit(String label, String unit) {
    return unit == null || !AMOUNT_HEADER.matcher(label.strip()).matches() ? label : label.strip() + "(" + unit + ")";
  }

  private static int width(Line l) {
    return l.isRow() ? l.cells().size() : 0;
  }
}
