package org.tenderwatch.extract;

import java.util.List;
import java.util.regex.Pattern;
import org.tenderwatch.extract.TextRender.Line;

/**
 * A project number set alone, with no label, on the line that opens the body: 龙游县公共资源交易中心's works tenders
 * open with "LYSG2021-069-048" in bold over "1. 招标条件". Read only when no label names a number, and only a code
 * shaped as one (Latin letters, a year, then digits: "LYSG2021-069-048", "ZJCG-2021-0012"): a bare figure, a date
 * or a word on that line is not a number.
 */
final class OpeningCodes {

  /** Letters, a year (19xx/20xx), then groups of digits (a group may open with a letter or two), dashes between. */
  private static final Pattern SHAPE =
      Pattern.compile("^[A-Z]{2,12}[-_]?(?:19|20)\\d{2}(?:[-_]?[A-Z]{0,2}\\d++)++$");
  /** A code is short; a longer line is text (and the pattern is then never tried on it). */
  private static final int MAX_CODE = 40;

  private OpeningCodes() {}

  /**
   * The code on the body's first line (the one after the title, when the body repeats it first), or on the first
   * line of the text under the site's head and the notice's heading ({@link SiteFrame#opening}), or null.
   */
  static String projectNo(List<Line> body, String title) {
    String code = first(body, title);
    return code != null ? code : first(SiteFrame.opening(body, title), title);
  }

  private static String first(List<Line> body, String title) {
    String heading = title == null ? "" : Fold.fold(title).strip();
    boolean titleSeen = false;
    for (Line l : body) {
      String t = Fold.fold(l.text()).strip();
      if (t.isEmpty()) {
        continue;
      }
      if (!l.isRow() && t.length() <= MAX_CODE && SHAPE.matcher(t).matches()) {
        return l.text().strip();
      }
      if (titleSeen || l.isRow() || !t.equals(heading)) {
        return null;
      }
      titleSeen = true;
    }
    return null;
  }
}
