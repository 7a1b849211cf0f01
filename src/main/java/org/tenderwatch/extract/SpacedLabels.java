package org.tenderwatch.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tenderwatch.extract.TextRender.Line;

/**
 * A label/value table whose cells were joined by spaces into one line, its labels without colons, as aggregators and
 * crawlers copy ggzy 工程建设 result and candidate pages ("项目编码 50000120260202001010101 招标公告编号 / 招标人信息
 * 单位名称 重庆某某公司 社会信用代码 9150… 中标人信息 单位名称 某某建设公司 … 中标金额（费率、单价等） 6040665.58元",
 * "招标人 某某公司 招标人联系电话 139… 招标代理机构 某某咨询公司"): the line is cut back into its cells, each label on
 * a line of its own with its value on the next, the shape the label readers ({@link CellLines}, {@link LabelRows})
 * read on the page itself. A line is read so only when at least {@link #MIN_PAIRS} labels the extractor knows stand
 * alone between spaces, each followed by a value: a label word inside a sentence is set in Chinese text, not spaces.
 * A run of {@link #HEADER_RUN} label-shaped cells is a table's header: the line is left whole from there, for the
 * flattened-table readers ({@link FlatTables}). Pure: lines in, lines out.
 */
final class SpacedLabels {

  /** A line shorter than this is one pair at most. */
  static final int MIN_LENGTH = 20;
  /** How many known labels, each before its value, make the line a run-on table. */
  static final int MIN_PAIRS = 3;
  /** So many label-shaped cells in a row name a table's columns ("标段号 排序 中标人名称 联合体成员单位 中标价(元)"). */
  static final int HEADER_RUN = 3;
  /**
   * A stretch between labels longer than this and holding a sentence's marks is prose, not a cell: the table has
   * ended ("代理机构联系方式 王工 020-… 附件： … 某某招标有限公司受某市某站委托，根据…"); a long project name is a cell.
   */
  static final int MAX_VALUE = 80;
  private static final Pattern PARTY_NAME = Pattern.compile("^(?:单位)?名称$");
  private static final Pattern SENTENCE = Pattern.compile("[，。；]");
  private static final Pattern TOKEN = Pattern.compile("\\S+");
  /** A party's section cell ("招标人信息", "中标人信息"): a line of its own, its 单位名称 read as that party's. */
  private static final Pattern SECTION = Pattern.compile("^\\p{IsHan}{2,8}信息$");
  /**
   * Labels no field reads but that end the value before them: contacts, people, a works contract's terms
   * ("招标人联系电话", "法定代表人", "质量", "工期（交货期）").
   */
  private static final Pattern OTHER =
      Pattern.compile("^\\p{IsHan}{0,10}(?:电话|联系人|代表人|负责人|质量|工期)(?:\\([^()]{1,8}\\))?$");
  /** A unit written apart from its label ("投标报价 (元）") or its figure ("128,000.00 元"): part of that cell. */
  private static final Pattern UNIT = Pattern.compile("^(?:[(（](?:万元|元)[)）]|亿元|万元|元)$");

  private SpacedLabels() {}

  /** A letter-spaced label opening a line ("中 标 人：", "中 标 价："), as copies keep it. */
  private static final Pattern SPACED_LABEL = Pattern.compile("^(\\p{IsHan}(?: \\p{IsHan}){1,7})(\\s*[:：])");

  /** The line with a letter-spaced label at its start written whole ("中标人：X"), as the label patterns read it. */
  static Line unspaced(Line l) {
    if (l.isRow()) {
      return l;
    }
    Matcher m = SPACED_LABEL.matcher(l.text());
    return m.lookingAt() ? new Line(m.group(1).replace(" ", "") + l.text().substring(m.start(2)), l.cells()) : l;
  }

  /** The lines with every run-on label/value line cut into its cells (rows and other lines as they are). */
  static List<Line> split(List<Line> lines) {
    List<Line> out = new ArrayList<>(lines.size());
    for (Line l : lines) {
      if (l.isRow() || l.text().length() < MIN_LENGTH) {
        out.add(l);
      } else {
        cut(l.text()).forEach(piece -> out.add(new Line(piece, null)));
      }
    }
    return out;
  }

