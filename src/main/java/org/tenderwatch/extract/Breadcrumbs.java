package org.tenderwatch.extract;

import java.util.List;
import java.util.regex.Pattern;
import org.tenderwatch.extract.TextRender.Line;

/**
 * The title a breadcrumb ends in ("当前位置：首页 > 招标公告 > 某局办公家具采购项目公开招标公告"), for a page that sets it
 * nowhere else: many county and campus CMS pages show the notice's title only as the path's last item.
 */
final class Breadcrumbs {

  /** How many lines from the top a page's path may stand (under a masthead and a menu). */
  private static final int REACH = 5;
  private static final Pattern SEPARATOR = Pattern.compile("\\s*[>»＞›→]+\\s*");

  private Breadcrumbs() {}

  /**
   * The last item of the first breadcrumb among the first lines, when it reads as a notice's own title (it ends as
   * one does and names more than a kind of notice: a path ending in its channel, "…> 中标公告", names none); or null.
   */
  static String lastItem(List<Line> body) {
    for (int i = 0; i < Math.min(REACH, body.size()); i++) {
      String t = body.get(i).text().strip();
      if (!PageTitles.BREADCRUMB.matcher(t).find()) {
        continue;
      }
      String[] items = SEPARATOR.split(t);
      String last = items.length < 2 ? "" : HeadingPieces.joinCells(items[items.length - 1].strip());
      return !last.isEmpty() && last.length() <= PageTitles.MAX_FALLBACK_TITLE
          && PageTitles.TITLE_END.matcher(last).find() && !PageTitles.generic(last) ? last : null;
    }
    return null;
  }
}
