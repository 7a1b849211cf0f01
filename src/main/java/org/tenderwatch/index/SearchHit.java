package org.tenderwatch.index;

import java.math.BigDecimal;

/**
 * One notice found by a search, with what a result list shows.
 *
 * @param publishedAt ISO local date-time in China time ("2024-05-01T09:30:00"), or null
 * @param score the relevance score (also computed when sorting by date or amount); NaN if not computed
 * @param highlight the best passage of the notice text, query terms marked «term»; null if the notice
 *     has no text
 * @param budgetCny the budget in yuan, or null
 * @param awardCny the award amount in yuan, or null
 * @param url the notice page on the portal, or null
 */
public record SearchHit(
    String id,
    String title,
    String type,
    String source,
    String buyer,
    String publishedAt,
    float score,
    String highlight,
    BigDecimal budgetCny,
    BigDecimal awardCny,
    String url) {

  /** A hit without amounts and link. */
  public SearchHit(
      String id, String title, String type, String source, String buyer, String publishedAt, float score,
      String highlight) {
    this(id, title, type, source, buyer, publishedAt, score, highlight, null, null, null);
  }
}
