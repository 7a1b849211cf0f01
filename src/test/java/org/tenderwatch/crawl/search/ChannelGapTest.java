package org.tenderwatch.crawl.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tenderwatch.bench.BenchNotice;
import org.tenderwatch.bench.Planted;
import org.tenderwatch.cli.Main;
import org.tenderwatch.config.Config;
import org.tenderwatch.config.ConfigLoader;
import org.tenderwatch.config.SourceConfig;
import org.tenderwatch.crawl.BaseUrls;
import org.tenderwatch.pipeline.Pipeline;

/**
 * A channel that publishes more between two passes than the pass may read (crawl.maxListPages 2 here) is reported
 * as a gap, shown by status, and the next search pass finds the gap's notices that mention a watched term.
 */
class ChannelGapTest {
  /** The passes run on this day (Asia/Shanghai), after the channel's burst; the clock ticks (WARC file names). */
  private static final Instant NOW = Instant.parse("2024-06-20T04:00:00Z");

  @Test
  void anOverflowingChannelIsReportedAsAGapAndFilledByTheNextSearchPass(@TempDir Path tmp) throws Exception {
    Planted planted = new Planted();
    List<BenchNotice> before = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      before.add(planted.add(planted.anyDay(LocalDate.of(2024, 6, 1), LocalDate.of(2024, 6, 10)), "gkzb",
          i % 3 == 0 ? "a100" : "plain"));
    }
    Path data = tmp.resolve("data");
    Path configFile = SearchTestConfig.write(tmp.resolve("config"), 50, 2);
    Config config = ConfigLoader.load(configFile).withDataDir(data);
    SourceConfig ccgp = config.source("ccgp");
    SourceConfig search = config.source("ccgp-search");
    Clock clock = Clock.offset(Clock.systemUTC(), Duration.between(Instant.now(), NOW));
    try (BxsearchFixture portal = new BxsearchFixture(tmp.resolve("site"), LocalDate.of(2024, 6, 20), 50)) {
      BaseUrls mirror = BaseUrls.of(search.hosts(), portal.server().uri());
      portal.publish(before);
      pass(config, clock, ccgp, mirror);
      assertEquals(List.of(), gaps(data), "30 notices fit in 2 list pages: no gap");

      List<BenchNotice> burst = new ArrayList<>();
      for (int i = 0; i < 70; i++) {
        burst.add(planted.add(planted.anyDay(LocalDate.of(2024, 6, 11), LocalDate.of(2024, 6, 16)), "gkzb",
            i % 3 == 0 ? "a100" : "plain"));
      }
      portal.publish(burst);
      pass(config, clock, ccgp, mirror);
      LocalDate newestBefore = before.stream().map(n -> n.published().toLocalDate()).max(Comparator.naturalOrder())
          .orElseThrow();
      LocalDate oldestSeen = burst.stream().sorted(Comparator.comparing(BenchNotice::published).reversed()
          .thenComparing(BenchNotice::id, Comparator.reverseOrder())).toList().get(39).published().toLocalDate();
      // from: the newest notice known before the pass; to: the oldest one the capped walk saw; open
      assertEquals(List.of(newestBefore + "\t" + oldestSeen + "\thttps://www.ccgp.gov.cn/cggg/dfgg/gkzb/index.htm\tnull"),
          gaps(data));
      String s = status(configFile, data);
      assertTrue(s.contains("open gap " + newestBefore + " – " + oldestSeen), s);

      pass(config, clock, search, mirror); // the daily search pass
      List<String> after = gaps(data);
      assertEquals(1, after.size());
      assertFalse(after.get(0).endsWith("\tnull"), "filled: " + after);
    }
    List<String> stored = SearchTestConfig.rows(data, "SELECT url FROM notices");
    for (BenchNotice n : planted.mentioning()) {
      assertTrue(stored.contains("https://www.ccgp.gov.cn/" + n.path()), n.path() + " (mentions A100) not found");
    }
    String s = status(configFile, data);
    assertTrue(s.contains("gaps: 0 open, 1 filled") && s.contains("by ccgp-search"), s);
  }

  static void pass(Config config, Clock clock, SourceConfig source, BaseUrls mirror) {
    try (Pipeline p = Pipeline.open(config, clock)) {
      p.crawl(source, mirror, null);
    }
  }

  static List<String> gaps(Path data) {
    return SearchTestConfig.rows(data, "SELECT from_date, to_date, channel, filled_at FROM channel_gaps");
  }

  static String status(Path configFile, Path data) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(out), new PrintWriter(err), "status", "--config", configFile.toString(),
        "--data", data.toString());
    assertEquals(0, code, err.toString());
    return out.toString();
  }
}
