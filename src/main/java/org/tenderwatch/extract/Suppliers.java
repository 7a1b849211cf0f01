package org.tenderwatch.extract;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tenderwatch.extract.TextRender.Line;

/**
 * Winning suppliers from the lines of a notice body, in two shapes:
 *
 * <ul>
 *   <li>blocks: "供应商名称：X" (or 中标（成交）供应商名称, 成交供应商名称, 中标人 …) followed within a few lines by
 *       "中标（成交）金额：Y" (or 中标金额, 成交金额, 成交价格 …);
 *   <li>tables whose header names a supplier column and an award-amount column.
 * </ul>
 *
 * Bid lists (投标供应商) and candidate lists (候选中标供应商) never match: their labels start with 投标 or 候选,
 * and their tables have a 报价 column, not an award amount. A lot comes from a prefix of the name ("1包-X"), a lot
 * column, or lot headings ("采购包1:", "第一包（龙芯）：") waiting in order above the suppliers of the same section.
 * All matching runs on width-folded text; names and amounts are cut from the original. The line patterns all start
 * with ^, so they are tried with lookingAt (find would try, and fail, at every later offset too).
 */
final class Suppliers {

  /** The winner and award-amount labels NAME_LABEL and AMOUNT_LABEL read, for the label/value row reader. */
  static final List<String> NAME_LABELS = WinnerLabels.NAMES;
  static final List<String> AMOUNT_LABELS = WinnerLabels.AMOUNTS;
  /** An item number before a label: "1、", "2.", "3)", "（1）". */
  private static final String ENUM = "(?:[0-9一二三四五六七八九十]+[、.)]\\s*|\\([0-9一二三四五六七八九十]+\\)\\s*)?";
  /**
   * What a winner is called: 中标, 成交, 中标（成交）, and 中选 (framework and volume-based purchases); the labels
   * may say it is proposed (预中标单位, 拟成交供应商: the winner a result's 公示 names, not a ranked candidate).
   */
  static final String WINNER = "(?:中标\\(成交\\)|中标成交|中标|成交|中选)";
  /**
   * A note of what an amount's figure is, after its label: "（含税）", "（人民币）", "（小写）", "(报价承诺)", "（总价）", or
   * its currency's mark ("中标金额（￥）：", "中标金额(RMB)："; ￥ folds to ¥).
   */
  static final String AMOUNT_NOTE = "\\((?:含税价?|人民币|小写|报价承诺|总价|¥|RMB)\\)";
  /**
   * A unit in brackets after an amount's label or header: "（元）", "（万元）", "（人民币元）", "（单位：万元）"; a note that
   * names no unit may stand before it ("中标价（含税）：", "成交金额（人民币）：", 宜昌's "中标价(报价承诺)", the bid as
   * promised).
   */
  static final String UNIT = "\\s*(?:" + Suppliers.AMOUNT_NOTE + "\\s*)?(?:\\(\\s*(?:人民币|单位:)?\\s*(亿元|万元|元)\\s*\\))?";
  /**
   * A note after an award amount's label that the value may be a rate instead of a sum ("中标金额（费率、单价等）",
   * 重庆's 中标结果公告): the value decides; a rate ("286.6元/工日", "下浮率5%") reads as no amount.
   */
  static final String RATE_NOTE_BODY = "\\([^()]{0,6}(?:费率|单价|下浮率|折扣率)[^()]{0,8}\\)";
  static final String RATE_NOTE = "(?:\\s*" + RATE_NOTE_BODY + ")?";
  /** A lot's name: "第二标段", "包1", "标项一", "A分标" (ProseAwards reads the same names). */
  static final String LOT_NO_MARK = LotNames.MARK;
  /** A lot named before a winner's or an amount's label ("包1成交供应商：", "第二标段中标人："); group 1 when captured. */
  private static final String LOT_LEAD = "(?:(" + LOT_NO_MARK + ")\\s*)?";
  /** The same, capturing nothing: an amount label's group 1 is its unit. */
  private static final String LOT_LEAD_UNCAPTURED = "(?:(?:" + LOT_NO_MARK + ")\\s*)?";
  /** A lot in brackets after a label ("中标供应商（第1包）：", "中标金额（第1包）："); group 2 of NAME_LABEL. */
  private static final String LOT_TAIL = "(?:\\s*\\((" + LOT_NO_MARK + ")\\))?";
  private static final Pattern NAME_LABEL = Pattern.compile(
      "^" + ENUM + LOT_LEAD + "(?:[预拟]?" + WINNER + "(?:供应商|人|单位|公司|企业|商)(?:名称)?|供应商名称|"
          + WinnerLabels.OTHER_WINNER + "|(?:供应商|供货商|承包人|承包单位)(?=\\s*:\\s*[^:,，。;；\\s]{2,60}" + SupplierNames.ORG_END
          + "\\s*$))" + LOT_TAIL + "\\s*:\\s*");
  /**
   * An award amount after its label: "中标（成交）金额：", "成交价格（万元）：", "中标报价："; in a winner's block also its
   * bid ("投标报价：", "总价形式报价："), which is the award for that winner; in a contract notice the 合同金额.
   */
  private static final Pattern AMOUNT_LABEL = Pattern.compile("^" + ENUM + LOT_LEAD_UNCAPTURED
      + "(?:总价形式报价|(?:投标|响应)报价|合同总?(?:金额|价)|(?:最终)?[预拟]?" + WINNER
      + "(?:总?金额|价格|总?价|报价))" + UNIT + RATE_NOTE + "(?:\\s*\\((?:" + LOT_NO_MARK + ")\\))?"
      + "(?:\\s*:\\s*|\\s+(?=(?:人民币)?\\s*[¥￥]?\\s*[0-9][0-9,.]*\\s*(?:万元|元)?\\s*$))"); // "中标价（元） 876543.21"
  private static final Pattern LOT_PREFIX = Pattern.compile(
      "^(" + LotNames.LEADING + ")\\s*[-—－:、]\\s*(?=\\S)");
  /** A lot and its status opening a flattened result row ("标段1 中标，标段名称：…"). */
  private static final Pattern LOT_STATUS = Pattern.compile("^(" + LOT_NO_MARK + ")\\s*(?:中标|成交)(?:[,，]|$)");
  /** The unit of the amount above, on a line of its own ("中标（成交）价格： 121.5" then "价格单位： 万元"). */
  private static final Pattern UNIT_LINE = Pattern.compile("^(?:价格|金额|报价)?单位\\s*:\\s*(亿元|万元|元)");
  /** A numbered section heading ("三、"): a new part of the notice (ProseAwards stops there too). */
  static final Pattern SECTION = Pattern.compile("^[一二三四五六七八九十]+、");
  /**
   * A winner label run straight into the name, no colon ("中标供应商湖南力唯中天科技发展有限公司"): a cell of its own, the
   * line or spaced apart in it ("…供货明细 1 中标供应商X公司 联系方式"), ending as an organisation's name does and naming
   * no column ("中标人供货明细…名称…金额…X公司" is a table's words), so a sentence ("中标供应商应于…") is never read as one.
   */
  private static final Pattern GLUED_NAME = Pattern.compile("(?:^|(?<=\\s))" + ENUM + WINNER + "(?:供应商|单位|人)(?:名称)?"
      + "\\s*(?![^\\s]*(?:名称|金额|地址))(?![为是])([^\\s:,，。;；、]{2,60}" + SupplierNames.ORG_END + ")(?=\\s|$)");
  /**
   * A winner's own price in its block, after its name: "报价：", "最终报价：", "评审总价：", "磋商报价：" (the ccgp 2020
   * template's 中标（成交）信息 rows for 磋商/谈判/询价). Read only under a winner's name, never as the award by itself.
   */
  private static final Pattern BLOCK_BID = Pattern.compile(
      "^" + ENUM + "(?:最终|评审|磋商|谈判|响应|投标|总)?(?:报价|总价)" + UNIT + "\\s*:\\s*");
  /** A value that says a lot has no winner: "无", "/", "无（废标）", "废标", "流标（有效供应商不足三家）". */
  private static final Pattern NO_WINNER =
      Pattern.compile("^(?:无|暂无|/|－|—|-|废标|流标|终止)\\s*(?:[（(][^()（）]*[)）])?$");
  /**
   * A project's or a notice's name, never a winner's: a record table's "中标人" cell holding the whole notice, whose
   * first line is its title ("某某工程甲供物资第五批次采购 中标结果公告", 西安局's on a tender site). Not 工程: a notice
   * may shorten a contractor's name to its trade ("某某县宏达市政工程").
   */
  private static final Pattern NOT_AN_ORG = Pattern.compile("(?:采购|项目|公告|公示)(?:\\s+\\S*公告)?$");
  /** A lot heading that says the lot has no winner ("采购包2：本包废标（有效供应商不足三家）", "第三包：流标"). */
  private static final Pattern NO_AWARD = Pattern.compile("废标|流标|终止|失败|无(?:中标|成交)");
  /** How many lines after a supplier name its amount may appear (name, address, credit code, amount). */
  private static final int BLOCK_LINES = 6;

