package org.tenderwatch.extract;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a ccgp page is read by, found in one walk over the page (a selector per item walked it once each):
 * the first {@code div.vF_detail_header, div.vT_detail_header} and {@code div.vF_detail_content,
 * div.vT_detail_content}, the content of the first {@code meta[name=ArticleTitle]} and
 * {@code meta[name=PubDate]} that has one, the summary table ({@code div.vF_detail_main div.table,
 * div.vT_detail_main div.table, div.table:has(td.title)}), and the text of every {@code span#pubTime}, as jsoup's selectors give
 * them (class and attribute value ignore case, the attribute value is trimmed, the id is exact).
 */
record CcgpLandmarks(Element header, Element content, Element summaryTable, String metaTitle, String metaPubDate,
    String pubTime) {
  static CcgpLandmarks of(Document doc) {
    Element header = null;
    Element content = null;
    Element summaryTable = null;
    String metaTitle = "";
    String metaPubDate = "";
    List<String> pubTime = new ArrayList<>();
    for (Element e : doc.getAllElements()) {
      switch (e.normalName()) {
        case "div" -> {
          if (header == null && (e.hasClass("vF_detail_header") || e.hasClass("vT_detail_header"))) {
            header = e;
          }
          if (content == null && (e.hasClass("vF_detail_content") || e.hasClass("vT_detail_content"))) {
            content = e;
          }
          if (summaryTable == null && e.hasClass("table") && isSummaryTable(e)) {
            summaryTable = e;
          }
        }
        case "meta" -> {
          String name = e.attr("name").trim();
          if (metaTitle.isEmpty() && name.equalsIgnoreCase("ArticleTitle") && e.hasAttr("content")) {
            metaTitle = e.attr("content");
          } else if (metaPubDate.isEmpty() && name.equalsIgnoreCase("PubDate") && e.hasAttr("content")) {
            metaPubDate = e.attr("content");
          }
        }
        case "span" -> {
          if (e.id().equals("pubTime")) {
            pubTime.add(e.text());
          }
        }
        default -> {
          // not a landmark
        }
      }
    }
    return new CcgpLandmarks(header, content, summaryTable, metaTitle, metaPubDate, String.join(" ", pubTime));
  }

  /** A div.table inside a div.vF_detail_main or div.vT_detail_main, or holding a td.title. */
  private static boolean isSummaryTable(Element table) {
    for (Element p = table.parent(); p != null; p = p.parent()) {
      if (p.normalName().equals("div") && (p.hasClass("vF_detail_main") || p.hasClass("vT_detail_main"))) {
        return true;
      }
    }
    for (Element d : table.getElementsByTag("td")) {
      if (d.hasClass("title")) {
        return true;
      }
    }
    return false;
  }
}
