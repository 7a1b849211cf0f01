package org.tenderwatch.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tenderwatch.faults.FaultFixture.NOTICES;
import static org.tenderwatch.faults.FaultFixture.count;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tenderwatch.demo.SamplePortal;

/**
 * A real full disk (a small tmpfs) and a read-only data folder (a read-only mount): one-line errors, exit codes,
 * nothing stored is lost, and once there is room again a crawl completes with store and index in step. Needs
 * root's mount (tests run as root here); elsewhere the tests are skipped, not faked.
 */
class DiskFaultsTest {
  @TempDir Path tmp;
  private Path mounted;

  private static boolean sh(String... command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    p.getInputStream().readAllBytes();
    return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
  }

  private Path mount(String options) throws IOException, InterruptedException {
    Path dir = Files.createDirectories(tmp.resolve("mnt"));
    Assumptions.assumeTrue(sh("mount", "-t", "tmpfs", "-o", options, "tenderwatch-test", dir.toString()),
        "mount -t tmpfs is not allowed here");
    mounted = dir;
    return dir;
  }

  @AfterEach
  void unmount() throws IOException, InterruptedException {
    if (mounted != null) {
      sh("umount", mounted.toString());
    }
  }

  @Test
  void aFullDiskFailsTheCrawlInOneLineAndLosesNothing() throws Exception {
    Path settings = FaultFixture.config(tmp.resolve("config"));
    Path data = mount("size=512k").resolve("data");
    try (SamplePortal portal = SamplePortal.start(Path.of("samples/portal"))) {
      String[] crawl = {"crawl", "--config", settings.toString(), "--data", data.toString(), "--base-url",
          "ccgp=" + portal.uri()};
      FaultFixture.Run full = FaultFixture.run(crawl);
      assertEquals(1, full.code(), full.out() + full.err());
      assertTrue(full.oneLineError(), full.err());
      assertTrue(full.err().contains("disk is full"), full.err());

      assertTrue(sh("mount", "-o", "remount,size=64m", mounted.toString()), "remount with room");
      FaultFixture.Run again = FaultFixture.run(crawl);
      assertEquals(0, again.code(), full.out() + full.err() + "\nAGAIN\n" + again.out() + again.err());
      assertEquals(NOTICES, count(data, "SELECT count(*) FROM notices"));
      FaultFixture.Run status = FaultFixture.run("status", "--config", settings.toString(), "--data", data.toString());
      assertTrue(status.out().contains("index: ok, store " + NOTICES + " notices"), status.out());
      FaultFixture.Run verify = FaultFixture.run("verify", "--config", settings.toString(), "--data", data.toString());
      assertEquals(0, verify.code(), verify.out());
    }
  }

  @Test
  void aReadOnlyDataFolderIsOneLine() throws Exception {
    Path settings = FaultFixture.config(tmp.resolve("config"));
    Path ro = mount("size=1m,ro");
    FaultFixture.Run r = FaultFixture.run("crawl", "--source", "ccgp", "--config", settings.toString(), "--data",
        ro.resolve("data").toString());
    assertEquals(2, r.code(), r.out() + r.err());
    assertTrue(r.oneLineError(), r.err());
    assertTrue(r.err().contains("cannot write in the data folder"), r.err());
  }
}
