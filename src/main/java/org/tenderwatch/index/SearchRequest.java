package org.tenderwatch.index;

/**
 * One page of a search.
 *
 * @param query classic Lucene syntax (see {@link NoticeIndex#search(String, int)})
 * @param sort relevance (best first), date (newest first) or amount (largest award, else budget, first)
 * @param page 1-based page number
 * @param size hits per page
 * @param facets whether to count the matching notices per source, type, flag, region and month
 */
public record SearchRequest(String query, Sort sort, int page, int size, boolean facets) {
  /** How hits are ordered; notices without a date or amount come last when sorting by it. */
  public enum Sort {
    relevance,
    date,
    amount
  }

  /** The deepest hit a page may reach (as Elasticsearch's max_result_window): a safety bound, not a preference. */
  public static final int MAX_WINDOW = 10_000;

  public SearchRequest {
    if (sort == null) {
      sort = Sort.relevance;
    }
    if (page < 1) {
      throw new IllegalArgumentException("page must be 1 or more, not " + page);
    }
    if (size < 0 || size > 1000) {
      throw new IllegalArgumentException("page size must be 0..1000, not " + size);
    }
    if ((long) page * size > MAX_WINDOW) {
      // Lucene collects every hit up to the page's end: a page far out would allocate without bound
      throw new IllegalArgumentException("page " + page + " of " + size + " reaches past hit " + MAX_WINDOW
          + ", the deepest that can be paged to: narrow the query or sort differently");
    }
  }

  /** How many hits come before this page. */
  int offset() {
    return (page - 1) * size;
  }
}
