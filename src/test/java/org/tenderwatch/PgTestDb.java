package org.tenderwatch;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A fresh PostgreSQL database per test on the loopback server .ci/run starts (role and password tenderwatch), dropped
 * on close. A test that needs one is skipped, naming the package, when the server is not reachable.
 */
public final class PgTestDb implements AutoCloseable {
  static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";
  static final String AUTH = "user=tenderwatch&password=tenderwatch";

  private final String name;

  private PgTestDb(String name) {
    this.name = name;
  }

  /** Creates tw_&lt;random&gt;; skips the test when PostgreSQL is not there. */
  public static PgTestDb create() {
    String name = "tw_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    try (Connection c = admin(); Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      assumeTrue(false, "missing system package: postgresql (" + e.getMessage() + ")");
    }
    return new PgTestDb(name);
  }

  private static Connection admin() throws SQLException {
    return DriverManager.getConnection(SERVER + "tenderwatch?" + AUTH + "&connectTimeout=3");
  }

  /** The JDBC URL of this database, credentials included. */
  public String url() {
    return SERVER + name + "?" + AUTH;
  }

  @Override
  public void close() throws SQLException {
    try (Connection c = admin(); Statement s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }
  }
}
