package org.tenderwatch.store;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.tenderwatch.text.Location;

/** One notice row and the rows hanging off it (suppliers, flags, screening, case links) as a {@link NoticeView}. */
final class NoticeRows {
  private NoticeRows() {}

  static NoticeView view(Connection c, ResultSet rs) throws SQLException {
    String id = rs.getString("id");
    String warcFile = rs.getString("warc_file");
    return new NoticeView(
        id,
        rs.getString("url"),
        rs.getString("source"),
        rs.getString("type"),
        rs.getString("title"),
        rs.getString("published_at"),
        rs.getString("buyer"),
        rs.getString("agency"),
        rs.getString("project_no"),
        decimal(rs.getString("budget_cny")),
        decimal(rs.getString("award_cny")),
        suppliers(c, id),
        flags(c, id),
        screening(c, id),
        linked(c, id, rs.getString("case_id")),
        warcFile == null ? null : new NoticeView.Archive(rs.getString("sha256"),
            warcFile + "#" + rs.getString("warc_record_id")),
        ProblemStore.of(c, id));
  }

  private static BigDecimal decimal(String s) {
    return s == null ? null : new BigDecimal(s);
  }

  private static List<NoticeView.Supplier> suppliers(Connection c, String id) throws SQLException {
    List<NoticeView.Supplier> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT name, lot, amount_cny FROM suppliers WHERE notice_id = ? ORDER BY seq")) {
      ps.setString(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new NoticeView.Supplier(rs.getString(1), rs.getString(2), decimal(rs.getString(3))));
        }
      }
    }
    return out;
  }

  private static List<NoticeView.FlagEvidence> flags(Connection c, String id) throws SQLException {
    List<NoticeView.FlagEvidence> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT category, term, snippet, attachment, page, section FROM flags WHERE notice_id = ? ORDER BY seq")) {
      ps.setString(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          int page = rs.getInt(5);
          Integer onPage = rs.wasNull() ? null : page; // wasNull speaks of the last column read: read it here
          var loc = new Location(rs.getString(4), onPage, rs.getString(6));
          out.add(new NoticeView.FlagEvidence(rs.getString(1), rs.getString(2), rs.getString(3), loc.describe()));
        }
      }
    }
    return out;
  }

  private static List<NoticeView.Screening> screening(Connection c, String id) throws SQLException {
    List<NoticeView.Screening> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT party, name, listed_name, list, match, note, list_version"
        + " FROM screening WHERE notice_id = ? ORDER BY seq")) {
      ps.setString(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new NoticeView.Screening(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
              rs.getString(5), rs.getString(6), rs.getString(7)));
        }
      }
    }
    return out;
  }

  private static List<String> linked(Connection c, String id, String caseId) throws SQLException {
    List<String> out = new ArrayList<>();
    if (caseId == null) {
      return out;
    }
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT l.notice_id FROM links l JOIN notices n ON n.id = l.notice_id WHERE l.case_id = ? AND"
            + " l.notice_id <> ? ORDER BY n.published_at NULLS FIRST, n.id")) {
      ps.setString(1, caseId);
      ps.setString(2, id);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getString(1));
        }
      }
    }
    return out;
  }
}
