/**
 * Saved searches: a query an analyst keeps under a name, its preview and backfill when added, and the notices it
 * matches from then on. The searches live in SQL (the source of truth) and, parsed, in a Lucene Monitor persisted
 * beside the index, so that every notice is matched against all of them once, as it is indexed
 * ({@link org.tenderwatch.saved.SavedSearches#onIndexed}). Hits are rows in SQL: what {@code saved run} shows is
 * the hits not seen yet; what was already indexed when a search was added counts as existing, never as new.
 */
package org.tenderwatch.saved;
