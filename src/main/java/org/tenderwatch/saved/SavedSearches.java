package org.tenderwatch.saved;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tenderwatch.index.IndexedNotice;
import org.tenderwatch.index.NoticeIndex;
import org.tenderwatch.index.QuerySyntaxException;
import org.tenderwatch.store.Database;

/**
 * Add, list, run, edit and remove saved searches, and match each newly indexed notice against all of them.
 *
 * <p>Adding (or editing) a search records its hits over everything already indexed as backfill, so the first
 * {@code run} afterwards shows only what arrives later. A hit is a row (search, notice); matching a notice twice
 * (a re-crawl, a reindex) leaves one row with its first time.
 */
public final class SavedSearches implements Closeable {
  private static final Logger LOG = LoggerFactory.getLogger(SavedSearches.class);
  /** Names are typed on the command line and in subscribers.yaml: one word, no spaces. */
  private static final String NAME = "[\\p{L}\\p{N}][\\p{L}\\p{N}_.-]{0,63}";

  private final Database db;
  private final NoticeIndex index;
  private final Clock clock;
  private final SavedSearchMonitor monitor;
  private final SavedSearchReads reads;

  private SavedSearches(Database db, NoticeIndex index, Clock clock, SavedSearchMonitor monitor) {
    this.db = db;
    this.index = index;
    this.clock = clock;
    this.monitor = monitor;
    this.reads = new SavedSearchReads(db);
  }

