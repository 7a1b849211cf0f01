package org.tenderwatch.crawl.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tenderwatch.config.FlagConfig;
import org.tenderwatch.config.SearchConfig;

/**
 * The queries of a search source: every term of config/flags.yaml (so a new term is searched without a code change),
 * the source's own extra terms and, when asked, the plain terms of the saved searches (search.savedSearches). A portal's keyword search matches inside words, so a one-character term (卡)
 * would return every notice of a window; those are left out. Context words ({@code near}) are not queries: the
 * flag rules judge each hit after it is fetched.
 */
public final class SearchTerms {
  private SearchTerms() {}

  public static List<String> of(FlagConfig flags, SearchConfig search) {
    return of(flags, search, List.of());
  }

  /** The same, then {@code more} (the saved searches' plain terms), each term once whatever its case. */
  public static List<String> of(FlagConfig flags, SearchConfig search, List<String> more) {
    Map<String, String> byFolded = new LinkedHashMap<>();
    if (search.lexicon()) {
      for (FlagConfig.Category c : flags.categories().values()) {
        for (FlagConfig.Rule r : c.rules()) {
          r.terms().forEach(t -> add(byFolded, t));
        }
      }
    }
    search.terms().forEach(t -> add(byFolded, t));
    more.forEach(t -> add(byFolded, t));
    return List.copyOf(byFolded.values());
  }

  private static void add(Map<String, String> byFolded, String term) {
    String t = term == null ? "" : term.strip();
    if (t.codePointCount(0, t.length()) >= 2) {
      byFolded.putIfAbsent(t.toLowerCase(Locale.ROOT), t);
    }
  }
}
