package org.tenderwatch.extract;

import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.tenderwatch.extract.TextRender.Line;

/**
 * When two lines are one line that Word cut into runs ("2026" / "年" / "3" / "月", "地" / "址：…", "1" / "." /
 * "项目编号："): the rules of {@link CellLines#fragments}, as a table of what the text so far ends with and what the
 * next line starts with. Each rule joins only pieces that cannot stand alone (a bare unit, a lone punctuation mark,
 * a section numeral without its text, one char of a word), so a line that means something by itself is never glued
 * to its neighbour.
 */
final class Join {

  /** One rule: the joined text so far and the next line (both stripped, width-folded) belong together. */
  private record Rule(String why, Pattern before, Pattern after) {
    boolean test(String sofar, String next) {
      return before.matcher(sofar).find() && after.matcher(next).find();
    }
  }

  private static final List<Rule> RULES = List.of(
      new Rule("a lone closing mark ends the line before it ('项目编号：X' / '。')",
          Pattern.compile("\\S$"), Pattern.compile("^[。，,、；;:）)】」”.]+$")),
      new Rule("a lone opening mark starts the line after it ('（' / '采购人）')",
          Pattern.compile("^[（(【「“]+$"), Pattern.compile("^\\S")),
      new Rule("a section numeral stands before its text ('1.' / '项目编号：', '三' / '、采购项目简介：')",
          Pattern.compile("^(?:[0-9]{1,2}[.、]|[一二三四五六七八九十]{1,3}[.、]?)$"), Pattern.compile("^[.、]?\\p{IsHan}")),
      new Rule("a section number's dot went with its text ('1' / '.采购人')",
          Pattern.compile("^[0-9]{1,2}$"), Pattern.compile("^[.、]\\p{IsHan}")),
      new Rule("a party's contact heading lost its last word ('1.采购人' / '信息')",
          Pattern.compile("^(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})[.、]\\s*(?:采购人|采购单位|招标人|采购代理机构|招标代理机构"
              + "|代理机构|项目)$"),
          Pattern.compile("^(?:信息|联系方式)$")),
      new Rule("a date or time unit follows its figure ('2026' / '年', '20' / '日10'), not a label that opens with one"
          + " ('预算金额（万元）：84' / '时间：2016年03月02日…', '日期：')",
          Pattern.compile("[0-9]$"), Pattern.compile("^(?:[年月日时点分秒号元](?!\\p{IsHan}{1,6}[:：])|[:：][0-9]*(?:至|$))")),
      new Rule("a figure follows the unit before it in a date being written ('2026年' / '3', '日至' / '2026')",
          Pattern.compile("[0-9]\\s*(?:年|月|日?至|日|时|[:：][0-9]?)$"),
          Pattern.compile("^[0-9]{1,4}(?:$|[年月日时点:：])")),
      new Rule("an amount's unit alone on the next line is the figure's ('预算金额：' / '60' / '万元', span per run)",
          Pattern.compile("[0-9]$"), Pattern.compile("^(?:亿元|万元)(?:$|[。，,；;)）/]|人民币|整)")),
      new Rule("an amount's unit in brackets follows its figure ('179.3' / '(万元)')",
          Pattern.compile("[0-9]$"), Pattern.compile("^\\((?:亿元|万元|元)\\)$")),
      new Rule("a house number ends an address ('凉山州西昌市龙眼井' / '237号5楼')",
          Pattern.compile("[路街道巷段井村镇乡区]$"), Pattern.compile("^[0-9]+(?:-[0-9]+)?[号栋幢]")),
      new Rule("a label's colon and value went to the next run ('第一中标候选人' / ': 某公司')",
          Pattern.compile("^[^:：，。；,;0-9]{2,16}$"), Pattern.compile("^[:：]\\s*\\S")),
      new Rule("a dash continues a name ('…改造提升工程' / '--灯光工程')",
          Pattern.compile("\\p{IsHan}$"), Pattern.compile("^(?:--|——|—)\\p{IsHan}")));

  /** Heading words a title's last line is made of ("中标结果公告", "中标候选人公示"). */
  private static final Pattern NOTICE_KIND = Pattern.compile("^\\p{IsHan}{0,10}(?:公告|公示)$");
  /** One or two Chinese chars: a piece of a word, when a short label follows ("联" / "系" / "人："). */
  private static final Pattern WORD_PIECE = Pattern.compile("^\\p{IsHan}{1,2}$");
  private static final Pattern LABEL_TAIL = Pattern.compile("^\\p{IsHan}{1,3}[:：]");
  private static final Pattern LABEL_HEAD = Pattern.compile("^(\\p{IsHan}{2,8})[:：]");
  private static final Pattern OPEN_END = Pattern.compile("[\\p{IsHan}A-Za-z0-9)]$");
  /** A notice title's end ("…中标结果公告"): a line of its own, whatever label opens the next one. */
  private static final Pattern NOTICE_END = Pattern.compile("(?:公告|公示)[)）]?$");
  /** Longer than a label's cut head ("四、公告" / "日期："): a line this long ending in 公告 is a title. */
  private static final int TITLE_MIN = 6;
  private static final Pattern SECTION_NUMBER = Pattern.compile("^(?:[一二三四五六七八九十]+|[0-9]{1,2})[、.]");
  /** A breadcrumb's separator ("首页 > 采购公告 > 结果公告", "当前位置：首页»通知公告"), width-folded. */
  private static final Pattern CRUMB = Pattern.compile("[>»→]|当前位置|您的位置");

