package org.tenderwatch.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The numbered migrations on PostgreSQL: the same tables and columns as on SQLite, run once, by one node. */
class PostgresSchemaTest {

  @Test
  void theSameTablesAndColumnsAsSqlite(@TempDir Path dir) throws SQLException {
    try (PgTestDb pg = PgTestDb.create(); Database lite = Database.open(dir.resolve("t.db"));
        Database server = Database.open(dir.resolve("unused.db"), pg.store())) {
      assertEquals(Dialect.POSTGRESQL, server.dialect());
      assertEquals(Database.LATEST, server.schemaVersion());
      Map<String, List<String>> want = columns(lite);
      // V11's change counter is a one-row table on SQLite and a sequence (not a table) on PostgreSQL
      assertEquals(List.of("id", "seq"), want.remove("change_counter"));
      Map<String, List<String>> got = columns(server);
      got.remove(Connections.VERSION_TABLE);
      assertEquals(want, got);
      assertTrue(want.size() >= 20, "every table: " + want.keySet());
    }
  }

  @Test
  void nodesStartingTogetherMigrateOnceAndReopeningRunsNothing(@TempDir Path dir) throws Exception {
    try (PgTestDb pg = PgTestDb.create()) {
      ExecutorService pool = Executors.newFixedThreadPool(3);
      try {
        List<Future<Integer>> opens = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
          Path folder = dir.resolve("node" + i);
          opens.add(pool.submit((Callable<Integer>) () -> {
            try (Database db = Database.open(folder.resolve("tenderwatch.db"), pg.store())) {
              return db.schemaVersion();
            }
          }));
        }
        for (Future<Integer> f : opens) {
          assertEquals(Database.LATEST, f.get(), "no node saw a half-migrated schema or failed on a duplicate table");
        }
      } finally {
        pool.shutdownNow();
      }
      try (Database again = Database.open(dir.resolve("x.db"), pg.store());
          var s = again.connection().createStatement();
          ResultSet rs = s.executeQuery("SELECT count(*) FROM " + Connections.VERSION_TABLE)) {
        assertTrue(rs.next());
        assertEquals(1, rs.getInt(1), "one version row");
      }
    }
  }

  @Test
  void aReaderNeedsAMigratedDatabaseAndCannotWrite(@TempDir Path dir) {
    try (PgTestDb pg = PgTestDb.create()) {
      StoreException early = assertThrows(StoreException.class, () -> Database.openReadOnly(dir, pg.store()));
      assertTrue(early.getMessage().contains("schema version 0"), early.getMessage());
      Database.open(dir.resolve("t.db"), pg.store()).close();
      try (Database reader = Database.openReadOnly(dir, pg.store())) {
        new StateStore(reader).get("nothing");
        assertThrows(StoreException.class, () -> new StateStore(reader).put("k", "v"));
      }
    }
  }

  @Test
  void problemCountsByKindAgree(@TempDir Path dir) throws SQLException {
    try (PgTestDb pg = PgTestDb.create(); Database lite = Database.open(dir.resolve("t.db"));
        Database server = Database.open(dir.resolve("unused.db"), pg.store())) {
      for (Database db : List.of(lite, server)) {
        insertNotices(db);
        ProblemStore.replace(db.connection(), "a", List.of("buyer: not found", "text empty", "date: odd: x"));
        ProblemStore.replace(db.connection(), "b", List.of("buyer: not found"));
      }
      Map<String, Integer> want = Map.of("buyer", 2, "date", 1, "", 1); // "text empty" has no colon
      assertEquals(want, new ProblemStore(lite).counts("ccgp"));
      assertEquals(new ProblemStore(lite).counts("ccgp"), new ProblemStore(server).counts("ccgp"));
    }
  }

  @Test
  void undatedNoticesListLastOnBoth(@TempDir Path dir) {
    try (PgTestDb pg = PgTestDb.create(); Database lite = Database.open(dir.resolve("t.db"));
        Database server = Database.open(dir.resolve("unused.db"), pg.store())) {
      List<List<String>> orders = new ArrayList<>();
      for (Database db : List.of(lite, server)) {
        insertNotices(db);
        orders.add(new NoticeStore(db).notices(null, null, 10).stream().map(NoticeView::id).toList());
      }
      assertEquals(List.of("c", "a", "b"), orders.get(0), "newest first, the undated one last");
      assertEquals(orders.get(0), orders.get(1));
    }
  }

  /** Notices a (2024-01-01), b (no date), c (2024-02-01), with only the columns that must be filled. */
  private static void insertNotices(Database db) {
    String[][] rows = {{"a", "'2024-01-01T10:00'"}, {"b", "NULL"}, {"c", "'2024-02-01T10:00'"}};
    try (var s = db.connection().createStatement()) {
      for (String[] r : rows) {
        s.execute("INSERT INTO notices (id, source, url, type, title, published_at, summary_json, fetched_at,"
            + " updated_at) VALUES ('" + r[0] + "', 'ccgp', 'u" + r[0] + "', 'tender', 't', " + r[1]
            + ", '{}', 'x', 'x')");
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void theRuleTableWidensIntegersAndTurnsAutoincrementIntoIdentity() {
    String sqlite = "CREATE TABLE t (\n  id INTEGER PRIMARY KEY AUTOINCREMENT,\n  n INTEGER NOT NULL,\n  s TEXT\n)";
    assertEquals("CREATE TABLE t (\n  id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,\n  n BIGINT NOT NULL,\n"
        + "  s TEXT\n)", Dialect.POSTGRESQL.migration(sqlite));
    assertEquals(sqlite, Dialect.SQLITE.migration(sqlite));
  }

  /** Table → its columns in order, by name, lower case (PostgreSQL folds unquoted names). */
  private static Map<String, List<String>> columns(Database db) throws SQLException {
    DatabaseMetaData md = db.connection().getMetaData();
    Map<String, List<String>> out = new TreeMap<>();
    String schema = db.dialect() == Dialect.POSTGRESQL ? "public" : null;
    try (ResultSet t = md.getTables(null, schema, "%", new String[] {"TABLE"})) {
      while (t.next()) {
        out.put(t.getString("TABLE_NAME").toLowerCase(Locale.ROOT), new ArrayList<>());
      }
    }
    for (var e : out.entrySet()) {
      try (ResultSet c = md.getColumns(null, schema, e.getKey(), "%")) {
        while (c.next()) {
          e.getValue().add(c.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
        }
      }
    }
    return out;
  }
}
