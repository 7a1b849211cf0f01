package org.tenderwatch.config;

import static org.tenderwatch.config.FlagConfig.require;

import java.util.List;

/**
 * The {@code search:} block of a source of kind search: how to ask a portal's own search for one term in one time
 * window, page by page, and whose notices the hits are. Every key is required (the source file is where its values
 * live and are explained).
 *
 * @param notices id of the source whose notices the hits are: they are fetched, archived, parsed and stored as that
 *     source's notices, so a notice found by search and by a channel walk is one notice
 * @param url the result page template: {term} (URL-encoded), {from}, {to} (dates in {@code dateFormat}), {page}
 * @param dateFormat the portal's date form in the URL (bxsearch: yyyy:MM:dd)
 * @param firstPage the number of the first result page
 * @param pageSize results per page
 * @param maxPages the deepest result page the portal serves; a window with more results is split
 * @param container selector of the result list; a page without it is a challenge page or a changed layout
 * @param item selector of one result
 * @param link selector, inside a result, of the notice link
 * @param date selector, inside a result, of the element holding the publication time
 * @param total a regular expression whose group 1 is the number of results of the query, or null
 * @param pageCount a regular expression whose group 1 is the number of result pages, or null
 * @param windowDays a backfill starts with windows this many days long (split when they overflow)
 * @param recentDays the daily search pass covers today and this many days before
 * @param lexicon true: every term of config/flags.yaml is a query
 * @param terms more queries beyond the lexicon (may be empty)
 * @param api null for an HTML result page (container, item, link, date are CSS selectors, total and pageCount
 *     regular expressions); else the portal answers JSON ({@link SearchApi}): total and pageCount are then dot paths
 *     into the response, and the placeholders may sit in the POST body instead of the URL
 */
public record SearchConfig(
    String notices,
    String url,
    String dateFormat,
    int firstPage,
    int pageSize,
    int maxPages,
    String container,
    String item,
    String link,
    String date,
    String total,
    String pageCount,
    int windowDays,
    int recentDays,
    boolean lexicon,
    List<String> terms,
    SearchApi api) {

  public SearchConfig {
    require(notices != null && !notices.isBlank(), "search.notices: the id of the source whose notices the hits are");
    String asked = url + (api == null || api.body() == null ? "" : api.body());
    require(url != null && asked.contains("{term}") && asked.contains("{page}") && asked.contains("{from}")
        && asked.contains("{to}"), "search.url: needs {term}, {from}, {to} and {page} (or api.body)");
    require(dateFormat != null && !dateFormat.isBlank(), "search.dateFormat: missing");
    try {
      java.time.format.DateTimeFormatter.ofPattern(dateFormat, java.util.Locale.ROOT);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("search.dateFormat: not a date pattern: " + e.getMessage());
    }
    require(pageSize > 0, "search.pageSize: results per page, more than 0");
    require(maxPages > 0, "search.maxPages: the portal's deepest page, more than 0");
    require(api != null || container != null && !container.isBlank(), "search.container: missing");
    require(api != null || item != null && !item.isBlank(), "search.item: missing");
    require(api != null || link != null && !link.isBlank(), "search.link: missing");
    require(total != null || pageCount != null, "search.total or search.pageCount: needed to see an overflowing window");
    if (api == null) {
      group(total, "search.total");
      group(pageCount, "search.pageCount");
    }
    require(windowDays > 0, "search.windowDays: more than 0 days");
    require(recentDays >= 0, "search.recentDays: 0 or more days");
    terms = terms == null ? List.of() : List.copyOf(terms);
    require(lexicon || !terms.isEmpty(), "search: lexicon is false and terms is empty: nothing to search for");
  }

  /** The sixteen keys before JSON search APIs (an HTML result page). */
  public SearchConfig(String notices, String url, String dateFormat, int firstPage, int pageSize, int maxPages,
      String container, String item, String link, String date, String total, String pageCount, int windowDays,
      int recentDays, boolean lexicon, List<String> terms) {
    this(notices, url, dateFormat, firstPage, pageSize, maxPages, container, item, link, date, total, pageCount,
        windowDays, recentDays, lexicon, terms, null);
  }

  private static void group(String regex, String key) {
    if (regex == null) {
      return;
    }
    try {
      require(java.util.regex.Pattern.compile(regex).matcher("").groupCount() >= 1, key + ": needs a group (…)");
    } catch (java.util.regex.PatternSyntaxException e) {
      throw new IllegalArgumentException(key + ": not a regular expression: " + e.getDescription());
    }
  }
}
