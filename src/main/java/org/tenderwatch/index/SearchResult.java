package org.tenderwatch.index;

import java.util.List;
import java.util.Map;

/**
 * @param total every notice the query matches (exact, not capped at the page size)
 * @param hits the hits of the requested page, in the requested order
 * @param facets dimension (source, type, flag, region, month) → values with their counts over all matching
 *     notices, most frequent first; empty when not asked for
 * @param page the 1-based page number
 * @param size the page size asked for
 */
public record SearchResult(long total, List<SearchHit> hits, Map<String, List<FacetCount>> facets, int page, int size) {
  public SearchResult {
    hits = List.copyOf(hits);
    facets = facets == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(facets));
  }

  /** A first page without facets. */
  public SearchResult(long total, List<SearchHit> hits) {
    this(total, hits, Map.of(), 1, hits.size());
  }

  /** One facet value: "ccgp" 17, "2024-04" 3. */
  public record FacetCount(String value, long count) {}
}