  private Suppliers() {}

  static List<SupplierAward> extract(List<Line> page) {
    List<Line> lines = WinnerGrids.normal(page.stream().map(SpacedLabels::unspaced).toList());
    List<SupplierAward> out = new ArrayList<>();
    Deque<String> lots = new ArrayDeque<>();
    for (int i = 0; i < lines.size(); i++) {
      Line line = lines.get(i);
      if (line.isRow()) {
        i = WinnerTables.table(lines, i, lots, out) - 1;
        continue;
      }
      String folded = Fold.fold(line.text());
      Matcher lot = LotHeadings.heading(folded);
      Matcher lotStatus = LOT_STATUS.matcher(folded);
      if (SECTION.matcher(folded).lookingAt()) {
        lots.clear(); // a new section; its numeral may open a winner's label ("二、中标供应商：X"), read below
      }
      if (lot != null) {
        String named = line.text().substring(lot.start(1), lot.end(1));
        if (lots.contains(named)) {
          lots.clear(); // a lot named again: the waiting ones were another list's (an 初审情况 of every lot)
        }
        if (!NO_AWARD.matcher(folded).find(lot.end(1))) { // "采购包2：本包废标": no winner will take it
          lots.add(named);
        }
      } else if (lotStatus.lookingAt()) {
        lots.add(line.text().substring(lotStatus.start(1), lotStatus.end(1)));
      } else {
        Matcher name = NAME_LABEL.matcher(folded);
        Matcher inline = SentenceWinners.find(folded);
        Matcher g;
        boolean sentence = inline != null;
        if (SentenceWinners.addressee(lines, i, lots, out)) {
          continue; // a 中标通知书's "致：X公司" over "…被确定为中标人"
        }
        int after = ProseAwards.combined(lines, i, lots, out);
        if (after > i) {
          i = after - 1; // "中标（成交）供应商名称、地址和中标（成交）金额：" and its winners
          continue;
        }
        if (ProseAwards.read(line.text(), folded, lots, out)) {
          continue; // "成交单位及成交价：X，Y元", "第一标段：X，中标价Y元；…"
        }
        if (name.lookingAt() && (after = NumberedWinners.read(lines, i, line.text().substring(name.end()), lots, out)) > i) {
          i = after - 1; // "成交供应商：1.X公司" over "2.Y公司", "3.Z公司"
          continue;
        }
        if (sentence && SentenceWinners.amountAfter(folded, inline)) {
          SentenceWinners.read(line.text(), folded, inline, lots, out);
        } else if (name.lookingAt()) {
          int lotAt = name.group(1) != null ? 1 : name.group(2) != null ? 2 : 0;
          if (lotAt > 0) {
            lots.add(line.text().substring(name.start(lotAt), name.end(lotAt))); // the lot its label names
          }
          block(lines, i, line.text().substring(name.end()).strip(), lots, out);
        } else if ((g = glued(folded)) != null) {
          block(lines, i, line.text().substring(g.start(1), g.end(1)), lots, out);
        } else if (sentence) {
          SentenceWinners.read(line.text(), folded, inline, lots, out);
        }
      }
    }
    if (out.isEmpty()) {
      WinnerTables.statusRow(lines, out);
    }
    List<SupplierAward> runOn = RunOnTables.read(lines);
    return oneAmount(lines, RunOnTables.better(out, runOn) ? runOn : out);
  }

