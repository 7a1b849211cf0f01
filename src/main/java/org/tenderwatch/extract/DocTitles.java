package org.tenderwatch.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tenderwatch.extract.TextRender.Line;

/**
 * The notice's title in a page's {@code <title>}, which portals write with the site's name after it ("…中标公告_某某大学
 * 招标与采购管理中心", "…成交公告-某某大学…") or before it ("某市政府采购网-…中标公告", "某市公共资源交易中心—…成交公告").
 */
final class DocTitles {

  /**
   * Between a notice's title and the site's name in {@code <title>}: "_", "|", " - ", "--", " · ", and a bare dash
   * right after the notice's kind ("…成交公告-某某大学招标与采购管理中心"; elsewhere a bare dash joins years, "2023-2024"),
   * and the site's name in 【】 closing it ("…中标公告【某市政府采购网】").
   */
  private static final Pattern SITE_SEPARATOR = Pattern.compile(
      "\\s*[_|｜]\\s*|\\s+[-—–]+\\s+|--|\\s+[·•]\\s+|(?<=公告|公示)[-—–]+|(?<=公告|公示)(?=【[^】]+】$)"
          // a double colon or a path's arrows ("某市政府采购网::…", "某某大学 » …", "首页>通知公告>…")
          + "|\\s*(?:::|[»>＞])\\s*");
  /**
   * A site's name opening {@code <title>} before a bare dash ("某市政府采购网-…", "某市公共资源交易中心—…"): a masthead's
   * name ({@link PageTitles#MASTHEAD}), so a buyer opening a title ("某市疾控中心-…") is kept.
   */
  private static final Pattern LEADING_SITE = Pattern.compile("^(?:([^-—–\\s]{2,30})[-—–]+(?=\\S)|【([^】]{2,30})】)");

  private DocTitles() {}

  /**
   * The notice's part of a {@code <title>} that adds the site's name: the part that ends as a notice title does, else
   * the first that names one. Null when none does.
   */
  static String withoutSiteName(String docTitle) {
    Matcher site = LEADING_SITE.matcher(docTitle);
    // or in 【】 ("【某市公共资源交易网】…招标公告")
    String title = site.find() && PageTitles.MASTHEAD.matcher(site.group(1) != null ? site.group(1) : site.group(2)).find()
        ? docTitle.substring(site.end()) : docTitle;
    String named = null;
    for (String part : SITE_SEPARATOR.split(title)) {
      String p = part.strip();
      if (p.isEmpty() || !PageTitles.NOTICE_WORDS.matcher(p).find() || PageTitles.generic(p)
          || PageTitles.MASTHEAD.matcher(p).find() || PageTitles.generic(afterDash(p))) {
        continue; // "常州市政府采购网" alone names the site
      }
      if (PageTitles.TITLE_END.matcher(p).find()) {
        return p;
      }
      named = named == null ? p : named;
    }
    return named;
  }

  /**
   * What follows a part's last bare dash: a channel's name when the site and its channel came first ("某某大学-通知公告"
   * before "-…招标公告"), which then names no notice; the part itself when it has no dash.
   */
  private static String afterDash(String part) {
    int dash = Math.max(part.lastIndexOf('-'), Math.max(part.lastIndexOf('—'), part.lastIndexOf('–')));
    return dash < 0 || dash == part.length() - 1 ? "" : part.substring(dash + 1);
  }

  /** How many of the body's first lines may hold the heading {@code <title>} begins. */
  private static final int HEAD_LINES = 3;

  /**
   * The body's heading where {@code <title>} holds only its first line: Word writes the document's first paragraph
   * as the page's {@code <title>}, so a heading set in two centred lines ("某县教育局2023年学生课桌椅采购项目" /
   * "竞争性磋商公告", one line of the body once joined) leaves the kind of notice out of it. The first lines' heading
   * when it starts with a {@code <title>} that does not end as a notice title, says more and does; else the
   * {@code <title>}.
   */
  static String completed(String docTitle, List<Line> body) {
    if (PageTitles.TITLE_END.matcher(docTitle).find()) {
      return docTitle;
    }
    for (Line l : body.subList(0, Math.min(HEAD_LINES, body.size()))) {
      String t = HeadingPieces.joinCells(l.text().strip());
      if (!l.isRow() && t.length() > docTitle.length() && t.length() <= PageTitles.MAX_FALLBACK_TITLE
          && t.startsWith(docTitle) && PageTitles.TITLE_END.matcher(t).find()) {
        return t;
      }
    }
    return docTitle;
  }
}
