package org.tenderwatch.crawl;

import java.net.URI;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.tenderwatch.archive.Capture;
import org.tenderwatch.config.SourceConfig;
import org.tenderwatch.extract.HtmlDecoder;

/**
 * One walk over one HTML list, newest page first: the page pattern (index_1.htm …, list_2.html …, ?page=N) or the
 * next-page link, until the end of the list, a page of known notices, {@code since}, the stated page count or
 * crawl.maxListPages. A list page without its container is a challenge (the source is blocked) or a changed layout.
 */
final class HtmlListWalk extends ListWalk {
  HtmlListWalk(ListWalk.Parts parts, java.util.function.Consumer<SourceCrawler.CapReached> capReached) {
    super(parts, capReached);
  }

  void walk(URI first, LocalDate since) {
    boolean resume = log.beginWalk(first);
    if (walkPages(first, since, resume) && !stopped.getAsBoolean()) {
      log.endWalk(first);
    }
  }

  /** True when the walk ended normally (end, known page, since, page cap); false when a page failed. */
  private boolean walkPages(URI first, LocalDate since, boolean resume) {
    URI page = first;
    int last = maxListPages;
    int stated = Integer.MAX_VALUE;
    CapWatch cap = new CapWatch(source.id(), first, tally);
    for (int n = 0; n < last && page != null && !stopped.getAsBoolean(); n++) {
      PageFetcher.Fetched f = pages.fetch(page, Capture.Kind.list, null, null, null, null);
      Capture c = f.capture();
      if (c != null && c.status() == 404 && n > 0) {
        return true; // index_N.htm past the last page: the normal end of a ccgp list
      }
      if (!pages.usable(f, page, "list", null)) {
        return false;
      }
      tally.listPages++;
      Document doc = HtmlDecoder.decode(c.body(), c.header("content-type"), page.toString());
      if (doc.selectFirst(source.html().container()) == null) {
        noContainer(log, tally, page, c, source.html().container());
        return false;
      }
      if (n == 0) {
        stated = pageCount(doc);
        last = Math.min(last, stated);
      }
      List<NoticeFetch.ListItem> items = items(doc);
      cap.saw(items);
      progress.run();
      if (items.isEmpty() || !notices.visit(items, since, resume)) {
        return true;
      }
      page = next(first, doc, n + 1);
    }
    if (page != null && stated > maxListPages) {
      cap.capReached(stopped, capReached);
    }
    return true;
  }

  /**
   * A list or result page without its container: a challenge page (the source is blocked) or a changed layout.
   * Shared with {@link SourceCrawler#listPage} (a search source's result pages).
   */
  /** Links a page needs to be the site's own page rather than a challenge (a challenge page has none). */
  private static final int SITE_LINKS = 5;

  static void noContainer(FrontierLog log, CrawlTally tally, URI page, Capture c, String container) {
    // a real list page carries the portal's bot script too; one with the site's links is a page whose layout (or
    // whose configured selector) does not match, not a challenge, which shows a script and nothing to follow
    boolean site = HtmlDecoder.decode(c.body(), c.header("content-type"), page.toString())
        .select("a[href]").size() >= SITE_LINKS;
    PageSigns.Found sign = PageSigns.read(c.body(), c.header("content-type"), site);
    if (sign != null && sign.kind() == PageSigns.Kind.challenge) {
      log.block(page, "list", null, sign.why());
      return;
    }
    tally.parseFailures++;
    log.failure(page, "list", null, c.status(), "parse failure: no '" + container + "' on the list page (did the portal change its layout?)", null);
  }

  /** The list's page count when the page states it (saves a 404 per channel and pass), else no limit. */
  private int pageCount(Document doc) {
    if (source.html().pageCount() == null) {
      return Integer.MAX_VALUE;
    }
    var m = java.util.regex.Pattern.compile(source.html().pageCount()).matcher(doc.html());
    return m.find() ? Math.max(1, Integer.parseInt(m.group(1))) : Integer.MAX_VALUE;
  }

  private List<NoticeFetch.ListItem> items(Document doc) {
    List<NoticeFetch.ListItem> items = new ArrayList<>();
    for (Element li : doc.select(source.html().item())) {
      Element a = li.selectFirst(source.html().link());
      if (a == null || a.absUrl("href").isBlank()) {
        continue;
      }
      LocalDateTime date = null;
      if (source.html().date() != null) {
        for (Element d : li.select(source.html().date())) {
          date = date != null ? date : Dates.parse(d.text(), zone);
        }
      }
      String title = a.hasAttr("title") && !a.attr("title").isBlank() ? a.attr("title") : a.text();
      items.add(new NoticeFetch.ListItem(source.rewrite(URI.create(a.absUrl("href").replace(" ", "%20"))), date,
          title));
    }
    return items;
  }

  /** The next list page: by the pattern when there is one, else the next-page link (none: the list ends). */
  private URI next(URI first, Document doc, int index) {
    SourceConfig.Html h = source.html();
    if (h.pagePattern() != null) {
      return h.page(first, index);
    }
    Element next = doc.selectFirst(h.nextLink());
    String href = next == null ? "" : next.absUrl("href");
    // the last page's 下一页 is often javascript:void(0), "#" or the page itself: the list ends there
    if (!href.startsWith("http") || href.replaceFirst("#.*$", "").equals(doc.location())) {
      return null;
    }
    return URI.create(href.replace(" ", "%20"));
  }
}
