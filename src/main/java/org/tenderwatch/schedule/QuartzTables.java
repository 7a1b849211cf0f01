package org.tenderwatch.schedule;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Creates Quartz's tables in the store's PostgreSQL database from Quartz's own DDL (shipped as a resource) when they
 * are missing. Several nodes may start at once: an advisory lock makes one of them create, the others find them.
 */
public final class QuartzTables {
  static final String DDL = "/schedule/quartz_tables_postgres.sql";
  /** Any fixed number: the advisory lock nodes take while one of them creates the tables. */
  private static final long CREATE_LOCK = 0x7477_5154L;

  private QuartzTables() {}

  /** Creates the tables unless they exist; returns whether it created them. */
  public static boolean ensure(JobStores.Cluster cluster) {
    try (Connection c = cluster.connect()) {
      c.setAutoCommit(false);
      try (Statement s = c.createStatement()) {
        s.execute("SELECT pg_advisory_xact_lock(" + CREATE_LOCK + ")");
        boolean exists;
        try (var rs = s.executeQuery("SELECT to_regclass('qrtz_locks') IS NOT NULL")) {
          exists = rs.next() && rs.getBoolean(1);
        }
        if (!exists) {
          for (String stmt : statements()) {
            s.execute(stmt);
          }
        }
        c.commit();
        return !exists;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create Quartz's tables in " + redacted(cluster.url()) + ": "
          + e.getMessage(), e);
    }
  }

  /** The DDL's statements without its DROPs (never drop another node's schedules) and its closing COMMIT. */
  static java.util.List<String> statements() {
    String sql;
    try (InputStream in = QuartzTables.class.getResourceAsStream(DDL)) {
      if (in == null) {
        throw new IllegalStateException(DDL + " missing from the jar");
      }
      sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return java.util.Arrays.stream(sql.replaceAll("(?m)^--.*$", "").split(";"))
        .map(String::strip)
        .filter(s -> !s.isEmpty() && !s.startsWith("DROP") && !s.equalsIgnoreCase("COMMIT"))
        .toList();
  }

  /** The URL without its password, for messages. */
  static String redacted(String url) {
    return url.replaceAll("(?i)(password=)[^&]*", "$1***");
  }
}
