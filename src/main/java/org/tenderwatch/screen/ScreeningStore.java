package org.tenderwatch.screen;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.tenderwatch.store.Database;
import org.tenderwatch.store.StoreException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Screening lists (every imported version with its rows) and the screening results per notice, each with the list
 * version that produced it.
 */
public final class ScreeningStore {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final Database db;

  public ScreeningStore(Database db) {
    this.db = db;
  }

  /** A stored list version. */
  public record ListVersion(String version, String sha256, String layout, String file, int rows, String importedAt) {}

  /** What a notice offers to screen: its parties and its date. */
  public record Parties(String noticeId, LocalDate date, String buyer, List<String> suppliers) {}

  /**
   * Stores a list under its version; importing the file that is already the latest again changes nothing.
   *
   * @return true when the version is new
   */
  public boolean importList(ListVersion v, List<ListedEntity> rows) {
    ListVersion latest = latest();
    if (latest != null && latest.sha256().equals(v.sha256())) {
      return false;
    }
    db.inTransaction(() -> {
      Connection c = db.connection();
      try (PreparedStatement ps = c.prepareStatement("DELETE FROM screening_entities WHERE version = ?");
          PreparedStatement del = c.prepareStatement("DELETE FROM screening_lists WHERE version = ?")) {
        ps.setString(1, v.version());
        ps.executeUpdate();
        del.setString(1, v.version());
        del.executeUpdate();
      }
      try (PreparedStatement ps = c.prepareStatement(
          "INSERT INTO screening_lists (version, sha256, layout, file, rows, imported_at) VALUES (?,?,?,?,?,?)"
              + " ON CONFLICT (version) DO NOTHING")) {
        ps.setString(1, v.version());
        ps.setString(2, v.sha256());
        ps.setString(3, v.layout());
        ps.setString(4, v.file());
        ps.setInt(5, rows.size());
        ps.setString(6, v.importedAt());
        if (ps.executeUpdate() == 0) {
          return; // two cluster nodes starting together: the other one is importing this very version
        }
      }
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO screening_entities (version, seq, entity_id, list,"
          + " name, alt_names_json, name_zh, start_date) VALUES (?,?,?,?,?,?,?,?)")) {
        int seq = 0;
        for (ListedEntity e : rows) {
          ps.setString(1, v.version());
          ps.setInt(2, seq++);
          ps.setString(3, e.id());
          ps.setString(4, e.list());
          ps.setString(5, e.name());
          ps.setString(6, JSON.writeValueAsString(e.altNames()));
          ps.setString(7, e.nameZh());
          ps.setString(8, e.startDate() == null ? null : e.startDate().toString());
          ps.addBatch();
        }
        ps.executeBatch();
      }
    });
    return true;
  }

  /** The most recently imported list version, or null when none was imported. */
  public ListVersion latest() {
    synchronized (db) {
      try (var s = db.connection().createStatement(); ResultSet rs = s.executeQuery(
          "SELECT version, sha256, layout, file, rows, imported_at FROM screening_lists"
              + " ORDER BY imported_at DESC, " + db.dialect().insertionOrder("screening_lists") + " DESC LIMIT 1")) {
        return rs.next() ? new ListVersion(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
            rs.getInt(5), rs.getString(6)) : null;
      } catch (SQLException e) {
        throw new StoreException("screening list lookup: " + e.getMessage(), e);
      }
    }
  }

  public List<ListedEntity> entities(String version) {
    List<ListedEntity> out = new ArrayList<>();
    synchronized (db) {
      try (PreparedStatement ps = db.connection().prepareStatement("SELECT entity_id, list, name, alt_names_json,"
          + " name_zh, start_date FROM screening_entities WHERE version = ? ORDER BY seq")) {
        ps.setString(1, version);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            List<String> alts = JSON.readValue(rs.getString(4), new TypeReference<List<String>>() {});
            String start = rs.getString(6);
            out.add(new ListedEntity(rs.getString(1), rs.getString(2), rs.getString(3), alts, rs.getString(5),
                start == null ? null : LocalDate.parse(start)));
          }
        }
      } catch (SQLException e) {
        throw new StoreException("screening entities of " + version + ": " + e.getMessage(), e);
      }
    }
    return out;
  }

  /** Replaces a notice's screening results with these. */
  public void save(String noticeId, List<ScreeningHit> hits, String listVersion) {
    db.inTransaction(() -> replace(db.connection(), noticeId, hits, listVersion));
  }

  public static void replace(Connection c, String noticeId, List<ScreeningHit> hits, String listVersion)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("DELETE FROM screening WHERE notice_id = ?")) {
      ps.setString(1, noticeId);
      ps.executeUpdate();
    }
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO screening (notice_id, seq, party, name, listed_name,"
        + " list, match, note, list_version) VALUES (?,?,?,?,?,?,?,?,?)")) {
      int seq = 0;
      for (ScreeningHit h : hits) {
        ps.setString(1, noticeId);
        ps.setInt(2, seq++);
        ps.setString(3, h.party());
        ps.setString(4, h.name());
        ps.setString(5, h.listedName());
        ps.setString(6, h.list());
        ps.setString(7, h.match());
        ps.setString(8, h.note());
        ps.setString(9, listVersion);
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  /** Every stored notice's parties, for a re-screen after a new list version. */
  public List<Parties> allParties() {
    List<Parties> out = new ArrayList<>();
    synchronized (db) {
      Connection c = db.connection();
      try (var s = c.createStatement(); ResultSet rs = s.executeQuery(
          "SELECT id, published_at, buyer FROM notices ORDER BY id");
          PreparedStatement sup = c.prepareStatement("SELECT name FROM suppliers WHERE notice_id = ? ORDER BY seq")) {
        while (rs.next()) {
          String id = rs.getString(1);
          String published = rs.getString(2);
          List<String> suppliers = new ArrayList<>();
          sup.setString(1, id);
          try (ResultSet r2 = sup.executeQuery()) {
            while (r2.next()) {
              suppliers.add(r2.getString(1));
            }
          }
          out.add(new Parties(id, published == null ? null : LocalDate.parse(published.substring(0, 10)),
              rs.getString(3), suppliers));
        }
      } catch (SQLException e) {
        throw new StoreException("notices to screen: " + e.getMessage(), e);
      }
    }
    return out;
  }

  /** Version label of a list file: the first 12 hex digits of its SHA-256 and the import day. */
  public static String versionOf(String sha256, Instant importedAt) {
    return sha256.substring(0, 12) + "@" + importedAt.toString().substring(0, 10);
  }
}
