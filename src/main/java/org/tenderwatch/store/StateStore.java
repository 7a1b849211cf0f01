package org.tenderwatch.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Small facts the program keeps about itself (table {@code state}), and the ids of the stored notices (the index
 * check counts them; the index catch-up's changes come from {@link ChangeLog}).
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

  /** Ids of every stored notice. */
  public List<String> noticeIds() {
    var out = new ArrayList<String>();
    synchronized (db) {
      try (PreparedStatement ps = db.connection().prepareStatement("SELECT id FROM notices ORDER BY id");
          ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getString(1));
        }
      } catch (SQLException e) {
        throw new StoreException("notice ids: " + e.getMessage(), e);
      }
    }
    return out;
  }
}
