package org.tenderwatch.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tenderwatch.archive.WarcArchive;
import org.tenderwatch.config.Config;
import org.tenderwatch.config.ConfigLoader;
import org.tenderwatch.config.SourceConfig;
import org.tenderwatch.crawl.BaseUrls;
import org.tenderwatch.crawl.FixtureServer;
import org.tenderwatch.store.PgTestDb;
import org.tenderwatch.TestDb;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Crash safety (issue 3 item 8): `tenderwatch crawl` runs in a JVM of its own against the sample portal and is
 * killed with SIGKILL at random points (after a random number of requests, seeded), several times; then it runs to
 * the end. Every expected notice must then be in SQL and in the index exactly once, with the flags, attachments
 * and cases of a clean crawl; the database passes {@code PRAGMA integrity_check}, the index {@code CheckIndex},
 * and the WARC files replay (a torn last record is allowed).
 */
class KillNineTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String HOST = "https://www.ccgp.gov.cn";
  private static final int ROUNDS = 5;
  /** Each request waits this long on the portal side, so a pass lasts seconds and kills land inside it. */
  private static final long PORTAL_MS = 20;

  @Test
  void killedAtRandomPointsThenRestartedLosesAndDuplicatesNothing(@TempDir Path tmp) throws Exception {
    killedAndRestarted(tmp, null);
  }

  /**
   * The same kills with the store on PostgreSQL (the server survives; the killed client's open transaction is
   * rolled back by it), compared with a clean crawl into SQLite.
   */
  @Test
  void killedAtRandomPointsWithTheStoreOnPostgres(@TempDir Path tmp) throws Exception {
    try (PgTestDb pg = PgTestDb.create()) {
      TestDb.storeOf(tmp.resolve("killed"), pg.url());
      killedAndRestarted(tmp, pg);
    } finally {
      TestDb.forget(tmp.resolve("killed"));
    }
  }

  private static void killedAndRestarted(Path tmp, PgTestDb pg) throws Exception {
    Path cleanConfig = configWithoutDelay(tmp.resolve("config"));
    Path configFile = cleanConfig;
    if (pg != null) {
      configFile = configWithoutDelay(tmp.resolve("config-pg"));
      PgTestDb.pointAt(configFile, pg.url());
    }
    AtomicReference<CountDownLatch> tripwire = new AtomicReference<>(new CountDownLatch(0));
    AtomicReference<Integer> killAt = new AtomicReference<>(Integer.MAX_VALUE);
    try (FixtureServer portal = FixtureServer.serve(Path.of("samples/portal")).delay(PORTAL_MS)) {
      Path clean = tmp.resolve("clean");
      cleanCrawl(cleanConfig, clean, portal);
      int cleanRequests = portal.requests();

      Path data = tmp.resolve("killed");
      Random random = new Random(20240412L);
      int base;
      portal.onRequest(n -> {
        if (n >= killAt.get()) {
          tripwire.get().countDown();
        }
      });
      List<String> rounds = new ArrayList<>();
      int killsLanded = ROUNDS;
      for (int round = 1; round <= ROUNDS; round++) {
        // somewhere inside a pass: a restarted pass re-reads the lists and fetches what is left, so it is shorter
        int after = 2 + random.nextInt(Math.min(cleanRequests, 26) - 2);
        long extraMs = random.nextInt(3 * (int) PORTAL_MS);
        CountDownLatch latch = new CountDownLatch(1);
        tripwire.set(latch);
        base = portal.requests();
        killAt.set(base + after);
        long t0 = System.nanoTime();
        Process p = crawl(configFile, data, portal, tmp.resolve("round" + round + ".log"));
        p.onExit().thenRun(latch::countDown); // a pass shorter than the kill point ends the round by itself
        assertTrue(latch.await(60, TimeUnit.SECONDS), "round " + round + " neither reached request " + after
            + " nor ended");
        Thread.sleep(extraMs); // the random point inside the request/processing window
        boolean finished = !p.isAlive();
        p.destroyForcibly(); // SIGKILL
        p.waitFor(30, TimeUnit.SECONDS);
        int stored = count(data, "SELECT count(*) FROM notices");
        assertEquals("ok", integrity(data), "database after kill " + round);
        rounds.add(String.format(Locale.ROOT, "round %d: %s after %d requests (+%d ms, %d ms in), %d notices stored",
            round, finished ? "ended by itself" : "killed", portal.requests() - base, extraMs,
            (System.nanoTime() - t0) / 1_000_000, stored));
        if (finished) {
          killsLanded--;
        }
      }
      Process last = crawl(configFile, data, portal, tmp.resolve("final.log"));
      assertTrue(last.waitFor(60, TimeUnit.SECONDS), "final pass did not end");
      assertEquals(0, last.exitValue(), Files.readString(tmp.resolve("final.log"), StandardCharsets.UTF_8));
      rounds.forEach(System.out::println);
      assertTrue(killsLanded >= ROUNDS / 2, "most rounds must be killed mid-pass: " + rounds);

      assertSameAsClean(clean, data);
      assertExpectedOnce(data);
      assertEquals("ok", integrity(data));
      assertIndexClean(data.resolve("index"));
      int replayed = WarcArchive.replay(data.resolve("warc"), a -> { });
      assertTrue(replayed > 0, "the archive replays");
      System.out.printf(Locale.ROOT, "kill -9: %d rounds (%d killed mid-pass), then a full pass; %d WARC records replayed; "
          + "every notice once in SQL and index, same flags/attachments/cases as a clean crawl%n", ROUNDS, killsLanded,
          replayed);
    }
  }

  /** The shipped config folder, copied, with crawl.delayMs 0: the portal is this test's loopback server. */
  static Path configWithoutDelay(Path dir) throws IOException {
    org.tenderwatch.TestFiles.copyTree(Path.of("config"), dir);
    Path settings = dir.resolve("tenderwatch.yaml");
    String text = Files.readString(settings, StandardCharsets.UTF_8);
    String changed = text.replaceFirst("(?m)^  delayMs: \\d+", "  delayMs: 0");
    assertTrue(!changed.equals(text), "crawl.delayMs not found in config/tenderwatch.yaml");
    Files.writeString(settings, changed, StandardCharsets.UTF_8);
    return settings;
  }

  private static void cleanCrawl(Path configFile, Path data, FixtureServer portal) {
    Config config = ConfigLoader.load(configFile).withDataDir(data);
    SourceConfig ccgp = config.source("ccgp");
    try (Pipeline p = Pipeline.open(config, Clock.systemUTC())) {
      p.crawl(ccgp, BaseUrls.of(ccgp.hosts(), portal.uri()), null);
    }
  }

  private static Process crawl(Path configFile, Path data, FixtureServer portal, Path log) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(java, "--enable-native-access=ALL-UNNAMED", "--add-modules", "jdk.incubator.vector",
        "-Xmx512m", "-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"),
        "org.tenderwatch.cli.Main", "crawl", "--source", "ccgp", "--base-url", "ccgp=" + portal.uri(),
        "--data", data.toString(), "--config", configFile.toString())
        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
  }

  /** Notices, attachments, flags and cases of both crawls, keyed by URL, compared whole. */
  private static void assertSameAsClean(Path clean, Path killed) {
    for (String q : List.of(
        "SELECT url, type, title, published_at, buyer, agency, project_no, budget_cny, award_cny, region, sha256"
            + " FROM notices ORDER BY url",
        "SELECT n.url, a.seq, a.url, a.status, a.parts, a.sha256 FROM attachments a JOIN notices n ON n.id = a.notice_id"
            + " ORDER BY 1, 2",
        "SELECT n.url, f.category, f.term, f.attachment, f.page FROM flags f JOIN notices n ON n.id = f.notice_id"
            + " ORDER BY 1, 2, 3, 4 NULLS FIRST, 5 NULLS FIRST",
        "SELECT n.url, s.name FROM suppliers s JOIN notices n ON n.id = s.notice_id ORDER BY 1, 2")) {
      assertSameRows(q, rows(clean, q), rows(killed, q));
    }
    assertEquals(cases(clean), cases(killed), "cases (which notices share one)");
    String unfinished = "SELECT url, status FROM frontier WHERE status IN ('discovered', 'failed') ORDER BY url";
    assertSameRows("frontier entries left unfinished", rows(clean, unfinished), rows(killed, unfinished));
  }

  /** Equal lists, or a message naming only the rows that differ. */
  private static void assertSameRows(String what, List<String> clean, List<String> killed) {
    List<String> missing = new ArrayList<>(clean);
    missing.removeAll(killed);
    List<String> extra = new ArrayList<>(killed);
    extra.removeAll(clean);
    assertEquals(clean, killed, what + "\nmissing after the kills: " + missing + "\nextra: " + extra);
  }

  /** The partition of notices into cases, by URL (case ids may differ with the order notices arrived in). */
  private static TreeSet<String> cases(Path data) {
    Map<String, TreeSet<String>> byCase = new TreeMap<>();
    for (String row : rows(data, "SELECT l.case_id, n.url FROM links l JOIN notices n ON n.id = l.notice_id")) {
      String[] kv = row.split("\t", 2);
      byCase.computeIfAbsent(kv[0], k -> new TreeSet<>()).add(kv[1]);
    }
    TreeSet<String> out = new TreeSet<>();
    byCase.values().forEach(s -> out.add(String.join(" + ", s)));
    return out;
  }

  private static void assertExpectedOnce(Path data) throws IOException {
    JsonNode expected = JSON.readTree(Path.of("samples/expected.json").toFile());
    List<String> ids = new ArrayList<>();
    for (JsonNode n : expected.get("notices")) {
      String url = HOST + n.get("path").asString();
      List<String> found = rows(data, "SELECT id FROM notices WHERE url = '" + url.replace("'", "''") + "'");
      assertEquals(1, found.size(), url + " in SQL");
      ids.add(found.get(0));
    }
    assertEquals(expected.get("notices").size(), count(data, "SELECT count(*) FROM notices"), "no extra notices");
    try (Directory d = FSDirectory.open(data.resolve("index")); DirectoryReader r = DirectoryReader.open(d)) {
      IndexSearcher s = new IndexSearcher(r);
      for (String id : ids) {
        assertEquals(1, s.count(new TermQuery(new Term("id", id))), id + " in the index");
      }
      assertEquals(ids.size(), r.numDocs(), "no extra documents in the index");
    }
  }

  private static void assertIndexClean(Path dir) throws IOException {
    try (Directory d = FSDirectory.open(dir); CheckIndex check = new CheckIndex(d)) {
      CheckIndex.Status status = check.checkIndex();
      assertTrue(status.clean, "CheckIndex found problems");
    }
  }

  /**
   * SQLite's own check. A PostgreSQL server was not the process killed: there the check is that no notice was
   * half written (no flag, supplier, attachment, link, URL or problem row without its notice).
   */
  private static String integrity(Path data) {
    if (TestDb.onServer(data)) {
      List<String> orphans = new ArrayList<>();
      for (String t : new String[] {"flags", "suppliers", "attachments", "links", "notice_urls", "notice_problems"}) {
        int n = count(data, "SELECT count(*) FROM " + t + " x WHERE NOT EXISTS (SELECT 1 FROM notices n"
            + " WHERE n.id = x.notice_id)");
        if (n > 0) {
          orphans.add(n + " " + t + " rows without their notice");
        }
      }
      return orphans.isEmpty() ? "ok" : String.join("; ", orphans);
    }
    List<String> r = rows(data, "PRAGMA integrity_check");
    return String.join("; ", r);
  }

  private static int count(Path data, String sql) {
    return Integer.parseInt(rows(data, sql).get(0));
  }

  static List<String> rows(Path data, String sql) {
    return org.tenderwatch.TestDb.rows(data, sql);
  }
}
