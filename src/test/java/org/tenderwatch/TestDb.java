package org.tenderwatch;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The tests' one way to read a data folder's database as a person would: rows of a query, columns by tabs. */
public final class TestDb {
  private TestDb() {}

  /** Rows of one query on {@code data}'s tenderwatch.db, columns joined by tabs (a SQL error names the query). */
  public static List<String> rows(Path data, String sql) {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + data.resolve("tenderwatch.db"));
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
