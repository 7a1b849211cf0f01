package org.tenderwatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tenderwatch.access.AdminCall;
import org.tenderwatch.access.AdminClient;
import org.tenderwatch.access.AdminEndpoint;
import org.tenderwatch.access.WriterLock;
import org.tenderwatch.config.Config;
import org.tenderwatch.config.ConfigLoader;
import org.tenderwatch.pipeline.Pipeline;

/** Commands beside the process that writes a data folder: read, hand over, wait, or refuse with one line. */
class WriterCoordinationTest {

  private static Config config(Path data) {
    return ConfigLoader.load(Path.of("config/tenderwatch.yaml")).withDataDir(data);
  }

  @Test
  void readCommandsWorkWhileAnotherOpenerHoldsTheIndexWriter(@TempDir Path dir) {
    String d = dir.toString();
    assertEquals(0, MainTest.run("demo", "--data", d, "--samples", "samples/portal").code());
    try (Pipeline writer = Pipeline.open(config(dir), Clock.systemUTC())) {
      for (List<String> cmd : List.of(List.of("search", "A100"), List.of("flagged"), List.of("notices"),
          List.of("status"), List.of("saved", "list"), List.of("digest", "--dry-run"), List.of("suppliers"))) {
        MainTest.Run r = MainTest.run(with(cmd, d));
        assertEquals(0, r.code(), cmd + ": " + r.err());
        assertEquals("", r.err(), cmd.toString());
      }
      assertTrue(MainTest.run("search", "A100", "--data", d).out().startsWith("3 hits"));
      assertTrue(writer.index().writable());
    }
  }

  @Test
  void aWriteCommandWaitsForTheWriterWithOneLineThenRuns(@TempDir Path dir) throws Exception {
    WriterLock lock = WriterLock.tryAcquire(dir, "crawl (held by the test)");
    StringWriter err = new StringWriter();
    CompletableFuture<Integer> add = CompletableFuture.supplyAsync(() -> Main.run(
        new PrintWriter(new StringWriter(), true), new PrintWriter(err, true), "saved", "add", "gpu", "A100",
        "--data", dir.toString()));
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (!err.toString().contains("waiting for")) {
      assertTrue(System.nanoTime() < end, "the command says it waits");
      Thread.sleep(50);
    }
    lock.close();
    assertEquals(0, add.get(60, TimeUnit.SECONDS), err.toString());
    assertEquals(List.of("waiting for pid " + ProcessHandle.current().pid() + ": tenderwatch crawl (held by the test)"
        + " (writing " + dir.toAbsolutePath() + ") to finish; Ctrl-C gives up"), err.toString().lines().toList());
    assertTrue(MainTest.run("saved", "list", "--data", dir.toString()).out().contains("gpu"));
  }

  @Test
  void aWriteCommandIsHandedToTheWriterThatListens(@TempDir Path dir) throws Exception {
    MainTest.run("status", "--data", dir.toString()); // sets the folder up
    try (Pipeline daemon = DataAccess.exclusive(config(dir), new DataAccess.Invocation(List.of("run"),
        Path.of("").toAbsolutePath(), new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter())));
        AdminEndpoint admin = DataAccess.host(daemon)) {
      MainTest.Run add = MainTest.run("saved", "add", "gpu", "A100 OR H100", "--data", dir.toString());
      assertEquals(0, add.code(), add.err());
      assertTrue(add.out().contains("saved search gpu: A100 OR H100"), add.out());
      assertEquals(1, daemon.saved().monitored(), "the daemon's own monitor holds the new search");

      MainTest.Run second = MainTest.run("serve", "--data", dir.toString(), "--port", "0");
      assertEquals(1, second.code());
      assertTrue(second.err().startsWith("error: pid " + ProcessHandle.current().pid() + ": tenderwatch run already"
          + " writes"), second.err());
      assertEquals(1, second.err().lines().count(), second.err());

      // reindex swaps the files the daemon has open: handed over, the daemon refuses it with one line, exit 1
      MainTest.Run reindex = MainTest.run("reindex", "--data", dir.toString());
      assertEquals(1, reindex.code(), reindex.err());
      assertTrue(reindex.err().startsWith("error: reindex swaps the database and index, so it cannot run inside pid "
          + ProcessHandle.current().pid() + ": tenderwatch run"), reindex.err());
      assertTrue(reindex.err().contains("stop the daemon"), reindex.err());
      assertEquals(1, reindex.err().lines().count(), reindex.err());
      assertTrue(Files.notExists(dir.resolve("reindex.next")), "nothing was built beside the daemon's store");
      assertEquals(1, daemon.saved().monitored(), "the daemon's store is untouched");

      Path token = dir.resolve("admin.token");
      String real = Files.readString(token, StandardCharsets.UTF_8);
      Files.writeString(token, real.replaceAll("token=\\w+", "token=guessed"), StandardCharsets.UTF_8);
      IllegalStateException refused = assertThrows(IllegalStateException.class, () -> AdminClient.exec(dir,
          new AdminCall.Request(List.of("saved", "rm", "gpu", "--data", dir.toString()), dir.toString())));
      assertTrue(refused.getMessage().contains("wrong or missing token"), refused.getMessage());
      assertEquals(1, daemon.saved().monitored(), "nothing ran without the token");
    }
  }

  @Test
  void statusCallsAnIndexTrailingALiveWriterTrailingAndAnyOtherGapAProblem(@TempDir Path dir) throws Exception {
    String d = dir.toString();
    assertEquals(0, MainTest.run("demo", "--data", d, "--samples", "samples/portal").code());
    try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("tenderwatch.db"));
        java.sql.Statement st = c.createStatement()) {
      // a store change the index has not committed yet: what a reader sees in the middle of a writer's pass
      st.executeUpdate("UPDATE notices SET updated_at = updated_at WHERE id = (SELECT min(id) FROM notices)");
    }
    long other = ProcessHandle.current().parent().orElseThrow().pid(); // alive: the build that started this JVM
    Files.writeString(dir.resolve("writer.lock"), "pid " + other + ": tenderwatch run\n", StandardCharsets.UTF_8);
    MainTest.Run trailing = MainTest.run("status", "--data", d);
    assertEquals(0, trailing.code(), trailing.out());
    assertTrue(trailing.out().contains("index: trailing the store while pid " + other + ": tenderwatch run writes"),
        trailing.out());

    Files.writeString(dir.resolve("writer.lock"), "pid " + ProcessHandle.current().pid() + ": tenderwatch crawl\n",
        StandardCharsets.UTF_8); // no other writer: nobody will commit the gap
    MainTest.Run problem = MainTest.run("status", "--data", d);
    assertEquals(1, problem.code(), problem.out());
    assertTrue(problem.out().contains("index: PROBLEM, does not match the store"), problem.out());
    try (org.tenderwatch.store.Database db = org.tenderwatch.store.Database.openReadOnly(dir.resolve("tenderwatch.db"));
        org.tenderwatch.index.NoticeIndex index = org.tenderwatch.index.NoticeIndex.openReader(dir.resolve("index"))) {
      assertEquals(index.appliedSequence() + 1, new org.tenderwatch.store.ChangeLog(db).latest(),
          "status wrote nothing: the index still lacks the one change");
    }
  }

  private static String[] with(List<String> cmd, String data) {
    List<String> all = new java.util.ArrayList<>(cmd);
    all.add("--data");
    all.add(data);
    return all.toArray(String[]::new);
  }
}
