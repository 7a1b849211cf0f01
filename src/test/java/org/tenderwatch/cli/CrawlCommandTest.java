package org.tenderwatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tenderwatch.demo.SamplePortal;

/** `crawl --base-url` without `--source`: a newcomer pointing ccgp at a mirror must not crawl the real internet. */
class CrawlCommandTest {

  @Test
  void aMirrorWithoutSourceCrawlsOnlyTheMirroredSource(@TempDir Path dir) throws IOException {
    Path config = copyConfigWithoutDelay(dir.resolve("config"));
    try (SamplePortal portal = SamplePortal.start(Path.of("samples/portal"))) {
      MainTest.Run r = MainTest.run("crawl", "--config", config.resolve("tenderwatch.yaml").toString(),
          "--data", dir.resolve("data").toString(), "--base-url", "ccgp=" + portal.uri());
      assertEquals(0, r.code(), r.err());
      assertTrue(r.out().contains("crawling only the sources given --base-url [ccgp]"), r.out());
      assertTrue(r.out().contains("ccgp: 17 list pages, 21 new notices"), r.out());
      for (String other : new String[] {"ccgp-sichuan:", "zcy-guangxi:", "ggzy-national:", "univ-lnjd:"}) {
        assertFalse(r.out().contains(other), other + " must not be crawled:\n" + r.out());
      }
    }
  }

  /** The shipped config folder with no delay between requests: the portal is this test's own loopback server. */
  static Path copyConfigWithoutDelay(Path target) throws IOException {
    Path source = Path.of("config");
    try (Stream<Path> files = Files.walk(source)) {
      for (Path f : files.toList()) {
        Path to = target.resolve(source.relativize(f).toString());
        if (Files.isDirectory(f)) {
          Files.createDirectories(to);
        } else {
          Files.copy(f, to);
        }
      }
    }
    Path settings = target.resolve("tenderwatch.yaml");
    String text = Files.readString(settings, StandardCharsets.UTF_8);
    assertTrue(text.contains("  delayMs: 2000"), "the settings file changed: update this test");
    Files.writeString(settings, text.replace("  delayMs: 2000", "  delayMs: 0"), StandardCharsets.UTF_8);
    return target;
  }
}
