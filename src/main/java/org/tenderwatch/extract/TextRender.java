package org.tenderwatch.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Turns an HTML element into lines of text the way a reader sees it: one line per paragraph or block, one line
 * per table row with " | " between cells. Keywords often sit alone in a cell, so cells must not run together.
 * A table cell that holds a whole nested table is a layout container, not a cell, and is read as blocks.
 */
final class TextRender {

  /** One line of text; {@code cells} is non-null for a table row. */
  record Line(String text, List<String> cells) {
    boolean isRow() {
      return cells != null;
    }
  }

  private static final Set<String> SKIP = Set.of("script", "style", "noscript", "template", "head", "select", "button",
      "input", "textarea", "iframe", "object");
  private static final java.util.regex.Pattern HIDDEN =
      java.util.regex.Pattern.compile("display\\s*:\\s*none", java.util.regex.Pattern.CASE_INSENSITIVE);
  private static final Set<String> BLOCK = Set.of("p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6",
      "table", "tbody", "thead", "tfoot", "tr", "section", "article", "blockquote", "pre", "dl", "dt", "dd", "form",
      "header", "footer", "center", "title", "hr", "address", "nav", "main", "aside", "figure", "caption");

  /** A cell gap in a line of text (see {@link #clean(CharSequence, boolean)}). */
  static final char GAP = '\t';
  private static final Pattern SHOWN_SPACE = Pattern.compile("&(?:amp;)?(?:nbsp|ensp|emsp|#160|#12288)(?:;|(?![A-Za-z0-9]))",
      Pattern.CASE_INSENSITIVE);
  /**
   * How many spaces in a row part two cells. Two are often typed inside a sentence or between a date and its time
   * ("湖南农业大学  的  教职工…", "2023-05-06  09:30"); a table copied as text leaves longer runs.
   */
  private static final int GAP_SPACES = 3;

  private final List<Line> lines = new ArrayList<>();
  private final StringBuilder current = new StringBuilder();
  /** Whether the site's frame is left out ({@link SiteFrame}), and whether the page has a footer to look for. */
  private final boolean noFrame;
  private final boolean footer;
  /** The line ranges [from, to) the site's frame rendered to, when {@code noFrame}; the page's text keeps them. */
  private final List<int[]> frames = new ArrayList<>();
  private boolean inFrame;

  private TextRender(boolean noFrame, boolean footer) {
    this.noFrame = noFrame;
    this.footer = footer;
  }

  static List<Line> lines(Element root) {
    return render(new TextRender(false, false), root);
  }

  /** A plain page's lines: all (the page's text), and those the field readers take ({@link SiteFrame}'s left out). */
  record Page(List<Line> all, List<Line> notice) {}

  /** A plain page rendered once: the frame's lines are marked as they are rendered, not rendered a second time. */
  static Page page(Element root) {
    TextRender r = new TextRender(true, SiteFrame.hasFooter(root.text()));
    render(r, root);
    List<Line> notice = new ArrayList<>(r.lines.size());
    int at = 0;
    for (int[] frame : r.frames) {
      notice.addAll(r.lines.subList(at, frame[0]));
      at = frame[1];
    }
    notice.addAll(r.lines.subList(at, r.lines.size()));
    return new Page(r.lines, notice);
  }

  private static List<Line> render(TextRender r, Element root) {
    r.children(root);
    r.flush();
    return r.lines;
  }

  /**
   * The page's own text: as {@link #text} with each cell gap read as the one space a reader sees. The text parts
   * (what flags and search read, what analysts see) keep it.
   */
  static String pageText(List<Line> lines) {
    return text(lines).replace(GAP, ' ');
  }

  /** The lines joined, cell gaps kept as {@link #GAP}: the field readers end values at them. */
  static String text(List<Line> lines) {
    StringBuilder s = new StringBuilder();
    for (Line l : lines) {
      if (!s.isEmpty()) {
        s.append('\n');
      }
      s.append(l.text());
    }
    return s.toString();
  }

  private void children(Node n) {
    for (Node c : n.childNodes()) {
      node(c);
    }
  }

  private void node(Node c) {
    if (c instanceof TextNode t) {
      current.append(raw(t));
      return;
    }
    if (!(c instanceof Element e) || skipped(e)) {
      return;
    }
    if (noFrame && !inFrame && SiteFrame.frame(e, footer)) {
      flush(); // a frame's element is a block: its lines are its own, marked for the readers to leave out
      int from = lines.size();
      inFrame = true;
      element(e);
      flush();
      inFrame = false;
      frames.add(new int[] {from, lines.size()});
      return;
    }
    element(e);
  }

  private void element(Element e) {
    String tag = e.normalName();
    if (tag.equals("br")) {
      flush();
    } else if (tag.equals("tr") && !hasTable(e)) {
      flush();
      row(e);
    } else if (tag.equals("dt") && described(e)) {
      flush();
      cells(List.of(e, e.nextElementSibling()));
    } else if (tag.equals("dd") && e.previousElementSibling() != null && described(e.previousElementSibling())) {
      return; // read with its term
    } else if (tag.equals("td") || tag.equals("th") || isBlock(e)) {
      flush();
      children(e);
      flush();
    } else {
      children(e);
    }
  }

