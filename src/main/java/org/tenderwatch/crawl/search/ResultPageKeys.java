package org.tenderwatch.crawl.search;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * The fetch journal's keys of a backfill's result pages: the page's URL with a fragment naming the source, the
 * window and the page, since a POSTed search has one URL for every query.
 */
final class ResultPageKeys {
  private ResultPageKeys() {}

  static String key(URI url, String sourceId, Window w, int page) {
    return url + "#backfill " + sourceId + " " + w.term() + " " + w.from() + ".." + w.to() + " page " + page;
  }

  /** The keys of the window's first {@code pages} result pages, from {@code firstPage}. */
  static List<String> every(String sourceId, Window w, int firstPage, int pages, IntFunction<URI> url) {
    List<String> keys = new ArrayList<>(pages);
    for (int page = firstPage; page < firstPage + pages; page++) {
      keys.add(key(url.apply(page), sourceId, w, page));
    }
    return keys;
  }
}
