package org.tenderwatch.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The swap after a reindex, cut short at each step by a crash, is finished by the next open; a build cut short never touches the live files. */
class DataSwapTest {
  @TempDir Path data;

  private void live(String db, String index) throws IOException {
    Files.writeString(data.resolve("tenderwatch.db"), db);
    Files.writeString(data.resolve("tenderwatch.db-wal"), db + "-wal");
    Files.createDirectories(data.resolve("index"));
    Files.writeString(data.resolve("index").resolve("segments_1"), index);
  }

  private Path build(boolean complete) throws IOException {
    Path next = new DataSwap(data).prepare();
    Files.writeString(next.resolve("tenderwatch.db"), "new db");
    Files.createDirectories(next.resolve("index"));
    Files.writeString(next.resolve("index").resolve("segments_1"), "new index");
    if (complete) {
      Files.writeString(next.resolve("COMPLETE"), "x");
    }
    return next;
  }

  private void assertSwapped() throws IOException {
    assertEquals("new db", Files.readString(data.resolve("tenderwatch.db")));
    assertFalse(Files.exists(data.resolve("tenderwatch.db-wal")), "the old WAL must never meet the new database");
    assertEquals("new index", Files.readString(data.resolve("index").resolve("segments_1")));
    assertFalse(Files.exists(data.resolve(DataSwap.NEXT)));
    assertFalse(Files.exists(data.resolve(DataSwap.OLD)));
  }

  @Test
  void anInterruptedBuildLeavesTheLiveDataAlone() throws IOException {
    live("old db", "old index");
    build(false);
    new DataSwap(data).finishPending();
    assertEquals("old db", Files.readString(data.resolve("tenderwatch.db")));
    assertEquals("old index", Files.readString(data.resolve("index").resolve("segments_1")));
    new DataSwap(data).prepare(); // the next reindex throws the half build away
    assertEquals(0, Files.list(data.resolve(DataSwap.NEXT)).count());
  }

  @Test
  void aCompleteBuildIsSwappedIn() throws IOException {
    live("old db", "old index");
    build(true);
    new DataSwap(data).finishPending();
    assertSwapped();
  }

  @Test
  void crashAfterTheOldDatabaseWasMovedAside() throws IOException {
    live("old db", "old index");
    build(true);
    Files.createDirectories(data.resolve(DataSwap.OLD));
    Files.move(data.resolve("tenderwatch.db"), data.resolve(DataSwap.OLD).resolve("tenderwatch.db"));
    Files.move(data.resolve("tenderwatch.db-wal"), data.resolve(DataSwap.OLD).resolve("tenderwatch.db-wal"));
    new DataSwap(data).finishPending();
    assertSwapped();
  }

  @Test
  void crashBetweenDatabaseAndIndex() throws IOException {
    live("old db", "old index");
    Path next = build(true);
    Files.createDirectories(data.resolve(DataSwap.OLD));
    Files.move(data.resolve("tenderwatch.db-wal"), data.resolve(DataSwap.OLD).resolve("tenderwatch.db-wal"));
    Files.move(data.resolve("tenderwatch.db"), data.resolve(DataSwap.OLD).resolve("tenderwatch.db"));
    Files.move(next.resolve("tenderwatch.db"), data.resolve("tenderwatch.db"));
    Files.move(data.resolve("index"), data.resolve(DataSwap.OLD).resolve("index"));
    new DataSwap(data).finishPending();
    assertSwapped();
  }

  @Test
  void crashAfterEverythingMovedBeforeCleanUp() throws IOException {
    live("old db", "old index");
    build(true);
    new DataSwap(data).finishPending();
    Files.createDirectories(data.resolve(DataSwap.NEXT));
    Files.writeString(data.resolve(DataSwap.NEXT).resolve("COMPLETE"), "x");
    new DataSwap(data).finishPending();
    assertSwapped();
  }
}
