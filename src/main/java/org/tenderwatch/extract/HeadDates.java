package org.tenderwatch.extract;

import java.time.LocalDateTime;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tenderwatch.extract.TextRender.Line;

/**
 * The publication dates a notice's first lines carry: the portal's stamp under the title, a CMS's metadata line, a day
 * in brackets ({@link NoticeDates} weighs them against labels and the signature).
 */
final class HeadDates {

  private HeadDates() {}

  /**
   * A date with its time opening one of the first lines, alone or before the page's other metadata ("2018-03-21
   * 10:20:30 来源：…", as ggzy detail pages print it under the title): when the portal published the notice.
   */
  private static final Pattern STAMP = Pattern.compile(
      "^\\s*[【\\[]?\\s*" + Dates.DATE + "\\s*[】\\]]?\\s*(?:$|来源|浏览|点击|阅读|作者|字号|星期|周[一二三四五六日]|【|\\[|\\|)");
  private static final int STAMP_LINES = 4;
  /** How many table rows at the top may be a page's header rows. */
  private static final int HEAD_ROWS = 12;

  /**
   * A CMS's metadata line under the title, where a bare 时间/日期 is the publication's ("作者：资产处 时间：2020-09-01
   * 点击：", an old ASP page's "添加时间：2023-5-6 9:12:30 点击：45", "来源：招标办 日期：2021年3月5日 浏览：", the date in
   * brackets too: "日期：【2021-03-05】"), or a stamp with no time ("[2023-05-06] 浏览次数：12"): read only with such a
   * line's other items beside it, since a bare "时间：" elsewhere is a meeting's or an opening's.
   */
  private static final Pattern META_DATE =
      Pattern.compile("(?:^|\\s)(?:添加|加入|创建|编辑)?(?:时间|日期)\\s*:\\s*(?=[【\\[(]?\\s*\\d{4}\\s*[-年./])");
  // a page's buttons stand beside its stamp as its items do ("[ 2024-05-10 ] [打印] [关闭]", "【2024-05-10】【字体：大 中 小】")
  private static final Pattern META_ITEM =
      Pattern.compile("来源|浏览|点击|阅读|作者|发布者|发布人|编辑|访问|字号|字体|打印|关闭|收藏");
  /**
   * A header row pairing the notice's number with a bare 日期 ("项目编号：GC-GG3171273B | 日期：2018年1月12日", the
   * 中央国家机关政府采购中心's notices): that row dates the notice, as a metadata line does.
   */
  private static final Pattern NUMBER_ITEM = Pattern.compile("(?:项目|招标|采购)编号\\s*:");
  /**
   * How far from the date its line's other items stand: a metadata line is short, and a copy that lost its line
   * breaks holds "时间：2026-03-17至…" (a 获取文件 window) and "点击右侧咨询" or "信息来源于" in one line far apart.
   */
  private static final int META_REACH = 40;

