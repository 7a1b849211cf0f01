package org.tenderwatch.crawl;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import org.tenderwatch.store.Database;
import org.tenderwatch.store.StoreException;

/**
 * Every URL the crawler has met and what happened to it last. A failed fetch is a stored state with its cause
 * and attempt count, never a lost URL.
 */
public final class Frontier {

  /** The states a URL can be in. */
  public enum Status {
    discovered,
    fetched,
    not_modified,
    failed,
    gone,
    blocked
  }

  private final Database db;

  public Frontier(Database db) {
    this.db = db;
  }

  /**
   * What the frontier knows about one URL.
   *
   * @param failures consecutive failed fetches (0 after a success)
   * @param nextFetchAt when it is due again, or null for never
   */
  public record Entry(String url, String source, String kind, String noticeId, Status status, Integer httpStatus,
      String cause, int attempts, int failures, String etag, String lastModified, String sha256,
      Instant nextFetchAt, java.time.LocalDateTime publishedAt) {

    public boolean dueAt(Instant now) {
      return nextFetchAt != null && !nextFetchAt.isAfter(now);
    }
  }

  /**
   * The outcome of one fetch, to record.
   *
   * @param etag the response's ETag, or null (an earlier one is kept)
   * @param lastModified the response's Last-Modified, or null (an earlier one is kept)
   * @param nextFetchAt when the URL is due again, null for never
   * @param publishedAt the notice's publication time when known, else null (an earlier one is kept)
   */
  public record Outcome(String url, String source, String kind, String noticeId, Status status, Integer httpStatus,
      String cause, String sha256, String etag, String lastModified, Instant nextFetchAt,
      java.time.LocalDateTime publishedAt) {}

  /** The journal of archived good responses kept beside this frontier (same database). */
  FetchJournal journal(java.nio.file.Path archiveDir, java.time.Clock clock) {
    return new FetchJournal(db, archiveDir, clock);
  }

  /** The status of a URL, or null when it was never seen. */
  public Status status(String url) {
    Entry e = entry(url);
    return e == null ? null : e.status();
  }

  /** True when the URL was fetched and extracted before (so a pass need not fetch it again). */
  public boolean isDone(String url) {
    Status s = status(url);
    return s == Status.fetched || s == Status.not_modified || s == Status.gone;
  }

  private static final String COLUMNS = "url, source, kind, notice_id, status, http_status, cause, attempts, failures,"
      + " etag, last_modified, sha256, next_fetch_at, published_at";

  /** Everything known about a URL, or null. */
  public Entry entry(String url) {
    synchronized (db) {
      try (PreparedStatement ps = db.connection().prepareStatement(
          "SELECT " + COLUMNS + " FROM frontier WHERE url = ?")) {
        ps.setString(1, url);
        try (ResultSet rs = ps.executeQuery()) {
          return rs.next() ? entry(rs) : null;
        }
      } catch (SQLException e) {
        throw new StoreException("frontier lookup of " + url + ": " + e.getMessage(), e);
      }
    }
  }

