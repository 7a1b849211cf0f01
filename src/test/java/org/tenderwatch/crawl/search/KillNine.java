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
import org.tenderwatch.archive.Capture;
import org.tenderwatch.archive.WarcArchive;
import org.tenderwatch.bench.Planted;
import org.tenderwatch.crawl.FixtureServer;

/**
 * `tenderwatch backfill` in JVMs of its own on a loopback portal, killed with SIGKILL at seeded random points (after a
 * random number of requests, then a random pause inside the portal's think time), then run to its end; and what the
 * portal was asked against what reached the archive, so a test can tell a request the kill cut in flight (asked,
 * never archived: its answer died with the process) from a page fetched twice (archived twice).
 */
final class KillNine {
  /** Each request waits this long on the portal side, so kills land inside requests as well as between them. */
  static final long PORTAL_MS = 15;

  /** The rounds: how many were killed (the others ended first), one line each, and the final run's output. */
  record Rounds(int kills, List<String> lines, String finalOut) {}

  /**
   * What the portal was asked and what reached the archive, for notice pages and result pages. A request asked
   * but not archived was cut by a kill; anything archived twice was fetched twice.
   */
  record Tally(Map<String, Long> noticesAsked, Map<String, Long> noticesArchived, long resultsAsked,
      long resultsArchived, Map<String, Long> resultsRepeated, int distinctResults) {
    /** Notice pages that reached the archive more than once. */
    Map<String, Long> noticesTwice() {
      Map<String, Long> twice = new TreeMap<>(noticesArchived);
      twice.values().removeIf(n -> n == 1);
      return twice;
    }

    /** Notice requests asked and never archived: cut in flight by a kill. */
    long noticesCut() {
      return noticesAsked.entrySet().stream()
          .mapToLong(e -> e.getValue() - noticesArchived.getOrDefault(e.getKey(), 0L)).sum();
    }

    /** Result-page requests asked and never archived: cut in flight by a kill. */
    long resultsCut() {
      return resultsAsked - resultsArchived;
    }

    /** Result requests (same URL and body) asked more than once, beyond the first. */
    long resultRepeats() {
      return resultsRepeated.values().stream().mapToLong(n -> n - 1).sum();
    }

    /**
     * Nothing fetched twice: every notice page asked for reached the archive exactly once, every result page too
     * (as many result records as distinct result requests), and the only requests made again are those a kill cut
     * in flight, at most one per kill (one request is in flight at a time).
     */
    void assertNothingFetchedTwice(int kills) {
      assertEquals(Map.of(), noticesTwice(), "notice pages that reached us twice (a resume fetched what it had)");
      assertEquals(noticesAsked.keySet(), noticesArchived.keySet(), "every notice page asked for is archived");
      assertEquals(distinctResults, resultsArchived, "every result page reached the archive exactly once");
      assertTrue(resultRepeats() <= resultsCut(), "result pages asked again that had reached us: " + resultsRepeated);
      assertTrue(noticesCut() + resultsCut() <= kills, "requests asked again beyond the one cut in flight per kill: "
          + noticesCut() + " notice and " + resultsCut() + " result requests over " + kills + " kills");
    }

    String summary(int kills, int notices) {
      return String.format(Locale.ROOT, "%d kills, then a full run; %d notices once; notice pages fetched twice:"
          + " 0 of %d; result pages fetched twice: 0 of %d; requests cut in flight by a kill and asked again: %d"
          + " notice, %d result (%d result requests in all)", kills, notices, noticesArchived.size(),
          distinctResults, noticesCut(), resultsCut(), resultsAsked);
    }
  }

  private KillNine() {}

