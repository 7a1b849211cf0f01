package org.tenderwatch.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tenderwatch.faults.FaultFixture.NOTICES;
import static org.tenderwatch.faults.FaultFixture.count;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `reindex` in a JVM of its own, killed with SIGKILL at random points of its build and swap (seeded): after each
 * kill the data folder holds every notice, in SQL and in the index, and the next reindex ends cleanly.
 */
class KillDuringReindexTest {
  private static final int ROUNDS = 4;

  @Test
  void killedReindexLosesNothing(@TempDir Path tmp) throws Exception {
    Path settings = FaultFixture.config(tmp.resolve("config"));
    Path data = tmp.resolve("data");
    FaultFixture.crawl(settings, data);
    List<String> before = FaultFixture.rows(data, "SELECT id, title, sha256 FROM notices ORDER BY id");
    Random random = new Random(20261206L);
    List<String> rounds = new ArrayList<>();
    for (int round = 1; round <= ROUNDS; round++) {
      Process p = reindex(settings, data, tmp.resolve("round" + round + ".log"));
      long t0 = System.nanoTime();
      while (p.isAlive() && !Files.exists(data.resolve("reindex.next")) && System.nanoTime() - t0 < 60_000_000_000L) {
        Thread.sleep(5);
      }
      long extra = random.nextInt(1500);
      Thread.sleep(extra);
      boolean finished = !p.isAlive();
      p.destroyForcibly(); // SIGKILL
      p.waitFor(30, TimeUnit.SECONDS);
      rounds.add(String.format(Locale.ROOT, "round %d: %s %d ms into the build", round,
          finished ? "ended by itself" : "killed", extra));
      // every notice still there, as the next command sees it (which finishes a swap the kill cut short)
      FaultFixture.Run status = FaultFixture.run("status", "--config", settings.toString(), "--data", data.toString());
      assertEquals(0, status.code(), rounds + "\n" + status.out() + status.err());
      assertTrue(status.out().contains("index: ok, store " + NOTICES + " notices"), status.out());
      assertEquals(before, FaultFixture.rows(data, "SELECT id, title, sha256 FROM notices ORDER BY id"), rounds.toString());
      assertEquals("ok", FaultFixture.rows(data, "PRAGMA integrity_check").get(0));
    }
    Process last = reindex(settings, data, tmp.resolve("final.log"));
    assertTrue(last.waitFor(120, TimeUnit.SECONDS));
    assertEquals(0, last.exitValue(), Files.readString(tmp.resolve("final.log")));
    assertEquals(NOTICES, count(data, "SELECT count(*) FROM notices"));
    assertFalse(Files.exists(data.resolve("reindex.next")));
    rounds.forEach(System.out::println);
  }

  private static Process reindex(Path settings, Path data, Path log) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(java, "--enable-native-access=ALL-UNNAMED", "-Xmx512m", "-XX:TieredStopAtLevel=1",
        "-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"), "org.tenderwatch.cli.Main", "reindex",
        "--data", data.toString(), "--config", settings.toString())
        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
  }
}