  /** One line's pieces: the line itself unless it holds {@link #MIN_PAIRS} known labels before their values. */
  static List<String> cut(String line) {
    List<int[]> tokens = tokens(line);
    String[] t = tokens.stream().map(k -> line.substring(k[0], k[1])).toArray(String[]::new);
    List<Integer> cuts = new ArrayList<>();
    if (cuts(line, tokens, t, cuts) < MIN_PAIRS && !twoPairs(t)) {
      return List.of(line);
    }
    List<String> pieces = new ArrayList<>();
    int from = 0;
    for (int c : cuts.stream().distinct().sorted().toList()) {
      int at = c >= t.length ? line.length() : tokens.get(c)[0];
      add(pieces, line.substring(from, at));
      from = Math.max(from, at);
    }
    add(pieces, line.substring(from));
    return pieces;
  }

  /**
   * A line of two known labels each before its value and nothing else ("中标供应商名称 某某公司 中标金额 128000元", a
   * copy that kept two cells of a row): cut as a longer run-on table is.
   */
  private static boolean twoPairs(String[] t) {
    return t.length == 4 && LabelRows.isKnownLabel(t[0]) && LabelRows.isKnownLabel(t[2]) && !labelShaped(t[1])
        && !labelShaped(t[3]) && !SECTION.matcher(t[0]).matches() && !SECTION.matcher(t[2]).matches();
  }

  /** Each space-delimited cell's start and end; a unit written apart joins the cell before it. */
  private static List<int[]> tokens(String line) {
    List<int[]> tokens = new ArrayList<>();
    Matcher m = TOKEN.matcher(line);
    while (m.find()) {
      if (!tokens.isEmpty() && UNIT.matcher(m.group()).matches()) {
        tokens.getLast()[1] = m.end();
      } else {
        tokens.add(new int[] {m.start(), m.end()});
      }
    }
    return tokens;
  }

  /**
   * Adds the cells to cut before (a label and its value each start a line); returns how many known labels stand
   * before a value, a party section's 单位名称 among them ("招标人信息 单位名称 X": the buyer's name).
   */
  private static int cuts(String line, List<int[]> tokens, String[] t, List<Integer> cuts) {
    int n = t.length;
    int pairs = 0;
    for (int i = 0; i < n; i++) {
      if (!cuts.isEmpty() && prose(line.substring(tokens.get(Math.min(cuts.getLast(), n - 1))[0], tokens.get(i)[0]))) {
        break;
      }
      if (SECTION.matcher(t[i]).matches()) {
        cuts.add(i);
        cuts.add(i + 1);
        pairs += i + 2 < n && PARTY_NAME.matcher(t[i + 1]).matches() ? 1 : 0;
        continue;
      }
      int run = 0;
      while (i + run < n && labelShaped(t[i + run])) {
        run++;
      }
      if (run >= HEADER_RUN) {
        cuts.add(i);
        break; // a table's header: its rows follow, read by the flattened-table readers
      }
      for (int j = i; j < i + run; j++) {
        cuts.add(j);
        cuts.add(j + 1);
      }
      pairs += run > 0 && i + run < n && LabelRows.isKnownLabel(t[i + run - 1]) ? 1 : 0;
      i += Math.max(run, 1) - 1;
    }
    return pairs;
  }

  /** A cell that names a value: a label the extractor reads, a column's name, a contact's or a person's. */
  private static boolean labelShaped(String token) {
    // a label with its colon ("采购项目名称：") keeps its value on its line: RunOn cuts there
    return !SECTION.matcher(token).matches() && !token.endsWith(":") && !token.endsWith("：")
        && (LabelRows.isKnownLabel(token) || FlatTables.isHeader(token) || OTHER.matcher(Fold.fold(token)).matches());
  }

  /**
   * Whether a cell is a label the extractor reads or a contact's or person's ("联系人", "联系电话", "项目负责人"): a line
   * that opens with one is a label and its value, never a row of the table above it.
   */
  static boolean labelOrContact(String cell) {
    String t = cell.strip();
    return LabelRows.isKnownLabel(t) || OTHER.matcher(Fold.fold(t)).matches();
  }

  private static boolean prose(String stretch) {
    return stretch.length() > MAX_VALUE && SENTENCE.matcher(stretch).find();
  }

  /** Adds a piece, stripped, unless blank; a lot heading closing it ("… 包1：") as a piece of its own, over the next. */
  private static void add(List<String> pieces, String piece) {
    String p = piece.strip();
    int heading = LotLeads.closing(p);
    if (heading > 0) {
      pieces.add(p.substring(0, heading).strip());
      p = p.substring(heading);
    }
    if (!p.isEmpty()) {
      pieces.add(p);
    }
  }
}
