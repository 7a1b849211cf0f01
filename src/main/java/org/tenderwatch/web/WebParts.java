package org.tenderwatch.web;

import java.nio.file.Path;
import org.tenderwatch.cases.CaseStore;
import org.tenderwatch.config.FlagConfig;
import org.tenderwatch.index.NoticeIndex;
import org.tenderwatch.saved.SavedSearches;
import org.tenderwatch.store.Database;
import org.tenderwatch.store.NoticeStore;

/**
 * What the web UI reads and writes: the same store, index and saved searches the CLI and the crawler use (the
 * {@code run} daemon passes its own, so a crawl's notices show up at once).
 *
 * @param archiveDir the WARC folder; archived copies are looked up by record id in the database, then read here
 */
public record WebParts(
    NoticeStore store, CaseStore cases, NoticeIndex index, SavedSearches saved, Database db, FlagConfig flags, Path archiveDir) {
}