  /** URLs of one source and kind due for a fetch at {@code now}, the longest overdue first. */
  public java.util.List<Entry> due(String source, String kind, Instant now, int limit) {
    var out = new java.util.ArrayList<Entry>();
    synchronized (db) {
      try (PreparedStatement ps = db.connection().prepareStatement("SELECT " + COLUMNS + " FROM frontier"
          + " WHERE source = ? AND kind = ? AND next_fetch_at IS NOT NULL AND next_fetch_at <= ?"
          + " AND status IN ('fetched','not_modified','failed') ORDER BY next_fetch_at LIMIT ?")) {
        ps.setString(1, source);
        ps.setString(2, kind);
        ps.setString(3, seconds(now));
        ps.setInt(4, limit);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.add(entry(rs));
          }
        }
      } catch (SQLException e) {
        throw new StoreException("frontier due: " + e.getMessage(), e);
      }
    }
    return out;
  }

  /** Whole seconds, so that the text form sorts like the instant (no variable-length fractions). */
  private static String seconds(Instant t) {
    return t.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
  }

  private static Entry entry(ResultSet rs) throws SQLException {
    int http = rs.getInt(6);
    Integer httpStatus = rs.wasNull() ? null : http;
    String next = rs.getString(13);
    String published = rs.getString(14);
    return new Entry(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
        Status.valueOf(rs.getString(5)), httpStatus, rs.getString(7), rs.getInt(8), rs.getInt(9), rs.getString(10),
        rs.getString(11), rs.getString(12), next == null ? null : Instant.parse(next),
        published == null ? null : java.time.LocalDateTime.parse(published));
  }

  public void discovered(String url, String source, String kind, String noticeId, Instant now) {
    db.inTransaction(() -> {
      try (PreparedStatement ps = db.connection().prepareStatement(
          "INSERT INTO frontier (url, source, kind, notice_id, status, discovered_at) VALUES (?,?,?,?,?,?)"
              + " ON CONFLICT(url) DO NOTHING")) {
        ps.setString(1, url);
        ps.setString(2, source);
        ps.setString(3, kind);
        ps.setString(4, noticeId);
        ps.setString(5, Status.discovered.name());
        ps.setString(6, now.toString());
        ps.executeUpdate();
      }
    });
  }

  /** Records the outcome of one fetch attempt (no validators, never due again by itself). */
  public void record(String url, String source, String kind, String noticeId, Status status, Integer httpStatus,
      String cause, String sha256, Instant now) {
    record(new Outcome(url, source, kind, noticeId, status, httpStatus, cause, sha256, null, null, null, null), now);
  }

  /** Records the outcome of one fetch: status, cause, validators, content hash and when it is due again. */
  public void record(Outcome o, Instant now) {
    boolean failed = o.status() == Status.failed || o.status() == Status.blocked;
    db.inTransaction(() -> {
      try (PreparedStatement ps = db.connection().prepareStatement("""
          INSERT INTO frontier (url, source, kind, notice_id, status, http_status, cause, sha256, attempts, failures,
            etag, last_modified, next_fetch_at, published_at, discovered_at, fetched_at)
          VALUES (?,?,?,?,?,?,?,?,1,?,?,?,?,?,?,?)
          ON CONFLICT(url) DO UPDATE SET status=excluded.status, http_status=excluded.http_status,
            cause=excluded.cause, sha256=coalesce(excluded.sha256, frontier.sha256),
            notice_id=coalesce(excluded.notice_id, frontier.notice_id),
            attempts=frontier.attempts + 1,
            failures=CASE WHEN excluded.failures > 0 THEN frontier.failures + 1 ELSE 0 END,
            etag=coalesce(excluded.etag, frontier.etag),
            last_modified=coalesce(excluded.last_modified, frontier.last_modified),
            next_fetch_at=excluded.next_fetch_at,
            published_at=coalesce(excluded.published_at, frontier.published_at),
            fetched_at=excluded.fetched_at""")) {
        int i = 1;
        ps.setString(i++, o.url());
        ps.setString(i++, o.source());
        ps.setString(i++, o.kind());
        ps.setString(i++, o.noticeId());
        ps.setString(i++, o.status().name());
        if (o.httpStatus() == null) {
          ps.setNull(i++, java.sql.Types.INTEGER);
        } else {
          ps.setInt(i++, o.httpStatus());
        }
        ps.setString(i++, o.cause());
        ps.setString(i++, o.sha256());
        ps.setInt(i++, failed ? 1 : 0);
        ps.setString(i++, o.etag());
        ps.setString(i++, o.lastModified());
        ps.setString(i++, o.nextFetchAt() == null ? null : seconds(o.nextFetchAt()));
        ps.setString(i++, o.publishedAt() == null ? null : o.publishedAt().toString());
        ps.setString(i++, now.toString());
        ps.setString(i, now.toString());
        ps.executeUpdate();
      }
    });
  }

  /** Counts of URLs per status for one source, for reports. */
  public java.util.Map<Status, Integer> counts(String source) {
    var out = new java.util.EnumMap<Status, Integer>(Status.class);
    synchronized (db) {
      try (PreparedStatement ps = db.connection().prepareStatement(
          "SELECT status, count(*) FROM frontier WHERE source = ? GROUP BY status")) {
        ps.setString(1, source);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.put(Status.valueOf(rs.getString(1)), rs.getInt(2));
          }
        }
      } catch (SQLException e) {
        throw new StoreException("frontier counts: " + e.getMessage(), e);
      }
    }
    return out;
  }

  /** Failed URLs with their causes, for the crawl report. */
  public java.util.List<String[]> failures(String source) {
    var out = new java.util.ArrayList<String[]>();
    synchronized (db) {
      try (PreparedStatement ps = db.connection().prepareStatement(
          "SELECT url, cause FROM frontier WHERE source = ? AND status IN ('failed','blocked') ORDER BY url")) {
        ps.setString(1, source);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.add(new String[] {rs.getString(1), rs.getString(2)});
          }
        }
      } catch (SQLException e) {
        throw new StoreException("frontier failures: " + e.getMessage(), e);
      }
    }
    return out;
  }
}
