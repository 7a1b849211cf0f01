package org.tenderwatch.index;

/**
 * One notice found by a search, with what a result list shows.
 *
 * @param publishedAt ISO local date-time in China time ("2024-05-01T09:30:00"), or null
 * @param highlight the best passage of the notice text, query terms marked «term»; null if the notice
 *     has no text
 */
public record SearchHit(
    String id, String title, String type, String source, String buyer, String publishedAt, float score, String highlight) {}
