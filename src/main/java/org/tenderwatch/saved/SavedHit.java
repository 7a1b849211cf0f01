package org.tenderwatch.saved;

/**
 * A notice a saved search matched, with what a list shows.
 *
 * @param publishedAt as stored (ISO local date-time, China time), or null
 * @param matchedAt when the search matched it (ISO instant)
 */
public record SavedHit(
    String search, String noticeId, String title, String type, String buyer, String publishedAt, String url,
    String matchedAt) {}
