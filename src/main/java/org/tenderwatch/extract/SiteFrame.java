package org.tenderwatch.extract;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.tenderwatch.extract.TextRender.Line;

/**
 * The site's frame around a notice on a plain page, which the field readers leave out (the page's text part keeps
 * it): an element that is links to other pages and nothing else but their dates (a menu, a sidebar of the latest
 * notices "某某医院设备采购中标公告 2026-03-12", a 相关公告 list, "上一篇：<a>…公告</a>"), and the footer, the
 * short block holding the site's registration (ICP备, 版权所有, 网站标识码: "主办单位：某市财政局 地址：某市某路1号
 * 电话：… 浙ICP备…号"). Their titles and dates are other notices', their 地址 and 主办单位 the site owner's: none is
 * this notice's type, date, number, buyer or address. A link named as a file ("招标文件.pdf") is the notice's own
 * attachment, kept. Also the caption over such a list ("相关公告", "最新公告") and a row of buttons ("【打印本页】【关闭窗口】").
 * Under the site's head, the notice's text opens after its heading and the metadata line below it ({@link #opening}).
 * Found by FrameInvarianceTest (round 11m).
 */
final class SiteFrame {

  /** The blocks a frame's item or list is: never a table's cell, whose row would lose a column. */
  private static final Set<String> ITEMS = Set.of("li", "ul", "ol", "p", "div", "dd", "dt", "dl", "nav", "footer");
  /**
   * Headings are captions of a frame's list at most: a heading that is a link may be the notice's own title linking
   * to itself (辽宁's SharePoint pages: {@code <h1><a href="javascript:__doPostBack(…)">…招标公告</a></h1>}).
   */
  private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
  /** What may stand beside a frame's links: their dates, list marks and the pager's words. */
  private static final Pattern BESIDE_LINKS = Pattern.compile("(?:" + Dates.DATE
      + "|\\d{1,2}-\\d{1,2}|上一篇|下一篇|上一条|下一条|上篇|下篇|发布时间|发布日期|更多|more|[\\s\\p{Punct}·•»›>【】（）：、，．\u00A0\u3000])*",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern FILE = Pattern.compile("\\.(?:pdf|docx?|xlsx?|zip|rar|7z|wps|jpe?g|png|txt|ofd)\\s*$",
      Pattern.CASE_INSENSITIVE);
  /** A crawler's copy marks its headings as Markdown does ("## 某某中标公告"); a mark without a space ("#2机组") is text. */
  static final Pattern MARKDOWN_HEADING = Pattern.compile("^#{1,6}\\s+");
  /** A site's registration, printed in its footer only. */
  private static final Pattern FOOTER_MARK = Pattern.compile("ICP\\s*[备证]|版权所有|网站标识码|公网安备|Copyright|©");
  /**
   * A notice's words, never a footer's: a short page set in one block with its footer ("<div class=wrap><h1>…中标公告
   * </h1><p>中标供应商：…</p><p>…ICP备…</p></div>", under 300 chars) is the notice, its footer the block inside it.
   */
  private static final Pattern NOTICE_WORD = Pattern.compile("公告|公示|中标|成交|预算|开标");
  /** How long a footer's block may be: a few lines of the site's name, address and registration. */
  private static final int MAX_FOOTER = 300;
  /** A row of the page's buttons: "【打印本页】【关闭窗口】", "[打印本页] [关闭本页]", "【我要打印】【关闭】". */
  private static final Pattern BUTTONS = Pattern.compile(
      "(?:[\\s\u3000\u00A0]*[【\\[]\\s*(?:我要)?(?:打印|关闭|收藏|分享|返回|返回顶部|纠错)(?:本页|窗口|此页|文章|页面)?\\s*[】\\]])+"
          + "[\\s\u3000\u00A0]*");
  /** How far down the page the notice's heading may stand under the site's head (masthead, menu, breadcrumb). */
  private static final int HEAD_LINES = 15;
  /** A heading on the first line has no site's head above it: the text opens there. */
  private static final int MIN_HEAD = 1;
  /** The page's metadata under a notice's heading: its date, source, hits, author, print and share buttons. */
  private static final Pattern META_LINE = Pattern.compile(
      "来源|浏览|点击|阅读|作者|发布者|发布人|编辑|访问|字号|发布时间|发布日期|信息时间|打印|关闭|分享|所属");
  private static final int MAX_META_LINE = 80;
  private static final Pattern WORD = Pattern.compile("[\\p{IsHan}\\p{Alnum}]");
  /** A list's caption over it ("相关公告", "最新公告", "相关链接"): a few words, no label, no figure. */
  private static final Pattern CAPTION = Pattern.compile("[\\s\u3000]*\\p{IsHan}[\\p{IsHan}\\s\u3000]*");
  private static final int MAX_CAPTION = 8;
  /** How much text beside each of its links an element may hold before it is surely the notice's. */
  private static final int MAX_BESIDE = 60;

  private SiteFrame() {}

  /** Whether the page has a footer mark anywhere (the per-element footer test is only worth making then). */
  static boolean hasFooter(String pageText) {
    return FOOTER_MARK.matcher(pageText).find();
  }

  /** Whether the element is the site's frame: a list of links to other pages, or (with {@code footer}) the footer. */
  static boolean frame(Element e, boolean footer) {
    boolean heading = HEADINGS.contains(e.normalName());
    if (!heading && !ITEMS.contains(e.normalName())) {
      return false;
    }
    StringBuilder text = new StringBuilder();
    if (text(e, text) && (BUTTONS.matcher(text).matches()
        || footer && FOOTER_MARK.matcher(text).find() && !NOTICE_WORD.matcher(text).find())) {
      return true;
    }
    return !heading && list(e) && !labelled(e) || text.length() <= MAX_CAPTION && CAPTION.matcher(text).matches()
        && e.nextElementSibling() != null && list(e.nextElementSibling()) && !labelled(e.nextElementSibling());
  }

  /**
   * Links to other pages: several, or one with a date or a pager's word beside it ("上一篇：<a>…</a>"), or one item of
   * a list whose sibling is links too. A lone link with nothing beside it and no list around it is a value written
   * as a link ("<p>中标供应商</p><p><a href=/org/1>某某科技有限公司</a></p>", a {@code <dd>} linking the winner's
   * profile), not the frame.
   */
  private static boolean list(Element e) {
    int n = links(e);
    return n > 1 || n == 1 && (lonelyLinkMarked(e) || links(e.previousElementSibling()) > 0
        || links(e.nextElementSibling()) > 0);
  }

  /**
   * Whether the element (or the list it is an item of) stands right under a field's label ("中标供应商：" over a {@code <ul>} of the winners' names,
   * each linking its profile): it is the label's value, not a list of other pages.
   */
  private static boolean labelled(Element e) {
    Element list = e.normalName().equals("li") && e.parent() != null ? e.parent() : e; // an item: its list's label
    Element label = list.previousElementSibling();
    return label != null && LabelRows.isLabel(label.text());
  }

  /** Whether a one-link element has a date or a pager's word beside its link. */
  private static boolean lonelyLinkMarked(Element e) {
    StringBuilder beside = new StringBuilder();
    besideLinks(e, beside, new int[1]);
    return WORD.matcher(beside).find();
  }

  /**
   * How many links an element holds when it is links to other pages and nothing else but their dates and a pager's
   * words; 0 when it is not (or is null).
   */
  private static int links(Element e) {
    if (e == null) {
      return 0;
    }
    StringBuilder beside = new StringBuilder();
    int[] links = new int[1];
    return besideLinks(e, beside, links) && BESIDE_LINKS.matcher(beside).matches() ? links[0] : 0;
  }

  /** Collects the element's text; false as soon as it is longer than a footer's. */
  private static boolean text(Node n, StringBuilder out) {
    for (Node c : n.childNodes()) {
      if (c instanceof TextNode t) {
        out.append(t.getWholeText());
        if (out.length() > MAX_FOOTER) {
          return false;
        }
      } else if (c instanceof Element && !text(c, out)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Collects the text outside links into {@code beside} and counts the links named by text; false as soon as the
   * element holds a file's link, a table, or more text than a frame's item holds beside its links.
   */
  private static boolean besideLinks(Node n, StringBuilder beside, int[] links) {
    for (Node c : n.childNodes()) {
      if (c instanceof TextNode t) {
        beside.append(t.getWholeText());
        if (beside.length() > MAX_BESIDE * (links[0] + 1)) { // a list: its links' dates
          return false;
        }
      } else if (c instanceof Element e) {
        if (e.normalName().equals("table")) {
          return false;
        }
        if (e.normalName().equals("a")) {
          String text = e.text().strip();
          if (FILE.matcher(text).find()) {
            return false;
          }
          links[0] += text.isEmpty() ? 0 : 1;
        } else if (!besideLinks(e, beside, links)) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * The lines the notice's text opens with: those after its heading, when the heading stands among the first lines
   * under the site's head (masthead, menu, breadcrumb), and after the metadata lines under the heading ("发布时间：
   * 2021-05-18 发布者：招标办 点击数：215", "【我要打印】【关闭】"); the whole body when no heading stands there (a text
   * block opens with its text, as does a page whose heading is its first line).
   */
  static List<Line> opening(List<Line> body, String title) {
    String heading = title == null ? "" : Fold.fold(title).strip();
    for (int i = MIN_HEAD; !heading.isEmpty() && i < Math.min(HEAD_LINES, body.size()); i++) {
      if (Fold.fold(body.get(i).text()).strip().equals(heading)) {
        int from = i + 1;
        while (from < body.size() && meta(body.get(from))) {
          from++;
        }
        return body.subList(from, body.size());
      }
    }
    return body;
  }

  private static boolean meta(Line l) {
    // the line may be cut at its items: "【" / "信息时间：2019/7/12" / "阅读次数：422】【我要打印】【关闭】"
    return !l.isRow() && l.text().length() <= MAX_META_LINE
        && (META_LINE.matcher(l.text()).find() || !WORD.matcher(l.text()).find());
  }

  /**
   * The line over the page's metadata line when it reads as a notice's title: CMS templates set their heading in an
   * element of any name ({@code div.tit}, {@code div.bt}, {@code p.xl-tit}) with the date, source and hits under it
   * ("时间：2023-05-06 作者：国资处 点击数：87", a date stamp alone), while masthead, channel and breadcrumb stand above it.
   * With that line under it, a title may end in 通知 or a bracket group ("关于…竞价的通知", "…成交公告（第二包）").
   * Null when no such pair stands among the first lines.
   */
  static String headingOverMeta(List<Line> body) {
    for (int i = 1; i < Math.min(HEAD_LINES, body.size()); i++) {
      Line above = body.get(i - 1);
      String t = MARKDOWN_HEADING.matcher(above.text().strip()).replaceFirst("");
      if (!above.isRow() && datedMeta(body.get(i)) && t.length() <= PageTitles.MAX_FALLBACK_TITLE
          && PageTitles.NOTICE_END.matcher(t).find() && !PageTitles.generic(t)
          && !PageTitles.BREADCRUMB.matcher(t).find()) {
        return HeadingPieces.joinCells(t);
      }
    }
    return null;
  }

  /** A metadata line that dates the page: its items and a date (a bare 时间/日期 its first item), or a date alone. */
  private static boolean datedMeta(Line l) {
    String t = l.text();
    return meta(l) && (META_LINE.matcher(t).find() || META_LABEL.matcher(t).lookingAt()) && Dates.parse(t) != null
        || !l.isRow() && Dates.signatureDate(List.of(t)) != null;
  }

  /** A metadata run's bare date label, cut from its other items ("时间：2023-05-06" / "作者：国资处 点击数：87"). */
  private static final Pattern META_LABEL = Pattern.compile("\\s*(?:时间|日期)\\s*[:：]");
}