  /** Whether a nested table sits anywhere below (a layout row); a plain walk, cheaper than a selector per row. */
  private static boolean hasTable(Element e) {
    for (Node n : e.childNodes()) { // children() would copy each element's child list
      if (n instanceof Element c && (c.normalName().equals("table") || hasTable(c))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a definition list's term has its description right after it ({@code <dt>采购人</dt><dd>某某医院</dd>},
   * also each pair in its own {@code <div>}): the two are one row of two cells, label | value, as a two-column table
   * row is.
   */
  private static boolean described(Element dt) {
    Element dd = dt.nextElementSibling();
    return dt.normalName().equals("dt") && dd != null && dd.normalName().equals("dd") && !hasTable(dd);
  }

  private void row(Element tr) {
    List<Element> cells = new ArrayList<>();
    for (Element cell : tr.children()) {
      if (cell.normalName().equals("td") || cell.normalName().equals("th")) {
        cells.add(cell);
      }
    }
    cells(cells);
  }

  private void cells(List<Element> elements) {
    List<String> cells = new ArrayList<>();
    int filled = 0;
    for (Element cell : elements) {
      StringBuilder s = new StringBuilder();
      inline(cell, s);
      String text = clean(s);
      cells.add(text);
      filled += text.isEmpty() ? 0 : 1;
    }
    if (filled == 1) {
      // A row with one filled cell is page layout (old portals set every paragraph in a table), not data.
      lines.add(new Line(cells.stream().filter(c -> !c.isEmpty()).findFirst().orElseThrow(), null));
    } else if (filled > 1) {
      lines.add(new Line(String.join(" | ", cells), List.copyOf(cells)));
    }
  }

  /** A cell's text on one line: blocks and line breaks inside a cell become spaces. */
  private static void inline(Node n, StringBuilder s) {
    for (Node c : n.childNodes()) {
      if (c instanceof TextNode t) {
        s.append(raw(t));
      } else if (c instanceof Element e && !skipped(e)) {
        boolean block = e.normalName().equals("br") || isBlock(e);
        if (block) {
          s.append(' ');
        }
        inline(e, s);
        if (block) {
          s.append(' ');
        }
      }
    }
  }

  /**
   * Not shown: scripts, forms and an element styled display:none that holds no block of text (Epoint's hidden
   * "span#youxiaodate" holds the notice's closing time, read as its date when rendered). A hidden block with a
   * table or paragraphs in it is shown by the page's script: ccgp's 公告概要 behind 【显示公告概要】 in some provinces
   * (PORTALS.md §2.1), a body a script reveals on load.
   */
  private static boolean skipped(Element e) {
    return SKIP.contains(e.normalName()) || e.hasAttr("style") && HIDDEN.matcher(e.attr("style")).find()
        && e.selectFirst(SHOWN_BY_SCRIPT) == null;
  }

  /** The blocks a hidden element holds when a script shows it: the notice's table or paragraphs. */
  private static final org.jsoup.select.Evaluator SHOWN_BY_SCRIPT = org.jsoup.select.QueryParser.parse("table, p, li");

  private static boolean isBlock(Element e) {
    if (BLOCK.contains(e.normalName())) {
      return true;
    }
    // ccgp award bodies stack their numbered headings as <span style="display: block">.
    String style = e.attr("style").toLowerCase(Locale.ROOT).replace(" ", "");
    return style.contains("display:block");
  }

  private void flush() {
    String t = clean(current, true);
    current.setLength(0);
    if (!t.isEmpty()) {
      lines.add(new Line(t, null));
    }
  }

  /**
   * A text node's text, with a space entity shown as text ("名称:X&amp;nbsp;" in the page's source, so "X&nbsp;" on
   * screen: double-escaped portal content and crawler-kept text) read as the space it stands for, so no value ends
   * in "&nbsp".
   */
  private static String raw(TextNode t) {
    String s = t.getWholeText();
    return s.indexOf('&') < 0 ? s : SHOWN_SPACE.matcher(s).replaceAll("\u00A0");
  }

  /** Collapses whitespace (including nbsp and the ideographic space) and drops invisible marks such as a BOM. */
  static String clean(CharSequence s) {
    return clean(s, false);
  }

  /**
   * As {@link #clean(CharSequence)}; with {@code gaps}, a run of whitespace that holds a tab or is {@link #GAP_SPACES} chars or
   * more long, on one source line, becomes one {@link #GAP} instead of a space. Text blocks and aggregator copies keep a
   * table's cells so ("成交供应商：X⇥⇥品目类别⇥⇥品目分类…", "序号␣␣␣␣中标供应商名称␣␣␣␣…"), and a page sets a label's
   * next neighbour apart so ("名称：X&nbsp;&nbsp;&nbsp;地址：Y"); a run that breaks the source line is only markup
   * indentation, one space.
   */
  static String clean(CharSequence s, boolean gaps) {
    StringBuilder out = new StringBuilder(s.length());
    int run = 0;
    boolean tab = false;
    boolean lineBreak = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\uFEFF' || c == '\u200B' || c == '\u200C' || c == '\u200D') {
        continue;
      }
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        run++;
        tab |= c == '\t';
        lineBreak |= c == '\n' || c == '\r';
        continue;
      }
      if (run > 0 && !out.isEmpty()) {
        out.append(gaps && !lineBreak && (tab || run >= GAP_SPACES) ? GAP : ' ');
      }
      run = 0;
      tab = false;
      lineBreak = false;
      out.append(c);
    }
    return out.toString();
  }
}