  /** Opens the Monitor in {@code monitorDir} and brings it in line with the searches in SQL. */
  public static SavedSearches open(Database db, NoticeIndex index, Path monitorDir, Clock clock) {
    SavedSearchMonitor monitor = new SavedSearchMonitor(monitorDir);
    SavedSearches s = new SavedSearches(db, index, clock, monitor);
    try {
      Map<Long, String[]> stored = new LinkedHashMap<>();
      s.list().forEach(x -> stored.put(x.id(), new String[] {x.name(), x.query()}));
      int changed = monitor.reconcile(stored);
      if (changed > 0) {
        LOG.info("saved-search monitor brought in line with the database: {} queries changed", changed);
      }
    } catch (IOException | RuntimeException e) {
      try {
        monitor.close();
      } catch (IOException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
    }
    return s;
  }

  /**
   * The saved searches in SQL without the Monitor (whose folder one writing process holds): lists and hits work,
   * adding, changing and matching do not.
   */
  public static SavedSearches openReader(Database db, NoticeIndex index, Clock clock) {
    return new SavedSearches(db, index, clock, null);
  }

  private SavedSearchMonitor monitor() {
    if (monitor == null) {
      throw new SavedSearchException("saved searches are open read-only in this process");
    }
    return monitor;
  }

  /**
   * What {@code saved add} and {@code saved edit} report.
   *
   * @param preview how many indexed notices the query matches now (all recorded as existing hits)
   */
  public record Added(SavedSearch search, long preview) {}

  /** Validates the query, stores the search, records its current hits as existing, registers it for new ones. */
  public Added add(String name, String query, String owner) throws QuerySyntaxException {
    if (name == null || !name.matches(NAME)) {
      throw new SavedSearchException("a saved search name is one word of letters, digits, _ . - (at most 64): '"
          + name + "'");
    }
    index.validate(query);
    if (find(name) != null) {
      throw new SavedSearchException("a saved search named '" + name + "' exists; use `saved edit " + name + "`");
    }
    List<String> existing = matching(query);
    Instant now = clock.instant();
    long[] id = new long[1];
    db.inTransaction(() -> {
      try (PreparedStatement ps = db.connection().prepareStatement(
          "INSERT INTO saved_searches (name, query, owner, created_at, updated_at) VALUES (?,?,?,?,?)")) {
        ps.setString(1, name);
        ps.setString(2, query);
        ps.setString(3, owner);
        ps.setString(4, ts(now));
        ps.setString(5, ts(now));
        ps.executeUpdate();
      }
      id[0] = longOf("SELECT id FROM saved_searches WHERE name = ?", name);
      backfill(id[0], existing, now);
    });
    monitor().register(id[0], name, query);
    return new Added(find(name), existing.size());
  }

  /** Replaces the query (and the owner when given); the new query's current hits count as existing. */
  public Added edit(String name, String query, String owner) throws QuerySyntaxException {
    SavedSearch old = require(name);
    String q = query == null ? old.query() : query;
    index.validate(q);
    List<String> existing = matching(q);
    Instant now = clock.instant();
    db.inTransaction(() -> {
      try (PreparedStatement ps = db.connection().prepareStatement(
          "UPDATE saved_searches SET query = ?, owner = ?, updated_at = ? WHERE id = ?")) {
        ps.setString(1, q);
        ps.setString(2, owner == null ? old.owner() : owner);
        ps.setString(3, ts(now));
        ps.setLong(4, old.id());
        ps.executeUpdate();
      }
      backfill(old.id(), existing, now);
    });
    monitor().register(old.id(), name, q); // same id: the Monitor replaces the query
    return new Added(find(name), existing.size());
  }

  /** Removes the search and its hits. */
  public void remove(String name) {
    SavedSearch s = require(name);
    db.inTransaction(() -> {
      try (PreparedStatement ps = db.connection().prepareStatement("DELETE FROM saved_searches WHERE id = ?")) {
        ps.setLong(1, s.id());
        ps.executeUpdate();
      }
    });
    monitor().delete(s.id());
  }

  /** The hits new since the last run (not backfill, not shown yet), oldest match first; marks them seen. */
  public List<SavedHit> run(String name) {
    SavedSearch s = require(name);
    Instant now = clock.instant();
    List<SavedHit> hits = reads.hits(s, "h.backfill = 0 AND h.seen_at IS NULL");
    db.inTransaction(() -> {
      Connection c = db.connection();
      try (PreparedStatement seen = c.prepareStatement(
              "UPDATE saved_search_hits SET seen_at = ? WHERE search_id = ? AND notice_id = ?");
          PreparedStatement run = c.prepareStatement("UPDATE saved_searches SET last_run_at = ? WHERE id = ?")) {
        for (SavedHit h : hits) {
          seen.setString(1, ts(now));
          seen.setLong(2, s.id());
          seen.setString(3, h.noticeId());
          seen.addBatch();
        }
        seen.executeBatch();
        run.setString(1, ts(now));
        run.setLong(2, s.id());
        run.executeUpdate();
      }
    });
    return hits;
  }

  /** Every saved search, by name, with hit counts. */
  public List<SavedSearch> list() {
    return reads.searches("");
  }

  /** The search of that name, or null. */
  public SavedSearch find(String name) {
    List<SavedSearch> l = reads.searches(name);
    return l.isEmpty() ? null : l.getFirst();
  }

  private SavedSearch require(String name) {
    SavedSearch s = find(name);
    if (s == null) {
      throw new SavedSearchException("no saved search named '" + name + "' (see `saved list`)");
    }
    return s;
  }

  /**
   * Matches a notice that was just indexed against every saved search and records the hits. A failure is logged,
   * not thrown: the notice is stored and indexed already, and a reindex matches it again.
   */
  public void onIndexed(IndexedNotice notice) {
    List<Long> ids;
    try {
      ids = monitor().match(notice);
    } catch (RuntimeException e) {
      LOG.warn("saved searches not matched on notice {}: {}", notice.id(), e.toString());
      return;
    }
    if (ids.isEmpty()) {
      return;
    }
    Instant now = clock.instant();
    db.inTransaction(() -> {
      try (PreparedStatement ps = db.connection().prepareStatement(
          "INSERT INTO saved_search_hits (search_id, notice_id, matched_at, backfill) VALUES (?,?,?,0)"
              + " ON CONFLICT DO NOTHING")) {
        for (long id : ids) {
          ps.setLong(1, id);
          ps.setString(2, notice.id());
          ps.setString(3, ts(now));
          ps.addBatch();
        }
        ps.executeBatch();
      }
    });
  }

  private List<String> matching(String query) throws QuerySyntaxException {
    try {
      return index.matchingIds(query);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot search the index", e);
    }
  }

  private void backfill(long searchId, List<String> noticeIds, Instant now) throws SQLException {
    try (PreparedStatement ps = db.connection().prepareStatement(
        "INSERT INTO saved_search_hits (search_id, notice_id, matched_at, backfill, seen_at) VALUES (?,?,?,1,?)"
            + " ON CONFLICT DO NOTHING")) {
      for (String n : noticeIds) {
        ps.setLong(1, searchId);
        ps.setString(2, n);
        ps.setString(3, ts(now));
        ps.setString(4, ts(now));
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  private long longOf(String sql, String arg) throws SQLException {
    try (PreparedStatement ps = db.connection().prepareStatement(sql)) {
      ps.setString(1, arg);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  /** Fixed-width UTC timestamps, so that SQL orders them as text correctly (Instant.toString drops zeros). */
  static String ts(Instant t) {
    return TS.format(t);
  }

  private static final java.time.format.DateTimeFormatter TS = java.time.format.DateTimeFormatter
      .ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSX", java.util.Locale.ROOT).withZone(java.time.ZoneOffset.UTC);

  /** Number of queries the Monitor holds (for status output and tests). */
  public int monitored() {
    try {
      return monitor().count();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() throws IOException {
    if (monitor != null) {
      monitor.close();
    }
  }
}
