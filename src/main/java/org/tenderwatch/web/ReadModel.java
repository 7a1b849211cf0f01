package org.tenderwatch.web;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.tenderwatch.store.Database;
import org.tenderwatch.store.StoreException;

/**
 * The reads the pages need beyond {@link org.tenderwatch.store.NoticeStore}'s views: a notice's attachments and
 * where each flag was found (attachment, page) as data, and which archived record a record id names. Read-only.
 */
final class ReadModel {
  private final Database db;

  ReadModel(Database db) {
    this.db = db;
  }

  /** One attachment row; {@code recordId} is null when it was never fetched. */
  record Attachment(
      int seq, String url, String name, String contentType, String status, String cause, int parts, String sha256,
      String recordId) {}

  /** A flag with its place as data (the NoticeView has it only as a label). */
  record FlagAt(String category, String term, String snippet, String attachment, Integer page, String section) {}

  /**
   * What a WARC record id names.
   *
   * @param kind notice or attachment
   * @param name the notice title or the attachment's file name
   */
  record ArchiveEntry(
      String recordId, String warcFile, String sha256, String kind, String noticeId, String name, String url,
      String contentType) {}

  List<Attachment> attachments(String noticeId) {
    return rows("SELECT seq, url, name, content_type, status, cause, parts, sha256, warc_record_id FROM attachments"
        + " WHERE notice_id = ? ORDER BY seq", noticeId, rs -> new Attachment(rs.getInt(1), rs.getString(2),
            rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getInt(7), rs.getString(8),
            rs.getString(9)));
  }

  List<FlagAt> flags(String noticeId) {
    return rows("SELECT category, term, snippet, attachment, page, section FROM flags WHERE notice_id = ?"
        + " ORDER BY seq", noticeId, rs -> {
          int page = rs.getInt(5);
          Integer p = rs.wasNull() ? null : page;
          return new FlagAt(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), p, rs.getString(6));
        });
  }

  /** The notice page or attachment stored under that record id, or null: the only way to the archive's bytes. */
  ArchiveEntry archiveEntry(String recordId) {
    List<ArchiveEntry> l = rows("SELECT warc_record_id, warc_file, sha256, 'notice', id, title, url, NULL FROM notices"
        + " WHERE warc_record_id = ?1 UNION ALL SELECT warc_record_id, warc_file, sha256, 'attachment', notice_id,"
        + " name, url, content_type FROM attachments WHERE warc_record_id = ?1", recordId,
        rs -> new ArchiveEntry(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
            rs.getString(6), rs.getString(7), rs.getString(8)));
    return l.isEmpty() ? null : l.getFirst();
  }

  /** The case a notice belongs to, or null. */
  String caseOf(String noticeId) {
    List<String> l = rows("SELECT case_id FROM links WHERE notice_id = ?", noticeId, rs -> rs.getString(1));
    return l.isEmpty() ? null : l.getFirst();
  }

  @FunctionalInterface
  interface Row<T> {
    T read(ResultSet rs) throws SQLException;
  }

  private <T> List<T> rows(String sql, String arg, Row<T> row) {
    synchronized (db) {
      Connection c = db.connection();
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        ps.setString(1, arg);
        List<T> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.add(row.read(rs));
          }
        }
        return out;
      } catch (SQLException e) {
        throw new StoreException("web read failed: " + e.getMessage(), e);
      }
    }
  }
}
