package org.tenderwatch.crawl;

import java.net.URI;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import org.tenderwatch.archive.ArchiveReader;
import org.tenderwatch.archive.Capture;
import org.tenderwatch.archive.WarcArchive;
import org.tenderwatch.store.Database;
import org.tenderwatch.store.StoreException;

/**
 * Where the last good response of each URL lies in the archive (table fetch_journal), noted just before its record
 * is written. A pass killed after archiving a notice page but before recording its outcome leaves the URL
 * "discovered" with a journal row: the rerun replays the archived response instead of asking the portal again, so
 * nothing that reached the archive is fetched twice. Only good pages are noted (2xx, whole, no challenge,
 * rate-limit or error page): a page that must be asked again is never replayed.
 *
 * <p>A backfill's result page is journalled too, under a key of its own (the URL with a fragment naming the window
 * and page, made by crawl.search.SearchPass): POSTed result pages share one URL, and only the backfill that asked
 * for the page replays it, so a later daily pass asking the same query always asks the portal.
 *
 * <p>The same rows are the archive's index of record offsets per URL: a cluster node indexing the notices other
 * nodes stored reads each one's record (and its attachments') where the journal says, never the whole archive.
 */
public final class FetchJournal {
  private final Database db;
  private final Path archiveDir;
  private final Clock clock;

  public FetchJournal(Database db, Path archiveDir, Clock clock) {
    this.db = db;
    this.archiveDir = archiveDir;
    this.clock = clock;
  }

  /** True for a response worth replaying: a whole 2xx page that is no challenge, rate-limit or error page. */
  static boolean good(int status, boolean truncated, String error, byte[] body, String contentType) {
    return error == null && !truncated && status >= 200 && status < 300
        && PageSigns.read(body, contentType, false) == null;
  }

  /** Notes where a good response of {@code url} is about to be written. */
  void note(URI url, String file, long offset) {
    note(url.toString(), file, offset);
  }

  /** Notes where a good response journalled under {@code key} (a URL, or a result page's key) is to be written. */
  void note(String key, String file, long offset) {
    db.inTransaction(() -> {
      try (PreparedStatement ps = db.connection().prepareStatement("INSERT INTO fetch_journal (url, warc_file,"
          + " warc_offset, written_at) VALUES (?,?,?,?) ON CONFLICT(url) DO UPDATE SET warc_file=excluded.warc_file,"
          + " warc_offset=excluded.warc_offset, written_at=excluded.written_at")) {
        ps.setString(1, key);
        ps.setString(2, file);
        ps.setLong(3, offset);
        ps.setString(4, clock.instant().toString());
        ps.executeUpdate();
      }
    });
  }

  /**
   * Drops the rows of {@code keys}: a finished or split backfill window's result pages, which no run asks for again
   * (without this, every backfill left its result pages' rows for good).
   */
  void forget(java.util.Collection<String> keys) {
    db.inTransaction(() -> {
      try (PreparedStatement ps = db.connection().prepareStatement("DELETE FROM fetch_journal WHERE url = ?")) {
        for (String key : keys) {
          ps.setString(1, key);
          ps.addBatch();
        }
        ps.executeBatch();
      }
    });
  }

  /**
   * The archived good response of {@code url}, or null when there is none sound to replay: no row, or a record that
   * is missing, damaged or not yet whole (another process still writing it: its gzip member or its payload digest
   * does not check out, so it is never read as complete).
   */
  public WarcArchive.Archived replay(URI url) {
    return replay(url.toString(), url);
  }

  /** The archived good response of {@code url} journalled under {@code key}, or null. */
  WarcArchive.Archived replay(String key, URI url) {
    String file;
    long offset;
    synchronized (db) {
      try (PreparedStatement ps = db.connection().prepareStatement(
          "SELECT warc_file, warc_offset FROM fetch_journal WHERE url = ?")) {
        ps.setString(1, key);
        try (ResultSet rs = ps.executeQuery()) {
          if (!rs.next()) {
            return null;
          }
          file = rs.getString(1);
          offset = rs.getLong(2);
        }
      } catch (SQLException e) {
        throw new StoreException("fetch journal lookup of " + url + ": " + e.getMessage(), e);
      }
    }
    WarcArchive.Archived a = ArchiveReader.readAt(archiveDir, file, offset, url);
    Capture c = a == null ? null : a.capture();
    // checked again as read: a journal row is never a reason to hand on a page that must be asked again
    return c != null && good(c.status(), c.truncated(), null, c.body(), c.header("content-type")) ? a : null;
  }
}
