package org.tenderwatch.crawl.search;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.tenderwatch.store.Database;
import org.tenderwatch.store.StoreException;

/**
 * The windows a backfill walks, in the database (table search_windows): a killed or stopped backfill resumes at the
 * first window not done, at the first result page not handled, so nothing it already handled is fetched again.
 */
public final class SearchWindows implements SearchPass.Windows {
  private final Database db;
  private final String source;
  private final LocalDate since;
  private final LocalDate until;

  /** The windows of one search source whose days lie within since..until. */
  public SearchWindows(Database db, String source, LocalDate since, LocalDate until) {
    this.db = db;
    this.source = source;
    this.since = since;
    this.until = until;
  }

  /** Adds the windows not there already (a rerun of the same backfill finds its rows), in one transaction. */
  public void ensure(List<Window> windows) {
    db.inTransaction(() -> {
      for (Window w : windows) {
        insert(w);
      }
    });
  }

  private void insert(Window w) throws SQLException {
    try (PreparedStatement ps = db.connection().prepareStatement("INSERT INTO search_windows"
        + " (source, term, from_date, to_date, status, updated_at) VALUES (?,?,?,?,'pending',?)"
        + " ON CONFLICT DO NOTHING")) {
      ps.setString(1, source);
      ps.setString(2, w.term());
      ps.setString(3, w.from().toString());
      ps.setString(4, w.to().toString());
      ps.setString(5, Instant.now().toString());
      ps.executeUpdate();
    }
  }

  @Override
  public Window next() {
    synchronized (db) {
      try (PreparedStatement ps = db.connection().prepareStatement("SELECT term, from_date, to_date, pages_done, results"
          + " FROM search_windows WHERE source = ? AND status = 'pending' AND from_date >= ? AND to_date <= ?"
          + " ORDER BY term, from_date LIMIT 1")) {
        ps.setString(1, source);
        ps.setString(2, since.toString());
        ps.setString(3, until.toString());
        try (ResultSet rs = ps.executeQuery()) {
          if (!rs.next()) {
            return null;
          }
          int pagesDone = rs.getInt(4);
          int results = rs.getInt(5);
          Integer stated = rs.wasNull() ? null : results; // wasNull speaks of the last column read: read it here
          return new Window(rs.getString(1), LocalDate.parse(rs.getString(2)), LocalDate.parse(rs.getString(3)),
              pagesDone, stated);
        }
      } catch (SQLException e) {
        throw new StoreException("search windows: " + e.getMessage(), e);
      }
    }
  }

  @Override
  public void split(Window w, Window first, Window second) {
    db.inTransaction(() -> {
      update(w, "split", null);
      insert(first);
      insert(second);
    });
  }

  @Override
  public void page(Window w, int pagesDone, Integer results, int hits) {
    db.inTransaction(() -> {
      try (PreparedStatement ps = db.connection().prepareStatement("UPDATE search_windows SET pages_done = ?,"
          + " results = coalesce(?, results), hits = hits + ?, updated_at = ? WHERE source = ? AND term = ?"
          + " AND from_date = ? AND to_date = ?")) {
        ps.setInt(1, pagesDone);
        if (results == null) {
          ps.setNull(2, java.sql.Types.INTEGER);
        } else {
          ps.setInt(2, results);
        }
        ps.setInt(3, hits);
        ps.setString(4, Instant.now().toString());
        bindKey(ps, 5, w);
        ps.executeUpdate();
      }
    });
  }

  @Override
  public void done(Window w, String note) {
    db.inTransaction(() -> update(w, "done", note));
  }

  private void update(Window w, String status, String note) throws SQLException {
    try (PreparedStatement ps = db.connection().prepareStatement("UPDATE search_windows SET status = ?, note = ?,"
        + " updated_at = ? WHERE source = ? AND term = ? AND from_date = ? AND to_date = ?")) {
      ps.setString(1, status);
      ps.setString(2, note);
      ps.setString(3, Instant.now().toString());
      bindKey(ps, 4, w);
      ps.executeUpdate();
    }
  }

  private void bindKey(PreparedStatement ps, int at, Window w) throws SQLException {
    ps.setString(at, source);
    ps.setString(at + 1, w.term());
    ps.setString(at + 2, w.from().toString());
    ps.setString(at + 3, w.to().toString());
  }

  @Override
  public boolean resumable() {
    return true;
  }

  @Override
  public SearchPass.Progress progress() {
    Map<String, Integer> counts = counts(db, source, since, until);
    int done = counts.getOrDefault("done", 0);
    return new SearchPass.Progress(done, done + counts.getOrDefault("pending", 0));
  }

  /** Windows of a source by status (pending, split, done), within since..until, or all when both are null. */
  public static Map<String, Integer> counts(Database db, String source, LocalDate since, LocalDate until) {
    Map<String, Integer> out = new java.util.TreeMap<>();
    synchronized (db) {
      try (PreparedStatement ps = db.connection().prepareStatement("SELECT status, count(*) FROM search_windows"
          + " WHERE source = ? AND from_date >= ? AND to_date <= ? GROUP BY status")) {
        ps.setString(1, source);
        ps.setString(2, since == null ? "0000" : since.toString());
        ps.setString(3, until == null ? "9999" : until.toString());
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.put(rs.getString(1), rs.getInt(2));
          }
        }
      } catch (SQLException e) {
        throw new StoreException("search windows: " + e.getMessage(), e);
      }
    }
    return out;
  }

}
