package org.tenderwatch.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

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

  /** The status of a URL, or null when it was never seen. */
  public Status status(String url) {
    synchronized (db) {
      try (PreparedStatement ps = db.connection().prepareStatement("SELECT status FROM frontier WHERE url = ?")) {
        ps.setString(1, url);
        try (ResultSet rs = ps.executeQuery()) {
          return rs.next() ? Status.valueOf(rs.getString(1)) : null;
        }
      } catch (SQLException e) {
        throw new StoreException("frontier lookup of " + url + ": " + e.getMessage(), e);
      }
    }
  }

  /** True when the URL was fetched and extracted before (so a pass need not fetch it again). */
  public boolean isDone(String url) {
    Status s = status(url);
    return s == Status.fetched || s == Status.not_modified || s == Status.gone;
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

  /** Records the outcome of one fetch attempt. */
  public void record(String url, String source, String kind, String noticeId, Status status, Integer httpStatus,
      String cause, String sha256, Instant now) {
    db.inTransaction(() -> {
      try (PreparedStatement ps = db.connection().prepareStatement("""
          INSERT INTO frontier (url, source, kind, notice_id, status, http_status, cause, sha256, attempts,
            discovered_at, fetched_at)
          VALUES (?,?,?,?,?,?,?,?,1,?,?)
          ON CONFLICT(url) DO UPDATE SET status=excluded.status, http_status=excluded.http_status,
            cause=excluded.cause, sha256=coalesce(excluded.sha256, frontier.sha256),
            notice_id=coalesce(excluded.notice_id, frontier.notice_id),
            attempts=frontier.attempts + 1, fetched_at=excluded.fetched_at""")) {
        ps.setString(1, url);
        ps.setString(2, source);
        ps.setString(3, kind);
        ps.setString(4, noticeId);
        ps.setString(5, status.name());
        if (httpStatus == null) {
          ps.setNull(6, java.sql.Types.INTEGER);
        } else {
          ps.setInt(6, httpStatus);
        }
        ps.setString(7, cause);
        ps.setString(8, sha256);
        ps.setString(9, now.toString());
        ps.setString(10, now.toString());
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
