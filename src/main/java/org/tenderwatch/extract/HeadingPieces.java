package org.tenderwatch.extract;

import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.tenderwatch.extract.TextRender.Line;

/**
 * A notice title that a flattened page split into pieces: ccgp-hunan and other table-laid portals set the heading in
 * cells (the buyer, the project, the kind of notice), which a text copy keeps as short lines before the first label.
 */
final class HeadingPieces {

  /** A heading set in pieces: a few short phrases, none a label or a sentence. */
  private static final int MAX_PIECES = 4;
  private static final int MAX_PIECE = 40;
  private static final Pattern PIECE_STOP = Pattern.compile("[:：，,。；;]");

  /** The " | " between a row's cells, as {@link TextRender} writes them. */
  private static final Pattern SPACE_RUN = Pattern.compile("\\s{2,}");
  private static final Pattern CELL_SEPARATOR = Pattern.compile("\\s*\\|\\s*");

  private HeadingPieces() {}

  /**
   * A heading set in cells that a flattened page keeps as short lines ("某某学校", "某某设备采购及安装", "公开招标中标公告")
   * before the notice's first label or date ("公告日期：2018年11月20日"): the pieces joined. Each piece is a phrase, not
   * a label or a sentence. With {@code orgFirst}, only a heading whose first piece is an organisation's name
   * ("某县人民医院" / "CT设备采购项目招标公告"): that one beats a last piece that reads as a title by itself.
   */
  static String joined(List<Line> body, boolean orgFirst) {
    StringBuilder head = new StringBuilder();
    String previous = null;
    int pieces = 0;
    for (int i = 0; i < body.size() && pieces < MAX_PIECES; i++) {
      Line l = body.get(i);
      String t = l.text().strip();
      if (t.isEmpty() || PageTitles.BREADCRUMB.matcher(t).find() || TitleLines.docHead(t)) {
        continue;
      }
      if (TitleLines.docNumber(t)) { // an official document's number: its office's head above it, the heading below
        head.setLength(0);
        previous = null;
        pieces = 0;
        continue;
      }
      if (endsPieces(l, t, pieces == 0 && orgFirst, previous)) {
        return null;
      }
      previous = t;
      head.append(" | ").append(t); // a seam, no space of the writer's
      pieces++;
      if (PageTitles.TITLE_END.matcher(t).find()) {
        String joined = joinCells(head.toString().strip());
        return pieces > 1 && !PageTitles.generic(joined) && startsTheNotice(body, i + 1) ? joined : null;
      }
    }
    return null;
  }

  /**
   * Whether the line shows the first lines are no heading in pieces: a row, a label or a sentence, a masthead, a
   * first piece that is no organisation where one is asked for ({@code orgAsked}), or a line under a channel's name
   * (the site's name, then its channel "采购信息": the frame, not a heading).
   */
  private static boolean endsPieces(Line l, String t, boolean orgAsked, String previous) {
    return l.isRow() || t.length() > MAX_PIECE || PIECE_STOP.matcher(t).find() || PageTitles.MASTHEAD.matcher(t).find()
        || orgAsked && PartyNames.name(t) == null || previous != null && PageTitles.generic(previous);
  }

  /** The tail a copy's line wrap left on a line of its own: the last char or two of the notice word ("告", "示"). */
  private static final int MAX_TAIL = 2;

  /**
   * A title line a copy broke inside its last word ("…竞争性磋商公" / "告", a content frame's text wrapped at its
   * width): the line and the tail under it joined, when the tail completes a notice title that the line alone is not.
   */
  static String broken(List<Line> body) {
    Line first = null;
    for (Line l : body) {
      String t = l.text().strip();
      if (t.isEmpty() || PageTitles.BREADCRUMB.matcher(t).find()) {
        continue;
      }
      if (first == null) {
        first = l;
        continue;
      }
      String head = first.text().strip();
      String joined = head + t;
      return !first.isRow() && !l.isRow() && t.length() <= MAX_TAIL && !PageTitles.TITLE_END.matcher(head).find()
          && joined.length() <= PageTitles.MAX_FALLBACK_TITLE && PageTitles.TITLE_END.matcher(joined).find()
          && !PageTitles.generic(joined) ? joined : null;
    }
    return null;
  }

  /** The line after a heading's pieces is a label ("公告日期：…") or a date, as under a notice's title. */
  private static boolean startsTheNotice(List<Line> body, int next) {
    for (int i = next; i < body.size(); i++) {
      String t = body.get(i).text().strip();
      if (!t.isEmpty()) {
        return t.contains("：") || t.contains(":") || Dates.parse(t) != null;
      }
    }
    return false;
  }

