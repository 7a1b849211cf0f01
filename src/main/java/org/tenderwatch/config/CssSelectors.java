package org.tenderwatch.config;

import org.jsoup.select.QueryParser;
import org.jsoup.select.Selector;

/** Checks CSS selectors when the config is read, so that a typo is a config error naming its key, not a crash. */
final class CssSelectors {
  private CssSelectors() {}

  /** @throws IllegalArgumentException naming {@code key} when {@code css} is given and does not parse */
  static void check(String key, String css) {
    if (css == null || css.isBlank()) {
      return;
    }
    try {
      QueryParser.parse(css);
    } catch (Selector.SelectorParseException e) {
      throw new IllegalArgumentException(key + ": not a CSS selector '" + css + "' (" + e.getMessage() + ")");
    }
  }
}
