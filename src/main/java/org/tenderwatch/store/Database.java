package org.tenderwatch.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.tenderwatch.config.StoreSettings;

/**
 * The SQL store and its migrations: the SQLite file in the data folder (the embedded default), or a PostgreSQL
 * database several nodes share ({@link StoreSettings#url()}). One connection, used by one thread at a time: the
 * crawl is sequential per host anyway and SQLite serializes writers. Where the two differ: {@link Dialect}.
 */
public final class Database implements AutoCloseable {
  /** Append a file db/V{n}__name.sql and raise this number; never edit a shipped migration. */
  static final int LATEST = 12;

  private static final String[] MIGRATIONS = {
    "V1__init.sql", "V2__crawl_health.sql", "V3__screening.sql", "V4__saved_searches_digest.sql", "V5__web_users.sql",
    "V6__notice_problems.sql", "V7__search_windows_gaps.sql", "V8__archive_state.sql",
    "V9__fetch_journal.sql",
    null, // V10: reserved for issue 14a's branch
    "V11__change_sequence.sql", "V12__digest_claims.sql"
  };

  /** Less free space than this after a failed write means the disk is full: SQLite needs a few pages to commit. */
  private static final long MIN_FREE_BYTES = 64 * 1024;

  private final Connection connection;
  private final Path file;
  private final Dialect dialect;
  /** What to call this store in messages: the file, or the server URL (never a password). */
  private final String name;

  private Database(Path file, Connection connection, Dialect dialect, String name) {
    this.file = file;
    this.connection = connection;
    this.dialect = dialect;
    this.name = name;
  }

  /** The SQLite file, created and migrated as needed. */
  public static Database open(Path file) {
    return open(file, StoreSettings.SQLITE);
  }

  /** The store {@code store} names: SQLite at {@code file} when its URL is empty, else that PostgreSQL database. */
  public static Database open(Path file, StoreSettings store) {
    String name = Connections.describe(file, store);
    Connections.checkMark(file, store);
    try {
      Database db = store.postgres()
          ? new Database(file, Connections.postgres(store, false), Dialect.POSTGRESQL, name)
          : new Database(file, Connections.sqlite(file), Dialect.SQLITE, name);
      try {
        db.migrate();
        if (store.postgres()) {
          Files.createDirectories(file.toAbsolutePath().getParent());
          Files.writeString(file.resolveSibling(Connections.SERVER_MARK), name + "\n", StandardCharsets.UTF_8);
        }
      } catch (SQLException | IOException | RuntimeException e) {
        db.connection.close(); // a failed open leaves no session behind (a server counts them)
        throw e;
      }
      return db;
    } catch (SQLException | IOException e) {
      throw new StoreException("cannot open database " + name + ": " + e.getMessage(), e);
    }
  }

  public static Database openReadOnly(Path file) {
    return openReadOnly(file, StoreSettings.SQLITE);
  }

  /**
   * Opens an existing, migrated database without write access, beside any process that writes it: WAL lets a reader
   * see every transaction committed before its query starts, without waiting for the writer (PostgreSQL: MVCC).
   *
   * @throws StoreException when the file is missing or its schema is not this version's (a writer migrates it)
   */
  public static Database openReadOnly(Path file, StoreSettings store) {
    Connections.checkMark(file, store);
    if (!store.postgres() && !Files.isRegularFile(file)) {
      throw new StoreException("no database at " + file + " yet", null);
    }
    String name = Connections.describe(file, store);
    try {
      Database db = store.postgres()
          ? new Database(file, Connections.postgres(store, true), Dialect.POSTGRESQL, name)
          : new Database(file, Connections.sqliteReadOnly(file), Dialect.SQLITE, name);
      int version = db.schemaVersion();
      if (version != LATEST) {
        db.connection.close();
        throw new StoreException(name + " has schema version " + version + ", not " + LATEST, null);
      }
      return db;
    } catch (SQLException e) {
      throw new StoreException("cannot open database " + name + " read-only: " + e.getMessage(), e);
    }
  }

  public Dialect dialect() {
    return dialect;
  }

  /** The file, or the server URL without credentials, for messages and `status`. */
  public String name() {
    return name;
  }

  public Path file() {
    return file;
  }

  /** The connection, for features that own their tables (saved searches, digest); hold the lock while using it. */
  public Connection connection() {
    return connection;
  }

  int schemaVersion() throws SQLException {
    return Connections.version(connection, dialect);
  }

  /**
   * Runs the migrations this store lacks. SQLite: one transaction each. PostgreSQL: all in one transaction under
   * an advisory lock (its DDL is transactional), so a second node starting at once waits and then finds them run.
   */
  private void migrate() throws SQLException {
    if (dialect == Dialect.POSTGRESQL) {
      inTransaction(() -> {
        Connections.lockMigrations(connection, dialect);
        for (int v = checkedVersion() + 1; v <= LATEST; v++) {
          runMigration(v);
          Connections.setVersion(connection, dialect, v);
        }
      });
      return;
    }
    for (int v = checkedVersion() + 1; v <= LATEST; v++) {
      int version = v;
      inTransaction(() -> runMigration(version));
      Connections.setVersion(connection, dialect, v);
    }
  }

  private int checkedVersion() throws SQLException {
    int current = schemaVersion();
    if (current > LATEST) {
      throw new StoreException(name + " has schema version " + current + ", newer than this tenderwatch ("
          + LATEST + "): upgrade tenderwatch", null);
    }
    return current;
  }

  private void runMigration(int v) throws SQLException {
    if (MIGRATIONS[v - 1] == null) {
      return; // a number reserved for a branch not merged yet
    }
    String own = dialect.overrideFolder() == null ? null : resource(dialect.overrideFolder() + MIGRATIONS[v - 1]);
    String base = resource("/db/" + MIGRATIONS[v - 1]);
    if (base == null) {
      throw new IllegalStateException("migration " + MIGRATIONS[v - 1] + " missing from the jar");
    }
    String sql = own != null ? own : dialect.migration(base);
    try (Statement s = connection.createStatement()) {
      for (String stmt : sql.split(";\\s*\\n")) {
        if (!stmt.isBlank()) {
          s.execute(stmt);
        }
      }
    }
  }

  /** The text of a migration file, or null when the jar has none by that name. */
  private static String resource(String name) {
    try (InputStream in = Database.class.getResourceAsStream(name)) {
      return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
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
    if (dialect != Dialect.SQLITE) {
      return "";
    }
    try {
      long free = Files.getFileStore(file.toAbsolutePath().getParent()).getUsableSpace();
      return free < MIN_FREE_BYTES ? " (no space left on device: " + free + " bytes free)" : "";
    } catch (IOException e) {
      return "";
    }
  }

  /**
   * A consistent copy of the whole database in a new file (SQLite's VACUUM INTO). Not on PostgreSQL, where
   * `reindex` rebuilds the shared database in place.
   */
  public synchronized void copyTo(Path target) {
    if (dialect != Dialect.SQLITE) {
      throw new StoreException("a file copy is for the SQLite store only, not " + name, null);
    }
    try (var ps = connection.prepareStatement("VACUUM INTO ?")) {
      ps.setString(1, target.toAbsolutePath().toString());
      ps.execute();
    } catch (SQLException e) {
      throw new StoreException("cannot copy " + file + " to " + target + ": " + e.getMessage(), e);
    }
  }

  /** Closes leaving one self-contained file (no -wal beside it), so that the file alone can be moved into place. */
  public synchronized void closeAsOneFile() {
    if (dialect != Dialect.SQLITE) {
      close();
      return;
    }
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
      throw new StoreException("cannot close " + name, e);
    }
  }
}
