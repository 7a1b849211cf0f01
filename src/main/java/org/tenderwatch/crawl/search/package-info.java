/**
 * Discovery through a portal's own search: a source of kind search asks the portal for every lexicon term, time
 * window by time window (split while a window has more results than the portal pages through), and hands each hit
 * to the crawler of the source whose notices they are, so a hit takes the ordinary notice path and id. Owns its
 * tables: the backfill windows ({@link org.tenderwatch.crawl.search.SearchWindows}, what makes a backfill resumable)
 * and the channel gaps ({@link org.tenderwatch.crawl.search.Gaps}, recorded by channel walks, filled by search
 * passes).
 */
package org.tenderwatch.crawl.search;
