package org.tenderwatch.saved;

import java.time.Instant;

/**
 * A saved search as stored.
 *
 * @param owner e-mail of who saved it, or null
 * @param lastRunAt the last {@code saved run}, or null
 * @param hits every notice it matched, backfill included
 * @param unseen hits recorded after the search was added and not shown by {@code saved run} yet
 */
public record SavedSearch(
    long id, String name, String query, String owner, Instant createdAt, Instant updatedAt, Instant lastRunAt,
    int hits, int unseen) {}
