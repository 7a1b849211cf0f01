package org.tenderwatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tenderwatch.demo.SamplePortal;
import org.tenderwatch.store.PgTestDb;

/**
 * An analyst's day on one data folder: the {@code run} daemon (scheduler, digest, web UI) and four more tenderwatch
 * processes at once — searches and reports, saved-search changes, crawls of the sample portal, digest dry runs and
 * subscriber changes. Every command ends cleanly, every write is there afterwards, and the database and both Lucene
 * indexes (notices, saved-search monitor) check clean.
 */
class ManyProcessesTest {
  /** Bound on each command (a JVM start on a loaded two-core machine takes seconds); a hang fails the test. */
  private static final long COMMAND_SECONDS = 180;
  private static final int ROUNDS = 2;

  @Test
  void theDaemonAndFourCommandLinesShareOneDataFolder(@TempDir Path dir) throws Exception {
    day(dir, null);
  }

  /** The same day with the store on PostgreSQL (README "PostgreSQL store"): the server takes every write. */
  @Test
  void theSameDayWithTheStoreOnPostgres(@TempDir Path dir) throws Exception {
    try (PgTestDb pg = PgTestDb.create()) {
      day(dir, pg);
    }
  }

  /** The day on {@code dir}, with the store in the data folder (pg null) or on that PostgreSQL database. */
  private static void day(Path dir, PgTestDb pg) throws Exception {
    Path config = onlyCcgp(CrawlCommandTest.copyConfigWithoutDelay(dir.resolve("config")));
    if (pg != null) {
      PgTestDb.pointAt(config.resolve("tenderwatch.yaml"), pg.url());
    }
    Path data = dir.resolve("data");
    Path logs = dir.resolve("logs");
    try (SamplePortal portal = SamplePortal.start(Path.of("samples/portal"))) {
      List<String> common = List.of("--config", config.resolve("tenderwatch.yaml").toString(), "--data",
          data.toString());
      String mirror = "ccgp=" + portal.uri();
      Process daemon = Processes.start(logs, "daemon", with(List.of("run", "--base-url", mirror), common));
      try {
        awaitFile(data.resolve("admin.token"), daemon);
        List<Processes.Done> done = Collections.synchronizedList(new ArrayList<>());
        ExecutorService users = Executors.newFixedThreadPool(4);
        List<Future<?>> work = List.of(
            users.submit(() -> rounds(logs, "reader", common, done, i -> List.of(
                List.of("search", "A100 OR H100", "--format", "json"), List.of("flagged", "--format", "json"),
                List.of("notices"), List.of("status")))),
            users.submit(() -> rounds(logs, "saved", common, done, i -> i == ROUNDS - 1
                ? List.of(List.of("saved", "add", "gpu" + i, "A100 OR H100"), List.of("saved", "rm", "gpu0"))
                : List.of(List.of("saved", "add", "gpu" + i, "A100 OR H100"), List.of("saved", "list")))),
            users.submit(() -> rounds(logs, "crawler", common, done, i -> List.of(
                List.of("crawl", "--base-url", mirror)))),
            users.submit(() -> rounds(logs, "digest", common, done, i -> List.of(
                List.of("subscribers", "add", "analyst" + i + "@example.org", "--category", "nvidia_gpu"),
                List.of("digest", "--dry-run")))));
        for (Future<?> f : work) {
          f.get();
        }
        users.shutdown();
        for (Processes.Done d : done) {
          assertTrue(d.clean(), d.toString());
        }
        assertEquals(4 * ROUNDS + 2 * ROUNDS + ROUNDS + 2 * ROUNDS, done.size(), "every command ran");
        assertTrue(done.stream().filter(d -> d.args().get(0).equals("crawl"))
            .allMatch(d -> d.out().contains("ccgp:")), "the crawls ran (in the daemon)");
      } finally {
        daemon.destroy(); // SIGTERM: the daemon ends its passes and commits, as on Ctrl-C
        assertTrue(daemon.waitFor(COMMAND_SECONDS, TimeUnit.SECONDS), "the daemon stops on SIGTERM");
      }
      String daemonErr = Processes.read(logs.resolve("daemon.err"));
      assertFalse(daemonErr.contains("Exception"), daemonErr);
    }
    Set<String> searches = new TreeSet<>();
    Set<String> subscribers = new TreeSet<>();
    for (int i = 0; i < ROUNDS; i++) {
      searches.add("gpu" + i);
      subscribers.add("analyst" + i + "@example.org");
    }
    searches.remove("gpu0"); // removed in the last round
    String store = pg == null ? "jdbc:sqlite:" + data.resolve("tenderwatch.db") : pg.url();
    assertEquals(searches, column(store, "SELECT name FROM saved_searches"));
    assertEquals(subscribers, column(store, "SELECT email FROM subscribers"));
    if (pg == null) {
      assertEquals(Set.of("ok"), column(store, "PRAGMA integrity_check"));
    }
    long notices = Long.parseLong(column(store, "SELECT count(*) FROM notices").iterator().next());
    assertEquals(21, notices, "the sample portal's ccgp notices, each stored once");
    assertEquals(notices, checkIndex(data.resolve("index")), "every stored notice is indexed once");
    checkIndex(data.resolve("saved-monitor"));
  }

