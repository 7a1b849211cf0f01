package org.tenderwatch.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The store's change sequence (migration V11): every insert or update of a notice takes the next number, in commit
 * order. An index that applied every change through N catches up by asking for the changes after N.
 */
public final class ChangeLog {
  /**
   * The latest change of one notice.
   *
   * @param by the node that made it (PostgreSQL's session setting tenderwatch.node), or null on SQLite
   */
  public record Change(String id, long seq, String by) {}

  /** The session setting PostgreSQL's numbering trigger reads as the name of the node making a change. */
  public static final String NODE_SETTING = "tenderwatch.node";

  private final Database db;

  public ChangeLog(Database db) {
    this.db = db;
  }

  /** The highest change number stored, 0 when no notice was ever stored. */
  public long latest() {
    synchronized (db) {
      try (PreparedStatement ps = db.connection().prepareStatement("SELECT max(change_seq) FROM notices");
          ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getLong(1) : 0;
      } catch (SQLException e) {
        throw new StoreException("latest notice change: " + e.getMessage(), e);
      }
    }
  }

  /** The notice's own (logical) URL, by which the fetch journal finds its record; null when it is not stored. */
  public String url(String noticeId) {
    synchronized (db) {
      try (PreparedStatement ps = db.connection().prepareStatement("SELECT url FROM notices WHERE id = ?")) {
        ps.setString(1, noticeId);
        try (ResultSet rs = ps.executeQuery()) {
          return rs.next() ? rs.getString(1) : null;
        }
      } catch (SQLException e) {
        throw new StoreException("the URL of notice " + noticeId + ": " + e.getMessage(), e);
      }
    }
  }

  /** Each notice changed after {@code seq}, with its latest change, in change order. */
  public List<Change> after(long seq) {
    var out = new ArrayList<Change>();
    synchronized (db) {
      try (PreparedStatement ps = db.connection().prepareStatement(
          "SELECT id, change_seq, changed_by FROM notices WHERE change_seq > ? ORDER BY change_seq")) {
        ps.setLong(1, seq);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.add(new Change(rs.getString(1), rs.getLong(2), rs.getString(3)));
          }
        }
      } catch (SQLException e) {
        throw new StoreException("notice changes after " + seq + ": " + e.getMessage(), e);
      }
    }
    return out;
  }

  /**
   * Names this connection's changes after a new node name on PostgreSQL (the numbering trigger records it), so that
   * this process can tell its own changes, already in its index, from other nodes'. Returns the name, or null on
   * SQLite, whose one writer per data folder makes every change its own.
   */
  public String joinAsNode() {
    synchronized (db) {
      try {
        if (db.dialect() != Dialect.POSTGRESQL) {
          return null;
        }
        String node = java.util.UUID.randomUUID().toString();
        try (PreparedStatement ps = db.connection().prepareStatement("SELECT set_config(?, ?, false)")) {
          ps.setString(1, NODE_SETTING);
          ps.setString(2, node);
          ps.execute();
        }
        return node;
      } catch (SQLException e) {
        throw new StoreException("cannot name this node's changes: " + e.getMessage(), e);
      }
    }
  }
}
