package org.tenderwatch.extract;

import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.tenderwatch.extract.TextRender.Line;

/**
 * A notice's title, never null: a notice without one failed the store's NOT NULL title and was lost with its text,
 * flags and archive link. Sources, first found wins: the page's meta title, a heading or title-classed element
 * that reads like a notice title, {@code <title>} when it does, the title the list page gave the link, the
 * 项目名称, the first heading-like line, any {@code <title>}, and finally the URL. A made-up title is noted among
 * the notice's problems.
 */
final class PageTitles {

  /** A title and the problem to note about where it came from (null when the page gave it). */
  record Title(String text, String problem) {}

  private static final Evaluator TITLE_LIKE = QueryParser.parse("h1, h2, h3, [class*=title], [class*=Title], [id*=title]");
  private static final Evaluator META_TITLE = QueryParser.parse("meta[name=ArticleTitle], meta[property=og:title]");
  private static final Pattern NOTICE_WORDS = Pattern.compile("公告|公示|结果|招标|采购|谈判|磋商|询价");
  /** A title made up from the first line is capped: it is a label for people, not the notice text. */
  static final int MAX_FALLBACK_TITLE = 100;
  private static final int MAX_TITLE = 200;

  private PageTitles() {}

  static Title plain(Document doc, List<Line> body, String text, String listed) {
    Element meta = doc.selectFirst(META_TITLE);
    if (meta != null && !meta.attr("content").isBlank()) {
      return new Title(TextRender.clean(meta.attr("content")), null);
    }
    for (Element e : doc.select(TITLE_LIKE)) {
      String t = TextRender.clean(e.text());
      if (!t.isEmpty() && t.length() <= MAX_TITLE && NOTICE_WORDS.matcher(t).find()) {
        return new Title(t, null);
      }
    }
    String docTitle = TextRender.clean(doc.title());
    if (!docTitle.isEmpty() && NOTICE_WORDS.matcher(docTitle).find()) {
      return new Title(docTitle, null);
    }
    return fallback(doc, body, text, listed);
  }

  /** When the page names no title: the list's, the project name, the first line, {@code <title>}, the URL. */
  static Title fallback(Document doc, List<Line> body, String text, String listed) {
    if (listed != null && !listed.isBlank()) {
      return new Title(TextRender.clean(listed), null);
    }
    Labels.Value project = Labels.find(text, FieldLabels.PROJECT_NAME);
    String name = project == null ? null : Labels.name(project.text());
    if (name != null) {
      return new Title(name, "title: not found; the 项目名称 is used");
    }
    for (Line l : body) {
      if (Dates.parse(l.text()) == null || l.text().length() > 30) {
        String t = l.text().length() <= MAX_FALLBACK_TITLE ? l.text() : l.text().substring(0, MAX_FALLBACK_TITLE);
        return new Title(t, "title: not found; the first line of the text is used");
      }
    }
    String docTitle = TextRender.clean(doc.title());
    if (!docTitle.isEmpty()) {
      return new Title(docTitle, null);
    }
    return new Title(doc.location(), "title: not found; the URL is used");
  }
}
