package org.tenderwatch.cases;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDateTime;
import org.tenderwatch.config.CaseRules;

/**
 * Which case a notice joins (table {@code links}), strongest evidence first: the portal's own link to another
 * stored notice, the normalized project number, then (without a project number) an earlier or later notice of the
 * same buyer whose title names the same project (config/cases.yaml). Otherwise the notice is a case of its own.
 */
public final class CaseLinker {
  private final CaseRules rules;

  public CaseLinker(CaseRules rules) {
    this.rules = rules;
  }

  /** Links the notice inside the caller's transaction, so the notice and its link are written together. */
  public void link(Connection c, CaseEvidence e) throws SQLException {
    String caseId = null;
    String method = "none";
    String portal = portalCase(c, e);
    if (portal != null) {
      caseId = portal;
      method = "portal";
    } else if (e.caseKey() != null) {
      caseId = "p:" + e.caseKey();
      method = "project_no";
    } else {
      String similar = titleCase(c, e);
      if (similar != null) {
        caseId = similar;
        method = "title";
      }
    }
    try (PreparedStatement ps = c.prepareStatement(
        "INSERT INTO links (notice_id, case_id, method) VALUES (?,?,?) ON CONFLICT(notice_id) DO UPDATE SET"
            + " case_id=excluded.case_id, method=excluded.method")) {
      ps.setString(1, e.noticeId());
      ps.setString(2, caseId == null ? e.noticeId() : caseId);
      ps.setString(3, method);
      ps.executeUpdate();
    }
  }

  /** The case of the first related URL that is a stored notice (政采云 announcementLinkDtoList). */
  private static String portalCase(Connection c, CaseEvidence e) throws SQLException {
    for (String url : e.relatedUrls()) {
      try (PreparedStatement ps = c.prepareStatement(
          "SELECT l.case_id FROM notice_urls u JOIN links l ON l.notice_id = u.notice_id WHERE u.url = ?"
              + " AND u.notice_id <> ? LIMIT 1")) {
        ps.setString(1, url);
        ps.setString(2, e.noticeId());
        try (ResultSet rs = ps.executeQuery()) {
          if (rs.next()) {
            return rs.getString(1);
          }
        }
      }
    }
    return null;
  }

  /** The case of the most similar earlier-or-later notice of the same buyer within maxDays, if similar enough. */
  private String titleCase(Connection c, CaseEvidence e) throws SQLException {
    if (e.buyer() == null || e.buyer().isBlank() || e.publishedAt() == null) {
      return null;
    }
    String best = null;
    double bestScore = rules.titleSimilarity();
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT n.title, n.published_at, l.case_id FROM notices n JOIN links l ON l.notice_id = n.id"
            + " WHERE n.buyer = ? AND n.id <> ? AND n.published_at IS NOT NULL ORDER BY n.published_at, n.id")) {
      ps.setString(1, e.buyer());
      ps.setString(2, e.noticeId());
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          var other = LocalDateTime.parse(rs.getString(2));
          long days = Math.abs(Duration.between(other, e.publishedAt()).toDays());
          double score = Titles.similarity(e.title(), rs.getString(1));
          if (days <= rules.maxDays() && score >= bestScore) {
            best = rs.getString(3);
            bestScore = score;
          }
        }
      }
    }
    return best;
  }
}
