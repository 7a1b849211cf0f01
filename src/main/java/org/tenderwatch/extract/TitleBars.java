package org.tenderwatch.extract;

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
 * heading's own wrapper, says nothing more.
 */
final class TitleBars {

  /** Elements a portal names as its title (id or class); the headings a body sets are {@link PageTitles}'. */
  private static final Evaluator BARS = QueryParser.parse(PageTitles.TITLE_NAMED);
  /** The body's heading must name a project, not only a word or two. */
  private static final int MIN_HEADING = 6;

  private TitleBars() {}

  /** The first title bar whose text starts with another heading's text and says more, or null. */
  static String confirmed(Document doc) {
    Elements headings = doc.select(PageTitles.TITLE_LIKE);
    for (Element bar : doc.select(BARS)) {
      String t = PageTitles.text(bar);
      // a bar has no notice word to tell a title by: any colon makes it a label's value, and the fallback cap holds
      if (PageTitles.frame(bar, t) || t.length() > PageTitles.MAX_FALLBACK_TITLE || t.contains(":") || t.contains("：")) {
        continue;
      }
      for (Element h : headings) {
        String head = PageTitles.text(h);
        if (h != bar && !h.parents().contains(bar) && !bar.parents().contains(h) && head.length() >= MIN_HEADING
            && t.length() > head.length() && t.startsWith(head)) {
          return t;
        }
      }
    }
    return null;
  }
}
