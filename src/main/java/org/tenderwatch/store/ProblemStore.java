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
 * The problems noted for each notice (table notice_problems): written with the notice, shown with it, counted by
 * kind for {@code status}. The kind of a problem is its text before the first colon ("buyer", "title",
 * "attachment failed").
 */
public final class ProblemStore {

  private final Database db;

  public ProblemStore(Database db) {
    this.db = db;
  }

  /** Replaces a notice's problems, inside the caller's transaction (pipeline.NoticeWriter's). */
  public static void replace(Connection c, String noticeId, List<String> problems) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("DELETE FROM notice_problems WHERE notice_id = ?")) {
      ps.setString(1, noticeId);
      ps.executeUpdate();
    }
    try (PreparedStatement ps = c.prepareStatement(
        "INSERT INTO notice_problems (notice_id, seq, problem) VALUES (?,?,?)")) {
      int seq = 0;
      for (String p : problems) {
        ps.setString(1, noticeId);
        ps.setInt(2, seq++);
        ps.setString(3, p);
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  /** A notice's problems, in the order they were noted. */
  static List<String> of(Connection c, String noticeId) throws SQLException {
    List<String> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT problem FROM notice_problems WHERE notice_id = ? ORDER BY seq")) {
      ps.setString(1, noticeId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getString(1));
        }
      }
    }
    return out;
  }

  /** How many notices of a source have each kind of problem, most frequent first. */
  public Map<String, Integer> counts(String source) {
    String sql = """
        SELECT CASE WHEN %1$s > 0 THEN substr(p.problem, 1, %1$s - 1) ELSE '' END AS kind,
          count(DISTINCT p.notice_id)
        FROM notice_problems p JOIN notices n ON n.id = p.notice_id
        WHERE n.source = ? GROUP BY kind ORDER BY 2 DESC, kind""".formatted(db.dialect().position("':'", "p.problem"));
    synchronized (db) {
      try (PreparedStatement ps = db.connection().prepareStatement(sql)) {
        ps.setString(1, source);
        Map<String, Integer> out = new LinkedHashMap<>();
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.put(rs.getString(1), rs.getInt(2));
          }
        }
        return out;
      } catch (SQLException e) {
        throw new StoreException("problem counts of " + source + ": " + e.getMessage(), e);
      }
    }
  }
}
