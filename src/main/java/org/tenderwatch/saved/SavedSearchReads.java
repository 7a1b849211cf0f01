package org.tenderwatch.saved;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.tenderwatch.store.Database;
import org.tenderwatch.store.StoreException;

/** Reads of the saved searches and their hits (tables {@code saved_searches}, {@code saved_search_hits}). */
final class SavedSearchReads {
  private final Database db;

  SavedSearchReads(Database db) {
    this.db = db;
  }

  List<SavedSearch> searches(String name) {
    String sql = "SELECT s.*, (SELECT count(*) FROM saved_search_hits h WHERE h.search_id = s.id) AS hits,"
        + " (SELECT count(*) FROM saved_search_hits h WHERE h.search_id = s.id AND h.backfill = 0"
        + " AND h.seen_at IS NULL) AS unseen FROM saved_searches s WHERE (? = '' OR s.name = ?) ORDER BY s.name";
    synchronized (db) {
      try (PreparedStatement ps = db.connection().prepareStatement(sql)) {
        ps.setString(1, name);
        ps.setString(2, name);
        List<SavedSearch> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.add(new SavedSearch(rs.getLong("id"), rs.getString("name"), rs.getString("query"),
                rs.getString("owner"), instant(rs.getString("created_at")), instant(rs.getString("updated_at")),
                instant(rs.getString("last_run_at")), rs.getInt("hits"), rs.getInt("unseen")));
          }
        }
        return out;
      } catch (SQLException e) {
        throw new StoreException("reading saved searches: " + e.getMessage(), e);
      }
    }
  }

  /** {@code where} is a fixed SQL condition on h (hits), never user input. */
  List<SavedHit> hits(SavedSearch s, String where) {
    String sql = "SELECT h.notice_id, n.title, n.type, n.buyer, n.published_at, n.url, h.matched_at"
        + " FROM saved_search_hits h JOIN notices n ON n.id = h.notice_id WHERE h.search_id = ? AND " + where
        + " ORDER BY h.matched_at, n.published_at NULLS FIRST, n.id";
    synchronized (db) {
      try (PreparedStatement ps = db.connection().prepareStatement(sql)) {
        ps.setLong(1, s.id());
        List<SavedHit> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.add(new SavedHit(s.name(), rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getString(7)));
          }
        }
        return out;
      } catch (SQLException e) {
        throw new StoreException("reading hits of " + s.name() + ": " + e.getMessage(), e);
      }
    }
  }

  private static Instant instant(String s) {
    return s == null ? null : Instant.parse(s);
  }
}