  private static Matcher glued(String folded) {
    if (folded.indexOf(':') >= 0) {
      return null; // a label with its colon is read by NAME_LABEL
    }
    Matcher m = GLUED_NAME.matcher(folded);
    return m.find() ? m : null;
  }

  /**
   * A single winner whose amount stands apart from its name: the amount when the notice states exactly one, after a
   * label ("中标（成交）金额：…" above "中标（成交）供应商：乙公司") or in an award-amount column ("成交金额(元)" over one
   * item row); failing that, the price of the winner's own row in a bid table ("供应商信息 | … | 报价"). Several item
   * amounts give none: their sum would be ours, not the notice's.
   */
  private static List<SupplierAward> oneAmount(List<Line> lines, List<SupplierAward> out) {
    if (out.size() != 1 || out.getFirst().amount() != null) {
      return out;
    }
    List<Amount> amounts = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      Line l = lines.get(i);
      if (l.isRow()) {
        i = WinnerTables.columnAmounts(lines, i, WinnerTables.AMOUNT_HEADER, null, amounts) - 1;
        continue;
      }
      Matcher m = AMOUNT_LABEL.matcher(Fold.fold(l.text()));
      if (m.lookingAt()) {
        distinct(amounts, labelled(l.text().substring(m.end()), m.group(1)));
      }
    }
    SupplierAward s = out.getFirst();
    if (amounts.isEmpty()) {
      for (int i = 0; i < lines.size(); i++) {
        i = lines.get(i).isRow() ? WinnerTables.columnAmounts(lines, i, WinnerTables.PRICE_HEADER, s.name(),
            amounts) - 1 : i;
      }
    }
    return amounts.size() == 1 ? List.of(new SupplierAward(s.name(), s.lot(), amounts.getFirst())) : out;
  }

  /** An amount after a label that names its unit ("中标金额（万元）：12.5"); a unit written with the figure wins. */
  /** An amount under a label whose header gave its unit (万元, 亿元, or none: yuan). */
  static Amount labelled(String written, String unit) {
    return "亿元".equals(unit) ? Amounts.inUnit(written.strip(), unit) : Amounts.parse(written, "万元".equals(unit));
  }

  /** Each amount once; "0元" is no award (a rate or framework contract's placeholder), so it is never one. */
  static void distinct(List<Amount> amounts, Amount a) {
    if (a != null && a.cny() != null && a.cny().signum() != 0 && amounts.stream().noneMatch(x -> x.cny().compareTo(a.cny()) == 0)) {
      amounts.add(a);
    }
  }

  /** "X公司、Y公司" under one label: each a winner, with no amount of its own (the amount is the lots' together). */
  private static void block(List<Line> lines, int at, String value, Deque<String> lots, List<SupplierAward> out) {
    List<String> names = SupplierNames.split(value);
    if (names.size() > 1) {
      names.forEach(n -> add(out, n, null, null, lots));
      return;
    }
    oneBlock(lines, at, names.isEmpty() ? value : names.getFirst(), lots, out);
  }

  private static void oneBlock(List<Line> lines, int at, String name, Deque<String> lots, List<SupplierAward> out) {
    Amount amount = SupplierNames.noteAmount(name); // "X公司（成交价：86,500.00元）"
    for (int j = at + 1; amount == null && j < Math.min(lines.size(), at + 1 + BLOCK_LINES); j++) {
      Line l = lines.get(j);
      String folded = Fold.fold(l.text());
      Matcher m = AMOUNT_LABEL.matcher(folded);
      if (!m.lookingAt()) {
        m = BLOCK_BID.matcher(folded);
      }
      boolean isAmount = !l.isRow() && m.lookingAt(); // "四、中标价：…" is a numbered item, not a new section
      if (!isAmount && (l.isRow() || NAME_LABEL.matcher(folded).lookingAt() || SECTION.matcher(folded).lookingAt())) {
        break; // the next winner, a table or a new section ("一、投标情况": the bidders' prices) ends the block
      }
      if (isAmount) {
        String written = l.text().substring(m.end());
        Matcher unit = j + 1 < lines.size() ? UNIT_LINE.matcher(Fold.fold(lines.get(j + 1).text())) : null;
        amount = unit != null && unit.lookingAt() ? Amounts.parse(written.strip() + unit.group(1))
            : labelled(written, m.group(1));
        break;
      }
    }
    add(out, name, null, amount, lots);
  }

  static void add(List<SupplierAward> out, String rawName, String lot, Amount found, Deque<String> lots) {
    Amount amount = found == null || found.cny() == null || found.cny().signum() != 0 ? found : null; // "0元"
    String name = rawName;
    Matcher prefix = LOT_PREFIX.matcher(Fold.fold(name));
    if (lot == null && prefix.lookingAt()) {
      lot = name.substring(prefix.start(1), prefix.end(1));
      name = name.substring(prefix.end());
    }
    name = SupplierNames.clean(name);
    if (lot == null) {
      lot = lots.poll(); // taken also by a lot without a winner, so the next winner gets its own
    }
    if (name.isEmpty() || NO_WINNER.matcher(name).matches() || NOT_AN_ORG.matcher(name).find()) { // "无", "/", "流标"
      return;
    }
    for (SupplierAward s : out) {
      boolean sameLot = s.lot() == null || lot == null || s.lot().equals(lot);
      boolean sameAmount = s.amount() == null || amount == null || Objects.equals(s.amount().cny(), amount.cny());
      if (s.name().equals(name) && sameLot && sameAmount) {
        if (s.lot() == null && lot != null) { // told again with its lot: the lot is kept
          out.set(out.indexOf(s), new SupplierAward(name, lot, s.amount() != null ? s.amount() : amount));
        }
        return; // the same winner told twice (a block and then a table)
      }
    }
    out.add(new SupplierAward(name, lot, amount));
  }
}
