package org.tenderwatch.crawl;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.tenderwatch.store.Database;
import org.tenderwatch.store.StoreException;

/** One row per crawl pass ({@code crawl_runs}) and the per-source summary ({@code sources}) derived from them. */
public final class HealthStore {
  /** Recent passes the mean notices per run is taken over. */
  static final int WINDOW = 20;

  /**
   * One finished pass.
   *
   * @param outcome ok, failed (no list page could be read) or blocked (captcha / challenge)
   */
  public record Run(String source, String name, Instant startedAt, Instant finishedAt, String outcome, String cause,
      int listPages, int notices, int updated, int notModified, int gone, int attachments, int requests,
      int failures, int parseFailures) {

    /** The pass as its report tells it; without a report ({@code r} null) the pass crashed with {@code crash}. */
    public static Run of(String source, String name, Instant started, Instant finished, CrawlReport r,
        String crash) {
      String outcome;
      String cause;
      if (r == null) {
        outcome = "failed";
        cause = "crawl crashed: " + crash;
      } else if (r.blocked() != null) {
        outcome = "blocked";
        cause = r.blocked();
      } else if (r.listPages() == 0 && !r.failures().isEmpty()) {
        outcome = "failed";
        cause = "no list page could be read: " + r.failures().get(0);
      } else {
        outcome = "ok";
        cause = null;
      }
      r = r != null ? r : new CrawlReport(source, 0, 0, 0, 0, 0, 0, List.of(), java.time.Duration.ZERO);
      return new Run(source, name, started, finished, outcome, cause, r.listPages(), r.notices(), r.updated(),
          r.notModified(), r.gone(), r.attachments(), r.requests(), r.failures().size(), r.parseFailures());
    }
  }

  private final Database db;

  public HealthStore(Database db) {
    this.db = db;
  }

  /** Stores a pass and brings the source's summary up to date; {@code alarmAfter} is crawl.zeroYieldRuns. */
  public void record(Run r, int alarmAfter) {
    db.inTransaction(() -> {
      insertRun(r);
      int consecutive = "ok".equals(r.outcome()) ? 0 : consecutiveFailures(r.source()) + 1;
      int zero = zeroYieldRuns(r.source());
      String status = SourceHealth.status(r.outcome(), r.cause(), consecutive, r.parseFailures(), zero, alarmAfter);
      try (PreparedStatement ps = db.connection().prepareStatement("""
          INSERT INTO sources (id, name, last_run_at, last_success_at, last_notices, consecutive_failures, status,
            cause, parse_failures, zero_yield_runs)
          VALUES (?,?,?,?,?,?,?,?,?,?)
          ON CONFLICT(id) DO UPDATE SET name=excluded.name, last_run_at=excluded.last_run_at,
            last_success_at=coalesce(excluded.last_success_at, sources.last_success_at),
            last_notices=excluded.last_notices, consecutive_failures=excluded.consecutive_failures,
            status=excluded.status, cause=excluded.cause, parse_failures=excluded.parse_failures,
            zero_yield_runs=excluded.zero_yield_runs""")) {
        ps.setString(1, r.source());
        ps.setString(2, r.name());
        ps.setString(3, r.finishedAt().toString());
        ps.setString(4, "ok".equals(r.outcome()) ? r.finishedAt().toString() : null);
        ps.setInt(5, r.notices());
        ps.setInt(6, consecutive);
        ps.setString(7, status);
        ps.setString(8, r.cause());
        ps.setInt(9, r.parseFailures());
        ps.setInt(10, zero);
        ps.executeUpdate();
      }
    });
  }

  private void insertRun(Run r) throws SQLException {
    try (PreparedStatement ps = db.connection().prepareStatement("""
        INSERT INTO crawl_runs (source, started_at, finished_at, outcome, cause, list_pages, notices,
          updated, not_modified, gone, attachments, requests, failures, parse_failures)
        VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)
        ON CONFLICT(source, started_at) DO UPDATE SET finished_at=excluded.finished_at, outcome=excluded.outcome,
          cause=excluded.cause, list_pages=excluded.list_pages, notices=excluded.notices, updated=excluded.updated,
          not_modified=excluded.not_modified, gone=excluded.gone, attachments=excluded.attachments,
          requests=excluded.requests, failures=excluded.failures, parse_failures=excluded.parse_failures""")) {
      int i = 1;
      ps.setString(i++, r.source());
      ps.setString(i++, r.startedAt().toString());
      ps.setString(i++, r.finishedAt().toString());
      ps.setString(i++, r.outcome());
      ps.setString(i++, r.cause());
      for (int v : new int[] {r.listPages(), r.notices(), r.updated(), r.notModified(), r.gone(), r.attachments(),
          r.requests(), r.failures(), r.parseFailures()}) {
        ps.setInt(i++, v);
      }
      ps.executeUpdate();
    }
  }

  private int consecutiveFailures(String source) throws SQLException {
    try (PreparedStatement ps = db.connection().prepareStatement(
        "SELECT consecutive_failures FROM sources WHERE id = ?")) {
      ps.setString(1, source);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getInt(1) : 0;
      }
    }
  }

  /** Trailing passes without a new or changed notice, when an earlier pass had some; else 0. */
  private int zeroYieldRuns(String source) throws SQLException {
    try (PreparedStatement ps = db.connection().prepareStatement(
        "SELECT notices + updated FROM crawl_runs WHERE source = ? AND outcome = 'ok' ORDER BY started_at DESC")) {
      ps.setString(1, source);
      try (ResultSet rs = ps.executeQuery()) {
        int zero = 0;
        while (rs.next()) {
          if (rs.getInt(1) > 0) {
            return zero;
          }
          zero++;
        }
        return 0; // it never yielded: nothing to miss
      }
    }
  }

  /** The summary of every source that has run, by id. */
  public List<SourceHealth> all() {
    var out = new ArrayList<SourceHealth>();
    synchronized (db) {
      try (PreparedStatement ps = db.connection().prepareStatement("""
          SELECT s.id, s.name, s.status, s.last_run_at, s.last_success_at, s.last_notices, s.consecutive_failures,
            s.parse_failures, s.zero_yield_runs,
            (SELECT avg(n) FROM (SELECT notices AS n FROM crawl_runs r WHERE r.source = s.id
               ORDER BY started_at DESC LIMIT ?) AS recent),
            (SELECT count(*) FROM crawl_runs r WHERE r.source = s.id)
          FROM sources s ORDER BY s.id""")) {
        ps.setInt(1, WINDOW);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            String last = rs.getString(4);
            String ok = rs.getString(5);
            out.add(new SourceHealth(rs.getString(1), rs.getString(2), rs.getString(3),
                last == null ? null : Instant.parse(last), ok == null ? null : Instant.parse(ok), rs.getInt(6),
                rs.getDouble(10), rs.getInt(7), rs.getInt(8), rs.getInt(9), rs.getInt(11)));
          }
        }
      } catch (SQLException e) {
        throw new StoreException("source health: " + e.getMessage(), e);
      }
    }
    return out;
  }

  /** When the source's last pass ended, or null (the daemon's missed-run check). */
  public Instant lastRun(String source) {
    return all().stream().filter(h -> h.source().equals(source)).map(SourceHealth::lastRunAt).findFirst()
        .orElse(null);
  }
}
