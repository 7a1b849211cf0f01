package org.tenderwatch.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads of the stored notices as {@link NoticeView}s, with what hangs off them. The writes are the pipeline's
 * ({@code NoticeWriter}); the cases are assembled from these reads by the {@code cases} package.
 */
public final class NoticeStore {
  private final Database db;

  public NoticeStore(Database db) {
    this.db = db;
  }

  /** Every URL a notice was found at, its own first. */
  public List<String> urls(String noticeId) {
    synchronized (db) {
      try (PreparedStatement ps = db.connection().prepareStatement(
          "SELECT u.url FROM notice_urls u JOIN notices n ON n.id = u.notice_id WHERE u.notice_id = ?"
              + " ORDER BY u.url <> n.url, " + db.dialect().insertionOrder("u"))) {
        ps.setString(1, noticeId);
        List<String> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.add(rs.getString(1));
          }
        }
        return out;
      } catch (SQLException e) {
        throw new StoreException("urls of " + noticeId + ": " + e.getMessage(), e);
      }
    }
  }

  public int count() {
    return queryInt("SELECT count(*) FROM notices");
  }

  public int flagCount() {
    return queryInt("SELECT count(*) FROM flags");
  }

  private int queryInt(String sql) {
    synchronized (db) {
      try (var s = db.connection().createStatement(); ResultSet rs = s.executeQuery(sql)) {
        return rs.next() ? rs.getInt(1) : 0;
      } catch (SQLException e) {
        throw new StoreException(sql + ": " + e.getMessage(), e);
      }
    }
  }

  /** Notices, newest first, optionally of one source and type. */
  public List<NoticeView> notices(String source, String type, int limit) {
    String sql = "SELECT n.*, l.case_id FROM notices n LEFT JOIN links l ON l.notice_id = n.id"
        + " WHERE (? IS NULL OR n.source = ?) AND (? IS NULL OR n.type = ?)"
        + " ORDER BY n.published_at DESC NULLS LAST, n.id LIMIT ?";
    return query(sql, ps -> {
      ps.setString(1, source);
      ps.setString(2, source);
      ps.setString(3, type);
      ps.setString(4, type);
      ps.setInt(5, limit);
    });
  }

  public NoticeView notice(String id) {
    List<NoticeView> l = query(
        "SELECT n.*, l.case_id FROM notices n LEFT JOIN links l ON l.notice_id = n.id WHERE n.id = ?",
        ps -> ps.setString(1, id));
    return l.isEmpty() ? null : l.get(0);
  }

  /** The notices of one case, oldest first. */
  public List<NoticeView> caseMembers(String caseId) {
    return query("SELECT n.*, l.case_id FROM notices n JOIN links l ON l.notice_id = n.id WHERE l.case_id = ?"
        + " ORDER BY n.published_at NULLS FIRST, n.id", ps -> ps.setString(1, caseId));
  }

  /** The ids of the cases with at least one flag. */
  public List<String> flaggedCaseIds() {
    return queryStrings("SELECT DISTINCT l.case_id FROM links l JOIN flags f ON f.notice_id = l.notice_id");
  }

  /** The ids of the cases with an award notice naming a supplier, in id order. */
  public List<String> awardedCaseIds() {
    return queryStrings("SELECT DISTINCT l.case_id FROM links l JOIN notices n ON n.id = l.notice_id"
        + " JOIN suppliers s ON s.notice_id = n.id WHERE n.type = 'award' ORDER BY l.case_id");
  }

  @FunctionalInterface
  private interface Binder {
    void bind(PreparedStatement ps) throws SQLException;
  }

  private List<String> queryStrings(String sql) {
    synchronized (db) {
      try (var s = db.connection().createStatement(); ResultSet rs = s.executeQuery(sql)) {
        List<String> out = new ArrayList<>();
        while (rs.next()) {
          out.add(rs.getString(1));
        }
        return out;
      } catch (SQLException e) {
        throw new StoreException(sql + ": " + e.getMessage(), e);
      }
    }
  }

  private List<NoticeView> query(String sql, Binder binder) {
    synchronized (db) {
      Connection c = db.connection();
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        binder.bind(ps);
        Map<String, NoticeView> rows = new LinkedHashMap<>();
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            rows.put(rs.getString("id"), NoticeRows.view(c, rs));
          }
        }
        return new ArrayList<>(rows.values());
      } catch (SQLException e) {
        throw new StoreException("query failed: " + e.getMessage(), e);
      }
    }
  }
}
