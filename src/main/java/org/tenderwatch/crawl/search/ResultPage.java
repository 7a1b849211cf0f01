package org.tenderwatch.crawl.search;

import java.net.URI;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.tenderwatch.config.SearchConfig;
import org.tenderwatch.extract.Dates;

/**
 * One result page of a portal search, read with the source's selectors: the hits (notice URL and publication time)
 * and, when the page states them, the number of results and of pages. Pure.
 */
record ResultPage(List<Hit> hits, Integer results, Integer pages) {

  /** One result: the notice link as the page gives it, and its publication time when shown. */
  record Hit(URI url, LocalDateTime published) {}

  static ResultPage read(Document doc, SearchConfig cfg) {
    List<Hit> hits = new ArrayList<>();
    for (Element item : doc.select(cfg.item())) {
      Element a = item.selectFirst(cfg.link());
      String href = a == null ? "" : a.absUrl("href");
      if (href.isBlank()) {
        continue;
      }
      LocalDateTime date = null;
      if (cfg.date() != null) {
        for (Element d : item.select(cfg.date())) {
          date = date != null ? date : Dates.parse(d.text());
        }
      }
      hits.add(new Hit(URI.create(href.strip().replace(" ", "%20")), date));
    }
    String html = doc.html();
    return new ResultPage(hits, number(cfg.total(), html), number(cfg.pageCount(), html));
  }

  private static Integer number(String regex, String html) {
    if (regex == null) {
      return null;
    }
    Matcher m = Pattern.compile(regex).matcher(html);
    return m.find() ? Integer.valueOf(m.group(1)) : null;
  }

  /** Result pages the query has, from the stated count (results first), or null when the page does not say. */
  Integer pagesFor(int pageSize) {
    if (results != null) {
      return Math.max(1, (results + pageSize - 1) / pageSize);
    }
    return pages;
  }
}
