package org.tenderwatch.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The SQLite file and its migrations. One connection, used by one thread at a time: the crawl is sequential
 * per host anyway and SQLite serializes writers.
 */
public final class Database implements AutoCloseable {
  /** Append a file db/V{n}__name.sql and raise this number; never edit a shipped migration. */
  static final int LATEST = 9;

  private static final String[] MIGRATIONS = {
    "V1__init.sql", "V2__crawl_health.sql", "V3__screening.sql", "V4__saved_searches_digest.sql", "V5__web_users.sql",
    "V6__notice_problems.sql", "V7__search_windows_gaps.sql", "V8__archive_state.sql",
    "V9__fetch_journal.sql"
  };

  /** Less free space than this after a failed write means the disk is full: SQLite needs a few pages to commit. */
  private static final long MIN_FREE_BYTES = 64 * 1024;

  private final Connection connection;
  private final Path file;

  private Database(Path file, Connection connection) {
    this.file = file;
    this.connection = connection;
  }

  public static Database open(Path file) {
    try {
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
      Database db = new Database(file, c);
      db.migrate();
      return db;
    } catch (SQLException | IOException e) {
      throw new StoreException("cannot open database " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Opens an existing, migrated database without write access, beside any process that writes it: WAL lets a reader
   * see every transaction committed before its query starts, without waiting for the writer.
   *
   * @throws StoreException when the file is missing or its schema is not this version's (a writer migrates it)
   */
  public static Database openReadOnly(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new StoreException("no database at " + file + " yet", null);
    }
    try {
      org.sqlite.SQLiteConfig config = new org.sqlite.SQLiteConfig();
      config.setReadOnly(true);
      config.setBusyTimeout(10_000);
      Connection c = config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
      Database db = new Database(file, c);
      int version = db.schemaVersion();
      if (version != LATEST) {
        c.close();
        throw new StoreException(file + " has schema version " + version + ", not " + LATEST, null);
      }
      return db;
    } catch (SQLException e) {
      throw new StoreException("cannot open database " + file + " read-only: " + e.getMessage(), e);
    }
  }

  public Path file() {
    return file;
  }

  /** The connection, for features that own their tables (saved searches, digest); hold the lock while using it. */
  public Connection connection() {
    return connection;
  }

  int schemaVersion() throws SQLException {
    try (Statement s = connection.createStatement(); var rs = s.executeQuery("PRAGMA user_version")) {
      return rs.next() ? rs.getInt(1) : 0;
    }
  }

  private void migrate() throws SQLException {
    int current = schemaVersion();
    if (current > LATEST) {
      throw new StoreException(file + " has schema version " + current + ", newer than this tenderwatch ("
          + LATEST + "): upgrade tenderwatch", null);
    }
    for (int v = current + 1; v <= LATEST; v++) {
      String sql = resource("/db/" + MIGRATIONS[v - 1]);
      inTransaction(() -> {
        try (Statement s = connection.createStatement()) {
          for (String stmt : sql.split(";\\s*\\n")) {
            if (!stmt.isBlank()) {
              s.execute(stmt);
            }
          }
        }
      });
      try (Statement s = connection.createStatement()) {
        s.execute("PRAGMA user_version = " + v);
      }
    }
  }

  private static String resource(String name) {
    try (InputStream in = Database.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("migration " + name + " missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Work that must land whole or not at all. */
  @FunctionalInterface
  public interface SqlWork {
    void run() throws SQLException;
  }

  public synchronized void inTransaction(SqlWork work) {
    try {
      connection.setAutoCommit(false);
      try {
        work.run();
        connection.commit();
      } catch (SQLException | RuntimeException e) {
        try {
          connection.rollback();
        } catch (SQLException r) {
          e.addSuppressed(r); // SQLite may have rolled back itself (a full disk): the first failure is the one to tell
        }
        throw e;
      } finally {
        connection.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new StoreException("database write failed: " + e.getMessage() + diskFull(), e);
    }
  }

  /**
   * SQLite on a full disk often reports only "cannot commit - no transaction is active" (it rolled back itself):
   * the free space says what happened.
   */
  private String diskFull() {
    try {
      long free = Files.getFileStore(file.toAbsolutePath().getParent()).getUsableSpace();
      return free < MIN_FREE_BYTES ? " (no space left on device: " + free + " bytes free)" : "";
    } catch (IOException e) {
      return "";
    }
  }

  /** A consistent copy of the whole database in a new file (SQLite's VACUUM INTO). */
  public synchronized void copyTo(Path target) {
    try (var ps = connection.prepareStatement("VACUUM INTO ?")) {
      ps.setString(1, target.toAbsolutePath().toString());
      ps.execute();
    } catch (SQLException e) {
      throw new StoreException("cannot copy " + file + " to " + target + ": " + e.getMessage(), e);
    }
  }

  /** Closes leaving one self-contained file (no -wal beside it), so that the file alone can be moved into place. */
  public synchronized void closeAsOneFile() {
    try (Statement s = connection.createStatement()) {
      s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
      s.execute("PRAGMA journal_mode=DELETE");
    } catch (SQLException e) {
      throw new StoreException("cannot checkpoint " + file + ": " + e.getMessage(), e);
    }
    close();
  }

  @Override
  public void close() {
    try {
      connection.close();
    } catch (SQLException e) {
      throw new StoreException("cannot close " + file, e);
    }
  }
}