  /** The date of the metadata line among the first lines, or null. */
  static LocalDateTime metaLine(List<Line> body) {
    int seen = 0;
    int lines = 0; // rows too: a header row stands among the first lines, whatever their kind
    for (Line l : body) {
      if (l.text().isBlank()) {
        continue;
      }
      String folded = Fold.fold(l.text());
      if (l.isRow()) {
        Matcher m = META_DATE.matcher(folded);
        // a CMS's metadata set in a table row among the first lines ("来源：某局 | 日期：2024-05-10 | 浏览：18"), or the
        // header row with the notice's number; a 项目编号 row deep in the body dates a lot or a contract, not the page
        boolean head = seen < STAMP_LINES + 2 && lines++ < HEAD_ROWS;
        LocalDateTime beside = head ? TitleLines.dateOfRow(l) : null;
        if (beside != null) {
          return beside; // "某县…中标公告 | 2023-05-06": a heading row's date cell
        }
        boolean meta = head && (META_ITEM.matcher(folded).find() || NUMBER_ITEM.matcher(folded).find());
        if (meta && m.find()) {
          LocalDateTime d = Dates.parse(folded.substring(m.end()));
          if (d != null) {
            return d;
          }
        }
        continue;
      }
      Matcher m = META_DATE.matcher(folded);
      if (m.find() && META_ITEM.matcher(folded.substring(Math.max(0, m.start() - META_REACH),
          Math.min(folded.length(), m.end() + META_REACH))).find()) {
        LocalDateTime d = Dates.parse(folded.substring(m.end()));
        if (d != null) {
          return d;
        }
      }
      Matcher stamp = STAMP.matcher(folded);
      if (META_ITEM.matcher(folded).find() && stamp.find()) {
        return Dates.of(stamp, 1); // "[2023-05-06] 浏览次数：12": the stamp without its time
      }
      Matcher counted = DATE_AND_COUNT.matcher(folded);
      if (counted.matches()) {
        return Dates.of(counted, 1); // "2023-05-06 356": a date and a view count an icon each marks
      }
      LocalDateTime unlabelled = unlabelled(folded);
      if (unlabelled != null) {
        return unlabelled;
      }
      if (++seen == STAMP_LINES + 2) {
        return null;
      }
    }
    return null;
  }

  /**
   * A metadata line whose items icons mark instead of labels (a calendar and an eye: "2023-05-06 356"): a date and a
   * bare count, nothing else.
   */
  private static final Pattern DATE_AND_COUNT = Pattern.compile("\\s*" + Dates.DATE + "\\s+\\d{1,7}\\s*");

  /**
   * A date with no label among a metadata line's items, beside the office that posted the notice rather than first
   * (博达/VSB campus pages print their date and author spans unlabelled: "2023-05-06 09:12 招标与采购管理中心 点击：",
   * "国有资产管理处 2023-05-06 15:40 浏览：", a county page's "信息来源：县市场监管局 2023-05-06 【打印】"). Read only in a short
   * line with another metadata item, the line's one date, that no label states (no colon right before it: "报名时间：
   * 2023-05-06至…" is a window) and no window or deadline word follows.
   */
  private static final Pattern UNLABELLED =
      Pattern.compile("(?<!\\d)" + Dates.DATE + "(?!\\d|\\s*(?:至|前|止|起|[-~～—]|以前|之前))");
  private static final int MAX_META_LINE = 80;
  /** A bid date's words: a short line naming one is the tender's timetable, not the page's metadata. */
  private static final Pattern BID_WORDS = Pattern.compile("截止|开标|开启|报名|获取|递交|提交|公示期");

  private static LocalDateTime unlabelled(String folded) {
    if (folded.length() > MAX_META_LINE || !META_ITEM.matcher(folded).find() || BID_WORDS.matcher(folded).find()) {
      return null;
    }
    Matcher m = UNLABELLED.matcher(folded);
    if (!m.find() || folded.substring(0, m.start()).strip().endsWith(":")) {
      return null; // a label's value: META_DATE's and the label readers' to weigh
    }
    LocalDateTime d = Dates.of(m, 1);
    return m.find() ? null : d; // two dates: a window or a list, not the line's stamp
  }

  /**
   * ccgp.gov.cn's own date line under a notice's title, its toolbar beside it ("2026年07月29日 08:56 来源： 【打印】",
   * "… 来源：中国政府采购网 【打印】 【显示公告概要】"), as a copy of the page keeps it: the notice's publication on ccgp.
   * A 地方 notice's body copied from its province's portal may repeat that portal's own 发布日期 line, an earlier time.
   * A copy that lost its line breaks runs it on after the title.
   */
  private static final Pattern CCGP_LINE = Pattern.compile(
      "(?:^|\\s)" + Dates.DATE + "\\s*来源\\s*:[^【\\[]{0,30}[【\\[]\\s*打印\\s*[】\\]]");
  /** How many lines a whole page's copy may hold above the title: the site's masthead, menu and breadcrumb. */
  private static final int CCGP_HEAD_LINES = 60;

