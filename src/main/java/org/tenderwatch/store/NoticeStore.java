package org.tenderwatch.store;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tenderwatch.extract.Amount;
import org.tenderwatch.extract.Notice;
import org.tenderwatch.extract.SupplierAward;
import org.tenderwatch.flag.Flag;
import tools.jackson.databind.json.JsonMapper;

/** Notices, their attachments, suppliers and flags, and the case links between them. */
public final class NoticeStore {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final Database db;
  private final org.tenderwatch.config.CaseRules caseRules;

  public NoticeStore(Database db) {
    this(db, org.tenderwatch.config.CaseRules.DEFAULT);
  }

  public NoticeStore(Database db, org.tenderwatch.config.CaseRules caseRules) {
    this.db = db;
    this.caseRules = caseRules;
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
      link(c, r);
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

  /** Every URL a notice was found at, its own first. */
  public List<String> urls(String noticeId) {
    synchronized (db) {
      try (PreparedStatement ps = db.connection().prepareStatement(
          "SELECT u.url FROM notice_urls u JOIN notices n ON n.id = u.notice_id WHERE u.notice_id = ?"
              + " ORDER BY u.url <> n.url, u.rowid")) {
        ps.setString(1, noticeId);
        List<String> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.add(rs.getString(1));
          }
        }
        return out;
      } catch (SQLException e) {
        throw new StoreException("urls of " + noticeId + ": " + e.getMessage(), e);
      }
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

  /**
   * Which case a notice joins, strongest evidence first: the portal's own link to another stored notice, the
   * normalized project number, then (without a project number) an earlier notice of the same buyer whose title
   * names the same project (config/cases.yaml). Otherwise the notice is a case of its own.
   */
  private void link(Connection c, NoticeRecord r) throws SQLException {
    String caseId = null;
    String method = "none";
    String portal = portalCase(c, r);
    if (portal != null) {
      caseId = portal;
      method = "portal";
    } else if (r.caseKey() != null) {
      caseId = "p:" + r.caseKey();
      method = "project_no";
    } else {
      String similar = titleCase(c, r);
      if (similar != null) {
        caseId = similar;
        method = "title";
      }
    }
    try (PreparedStatement ps = c.prepareStatement(
        "INSERT INTO links (notice_id, case_id, method) VALUES (?,?,?) ON CONFLICT(notice_id) DO UPDATE SET"
            + " case_id=excluded.case_id, method=excluded.method")) {
      ps.setString(1, r.id());
      ps.setString(2, caseId == null ? r.id() : caseId);
      ps.setString(3, method);
      ps.executeUpdate();
    }
  }

  /** The case of the first related URL that is a stored notice (政采云 announcementLinkDtoList). */
  private static String portalCase(Connection c, NoticeRecord r) throws SQLException {
    for (String url : r.relatedUrls()) {
      try (PreparedStatement ps = c.prepareStatement(
          "SELECT l.case_id FROM notice_urls u JOIN links l ON l.notice_id = u.notice_id WHERE u.url = ?"
              + " AND u.notice_id <> ? LIMIT 1")) {
        ps.setString(1, url);
        ps.setString(2, r.id());
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
  private String titleCase(Connection c, NoticeRecord r) throws SQLException {
    var n = r.notice();
    if (n.buyer() == null || n.buyer().isBlank() || n.publishedAt() == null) {
      return null;
    }
    String best = null;
    double bestScore = caseRules.titleSimilarity();
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT n.title, n.published_at, l.case_id FROM notices n JOIN links l ON l.notice_id = n.id"
            + " WHERE n.buyer = ? AND n.id <> ? AND n.published_at IS NOT NULL ORDER BY n.published_at, n.id")) {
      ps.setString(1, n.buyer());
      ps.setString(2, r.id());
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          var other = java.time.LocalDateTime.parse(rs.getString(2));
          long days = Math.abs(java.time.Duration.between(other, n.publishedAt()).toDays());
          double score = Titles.similarity(n.title(), rs.getString(1));
          if (days <= caseRules.maxDays() && score >= bestScore) {
            best = rs.getString(3);
            bestScore = score;
          }
        }
      }
    }
    return best;
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

  public int count() {
    return queryInt("SELECT count(*) FROM notices");
  }

  public int flagCount() {
    return queryInt("SELECT count(*) FROM flags");
  }

  private int queryInt(String sql) {
    synchronized (db) {
      try (var s = db.connection().createStatement(); ResultSet rs = s.executeQuery(sql)) {
        return rs.next() ? rs.getInt(1) : 0;
      } catch (SQLException e) {
        throw new StoreException(sql + ": " + e.getMessage(), e);
      }
    }
  }

  /** Notices, newest first, optionally of one source and type. */
  public List<NoticeView> notices(String source, String type, int limit) {
    String sql = "SELECT n.*, l.case_id FROM notices n LEFT JOIN links l ON l.notice_id = n.id"
        + " WHERE (? IS NULL OR n.source = ?) AND (? IS NULL OR n.type = ?)"
        + " ORDER BY n.published_at DESC, n.id LIMIT ?";
    return query(sql, ps -> {
      ps.setString(1, source);
      ps.setString(2, source);
      ps.setString(3, type);
      ps.setString(4, type);
      ps.setInt(5, limit);
    });
  }

  public NoticeView notice(String id) {
    List<NoticeView> l = query(
        "SELECT n.*, l.case_id FROM notices n LEFT JOIN links l ON l.notice_id = n.id WHERE n.id = ?",
        ps -> ps.setString(1, id));
    return l.isEmpty() ? null : l.get(0);
  }

  /**
   * Every case with at least one flag, newest first: its flagged notice, its winners from the award notices,
   * its status.
   */
  public List<CaseView> flaggedCases() {
    List<String> caseIds = queryStrings(
        "SELECT DISTINCT l.case_id FROM links l JOIN flags f ON f.notice_id = l.notice_id");
    List<CaseView> cases = new ArrayList<>();
    for (String caseId : caseIds) {
      cases.add(caseView(caseId));
    }
    cases.sort(Comparator.comparing((CaseView c) -> nullToEmpty(c.notice().publishedAt())).reversed());
    return cases;
  }

  /** Every supplier that won a case, most wins first (see {@link SupplierSummary}). */
  public List<SupplierSummary> suppliers() {
    List<String> caseIds = queryStrings("SELECT DISTINCT l.case_id FROM links l JOIN notices n ON n.id = l.notice_id"
        + " JOIN suppliers s ON s.notice_id = n.id WHERE n.type = 'award' ORDER BY l.case_id");
    Map<String, SupplierTally> tallies = new java.util.TreeMap<>();
    for (String caseId : caseIds) {
      CaseView c = caseView(caseId);
      List<String> buyers = c.screening().stream().filter(s -> s.party().equals("buyer"))
          .map(s -> s.name() + " = " + s.listedName()).distinct().toList();
      Map<String, BigDecimal> won = new LinkedHashMap<>();
      for (NoticeView.Supplier w : c.winners()) {
        BigDecimal sum = won.get(w.name());
        won.put(w.name(), w.amountCny() == null ? sum : sum == null ? w.amountCny() : sum.add(w.amountCny()));
      }
      won.forEach((name, amount) -> {
        SupplierTally t = tallies.computeIfAbsent(name, SupplierTally::new);
        t.wins++;
        t.total = amount == null ? t.total : t.total.add(amount);
        t.flagged += c.flags().isEmpty() ? 0 : 1;
        buyers.forEach(t.listedBuyers::add);
        c.screening().stream().filter(s -> s.party().equals("supplier") && s.name().equals(name)).findFirst()
            .ifPresent(s -> t.listed = s.listedName());
      });
    }
    return tallies.values().stream().map(SupplierTally::summary)
        .sorted(Comparator.comparingInt(SupplierSummary::wins).reversed()
            .thenComparing(SupplierSummary::flaggedWins, Comparator.reverseOrder())
            .thenComparing(SupplierSummary::name))
        .toList();
  }

  private static final class SupplierTally {
    final String name;
    int wins;
    int flagged;
    BigDecimal total = BigDecimal.ZERO;
    final java.util.Set<String> listedBuyers = new java.util.LinkedHashSet<>();
    String listed;

    SupplierTally(String name) {
      this.name = name;
    }

    SupplierSummary summary() {
      return new SupplierSummary(name, wins, total, flagged, List.copyOf(listedBuyers), listed);
    }
  }

  /** One case (the notices sharing a case id), assembled like {@link #flaggedCases()}; null if there is none. */
  public CaseView caseView(String caseId) {
    List<NoticeView> members = query(
        "SELECT n.*, l.case_id FROM notices n JOIN links l ON l.notice_id = n.id WHERE l.case_id = ?"
            + " ORDER BY n.published_at, n.id",
        ps -> ps.setString(1, caseId));
    return members.isEmpty() ? null : Cases.assemble(caseId, members);
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }

  @FunctionalInterface
  private interface Binder {
    void bind(PreparedStatement ps) throws SQLException;
  }

  private List<String> queryStrings(String sql) {
    synchronized (db) {
      try (var s = db.connection().createStatement(); ResultSet rs = s.executeQuery(sql)) {
        List<String> out = new ArrayList<>();
        while (rs.next()) {
          out.add(rs.getString(1));
        }
        return out;
      } catch (SQLException e) {
        throw new StoreException(sql + ": " + e.getMessage(), e);
      }
    }
  }

  private List<NoticeView> query(String sql, Binder binder) {
    synchronized (db) {
      Connection c = db.connection();
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        binder.bind(ps);
        Map<String, NoticeView> rows = new LinkedHashMap<>();
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            rows.put(rs.getString("id"), view(c, rs));
          }
        }
        return new ArrayList<>(rows.values());
      } catch (SQLException e) {
        throw new StoreException("query failed: " + e.getMessage(), e);
      }
    }
  }

  private static NoticeView view(Connection c, ResultSet rs) throws SQLException {
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
          var loc = new org.tenderwatch.extract.Location(rs.getString(4), onPage, rs.getString(6));
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
            + " l.notice_id <> ? ORDER BY n.published_at, n.id")) {
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
