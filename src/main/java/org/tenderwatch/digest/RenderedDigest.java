package org.tenderwatch.digest;

/**
 * A digest as it is mailed.
 *
 * @param flaggedCases items that are in it for a followed flag category
 * @param searchHits items that are in it for a followed saved search
 */
public record RenderedDigest(String subject, String text, String html, int flaggedCases, int searchHits) {}
