package org.tenderwatch.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tenderwatch.demo.SamplePortal;

/**
 * Processes of their own: `run --base-url` schedules only the mirrored source (the others would hit the real
 * portals), and a command refused for a 3,500-deep query ends at once (no thread keeps the JVM alive).
 */
class RunMirrorTest {
  private static ProcessBuilder tenderwatch(Path log, String... args) {
    String jvm = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> cmd = new ArrayList<>(List.of(jvm, "--enable-native-access=ALL-UNNAMED",
        "-Xmx512m", "-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"),
        "org.tenderwatch.cli.Main"));
    cmd.addAll(List.of(args));
    return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
  }

  @Test
  void runWithAMirrorSchedulesOnlyTheMirroredSource(@TempDir Path tmp) throws Exception {
    Path settings = FaultFixture.config(tmp.resolve("config"));
    Files.writeString(settings, Files.readString(settings, StandardCharsets.UTF_8).replace("  port: 8080", "  port: 0"),
        StandardCharsets.UTF_8);
    Path log = tmp.resolve("run.log");
    try (SamplePortal portal = SamplePortal.start(Path.of("samples/portal"))) {
      Process p = tenderwatch(log, "run", "--config", settings.toString(), "--data", tmp.resolve("data").toString(),
          "--base-url", "ccgp=" + portal.uri()).start();
      try {
        long t0 = System.nanoTime();
        // the missed-run pass of ccgp (never run before) ends with its summary line
        while (!Files.readString(log).contains("ccgp: ") && System.nanoTime() - t0 < 90_000_000_000L && p.isAlive()) {
          Thread.sleep(100);
        }
        String out = Files.readString(log);
        assertTrue(out.contains("scheduling only the sources given --base-url [ccgp]"), out);
        assertTrue(out.contains("ccgp: "), "ccgp's missed run: " + out);
        for (String other : new String[] {"ccgp-sichuan", "zcy-guangxi", "ggzy-national", "univ-lnjd"}) {
          assertFalse(out.contains(other), other + " must not be scheduled:\n" + out);
        }
      } finally {
        p.destroy(); // SIGTERM: the daemon's own shutdown
        assertTrue(p.waitFor(30, TimeUnit.SECONDS), "the daemon ends on SIGTERM");
      }
    }
  }

  @Test
  void aRefusedDeepQueryEndsTheProcess(@TempDir Path tmp) throws IOException, InterruptedException {
    Path settings = FaultFixture.config(tmp.resolve("config"));
    Files.createDirectories(tmp.resolve("data"));
    Path log = tmp.resolve("search.log");
    Process p = tenderwatch(log, "search", "(".repeat(3500) + "A100" + ")".repeat(3500), "--config",
        settings.toString(), "--data", tmp.resolve("data").toString()).start();
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the process must end: " + Files.readString(log));
    assertEquals(2, p.exitValue(), Files.readString(log));
    assertTrue(Files.readString(log).contains("parentheses deep"), Files.readString(log));
  }
}
