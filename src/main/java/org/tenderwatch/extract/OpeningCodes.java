package org.tenderwatch.extract;

import java.util.List;
import java.util.regex.Pattern;
import org.tenderwatch.extract.TextRender.Line;

/**
 * A project number set alone, with no label, on the line that opens the body: 龙游县公共资源交易中心's works tenders
 * open with "LYSG2021-069-048" in bold over "1. 招标条件". Read only when no label names a number, and only a code
 * shaped as one (Latin letters, a year, then digits: "LYSG2021-069-048", "ZJCG-2021-0012"): a bare figure, a date
 * or a word on that line is not a number. Also the code a title gives in brackets after the project's name, no
 * label ("某某设备采购项目（SCZC2024-G-001）公开招标公告", "…（湘财采计〔2024〕12号）招标公告", {@link #inTitle}).
 */
final class OpeningCodes {

  /**
   * Letters, a year (19xx/20xx), then groups of digits (a group may open with a letter or two), dashes between; or
   * letters, a date written yymmdd, then a dash and a serial ("CNJS101105-144", an agency's number for its notice
   * of that day: the date alone, no serial, could be any stamp).
   */
  private static final Pattern SHAPE =
      Pattern.compile("^[A-Z]{2,12}[-_]?(?:(?:19|20)\\d{2}(?:[-_]?[A-Z]{0,2}\\d++)++"
          + "|\\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])[-_]\\d{1,4})$");
  /** A code is short; a longer line is text (and the pattern is then never tried on it). */
  private static final int MAX_CODE = 40;

  /**
   * A code in brackets closing the project's name, only the notice's kind after it ("（SCZC2024-G-001）公开招标公告"):
   * Latin letters and digits with dashes, six digits at least, so a model ("（DS-2CD3T46）"), a year range
   * ("（2024-2025）") or a batch ("（第二批）") is none.
   */
  private static final Pattern TITLE_CODE = Pattern.compile(
      "[(\\[【]([A-Z0-9][A-Z0-9\\-_/.]{4,38}[A-Z0-9])[)\\]】]\\s*\\p{IsHan}{0,12}$", Pattern.CASE_INSENSITIVE);
  /**
   * A finance office's document-style number in brackets closing the project's name, the notice's kind after it
   * ("某某设备采购项目（湘财采计〔2024〕0012号）招标公告"): a short Chinese prefix, the year in brackets, a serial.
   */
  private static final Pattern TITLE_DOC_NO = Pattern.compile(
      "[(【]([\\p{IsHan}]{1,10}[〔\\[【(]20\\d{2}[〕\\]】)]\\p{IsHan}{0,4}\\d{1,8}号?)[)】]\\s*\\p{IsHan}{0,12}$");
  private static final Pattern YEARS_OR_DATE = Pattern.compile("^(?:19|20)\\d{2}(?:[-./](?:19|20)\\d{2}|[-./]\\d{1,2}[-./]\\d{1,2})$");
  private static final int CODE_DIGITS = 6;

  private OpeningCodes() {}

  /** The code in brackets after the project's name in the title ({@link #TITLE_CODE}), or null. */
  static String inTitle(String title) {
    if (title == null) {
      return null;
    }
    String t = title.strip();
    java.util.regex.Matcher doc = TITLE_DOC_NO.matcher(Fold.fold(t));
    if (doc.find()) {
      return t.substring(doc.start(1), doc.end(1));
    }
    int space = t.lastIndexOf(' ');
    String last = space < 0 ? "" : t.substring(space + 1);
    if (last.length() <= MAX_CODE && SHAPE.matcher(Fold.fold(last)).matches()) {
      return last; // "某某设备采购项目招标公告 ZB-2024-012": a code after the title, a space before it
    }
    java.util.regex.Matcher m = TITLE_CODE.matcher(Fold.fold(t));
    if (!m.find()) {
      return null;
    }
    String code = m.group(1);
    boolean shaped = code.chars().filter(Character::isDigit).count() >= CODE_DIGITS
        && code.chars().anyMatch(c -> c == '-' || Character.isLetter(c)) && !YEARS_OR_DATE.matcher(code).matches();
    // as written: the folded title has the same offsets (Fold keeps lengths)
    return shaped ? t.substring(m.start(1), m.end(1)) : null;
  }

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
