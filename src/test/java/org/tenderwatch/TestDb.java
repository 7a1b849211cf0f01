package org.tenderwatch;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The tests' one way to read a data folder's database as a person would: rows of a query, columns by tabs. */
public final class TestDb {
  private TestDb() {}

  /** Data folders whose store is a PostgreSQL database instead of their tenderwatch.db, with its URL. */
  private static final Map<Path, String> SERVERS = new ConcurrentHashMap<>();

  /** Until {@link #forget}, {@link #rows} reads {@code data}'s store at {@code jdbcUrl} (store.url of its config). */
  public static void storeOf(Path data, String jdbcUrl) {
    SERVERS.put(data.toAbsolutePath(), jdbcUrl);
  }

  public static void forget(Path data) {
    SERVERS.remove(data.toAbsolutePath());
  }

  /** Whether {@code data}'s store is a server (no PRAGMA there). */
  public static boolean onServer(Path data) {
    return SERVERS.containsKey(data.toAbsolutePath());
  }

  /** Rows of one query on {@code data}'s store, columns joined by tabs (a SQL error names the query). */
  public static List<String> rows(Path data, String sql) {
    String url = SERVERS.getOrDefault(data.toAbsolutePath(), "jdbc:sqlite:" + data.resolve("tenderwatch.db"));
    try (Connection c = DriverManager.getConnection(url);
        Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      List<String> out = new ArrayList<>();
      int cols = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        StringBuilder b = new StringBuilder();
        for (int i = 1; i <= cols; i++) {
          b.append(i > 1 ? "\t" : "").append(rs.getString(i));
        }
        out.add(b.toString());
      }
      return out;
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }
}