  /**
   * {@code rounds} runs of {@code tenderwatch args…}, each killed with SIGKILL once the portal has answered a
   * random 5–64 more requests (plus a random pause), then one run to its end, which must exit 0 saying "done".
   */
  static Rounds run(FixtureServer server, List<String> args, Path logs, int rounds, long seed) throws Exception {
    AtomicReference<CountDownLatch> tripwire = new AtomicReference<>(new CountDownLatch(0));
    AtomicInteger killAt = new AtomicInteger(Integer.MAX_VALUE);
    server.delay(PORTAL_MS).onRequest(n -> {
      if (n >= killAt.get()) {
        tripwire.get().countDown();
      }
    });
    Random random = new Random(seed);
    int kills = 0;
    List<String> lines = new ArrayList<>();
    for (int round = 1; round <= rounds; round++) {
      int after = 5 + random.nextInt(60);
      CountDownLatch latch = new CountDownLatch(1);
      tripwire.set(latch);
      int base = server.requests();
      killAt.set(base + after);
      Process p = start(args, logs.resolve("round" + round + ".log"));
      p.onExit().thenRun(latch::countDown);
      assertTrue(latch.await(120, TimeUnit.SECONDS), "round " + round + " neither reached its kill point nor ended");
      Thread.sleep(random.nextInt(3 * (int) PORTAL_MS)); // a random point inside the request/processing window
      boolean ended = !p.isAlive();
      p.destroyForcibly(); // SIGKILL
      p.waitFor(30, TimeUnit.SECONDS);
      kills += ended ? 0 : 1;
      lines.add(String.format(Locale.ROOT, "round %d: %s after %d requests", round, ended ? "ended" : "killed",
          server.requests() - base));
    }
    killAt.set(Integer.MAX_VALUE);
    Path log = logs.resolve("final.log");
    Process last = start(args, log);
    assertTrue(last.waitFor(180, TimeUnit.SECONDS), "the final run did not end");
    String out = Files.readString(log, StandardCharsets.UTF_8);
    assertEquals(0, last.exitValue(), out);
    assertTrue(out.contains(" done"), out);
    lines.forEach(System.out::println);
    assertTrue(kills >= rounds / 2, "most rounds must be killed mid-pass: " + lines);
    return new Rounds(kills, lines, out);
  }

  /** The backfill arguments of a search source over the planted two years, on the loopback portal. */
  static List<String> backfill(String source, FixtureServer server, Path config, Path data) {
    return List.of("backfill", "--source", source, "--since", Planted.SINCE.toString(), "--until",
        Planted.UNTIL.toString(), "--base-url", server.uri().toString(), "--data", data.toString(), "--config",
        config.toString());
  }

  /** The portal's requests and the archive's records, notice pages and result pages told apart by the predicates. */
  static Tally tally(FixtureServer server, Path data, Predicate<FixtureServer.Request> notice,
      Predicate<FixtureServer.Request> result) throws IOException {
    Map<String, Long> results = server.log.stream().filter(result).collect(Collectors.groupingBy(
        q -> q.path() + "?" + q.query() + " " + q.body(), TreeMap::new, Collectors.counting()));
    Map<String, Long> repeated = new TreeMap<>(results);
    repeated.values().removeIf(n -> n == 1);
    Map<String, Long> noticesArchived = new TreeMap<>();
    long[] resultsArchived = {0};
    WarcArchive.replay(data.resolve("warc"), a -> {
      Capture c = a.capture();
      if (c.kind() == Capture.Kind.notice) {
        noticesArchived.merge(c.fetchedUri().getRawPath() + "?" + c.fetchedUri().getRawQuery(), 1L, Long::sum);
      } else if (c.kind() == Capture.Kind.list) {
        resultsArchived[0]++;
      }
    });
    return new Tally(server.log.stream().filter(notice).collect(Collectors.groupingBy(q -> q.path() + "?" + q.query(),
        TreeMap::new, Collectors.counting())), noticesArchived, server.log.stream().filter(result).count(),
        resultsArchived[0], repeated, results.size());
  }

  private static Process start(List<String> args, Path log) throws IOException {
    List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "--enable-native-access=ALL-UNNAMED", "--add-modules", "jdk.incubator.vector", "-Xmx512m",
        "-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"),
        "org.tenderwatch.cli.Main"));
    cmd.addAll(args);
    return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
  }
}
