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
  }

  /** How many hits come before this page. */
  int offset() {
    return (page - 1) * size;
  }
}
