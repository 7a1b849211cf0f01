package org.tenderwatch.extract;

import java.util.List;
import java.util.regex.Pattern;
import org.tenderwatch.extract.TextRender.Line;

/**
 * A notice's heading kept in pieces at the top of a flattened page, one line each: "湖南轻工高级技工学校" /
 * "新校区监控、广播系统设备采购及安装" / "公开招标中标公告", as the old provincial and school CMS set buyer, project
 * and kind of notice in separate cells. A title fallback of {@link PageTitles}.
 */
final class HeadingPieces {

  /** The most lines a heading set in pieces takes, and the longest piece ("buyer" / "project" / "公开招标中标公告"). */
  private static final int HEADING_PIECES = 3;
  private static final int MAX_PIECE = 40;
  /** A label, a clause or a breadcrumb ("首页 > 通知公告") is no piece of a heading. */
  private static final Pattern NOT_A_PIECE = Pattern.compile("[:：，,。；;>»→]");

  /**
   * A heading whose pieces a flattened page keeps as lines of their own at its top (buyer, project, kind of notice):
   * two or three short lines without a label or a clause mark, the last ending as a notice's title does.
   */
  static String title(List<Line> body) {
    StringBuilder joined = new StringBuilder();
    int pieces = 0;
    for (Line l : body) {
      String t = l.text().strip();
      if (t.isEmpty()) {
        continue;
      }
      if (l.isRow() || t.length() > MAX_PIECE || NOT_A_PIECE.matcher(t).find() || ++pieces > HEADING_PIECES) {
        return null;
      }
      joined.append(t);
      if (pieces > 1 && PageTitles.TITLE_END.matcher(t).find()) {
        String title = joined.toString();
        return PageTitles.GENERIC.matcher(Fold.fold(title)).matches() ? null : title;
      }
    }
    return null;
  }

  private HeadingPieces() {}
}
