package org.tenderwatch.extract;

import java.time.LocalDateTime;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tenderwatch.extract.TextRender.Line;

/**
 * The first lines of a body read as a notice's title, when no heading element names it: a line that ends as a title
 * does, the head of a line the rest runs on after, a heading set in cells, and a heading row with its date in a cell
 * beside it ({@link #headingOfRow}, whose date {@link HeadDates} reads).
 */
final class TitleLines {

  /**
   * The head of a line that runs on after the title, on one-line pages: a notice title, then a space and the rest
   * ("…公开招标中标公告 公告日期：…", "…中标候选人公示 招标人 某某局 工程名称 …"). The head holds no sentence
   * punctuation: "现将中标结果公告如下" is a sentence, not a title.
   */
  private static final Pattern TITLE_HEAD = Pattern.compile("^([^，,。；;:：]{4," + 100 + "}?(?:公告|公示)[)）]?)(?:\\s|$)");

  /**
   * An official document's head over its heading: the office's red "…文件" line, and the document number ("某财采〔2023〕9号",
   * "某办采函〔2023〕15号", "[2023]9号") under it or under the office's name. Neither is a piece of the notice's title.
   */
  private static final Pattern DOC_NUMBER = Pattern.compile("[〔\\[(（]\\s*\\d{4}\\s*[〕\\])）]\\s*第?\\s*\\d+\\s*号$");
  private static final Pattern DOC_HEAD = Pattern.compile("^\\p{IsHan}{2,30}文件$");

  /** A title's end with a bracket group after its notice word ("…公告（第二次）"); group 1 is the bracket group. */
  private static final Pattern MARKED_END =
      Pattern.compile("(?:公告|公示|通告|启事|邀请书|邀请函|询价函)\\s*([(（][^()（）]{1,20}[)）])$");

  /** A line cut short with an ellipsis, its text (eight characters or more) before it. */
  private static final Pattern CUT = Pattern.compile("^(.{8,}?)\\s*(?:\\.{3}|…+)$");

  private TitleLines() {}

  /** Whether the line is a document's number, under which the heading starts. */
  static boolean docNumber(String line) {
    return line.length() <= PageTitles.MAX_FALLBACK_TITLE && DOC_NUMBER.matcher(line.strip()).find();
  }

  /** Whether the line is an office's red document head ("某县财政局文件"). */
  static boolean docHead(String line) {
    return DOC_HEAD.matcher(line.strip()).matches();
  }

  /**
   * The first or second line when it reads as a notice's own title: it ends with a notice word (公告, 公示), or
   * its head does and the rest runs on after a space; a row whose cells end so (a heading set in cells). Unless
   * {@code generic} is asked for, it is more than a kind of notice ("中标结果公告" alone names no project).
   */
  static String first(List<Line> body, boolean generic) {
    int seen = 0;
    for (Line l : body) {
      String t = l.text().strip();
      if (t.isEmpty() || PageTitles.BREADCRUMB.matcher(t).find() || docHead(t) || docNumber(t)) {
        continue; // a breadcrumb above the title is the site's, a document's head its office's: no line of the notice
      }
      String title = NoticeFields.firstNonBlank(() -> titleOf(l), () -> uncut(body, t));
      if (title != null && PageTitles.GENERIC.matcher(Fold.fold(title)).matches() == generic) {
        return title;
      }
      if (++seen == 2) {
        return null;
      }
    }
    return null;
  }

  /**
   * A crawler's record line that cut a long title short ("# 某某公司关于某某项目（项目编号：ABC..."): the title is the later
   * line that starts with its text and reads as a title in full (the page's heading, below the site's menu on a whole
   * page's copy); null when no line completes it.
   */
  private static String uncut(List<Line> body, String line) {
    Matcher cut = CUT.matcher(SiteFrame.MARKDOWN_HEADING.matcher(line).replaceFirst(""));
    if (!cut.matches()) {
      return null;
    }
    for (Line l : body) {
      String t = SiteFrame.MARKDOWN_HEADING.matcher(l.text().strip()).replaceFirst("");
      if (!l.isRow() && t.length() > cut.group(1).length() && t.startsWith(cut.group(1)) && !CUT.matcher(t).matches()) {
        String title = titleOf(l);
        if (title != null) {
          return title;
        }
      }
    }
    return null;
  }

  /**
   * Whether a line the crawler marked as a heading ("# …更正公告（第二次）", "## …中标公告（采购包1）") ends as a title does
   * with a bracket group after its notice word: the mark says it is the title, so the bracket group (a round, a lot) is
   * kept, unless the words before it only name a kind of notice ("# 更正公告（第二次）"). Unmarked lines keep the
   * stricter end: a first line so ending may be a body's sentence piece.
   */
  private static boolean marked(String line, String t) {
    Matcher end = MARKED_END.matcher(t);
    return t.length() < line.length() && end.find() && !PageTitles.generic(t.substring(0, end.start(1)));
  }

  /** The line as a title (its cells or pieces joined), or null when it does not read as one. */
  private static String titleOf(Line l) {
    if (l.isRow()) {
      if (l.cells().size() == 2 && FieldLabels.NOTICE_TITLE.contains(l.cells().getFirst().strip())) {
        return titleOf(new Line(l.cells().get(1), null)); // "标题 | 某县…中标公告": the label's value
      }
      String dated = headingOfRow(l);
      if (dated != null) {
        return dated;
      }
      boolean labels = l.cells().stream().anyMatch(c -> c.contains(":") || c.contains("："));
      String joined = HeadingPieces.joinCells(String.join(" | ", l.cells())); // cells meet at seams
      return !labels && joined.length() <= PageTitles.MAX_FALLBACK_TITLE && PageTitles.TITLE_END.matcher(joined).find()
          ? joined : null;
    }
    // a crawler's copy marks a heading as Markdown does ("## 某某中标公告", its record's "# 某某中标公告" line): the
    // mark is no part of the title
    String t = SiteFrame.MARKDOWN_HEADING.matcher(l.text().strip()).replaceFirst("");
    if (t.length() <= PageTitles.MAX_FALLBACK_TITLE
        && (PageTitles.TITLE_END.matcher(t).find() || marked(l.text().strip(), t))) {
      return HeadingPieces.joinCells(t);
    }
    Matcher head = TITLE_HEAD.matcher(t);
    return head.find() ? HeadingPieces.joinCells(head.group(1)) : null;
  }

  /**
   * A heading row: the title in one cell and the page's date alone in the other, as old table-laid county and campus
   * pages set them side by side ("某县交通运输局…中标公告 | 2023-05-06"); the title cell's text, or null.
   */
  static String headingOfRow(Line row) {
    int date = dateCell(row);
    if (date < 0) {
      return null;
    }
    String t = HeadingPieces.joinCells(row.cells().get(1 - date).strip());
    return t.length() <= PageTitles.MAX_FALLBACK_TITLE && PageTitles.NOTICE_END.matcher(t).find()
        && !PageTitles.generic(t) ? t : null;
  }

  /** The date of a heading row ({@link #headingOfRow}), or null. */
  static LocalDateTime dateOfRow(Line row) {
    return headingOfRow(row) == null ? null : Dates.signatureDate(List.of(row.cells().get(dateCell(row))));
  }

  /** Which of a two-cell row's cells is a date alone (0 or 1), or -1. */
  private static int dateCell(Line row) {
    if (!row.isRow() || row.cells().size() != 2) {
      return -1;
    }
    for (int i = 0; i < 2; i++) {
      if (Dates.signatureDate(List.of(row.cells().get(i))) != null) {
        return i;
      }
    }
    return -1;
  }
}
