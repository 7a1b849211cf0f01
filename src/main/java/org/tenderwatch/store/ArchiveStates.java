package org.tenderwatch.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Which stored notices the archive still backs (column {@code notices.archive_state}), and where each stored
 * notice and attachment says its archive record is, for the fixity check.
 */
public final class ArchiveStates {
  public static final String DAMAGED = "damaged";

  private final Database db;

  public ArchiveStates(Database db) {
    this.db = db;
  }

  /** A stored notice or attachment and the archive record it was built from. */
  public record Ref(String noticeId, String what, String warcFile, String recordId, String sha256) {}

  /**
   * After a replay: the notices in {@code replayed} are backed by the archive, every other stored notice was kept
   * from the old store and is marked damaged. Returns how many are marked.
   */
  public int markAllBut(Collection<String> replayed) {
    int[] marked = {0};
    db.inTransaction(() -> {
      try (Statement s = db.connection().createStatement()) {
        s.execute("CREATE TEMP TABLE IF NOT EXISTS replayed (id TEXT PRIMARY KEY)");
        s.execute("DELETE FROM replayed");
      }
      try (PreparedStatement ps = db.connection().prepareStatement("INSERT INTO replayed VALUES (?) ON CONFLICT DO NOTHING")) {
        for (String id : replayed) {
          ps.setString(1, id);
          ps.addBatch();
        }
        ps.executeBatch();
      }
      try (Statement s = db.connection().createStatement()) {
        s.executeUpdate("UPDATE notices SET archive_state = NULL WHERE id IN (SELECT id FROM replayed)");
        marked[0] = s.executeUpdate("UPDATE notices SET archive_state = '" + DAMAGED
            + "' WHERE id NOT IN (SELECT id FROM replayed)");
        s.execute("DROP TABLE replayed");
      }
    });
    return marked[0];
  }

  /** Ids of the notices marked damaged, in id order. */
  public List<String> damaged() {
    List<String> out = new ArrayList<>();
    query("SELECT id, '', '', '', '' FROM notices WHERE archive_state = '" + DAMAGED + "' ORDER BY id",
        r -> out.add(r.noticeId()));
    return out;
  }

  /** Every archive reference the store holds: notices, then fetched attachments. */
  public List<Ref> refs() {
    List<Ref> out = new ArrayList<>();
    query("SELECT id, 'notice', warc_file, warc_record_id, sha256 FROM notices WHERE warc_record_id IS NOT NULL"
        + " ORDER BY id", out::add);
    query("SELECT notice_id, 'attachment ' || url, warc_file, warc_record_id, sha256 FROM attachments"
        + " WHERE warc_record_id IS NOT NULL AND status <> 'failed' ORDER BY notice_id, seq", out::add);
    return out;
  }

  private void query(String sql, java.util.function.Consumer<Ref> rows) {
    synchronized (db) {
      try (Statement s = db.connection().createStatement(); ResultSet rs = s.executeQuery(sql)) {
        while (rs.next()) {
          rows.accept(new Ref(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)));
        }
      } catch (SQLException e) {
        throw new StoreException("archive references: " + e.getMessage(), e);
      }
    }
  }
}