  /** The date of ccgp's own date line among the first lines, when it states a time; else null. */
  static LocalDateTime ccgpLine(List<Line> body) {
    List<String> lines = body.stream().filter(l -> !l.isRow()).map(Line::text).filter(t -> !t.isBlank())
        .limit(CCGP_HEAD_LINES).toList();
    for (String line : lines) {
      if (!line.contains("打印")) {
        continue; // folding leaves CJK as it is: a line without the toolbar's 打印 is no ccgp date line, no fold needed
      }
      Matcher m = CCGP_LINE.matcher(Fold.fold(line));
      if (m.find() && m.group(5) != null) { // group 5: the hour
        return Dates.of(m, 1);
      }
    }
    return null;
  }

  /**
   * The portal's publication stamp among the first lines, when it states a time; else null. A date that is a piece
   * of the opening sentence is the deadline it names, not a stamp: "…获取招标文件，并于" / "2026年04月07日 10时00分" /
   * "（北京时间）前递交投标文件。" (a ggzy content frame kept one span per line, its title left out).
   */
  static LocalDateTime stamp(List<Line> body) {
    List<String> lines = body.stream().map(Line::text).filter(t -> !t.isBlank()).limit(STAMP_LINES + 1).toList();
    for (int i = 0; i < Math.min(STAMP_LINES, lines.size()); i++) {
      Matcher m = STAMP.matcher(Fold.fold(lines.get(i)));
      if (m.find() && m.group(5) != null && !NoticeDates.inSentence(lines, i) && !NoticeDates.underLabel(lines, i)) { // group 5: the hour
        return Dates.of(m, 1);
      }
    }
    return null;
  }

  /**
   * A date alone on its line right under the notice's heading among the first lines ("某社区服务中心装修项目招标公告" /
   * "2023-05-06", a div.time under the h2): the page's stamp. No signature, since a date under a title is no
   * signature ({@link NoticeDates#underTitle}); read when neither a label nor a signature dates the notice.
   */
  static LocalDateTime underHeading(List<Line> body) {
    List<String> lines = body.stream().map(Line::text).filter(t -> !t.isBlank()).limit(STAMP_LINES + 2).toList();
    for (int i = 1; i < lines.size(); i++) {
      LocalDateTime d = Dates.signatureDate(List.of(lines.get(i)));
      if (d != null && NoticeDates.underTitle(lines, i)) {
        return d;
      }
    }
    return null;
  }

  /**
   * A day alone in brackets on one of the first lines ("[2023-05-06]", "【2023年05月06日】", "（2023-05-06）"), as CMS pages
   * stamp a notice under its heading; read only when neither a label nor a signature dates the notice.
   */
  private static final Pattern BRACKETED_DAY = Pattern.compile("^\\s*[【\\[(]\\s*" + Dates.DATE + "\\s*[】\\])]\\s*$");

  /**
   * A day between the title and the body run on in a first line ("某某设备采购项目 2021-06-28 项目概况 …": 政采云's
   * date under its title, in a copy that lost its line breaks); not a sentence's date ("…，并于 2021年07月19日 09:30
   * （北京时间）前递交": no clause mark before it, no 前/止/至 after it).
   */
  private static final Pattern TITLE_DAY = Pattern.compile(
      "^[^:,，。；;]{6,80}?(?<![于至自到在])\\s+" + Dates.DATE + "\\s+(?![前止起至])\\p{IsHan}");

  static LocalDateTime bracketedDay(List<Line> body) {
    int seen = 0;
    for (Line l : body) {
      if (l.text().isBlank()) {
        continue;
      }
      String folded = Fold.fold(l.text());
      Matcher m = BRACKETED_DAY.matcher(folded);
      if (m.find() || seen < 2 && (m = TITLE_DAY.matcher(folded)).find()) { // under a heading of its own too
        return Dates.of(m, 1);
      }
      if (++seen == STAMP_LINES) {
        return null;
      }
    }
    return null;
  }
}
