package org.tenderwatch.extract;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * A portal's title bar that names the notice without a notice word, confirmed by the body's own heading: the
 * 长兴县公共资源交易网 detail table's {@code td#tdTitle} "长兴县和平镇城山路道路工程施工[抽签法]" over a Word-pasted body
 * headed "长兴县和平镇城山路道路工程" / "发包公告" (the project name, then the bare kind). Old county portals give the
 * title as the list wrote it, often the project and its method alone; a bar that only repeats a heading, or a
 * heading's own wrapper, says nothing more. Also a heading the page's {@code <title>} repeats ({@link #repeated}).
 */
final class TitleBars {

  /** Elements a portal names as its title (id or class); the headings a body sets are {@link PageTitles}'. */
  private static final Evaluator BARS = QueryParser.parse(PageTitles.TITLE_NAMED);
  /** The body's heading must name a project, not only a word or two. */
  private static final int MIN_HEADING = 6;

  private TitleBars() {}

  /** The first title bar whose text starts with another heading's text and says more, or null. */
  static String confirmed(Document doc) {
    Elements bars = doc.select(BARS);
    if (bars.isEmpty()) {
      return null;
    }
    // each heading's text once (not once per bar), the ones long enough to name a project
    Map<Element, String> heads = new LinkedHashMap<>();
    for (Element h : doc.select(PageTitles.TITLE_LIKE)) {
      String head = PageTitles.text(h);
      if (head.length() >= MIN_HEADING) {
        heads.put(h, head);
      }
    }
    for (Element bar : bars) {
      String t = PageTitles.text(bar);
      // a bar has no notice word to tell a title by: any colon makes it a label's value, and the fallback cap holds
      if (PageTitles.frame(bar, t) || t.length() > PageTitles.MAX_FALLBACK_TITLE || t.contains(":") || t.contains("：")) {
        continue;
      }
      for (Map.Entry<Element, String> h : heads.entrySet()) {
        if (t.length() > h.getValue().length() && t.startsWith(h.getValue()) && apart(bar, h.getKey())) {
          return t;
        }
      }
    }
    return null;
  }

  /** What follows a notice's title in {@code <title>} before the site's name. */
  private static final Pattern AFTER_TITLE = Pattern.compile("^\\s*(?:[-_|｜—–·•【]|$)");

  /**
   * A heading that {@code <title>} repeats, whole or before the site's name ("长兴县和平镇城山路道路工程施工[抽签法]" over
   * the text and "…[抽签法]-长兴县公共资源交易中心" in {@code <title>}; ccgp's h2 and its {@code <title>}): the page names
   * it twice, so it is the notice's title though it holds no notice word or names only the kind of notice
   * ("竞争性谈判成交公告"). Not a heading that opens the page: a site whose {@code <title>} is its own name sets that
   * name in its masthead, the page's first line.
   */
  static String repeated(Document doc) {
    String docTitle = TextRender.clean(doc.title());
    if (docTitle.isEmpty() || doc.body() == null) {
      return null;
    }
    for (Element e : doc.select(PageTitles.TITLE_LIKE)) {
      String t = PageTitles.text(e);
      if (!t.isEmpty() && docTitle.startsWith(t) && AFTER_TITLE.matcher(docTitle.substring(t.length())).find()
          && !PageTitles.inTable(e) && !PageTitles.LABEL.matcher(t).find()
          && !PageTitles.frame(e, t) && !doc.body().text().startsWith(t)) {
        return t;
      }
    }
    return null;
  }

  /** Neither element holds the other (a heading's own wrapper says nothing more than the heading). */
  private static boolean apart(Element bar, Element heading) {
    return heading != bar && !heading.parents().contains(bar) && !bar.parents().contains(heading);
  }
}