  private Join() {}

  /**
   * Whether the line at {@code at} continues the text joined so far.
   *
   * @param first the text so far is the page's first line (where a title's notice word may stand apart)
   */
  static boolean joins(String sofar, String next, List<Line> lines, int at, boolean first) {
    String a = Fold.fold(sofar);
    String b = Fold.fold(next);
    if (a.isEmpty() || b.isEmpty()) {
      return false;
    }
    if (dateEnds(a, b, lines, at)) {
      return false;
    }
    for (Rule r : RULES) {
      if (r.test(a, b)) {
        return true;
      }
    }
    return first && titleEnds(a, b) || wordPieces(a, lines, at) || splitLabel(a, b);
  }

  private static final Pattern WHOLE_DATE_END = Pattern.compile("[0-9]{4}\\s*年\\s*[0-9]{1,2}\\s*月\\s*[0-9]{1,2}\\s*日$");
  private static final Pattern YEAR_START = Pattern.compile("^[0-9]{4}\\s*年");
  private static final Pattern BARE_FIGURE = Pattern.compile("^[0-9]{1,4}$");
  private static final Pattern TIME_MARK = Pattern.compile("^[:：时点]");

  /**
   * A whole date (year, month, day) ends the text so far and the next line is no time of it: another date (the
   * dates of a project's notices listed one under another) or a figure that no ':'/'时' follows (a count).
   */
  private static boolean dateEnds(String sofar, String next, List<Line> lines, int at) {
    if (!WHOLE_DATE_END.matcher(sofar).find()) {
      return false;
    }
    if (YEAR_START.matcher(next).find()) {
      return true;
    }
    String after = at + 1 < lines.size() && !lines.get(at + 1).isRow() ? Fold.fold(lines.get(at + 1).text().strip()) : "";
    return BARE_FIGURE.matcher(next).matches() && !TIME_MARK.matcher(after).find();
  }

  /**
   * A title whose notice word stands on the next line ("（…维修项目（第二次））" / "中标结果公告"). A line that already
   * ends in its notice word is whole, and a breadcrumb ("首页 > 结果公告") is no part of the title under it.
   */
  private static boolean titleEnds(String sofar, String next) {
    return NOTICE_KIND.matcher(next).matches() && !NOTICE_KIND.matcher(sofar).matches()
        && OPEN_END.matcher(sofar).find() && !NOTICE_END.matcher(sofar).find() && !CRUMB.matcher(sofar).find();
  }

  /** "地" / "址：X", "联" / "系" / "人：": one-char lines up to a line that opens with the rest of a short label. */
  private static boolean wordPieces(String sofar, List<Line> lines, int at) {
    if (!WORD_PIECE.matcher(sofar).matches()) {
      return false;
    }
    Predicate<Line> piece = l -> !l.isRow() && WORD_PIECE.matcher(Fold.fold(l.text().strip())).matches();
    int j = at;
    while (j < lines.size() && piece.test(lines.get(j)) && j - at < 2) {
      j++;
    }
    return j < lines.size() && !lines.get(j).isRow()
        && LABEL_TAIL.matcher(Fold.fold(lines.get(j).text().strip())).find();
  }

  /**
   * A known label cut in two ("六、递交响应文件" / "截止时间：…"): the next line opens with a label's tail, and the
   * end of the text so far and that tail make a label the extractor reads. A line that opens with a whole label of
   * its own ("发布日期：…" under "…中标公告", not "公告发布日期") is no tail. The tail brings its value: a label alone
   * on its line ("某安保服务项目" over "预算金额：", the value of 项目名称 above it and the next label) is whole.
   */
  private static boolean splitLabel(String sofar, String next) {
    var m = LABEL_HEAD.matcher(next);
    if (!m.find() || m.end() == next.strip().length() || !OPEN_END.matcher(sofar).find()
        || LabelRows.isKnownLabel(m.group(1))) {
      return false;
    }
    if (NOTICE_END.matcher(sofar).find() && SECTION_NUMBER.matcher(sofar).replaceFirst("").length() >= TITLE_MIN) {
      return false; // "…中标结果公告" over "发布日期：…" or "日期：…": a title, then its date; no label cut in two
    }
    for (int from = Math.max(0, sofar.length() - 12); from < sofar.length(); from++) {
      if (LabelRows.isKnownLabel(sofar.substring(from) + m.group(1))) {
        return true;
      }
    }
    return false;
  }
}
