/**
 * The crawl: one pass over a source's list pages (HTML with pagination, or a paged JSON API), its notice pages and
 * their attachments. Only the portal's own (logical) URLs circulate here; {@link org.tenderwatch.crawl.BaseUrls}
 * turns them into the URL actually fetched at the last moment, so a mirror or a test server can stand in for the
 * portal with {@code --base-url}. The fetcher is polite (per-host delay, User-Agent, timeouts, size cap, retries
 * with back-off) and returns failures as values: one bad page never stops a crawl. Every response is archived
 * before it is parsed. The crawl owns its tables: the {@link org.tenderwatch.crawl.Frontier} and the source health
 * ({@link org.tenderwatch.crawl.HealthStore}).
 */
package org.tenderwatch.crawl;
