package org.tenderwatch.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import org.tenderwatch.config.StoreSettings;

/** Opening the store's one connection, per dialect, where each keeps its schema version, and how it is named. */
final class Connections {
  /** PostgreSQL keeps the version in this one-row table (SQLite in its header, PRAGMA user_version). */
  static final String VERSION_TABLE = "tenderwatch_schema";
  /** pg_advisory_xact_lock key: two nodes starting at once migrate one after the other, never both. */
  static final long MIGRATION_LOCK = 0x7465_6e64_6572L; // "tender"

  private Connections() {}

  static Connection sqlite(Path file) throws SQLException, IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
    try (Statement s = c.createStatement()) {
      // WAL: readers never block the crawler; synchronous=NORMAL is crash-safe in WAL mode (no corruption,
      // at most the last transactions lost, which the archive-first order makes harmless).
      s.execute("PRAGMA journal_mode=WAL");
      s.execute("PRAGMA synchronous=NORMAL");
      s.execute("PRAGMA foreign_keys=ON");
      s.execute("PRAGMA busy_timeout=10000");
    }
    return c;
  }

  static Connection sqliteReadOnly(Path file) throws SQLException {
    org.sqlite.SQLiteConfig config = new org.sqlite.SQLiteConfig();
    config.setReadOnly(true);
    config.setBusyTimeout(10_000);
    return config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
  }

  /** A PostgreSQL connection; a read-only one refuses every write (the server checks, not this program). */
  static Connection postgres(StoreSettings store, boolean readOnly) throws SQLException {
    Properties p = new Properties();
    if (!store.user().isBlank()) {
      p.setProperty("user", store.user());
    }
    String password = store.resolvedPassword();
    if (!password.isEmpty()) {
      p.setProperty("password", password);
    }
    p.setProperty("ApplicationName", "tenderwatch");
    Connection c = DriverManager.getConnection(store.url().strip(), p);
    c.setReadOnly(readOnly);
    return c;
  }

  static int version(Connection c, Dialect dialect) throws SQLException {
    try (Statement s = c.createStatement()) {
      if (dialect == Dialect.SQLITE) {
        try (ResultSet rs = s.executeQuery("PRAGMA user_version")) {
          return rs.next() ? rs.getInt(1) : 0;
        }
      }
      try (ResultSet t = c.getMetaData().getTables(null, null, VERSION_TABLE, new String[] {"TABLE"})) {
        if (!t.next()) {
          return 0;
        }
      }
      try (ResultSet rs = s.executeQuery("SELECT max(version) FROM " + VERSION_TABLE)) {
        return rs.next() ? rs.getInt(1) : 0;
      }
    }
  }

  /** Records that migration {@code v} ran (PostgreSQL: in the migration's own transaction). */
  static void setVersion(Connection c, Dialect dialect, int v) throws SQLException {
    try (Statement s = c.createStatement()) {
      if (dialect == Dialect.SQLITE) {
        s.execute("PRAGMA user_version = " + v);
        return;
      }
      s.execute("CREATE TABLE IF NOT EXISTS " + VERSION_TABLE + " (version INTEGER NOT NULL)");
      s.execute("DELETE FROM " + VERSION_TABLE);
      s.execute("INSERT INTO " + VERSION_TABLE + " (version) VALUES (" + v + ")");
    }
  }

  /** PostgreSQL: waits for any other node migrating, until this transaction ends. */
  static void lockMigrations(Connection c, Dialect dialect) throws SQLException {
    if (dialect == Dialect.POSTGRESQL) {
      try (Statement s = c.createStatement()) {
        s.execute("SELECT pg_advisory_xact_lock(" + MIGRATION_LOCK + ")");
      }
    }
  }

  /**
   * Written in the data folder of a store on a server: the URL (no credentials). A command on that folder without
   * the config naming the server would otherwise start an empty SQLite store there and show nothing.
   */
  static final String SERVER_MARK = "store.url";

  /** SQLite asked for in a folder whose store is on a server: one line naming the server, nothing created. */
  static void checkMark(Path file, StoreSettings store) {
    Path mark = file.resolveSibling(SERVER_MARK);
    if (!store.postgres() && Files.isRegularFile(mark)) {
      String url;
      try {
        url = Files.readString(mark, StandardCharsets.UTF_8).strip();
      } catch (IOException e) {
        url = "a server (" + mark + " unreadable)";
      }
      throw new StoreException(file.getParent() + " keeps its store on " + url + ": give the --config whose"
          + " store.url names it", null);
    }
  }

  /** The URL without its query (which may hold a password), or the file. */
  static String describe(Path file, StoreSettings store) {
    if (!store.postgres()) {
      return file.toString();
    }
    String url = store.url().strip();
    int q = url.indexOf('?');
    return q < 0 ? url : url.substring(0, q);
  }
}
