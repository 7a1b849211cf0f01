/**
 * Search index: one Lucene index of notice text and fields on disk, and the one analyzer
 * ({@link org.tenderwatch.text.TenderAnalyzer}) that both search and flag matching use, so a word
 * an analyst searches for is cut exactly like the flag rules and the notice text. Notices are written
 * idempotently by their stable id ({@link org.tenderwatch.index.NoticeIndex#upsert}); searches take
 * classic Lucene query syntax over named fields and return hits with highlighted passages. The index
 * is derived data: SQL and the WARC archive are the source of truth, and {@code reindex} rebuilds it.
 */
package org.tenderwatch.index;
