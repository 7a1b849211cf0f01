package org.tenderwatch.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The change sequence on SQLite (V11): every saved version numbered in order, marks not numbered. */
class ChangeSequenceTest {
  @Test
  void everySaveTakesTheNextNumberAndTheLatestVersionOfANoticeIsWhatShows(@TempDir Path dir) throws Exception {
    try (Database db = Database.open(dir.resolve("tenderwatch.db"))) {
      ChangeLog log = new ChangeLog(db);
      assertEquals(0, log.latest(), "no notice, no change");
      save(db, "a", "2024-05-01T10:00:00Z");
      save(db, "b", "2024-05-01T10:00:01Z");
      save(db, "a", "2024-05-01T10:00:02Z"); // a saved again: a's change moves after b's
      assertEquals(3, log.latest());
      assertEquals(List.of(new ChangeLog.Change("b", 2, null), new ChangeLog.Change("a", 3, null)), log.after(0));
      assertEquals(List.of(new ChangeLog.Change("a", 3, null)), log.after(2));
      db.inTransaction(() -> db.connection().createStatement()
          .executeUpdate("UPDATE notices SET archive_state = 'damaged' WHERE id = 'b'"));
      assertEquals(3, log.latest(), "a mark the index does not hold is not a change");
      assertNull(log.joinAsNode(), "SQLite: one writer per folder, no node names");
    }
  }

  @Test
  void onPostgresqlEachChangeNamesTheNodeThatMadeIt(@TempDir Path dir) throws Exception {
    try (PgTestDb pg = PgTestDb.create();
        Database a = Database.open(dir.resolve("unused.db"), pg.store());
        Database b = Database.open(dir.resolve("unused.db"), pg.store())) {
      String nodeA = new ChangeLog(a).joinAsNode();
      String nodeB = new ChangeLog(b).joinAsNode();
      save(a, "x", "2024-05-01T10:00:00Z");
      save(b, "y", "2024-05-01T10:00:01Z");
      save(a, "y", "2024-05-01T10:00:02Z"); // y's latest version is a's
      ChangeLog log = new ChangeLog(b);
      List<ChangeLog.Change> changes = log.after(0);
      assertEquals(List.of("x", "y"), changes.stream().map(ChangeLog.Change::id).toList());
      assertEquals(List.of(nodeA, nodeA), changes.stream().map(ChangeLog.Change::by).toList());
      assertEquals(changes.getLast().seq(), log.latest());
      save(b, "x", "2024-05-01T10:00:03Z");
      assertEquals(List.of(new ChangeLog.Change("x", log.latest(), nodeB)), log.after(changes.getLast().seq()));
    }
  }

  static void save(Database db, String id, String at) {
    db.inTransaction(() -> {
      try (PreparedStatement ps = db.connection().prepareStatement("""
          INSERT INTO notices (id, source, url, type, title, summary_json, fetched_at, updated_at)
          VALUES (?, 's', 'http://127.0.0.1/' || CAST(? AS TEXT), 'tender', 't', '{}', ?, ?)
          ON CONFLICT(id) DO UPDATE SET updated_at = excluded.updated_at""")) {
        ps.setString(1, id);
        ps.setString(2, id);
        ps.setString(3, at);
        ps.setString(4, at);
        ps.executeUpdate();
      }
    });
  }
}
