package org.tenderwatch.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Small facts the program keeps about itself (table {@code state}), and the questions the index catch-up asks of
 * the notices table.
 */
public final class StateStore {
  private final Database db;

  public StateStore(Database db) {
    this.db = db;
  }

  public String get(String key) {
    synchronized (db) {
      try (PreparedStatement ps = db.connection().prepareStatement("SELECT value FROM state WHERE key = ?")) {
        ps.setString(1, key);
        try (ResultSet rs = ps.executeQuery()) {
          return rs.next() ? rs.getString(1) : null;
        }
      } catch (SQLException e) {
        throw new StoreException("state " + key + ": " + e.getMessage(), e);
      }
    }
  }

  public void put(String key, String value) {
    db.inTransaction(() -> {
      try (PreparedStatement ps = db.connection().prepareStatement(
          "INSERT INTO state (key, value) VALUES (?,?) ON CONFLICT(key) DO UPDATE SET value = excluded.value")) {
        ps.setString(1, key);
        ps.setString(2, value);
        ps.executeUpdate();
      }
    });
  }

  /** updated_at as fixed-width millisecond text, so that text order is time order whatever the fraction digits. */
  private String ms() {
    return db.dialect().millisText("updated_at");
  }

  /** The latest notice update, to the millisecond ("2024-05-01T10:00:05.123"), or null when there is none. */
  public String latestNoticeUpdate() {
    synchronized (db) {
      try (PreparedStatement ps = db.connection().prepareStatement("SELECT max(" + ms() + ") FROM notices");
          ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getString(1) : null;
      } catch (SQLException e) {
        throw new StoreException("latest notice update: " + e.getMessage(), e);
      }
    }
  }

  /** Ids of every stored notice. */
  public List<String> noticeIds() {
    return noticesUpdatedAfter(null);
  }

  /** Ids of notices updated after {@code marker} (every notice when it is null). */
  public List<String> noticesUpdatedAfter(String marker) {
    var out = new ArrayList<String>();
    synchronized (db) {
      try (PreparedStatement ps = db.connection().prepareStatement(marker == null
          ? "SELECT id FROM notices ORDER BY id" : "SELECT id FROM notices WHERE " + ms() + " > ? ORDER BY id")) {
        if (marker != null) {
          ps.setString(1, marker);
        }
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.add(rs.getString(1));
          }
        }
      } catch (SQLException e) {
        throw new StoreException("notices updated after " + marker + ": " + e.getMessage(), e);
      }
    }
    return out;
  }
}
