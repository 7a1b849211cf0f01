package org.tenderwatch.crawl.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tenderwatch.archive.Capture;
import org.tenderwatch.archive.WarcArchive;
import org.tenderwatch.bench.Planted;
import org.tenderwatch.crawl.FixtureServer;

/**
 * `tenderwatch backfill` in a JVM of its own, killed with SIGKILL at random points (after a random number of
 * requests, seeded), then run to the end: every planted notice that mentions a term is stored exactly once, and no
 * notice page is fetched twice: every notice page that reached us is archived once and replayed from the archive on
 * resume (the fetch journal), never asked for again. The one thing a rerun must ask again is a notice request the
 * kill cut while the portal was still answering (its answer died with the process): at most one per kill, counted
 * apart. A result page in flight at a kill may be read again too (at most one per kill).
 */
class BackfillKillNineTest {
  private static final int ROUNDS = 4;
  /** Each request waits this long on the portal side, so kills land inside the pass. */
  private static final long PORTAL_MS = 15;

  @Test
  void killedAtRandomPointsThenRerunFindsTheSameWithNothingFetchedTwice(@TempDir Path tmp) throws Exception {
    Planted planted = Planted.twoYears();
    Path config = SearchTestConfig.write(tmp.resolve("config"), BackfillTest.CAP, 50);
    Path data = tmp.resolve("data");
    AtomicReference<CountDownLatch> tripwire = new AtomicReference<>(new CountDownLatch(0));
    AtomicInteger killAt = new AtomicInteger(Integer.MAX_VALUE);
    try (BxsearchFixture portal = new BxsearchFixture(tmp.resolve("site"), Planted.UNTIL, BackfillTest.CAP)) {
      portal.publish(planted.all);
      FixtureServer server = portal.server().delay(PORTAL_MS);
      server.onRequest(n -> {
        if (n >= killAt.get()) {
          tripwire.get().countDown();
        }
      });
      Random random = new Random(20231107L);
      int kills = 0;
      List<String> rounds = new ArrayList<>();
      for (int round = 1; round <= ROUNDS; round++) {
        int after = 5 + random.nextInt(60);
        CountDownLatch latch = new CountDownLatch(1);
        tripwire.set(latch);
        int base = server.requests();
        killAt.set(base + after);
        Process p = backfill(config, data, server, tmp.resolve("round" + round + ".log"));
        p.onExit().thenRun(latch::countDown);
        assertTrue(latch.await(120, TimeUnit.SECONDS), "round " + round + " neither reached its kill point nor ended");
        Thread.sleep(random.nextInt(3 * (int) PORTAL_MS)); // a random point inside the request/processing window
        boolean ended = !p.isAlive();
        p.destroyForcibly(); // SIGKILL
        p.waitFor(30, TimeUnit.SECONDS);
        kills += ended ? 0 : 1;
        rounds.add(String.format(Locale.ROOT, "round %d: %s after %d requests", round, ended ? "ended" : "killed",
            server.requests() - base));
      }
      killAt.set(Integer.MAX_VALUE);
      Path log = tmp.resolve("final.log");
      Process last = backfill(config, data, server, log);
      assertTrue(last.waitFor(180, TimeUnit.SECONDS), "the final run did not end");
      String out = Files.readString(log, StandardCharsets.UTF_8);
      assertEquals(0, last.exitValue(), out);
      assertTrue(out.contains("done"), out);
      rounds.forEach(System.out::println);
      assertTrue(kills >= ROUNDS / 2, "most rounds must be killed mid-pass: " + rounds);

      BackfillTest.assertStoredOnce(data, planted.mentioning());
      Map<String, Long> asked = counts(server, q -> q.path().startsWith("/cggg/"));
      Map<String, Long> archived = archivedNoticePages(data);
      Map<String, Long> twice = new TreeMap<>(archived);
      twice.values().removeIf(n -> n == 1);
      assertEquals(Map.of(), twice, "notice pages that reached us twice (a resume fetched what it had archived)");
      long cut = asked.entrySet().stream().mapToLong(e -> e.getValue() - archived.getOrDefault(e.getKey(), 0L))
          .sum();
      assertEquals(asked.keySet(), archived.keySet(), "every notice page asked for is archived");
      assertTrue(cut <= kills, "notice requests beyond the one cut in flight per kill: " + cut + " over " + kills);
      Map<String, Long> results = repeated(server, q -> q.path().equals("/bxsearch"));
      assertTrue(results.size() <= kills, "result pages read again beyond the one in flight per kill: " + results);
      assertEquals(List.of(), SearchTestConfig.rows(data,
          "SELECT term, from_date FROM search_windows WHERE status = 'pending'"), "every window done");
      System.out.printf(Locale.ROOT, "backfill kill -9: %d kills, then a full run; %d notices once; notice pages"
          + " fetched twice: 0 of %d; notice requests cut in flight by a kill and asked again: %d; result pages read"
          + " again: %d%n", kills, planted.mentioning().size(), archived.size(), cut, results.size());
    }
  }

  /** Requests of one kind made more than once (path and query), with their counts. */
  private static Map<String, Long> repeated(FixtureServer server, Predicate<FixtureServer.Request> kind) {
    return counts(server, kind).entrySet().stream().filter(e -> e.getValue() > 1)
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, TreeMap::new));
  }

  /** Requests of one kind per path and query. */
  private static Map<String, Long> counts(FixtureServer server, Predicate<FixtureServer.Request> kind) {
    return server.log.stream().filter(kind).collect(Collectors.groupingBy(q -> q.path() + "?" + q.query(),
        TreeMap::new, Collectors.counting()));
  }

  /** Notice-page responses in the archive per path and query as the fixture saw them: what reached us. */
  private static Map<String, Long> archivedNoticePages(Path data) throws IOException {
    Map<String, Long> out = new TreeMap<>();
    WarcArchive.replay(data.resolve("warc"), a -> {
      if (a.capture().kind() == Capture.Kind.notice) {
        out.merge(a.capture().fetchedUri().getRawPath() + "?" + a.capture().fetchedUri().getRawQuery(), 1L,
            Long::sum);
      }
    });
    return out;
  }

  private static Process backfill(Path config, Path data, FixtureServer server, Path log) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(java, "--enable-native-access=ALL-UNNAMED", "--add-modules", "jdk.incubator.vector",
        "-Xmx512m", "-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"),
        "org.tenderwatch.cli.Main", "backfill", "--source", "ccgp-search", "--since", Planted.SINCE.toString(),
        "--until", Planted.UNTIL.toString(), "--base-url", server.uri().toString(), "--data", data.toString(),
        "--config", config.toString())
        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
  }
}
