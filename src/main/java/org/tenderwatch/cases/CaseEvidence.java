package org.tenderwatch.cases;

import java.time.LocalDateTime;
import java.util.List;

/**
 * What the linking rules look at in one notice, in the order they trust it.
 *
 * @param noticeId the stored notice's id
 * @param relatedUrls the portal's own links to the other notices of the procurement, empty when it gives none
 * @param caseKey the normalized project number, or null
 * @param buyer the buyer, or null
 * @param title the title, or null
 * @param publishedAt the publication time, or null
 */
public record CaseEvidence(
    String noticeId, List<String> relatedUrls, String caseKey, String buyer, String title,
    LocalDateTime publishedAt) {

  public CaseEvidence {
    relatedUrls = relatedUrls == null ? List.of() : List.copyOf(relatedUrls);
  }
}