  /**
   * A heading's text: pieces set in child elements joined ({@link #joinCells}); a heading written as one text is as
   * its writer typed it, spaces and all ("交换机D-Link DES-1252 和路由器…", 阳光易购), runs of them made one.
   */
  static String of(Element heading, String text) {
    if (heading.childrenSize() == 0) {
      return SPACE_RUN.matcher(text.strip()).replaceAll(" ");
    }
    // a space typed between two spans ("显示器</span> <span>V193", Word's runs of each script) is the writer's; the
    // typed text is used only when it is the text given (no trailing date cut off it)
    String typed = typed(heading);
    String shown = TextRender.clean(typed.replace(TYPED, ' ')).strip();
    if (!shown.equals(text.strip()) && shown.startsWith(text.strip())) {
      typed = head(typed, solid(text)); // a date or a metadata run cut off its end: the typed title before it
      shown = TextRender.clean(typed.replace(TYPED, ' ')).strip();
    }
    return shown.equals(text.strip())
        ? SPACE_RUN.matcher(joinCells(typed.replace(' ', SEAM)).replace(TYPED, ' ').strip()).replaceAll(" ")
        : joinCells(text);
  }

  /** The head of a typed text holding {@code chars} chars that are no white space. */
  private static String head(String typed, int chars) {
    int seen = 0;
    for (int i = 0; i < typed.length(); i++) {
      if (seen == chars) {
        return typed.substring(0, i);
      }
      char c = typed.charAt(i);
      seen += c == TYPED || space(c) ? 0 : 1;
    }
    return typed;
  }

  private static int solid(String text) {
    return (int) text.chars().filter(c -> !space((char) c)).count();
  }

  /** A space the heading's writer typed, kept through {@link #joinCells}. */
  private static final char TYPED = '\u0001';

  /**
   * The heading's text with each whitespace run marked: one that breaks the source line is markup indentation (a
   * space, which joinCells may drop), one inside a line was typed ({@link #TYPED}); a cell or block child starts a
   * piece.
   */
  private static String typed(Element heading) {
    StringBuilder out = new StringBuilder();
    heading.traverse((node, depth) -> {
      if (node instanceof TextNode t) {
        appendMarked(out, t.getWholeText());
      } else if (depth > 0 && node instanceof Element e && (e.isBlock() || e.nameIs("br") || e.nameIs("td"))) {
        out.append(' ');
      }
    });
    return out.toString();
  }

  private static void appendMarked(StringBuilder out, String text) {
    int i = 0;
    while (i < text.length()) {
      int j = i;
      while (j < text.length() && space(text.charAt(j))) {
        j++;
      }
      if (j == i) {
        out.append(text.charAt(i++));
        continue;
      }
      String run = text.substring(i, j);
      out.append(run.indexOf('\n') >= 0 || run.indexOf('\r') >= 0 ? ' ' : TYPED);
      i = j;
    }
  }

  private static boolean space(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  /**
   * A title written in pieces (cells or spans of one line: "湖南轻工高级技工学校 新校区监控…安装 公开招标中标公告") is one
   * title: Chinese does not put spaces between words, so a space is kept only between two Latin letters or
   * digits ("HP LaserJet") and beside a slash, which a title spaces as a separator ("…施工 / 标段中标结果公告"). One
   * space typed inside a piece is also kept where a writer sets a bracket group's end or a lot's name apart
   * ("…项目 包9（某某库） 成交结果公告", "…（三期） 项目施工/标段…"): a heading's cells (the " | " between a row's
   * cells, the pieces of {@link #joined} and of {@link #of}) never keep it.
   */
  static String joinCells(String t) {
    String cells = CELL_SEPARATOR.matcher(t).replaceAll(String.valueOf(SEAM));
    StringBuilder out = new StringBuilder(cells.length());
    for (int i = 0; i < cells.length(); i++) {
      char c = cells.charAt(i);
      if (c != ' ' && c != SEAM) {
        out.append(c);
        continue;
      }
      boolean last = out.isEmpty() || i + 1 == cells.length();
      if (!last && (spaced(out.charAt(out.length() - 1), cells.charAt(i + 1))
          || c == ' ' && setApart(out, cells, i + 1))) {
        out.append(' ');
      }
    }
    return out.toString();
  }

  /** A seam between a heading's pieces (a cell's edge, a piece's line): no space of the writer's. */
  private static final char SEAM = '\u0002';
  private static final Pattern LOT_BEFORE = Pattern.compile("(?:" + LotNames.MARK + ")$");
  private static final Pattern LOT_AFTER = Pattern.compile("^(?:" + LotNames.MARK + ")");

  /**
   * Whether a typed space between {@code before} and the text at {@code from} sets a bracket group's end or a lot's
   * name apart: a closing bracket before it, or a lot's name ("包9", "第2包", "包组二") on either side.
   */
  private static boolean setApart(CharSequence before, String text, int from) {
    char prev = before.charAt(before.length() - 1);
    char next = text.charAt(from);
    if (next == ' ' || next == SEAM) {
      return false;
    }
    return prev == '）' || prev == ')' || LOT_BEFORE.matcher(before).find()
        || LOT_AFTER.matcher(text.substring(from)).find();
  }

  /** Whether a space between the two chars is the title's own: between Latin words, or around a slash. */
  private static boolean spaced(char before, char after) {
    return latin(before) && latin(after) || before == '/' && after != ' ' && after != SEAM
        || after == '/' && before != ' ';
  }

  private static boolean latin(char c) {
    return c < 0x80 && Character.isLetterOrDigit(c);
  }
}
