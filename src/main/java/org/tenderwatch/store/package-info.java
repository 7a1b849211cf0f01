/**
 * The store: one embedded SQLite file ({@code <data>/tenderwatch.db}) with numbered, append-only migrations
 * ({@code src/main/resources/db/V*.sql}). It holds the frontier, notices, attachments, suppliers, flags and the
 * links that group the notices of one procurement into a case. Plain JDBC, so PostgreSQL can take its place when
 * several crawler nodes share one frontier. Every write of a notice is keyed by its stable id and replaces what
 * was there, in one transaction: a re-run or a crash never duplicates or half-writes a notice.
 */
package org.tenderwatch.store;
