package org.tenderwatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tenderwatch.demo.SamplePortal;

/**
 * The README's commands that ManyProcessesTest does not run, each as its own process beside a running daemon, as a
 * newcomer runs them in a second terminal: every one ends with exit 0 and a clean stderr, except the two the README
 * says are refused with one line (a reindex handed to the daemon, a second daemon). The daemon keeps its writer lock
 * through them all: a refused reindex once dropped it (reading the lock file inside the process that held it drops
 * the OS lock), after which a second daemon got past it and write commands failed on the index lock.
 */
class BesideTheDaemonTest {
  private static final long SECONDS = 180;

  @Test
  void everyReadmeCommandWorksBesideTheDaemonAndTheRefusedOnesSayOneLine(@TempDir Path dir) throws Exception {
    Path config = ManyProcessesTest.onlyCcgp(CrawlCommandTest.copyConfigWithoutDelay(dir.resolve("config")));
    Path data = dir.resolve("data");
    Path logs = dir.resolve("logs");
    List<String> common = List.of("--config", config.resolve("tenderwatch.yaml").toString(), "--data",
        data.toString());
    try (SamplePortal portal = SamplePortal.start(Path.of("samples/portal"))) {
      String mirror = "ccgp=" + portal.uri();
      Process daemon = Processes.start(logs, "daemon", ManyProcessesTest.with(List.of("run", "--base-url", mirror), common));
      List<Processes.Done> clean = new ArrayList<>();
      try {
        ManyProcessesTest.awaitFile(data.resolve("admin.token"), daemon);
        Processes.Done reindex = run(logs, "reindex", List.of("reindex"), common);
        assertEquals(1, reindex.code(), reindex.toString());
        assertTrue(reindex.err().startsWith("error: reindex swaps the database and index"), reindex.toString());
        assertEquals(1, reindex.err().lines().count(), reindex.toString());

        Processes.Done second = run(logs, "serve", List.of("serve"), common);
        assertEquals(1, second.code(), second.toString());
        assertTrue(second.err().matches("error: pid \\d+: tenderwatch run .* already writes .*\\R?"),
            "the daemon still holds the writer lock after the refused reindex: " + second);

        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
          Processes.Done busy = run(logs, "serve-busy", List.of("serve", "--port",
              Integer.toString(taken.getLocalPort())), List.of("--config", common.get(1), "--data",
              dir.resolve("other").toString()));
          assertEquals(2, busy.code(), busy.toString());
          assertTrue(busy.err().matches("error: cannot listen on 127\\.0\\.0\\.1:\\d+: .*\\R?"),
              "a taken port is one line, without Javalin's own: " + busy);
        }

        clean.add(run(logs, "saved-add", List.of("saved", "add", "gpu", "A100 OR H100"), common));
        Processes.Done crawl = run(logs, "crawl", List.of("crawl", "--base-url", mirror), common);
        clean.add(crawl);
        assertEquals(1, crawl.out().split("crawling only the sources given --base-url", -1).length - 1,
            "said once, by the daemon that ran it: " + crawl);
        clean.add(run(logs, "saved-run", List.of("saved", "run", "gpu"), common));
        clean.add(run(logs, "entitylist", List.of("entitylist", "import",
            Path.of("src/test/resources/screening/consolidated_sample.json").toAbsolutePath().toString()), common));
        clean.add(run(logs, "entitylist-show", List.of("entitylist", "show"), common));
        clean.add(run(logs, "subscribers", List.of("subscribers", "add", "analyst@example.org", "--category",
            "nvidia_gpu", "--since", "2024-01-01"), common));
        clean.add(run(logs, "digest", List.of("digest"), common));
        clean.add(run(logs, "suppliers", List.of("suppliers"), common));
        clean.add(run(logs, "users", List.of("users", "list"), common));
        clean.add(run(logs, "verify", List.of("verify"), common));
        clean.add(run(logs, "saved-rm", List.of("saved", "rm", "gpu"), common));
      } finally {
        daemon.destroy();
        assertTrue(daemon.waitFor(SECONDS, TimeUnit.SECONDS), "the daemon stops on SIGTERM");
      }
      for (Processes.Done d : clean) {
        assertTrue(d.clean(), d.toString());
      }
      assertTrue(clean.stream().filter(d -> d.args().get(0).equals("digest")).allMatch(d -> d.out().contains(
          "analyst@example.org: sent")), "the digest went to the outbox");
      String daemonErr = Processes.read(logs.resolve("daemon.err"));
      assertFalse(daemonErr.contains("Exception"), daemonErr);
    }
    MainTest.Run help = MainTest.run("users", "--help");
    assertEquals(0, help.code());
    assertFalse(help.err().contains("WARN") || help.out().contains("WARN"), help.err() + help.out());
    assertTrue(help.out().contains("printf '%s\\n'"), help.out());
  }

  private static Processes.Done run(Path logs, String name, List<String> args, List<String> common)
      throws Exception {
    return Processes.run(logs, name, SECONDS, ManyProcessesTest.with(args, common));
  }
}
