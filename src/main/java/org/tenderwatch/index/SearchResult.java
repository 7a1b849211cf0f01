package org.tenderwatch.index;

import java.util.List;

/**
 * @param total every notice the query matches (exact, not capped at the page size)
 * @param hits the best {@code limit} of them, best first
 */
public record SearchResult(long total, List<SearchHit> hits) {
  public SearchResult {
    hits = List.copyOf(hits);
  }
}
