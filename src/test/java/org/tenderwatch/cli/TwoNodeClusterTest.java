package org.tenderwatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tenderwatch.demo.SamplePortal;
import org.tenderwatch.store.PgTestDb;

/**
 * Two {@code run} daemons (their own JVMs, their own data folders and indexes) on one PostgreSQL store, a clustered
 * Quartz schedule and one shared WARC folder, crawling the sample portal slowly. The node running the pass is killed
 * with SIGKILL in the middle of it; the other node runs the pass again (Quartz recovery) and finishes it. Every
 * notice is stored once, and both indexes (the killed node started again) catch up to the same notices.
 */
class TwoNodeClusterTest {
  private static final long SECONDS = 120;
  private static final int NOTICES = 21; // the sample portal's ccgp notices (CrawlCommandTest)

  @Test
  void aNodeKilledMidPassLeavesItsPassToTheOtherAndBothIndexesCatchUp(@TempDir Path dir) throws Exception {
    try (PgTestDb db = PgTestDb.create(); SamplePortal portal = SamplePortal.start(Path.of("samples/portal"))) {
      Path config = CrawlCommandTest.copyConfigWithoutDelay(dir.resolve("config"));
      ManyProcessesTest.onlyCcgp(config);
      Map<String, Path> settings = Map.of("node-a", node(config, "node-a", db, dir.resolve("shared-warc")),
          "node-b", node(config, "node-b", db, dir.resolve("shared-warc")));
      Path logs = dir.resolve("logs");
      Map<String, Process> nodes = new java.util.HashMap<>();
      try {
        for (String n : List.of("node-a", "node-b")) {
          nodes.put(n, start(logs, n, settings.get(n), dir.resolve(n), portal));
        }
        await(() -> count(db, "SELECT count(*) FROM notices") >= 3, "the pass stores its first notices", logs);
        String running = executing(db);
        String survivor = running.equals("node-a") ? "node-b" : "node-a";
        assertTrue(count(db, "SELECT count(*) FROM notices") < NOTICES, "killed before the pass ended");
        nodes.get(running).destroyForcibly().waitFor(); // SIGKILL: no shutdown hook, the pass just stops
        // logs go to stderr or, under the test classpath's logback, stdout: read both
        await(() -> output(logs, survivor).matches("(?s).*ccgp: \\d+ list pages.*"), "the survivor ends the pass",
            logs);
        assertTrue(output(logs, survivor).contains("runs it again (Quartz recovery)"),
            "the survivor ran the dead node's pass by Quartz recovery:\n" + output(logs, survivor));
        assertEquals(NOTICES, count(db, "SELECT count(*) FROM notices"), "every notice stored");
        assertEquals(NOTICES, count(db, "SELECT count(DISTINCT url) FROM notices"), "each once");
        nodes.put(running, start(logs, running + "-again", settings.get(running), dir.resolve(running), portal));
        for (String n : List.of("node-a", "node-b")) {
          Path index = dir.resolve(n).resolve("index");
          await(() -> indexed(index) == NOTICES, n + "'s index catches up to the store", logs);
        }
      } finally {
        for (Process p : nodes.values()) {
          p.destroy();
          if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
          }
        }
      }
    }
  }

  private static Process start(Path logs, String name, Path settings, Path data, SamplePortal portal)
      throws Exception {
    return Processes.start(logs, name, List.of("run", "--config", settings.toString(), "--data", data.toString(),
        "--base-url", "ccgp=" + portal.uri()));
  }

  /** This node's settings file beside the shared sources: the PostgreSQL store, the clustered schedule, slow. */
  private static Path node(Path config, String name, PgTestDb db, Path archive) throws Exception {
    String text = Files.readString(config.resolve("tenderwatch.yaml"), StandardCharsets.UTF_8);
    String[][] edits = {{"  delayMs: 0", "  delayMs: 400"},
        {"  commitEverySeconds: 10", "  commitEverySeconds: 1"}, {"  url: \"\"", "  url: \"" + db.url() + "\""},
        {"  cluster: false", "  cluster: true"}, {"  instanceId: AUTO", "  instanceId: " + name},
        {"  checkinIntervalMs: 15000", "  checkinIntervalMs: 1000"}, {"  dir: \"\"", "  dir: \"" + archive + "\""}};
    for (String[] e : edits) {
      assertTrue(text.contains(e[0]), "the settings file changed: update this test (" + e[0] + ")");
      text = text.replace(e[0], e[1]);
    }
    Path file = config.resolve(name + ".yaml");
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  /** The instance running the pass right now (Quartz's fired-trigger table). */
  private static String executing(PgTestDb db) throws Exception {
    try (Connection c = DriverManager.getConnection(db.url()); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT instance_name FROM qrtz_fired_triggers WHERE state = 'EXECUTING'")) {
      assertTrue(rs.next(), "a pass is running");
      return rs.getString(1);
    }
  }

  private static int count(PgTestDb db, String sql) {
    try (Connection c = DriverManager.getConnection(db.url()); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getInt(1);
    } catch (java.sql.SQLException e) {
      return -1; // the first node has not migrated the database yet
    }
  }

  /** Notices in the last commit of a node's index (read beside the node, as `search` does); -1 before one. */
  private static int indexed(Path index) {
    try (FSDirectory d = FSDirectory.open(index); DirectoryReader r = DirectoryReader.open(d)) {
      return r.numDocs();
    } catch (java.io.IOException e) {
      return -1;
    }
  }

  private static String output(Path logs, String node) {
    return log(logs.resolve(node + ".out")) + log(logs.resolve(node + ".err"));
  }

  private static String log(Path f) {
    try {
      return Processes.read(f);
    } catch (java.io.IOException e) {
      return "";
    }
  }

  /** Waits for {@code done}; on time-out fails with every node's output. */
  private static void await(BooleanSupplier done, String what, Path logs) throws Exception {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(SECONDS);
    while (!done.getAsBoolean()) {
      if (System.nanoTime() > end) {
        StringBuilder out = new StringBuilder("timed out: " + what);
        try (Stream<Path> s = Files.list(logs)) {
          s.sorted().forEach(f -> out.append("\n--- ").append(f.getFileName()).append(":\n").append(log(f)));
        }
        throw new AssertionError(out.toString());
      }
      Thread.sleep(200);
    }
  }
}