  @FunctionalInterface
  interface Script {
    List<List<String>> commands(int round);
  }

  private static Void rounds(Path logs, String user, List<String> common, List<Processes.Done> done, Script script)
      throws Exception {
    for (int i = 0; i < ROUNDS; i++) {
      int n = 0;
      for (List<String> args : script.commands(i)) {
        done.add(Processes.run(logs, user + "-" + i + "-" + n++, COMMAND_SECONDS, with(args, common)));
      }
    }
    return null;
  }

  static List<String> with(List<String> args, List<String> common) {
    List<String> all = new ArrayList<>(args);
    all.addAll(common);
    return all;
  }

  /** The daemon schedules every configured source: keep only the one the sample portal mirrors, and a free port. */
  static Path onlyCcgp(Path config) throws Exception {
    try (Stream<Path> s = Files.list(config.resolve("sources"))) {
      for (Path f : s.toList()) {
        if (!f.getFileName().toString().equals("ccgp.yaml")) {
          Files.delete(f);
        }
      }
    }
    Path settings = config.resolve("tenderwatch.yaml");
    String text = Files.readString(settings, StandardCharsets.UTF_8);
    assertTrue(text.contains("  port: 8080"), "the settings file changed: update this test");
    Files.writeString(settings, text.replace("  port: 8080", "  port: 0"), StandardCharsets.UTF_8);
    return config;
  }

  static void awaitFile(Path f, Process daemon) throws InterruptedException {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(COMMAND_SECONDS);
    while (!Files.exists(f)) {
      assertTrue(daemon.isAlive(), "the daemon ended early");
      assertTrue(System.nanoTime() < end, "the daemon did not open its admin endpoint");
      Thread.sleep(100);
    }
  }

  private static Set<String> column(String jdbcUrl, String sql) throws Exception {
    Set<String> out = new TreeSet<>();
    try (Connection c = DriverManager.getConnection(jdbcUrl);
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        out.add(rs.getString(1));
      }
    }
    return out;
  }

  /** Lucene's own consistency check; returns the live documents. */
  private static long checkIndex(Path dir) throws Exception {
    try (FSDirectory d = FSDirectory.open(dir);
        CheckIndex check = new CheckIndex(d)) {
      CheckIndex.Status status = check.checkIndex();
      assertTrue(status.clean, "CheckIndex " + dir + " is not clean");
    }
    try (FSDirectory d = FSDirectory.open(dir);
        org.apache.lucene.index.DirectoryReader r = org.apache.lucene.index.DirectoryReader.open(d)) {
      return r.numDocs();
    }
  }
}
