package org.tenderwatch.extract;

import java.time.LocalDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The publication date a title block carries after its title: after a line break ("<div class=AfficheTitle>某项目<br>
 * 2021-06-28</div>"), after a space ("…公告 发布时间：2024年3月5日 10:00"), or in a span set straight after the title
 * ("<h2>…中标公告<span>发布时间：2024-05-10</span></h2>", the span floated right by the page's style). The page's stamp,
 * not part of the title; the date may stand in brackets ("…成交公告【2024-05-10】", "…成交公告（2024-05-10）").
 */
final class HeadingDates {

  /** The date (group 1) ending a heading: labelled, after white space, or glued to the notice word before it. */
  private static final Pattern TRAILING = Pattern.compile(
      "(?:\\s*(?:发布|公告|公示|更新)(?:时间|日期)\\s*[:：]\\s*|\\s+|(?<=公告|公示)|\\s*(?=[【\\[(（]))[【\\[(（]?"
          + "(\\d{4}\\s*[-/.年]\\s*\\d{1,2}\\s*[-/.月]\\s*\\d{1,2}\\s*日?(?:\\s*\\d{1,2}:\\d{2}(?::\\d{2})?)?)"
          + "\\s*[】\\])）]?\\s*$");

  /**
   * A page's metadata run set in the heading after the title ("…公告<small>发布日期：2024-05-10 浏览：12</small>",
   * "…公告<span>来源：某区财政局 时间：…</span>", 新点's tdTitle "…公告<br>[发布时间：2024-05-10]"): from the first
   * metadata label after the notice word to the end, or its tools ("【打印】【关闭】", "字号：大 中 小"); the labels are
   * the page's, never a title's words.
   */
  private static final Pattern METADATA = Pattern.compile("(?<=公告|公示|结果|[)）])\\s*[\\[【(（]?\\s*"
      + "(?:(?:(?:发布|公告|公示|信息|更新|录入)?(?:时间|日期)|(?:信息)?来源|浏览(?:次数)?|点击(?:数|次数)?|阅读(?:次数)?|作者"
      + "|字号|字体)\\s*[:：]|(?<=[\\[【])\\s*(?:打印|关闭|收藏|分享)).*$");

  private HeadingDates() {}

  /** A heading's text without the date or the metadata run after it. */
  static String without(String text) {
    // the metadata run first: a bracketed one ("[发布时间：…]") would leave its opening bracket to the date's cut
    return TRAILING.matcher(METADATA.matcher(text).replaceFirst("")).replaceFirst("");
  }

  /**
   * The date a notice's heading carries after its title, or null: the first title-like element that ends as a notice
   * title does before its date, holding no link (a sidebar's item is another notice and its date).
   */
  static LocalDateTime stamp(Document doc) {
    for (Element e : doc.select(PageTitles.TITLE_LIKE)) {
      String t = TextRender.clean(e.text());
      Matcher m = TRAILING.matcher(t);
      if (m.find() && e.selectFirst("a") == null && PageTitles.TITLE_END.matcher(t.substring(0, m.start()).strip()).find()
          && !PageTitles.frame(e, t)) {
        return Dates.parse(m.group(1));
      }
    }
    return null;
  }
}
