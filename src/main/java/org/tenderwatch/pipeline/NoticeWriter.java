package org.tenderwatch.pipeline;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import org.tenderwatch.cases.CaseEvidence;
import org.tenderwatch.cases.CaseLinker;
import org.tenderwatch.config.CaseRules;
import org.tenderwatch.extract.Amount;
import org.tenderwatch.extract.Notice;
import org.tenderwatch.extract.SupplierAward;
import org.tenderwatch.flag.Flag;
import org.tenderwatch.screen.ScreeningStore;
import org.tenderwatch.store.Database;
import org.tenderwatch.store.ProblemStore;
import org.tenderwatch.store.StoreException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes one {@link NoticeRecord}: the notice row, its attachments, suppliers, flags and screening, its URL and its
 * case link, in one transaction keyed by the notice id, so a re-run or a crash never duplicates or half-writes a
 * notice. It lives with the pipeline because one record spans the tables of several features.
 */
public final class NoticeWriter {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final Database db;
  private final CaseLinker linker;

  public NoticeWriter(Database db) {
    this(db, CaseRules.DEFAULT);
  }

  public NoticeWriter(Database db, CaseRules caseRules) {
    this.db = db;
    this.linker = new CaseLinker(caseRules);
  }

  /** Writes the notice and everything hanging off it, replacing any earlier version, in one transaction. */
  public void save(NoticeRecord r, Instant now) {
    db.inTransaction(() -> {
      Connection c = db.connection();
      upsertNotice(c, r, now);
      for (String table : List.of("attachments", "suppliers", "flags", "screening")) {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table + " WHERE notice_id = ?")) {
          ps.setString(1, r.id());
          ps.executeUpdate();
        }
      }
      insertAttachments(c, r);
      insertSuppliers(c, r);
      insertFlags(c, r);
      ScreeningStore.replace(c, r.id(), r.screening(), r.listVersion());
      ProblemStore.replace(c, r.id(), r.notice().problems());
      addUrl(c, r.id(), r.source(), r.url());
      try (PreparedStatement ps = c.prepareStatement("UPDATE notices SET dedupe_key = ? WHERE id = ?")) {
        ps.setString(1, r.dedupeKey());
        ps.setString(2, r.id());
        ps.executeUpdate();
      }
      linker.link(c, new CaseEvidence(r.id(), r.relatedUrls(), r.caseKey(), r.notice().buyer(),
          r.notice().title(), r.notice().publishedAt()));
    });
  }

  /**
   * The id of a notice already stored under another id with the same dedupe key (the same notice found on another
   * portal, or under another URL), else null.
   */
  public String duplicateOf(NoticeRecord r) {
    synchronized (db) {
      try (PreparedStatement ps = db.connection().prepareStatement(
          "SELECT id FROM notices WHERE dedupe_key = ? AND id <> ? ORDER BY fetched_at, id LIMIT 1")) {
        ps.setString(1, r.dedupeKey());
        ps.setString(2, r.id());
        try (ResultSet rs = ps.executeQuery()) {
          return rs.next() ? rs.getString(1) : null;
        }
      } catch (SQLException e) {
        throw new StoreException("duplicate lookup for " + r.id() + ": " + e.getMessage(), e);
      }
    }
  }

  /** Records one more URL at which a stored notice was found. */
  public void addUrl(String noticeId, String source, String url) {
    db.inTransaction(() -> addUrl(db.connection(), noticeId, source, url));
  }

  private static void addUrl(Connection c, String noticeId, String source, String url) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "INSERT INTO notice_urls (notice_id, source, url) VALUES (?,?,?) ON CONFLICT DO NOTHING")) {
      ps.setString(1, noticeId);
      ps.setString(2, source);
      ps.setString(3, url);
      ps.executeUpdate();
    }
  }

  private static void upsertNotice(Connection c, NoticeRecord r, Instant now) throws SQLException {
    Notice n = r.notice();
    String sql = """
        INSERT INTO notices (id, source, url, type, title, published_at, buyer, agency, project_no, project_key,
          budget_text, budget_cny, award_text, award_cny, region, summary_json, warc_file, warc_record_id, sha256,
          fetched_at, updated_at)
        VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)
        ON CONFLICT(id) DO UPDATE SET source=excluded.source, url=excluded.url, type=excluded.type,
          title=excluded.title, published_at=excluded.published_at, buyer=excluded.buyer, agency=excluded.agency,
          project_no=excluded.project_no, project_key=excluded.project_key, budget_text=excluded.budget_text,
          budget_cny=excluded.budget_cny, award_text=excluded.award_text, award_cny=excluded.award_cny,
          region=excluded.region, summary_json=excluded.summary_json, warc_file=excluded.warc_file,
          warc_record_id=excluded.warc_record_id, sha256=excluded.sha256, fetched_at=excluded.fetched_at,
          updated_at=excluded.updated_at""";
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      int i = 1;
      ps.setString(i++, r.id());
      ps.setString(i++, r.source());
      ps.setString(i++, r.url());
      ps.setString(i++, n.type().json());
      ps.setString(i++, n.title());
      ps.setString(i++, n.publishedAt() == null ? null : n.publishedAt().toString());
      ps.setString(i++, n.buyer());
      ps.setString(i++, n.agency());
      ps.setString(i++, n.projectNo());
      ps.setString(i++, r.caseKey());
      i = setAmount(ps, i, n.budget());
      i = setAmount(ps, i, n.award());
      ps.setString(i++, n.region());
      ps.setString(i++, JSON.writeValueAsString(n.summary()));
      ps.setString(i++, r.archive() == null ? null : r.archive().warcFile());
      ps.setString(i++, r.archive() == null ? null : r.archive().recordId());
      ps.setString(i++, r.archive() == null ? null : r.archive().sha256());
      ps.setString(i++, r.fetchedAt().toString());
      ps.setString(i, now.toString());
      ps.executeUpdate();
    }
  }

  private static int setAmount(PreparedStatement ps, int i, Amount a) throws SQLException {
    ps.setString(i, a == null ? null : a.text());
    ps.setString(i + 1, a == null || a.cny() == null ? null : a.cny().toPlainString());
    return i + 2;
  }

  private static void insertAttachments(Connection c, NoticeRecord r) throws SQLException {
    String sql = "INSERT INTO attachments (notice_id, seq, url, name, content_type, status, cause, parts, sha256,"
        + " warc_file, warc_record_id) VALUES (?,?,?,?,?,?,?,?,?,?,?)";
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      int seq = 0;
      for (var a : r.attachments()) {
        ps.setString(1, r.id());
        ps.setInt(2, seq++);
        ps.setString(3, a.url());
        ps.setString(4, a.name());
        ps.setString(5, a.contentType());
        ps.setString(6, a.status());
        ps.setString(7, a.cause());
        ps.setInt(8, a.parts());
        ps.setString(9, a.archive() == null ? null : a.archive().sha256());
        ps.setString(10, a.archive() == null ? null : a.archive().warcFile());
        ps.setString(11, a.archive() == null ? null : a.archive().recordId());
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  private static void insertSuppliers(Connection c, NoticeRecord r) throws SQLException {
    String sql = "INSERT INTO suppliers (notice_id, seq, name, lot, amount_text, amount_cny) VALUES (?,?,?,?,?,?)";
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      int seq = 0;
      for (SupplierAward s : r.notice().suppliers()) {
        ps.setString(1, r.id());
        ps.setInt(2, seq++);
        ps.setString(3, s.name());
        ps.setString(4, s.lot());
        setAmount(ps, 5, s.amount());
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  private static void insertFlags(Connection c, NoticeRecord r) throws SQLException {
    String sql = "INSERT INTO flags (notice_id, seq, category, term, snippet, attachment, page, section,"
        + " lexicon_version) VALUES (?,?,?,?,?,?,?,?,?)";
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      int seq = 0;
      for (Flag f : r.flags()) {
        ps.setString(1, r.id());
        ps.setInt(2, seq++);
        ps.setString(3, f.category());
        ps.setString(4, f.term());
        ps.setString(5, f.snippet());
        ps.setString(6, f.location().attachment());
        if (f.location().page() == null) {
          ps.setNull(7, Types.INTEGER);
        } else {
          ps.setInt(7, f.location().page());
        }
        ps.setString(8, f.location().section());
        ps.setInt(9, r.lexiconVersion());
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  /** Removes every notice and what hangs off it (reindex rebuilds them from the archive). */
  public void deleteAllNotices() {
    db.inTransaction(() -> {
      try (var s = db.connection().createStatement()) {
        for (String t : List.of("flags", "suppliers", "attachments", "links", "screening", "notice_urls",
            "notice_problems", "notices")) {
          s.executeUpdate("DELETE FROM " + t);
        }
      }
    });
  }
}
