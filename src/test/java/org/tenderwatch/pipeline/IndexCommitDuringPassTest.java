package org.tenderwatch.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;
import org.tenderwatch.config.Config;
import org.tenderwatch.config.ConfigLoader;
import org.tenderwatch.config.Settings;
import org.tenderwatch.config.SourceConfig;
import org.tenderwatch.crawl.BaseUrls;
import org.tenderwatch.demo.SamplePortal;
import org.tenderwatch.index.NoticeIndex;

/**
 * Another process's `search` reads only index commits: with index.commitEverySeconds a crawl pass commits as it
 * goes, so a reader opened in the middle of the pass already finds notices of that pass; with 0 it finds none.
 */
class IndexCommitDuringPassTest {

  /** A clock two seconds further on every reading: every notice is "long enough" after the last commit. */
  private static final class Ticking extends Clock {
    private final AtomicInteger ticks = new AtomicInteger();

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return Instant.parse("2026-01-01T00:00:00Z").plus(Duration.ofSeconds(2L * ticks.incrementAndGet()));
    }
  }

  @ParameterizedTest(name = "commitEverySeconds {0}: a reader mid-pass sees notices: {1}")
  @CsvSource({"1, true", "0, false"})
  void aReaderInTheMiddleOfAPassSeesWhatTheCommitsHold(int every, boolean seen, @TempDir Path data)
      throws Exception {
    Config config = ConfigLoader.load(Path.of("config/tenderwatch.yaml")).withDataDir(data).withDelay(0)
        .withIndex(new Settings.Index(every));
    int[] midPass = {-1};
    try (SamplePortal portal = SamplePortal.start(Path.of("samples/portal"));
        Pipeline p = Pipeline.open(config, new Ticking())) {
      SourceConfig ccgp = config.source("ccgp");
      var report = p.crawl(ccgp, BaseUrls.of(ccgp.hosts(), portal.uri()), null, r -> {
        if (midPass[0] < 0 && r.notices() >= 10) {
          try (NoticeIndex reader = NoticeIndex.openReader(data.resolve("index"))) {
            midPass[0] = reader.count();
          } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        }
      }, () -> false);
      assertEquals(21, report.notices());
    }
    assertEquals(seen, midPass[0] > 0, "notices a reader saw after 10 of 21: " + midPass[0]);
    assertTrue(midPass[0] < 21, "the reader looked before the pass ended");
  }
}
