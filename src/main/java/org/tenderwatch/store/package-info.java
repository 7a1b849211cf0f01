/**
 * The store: one embedded SQLite file ({@code <data>/tenderwatch.db}) with numbered, append-only migrations
 * ({@code src/main/resources/db/V*.sql}, listed in {@link org.tenderwatch.store.Database}), small state facts, and
 * the reads of the notice table with what hangs off it ({@link org.tenderwatch.store.NoticeStore}). The tables of
 * a feature are read and written by that feature ({@code crawl} the frontier and health, {@code screen} the lists,
 * {@code cases} the links); one notice record is written by {@code pipeline.NoticeWriter} in one transaction.
 * This package imports no feature (PackageRulesTest). Plain JDBC, so PostgreSQL can take its place when several
 * crawler nodes share one frontier.
 */
package org.tenderwatch.store;
