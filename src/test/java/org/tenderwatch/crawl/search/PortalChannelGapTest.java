package org.tenderwatch.crawl.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.tenderwatch.bench.BenchNotice;
import org.tenderwatch.bench.Planted;
import org.tenderwatch.config.Config;
import org.tenderwatch.config.ConfigLoader;
import org.tenderwatch.config.SourceConfig;
import org.tenderwatch.crawl.BaseUrls;

/**
 * On each JSON portal (ggzy, 政采云 Zhejiang, gpcms Sichuan): its channel (ggzy-national, zcy-zhejiang, ccgp-sichuan)
 * publishes more between two passes than a pass may read (crawl.maxListPages 2), so the second pass records a gap,
 * `status` shows it, and the next pass of the portal's own search source fills it: every notice of the gap the
 * search can give (a term in the title; for 政采云's date walk every listed notice) is stored, and the gap is marked
 * filled by that source. The search source's recentDays is 0 here, so only the gap can bring them.
 */
class PortalChannelGapTest {
  /** The passes run on this day (Asia/Shanghai, noon), after the burst. */
  private static final Instant NOW = Instant.parse("2024-06-20T04:00:00Z");
  private static final LocalDate TODAY = LocalDate.of(2024, 6, 20);

  @ParameterizedTest
  @EnumSource(PortalSearch.class)
  void anOverflowingChannelIsAGapThatThePortalsSearchFills(PortalSearch portal, @TempDir Path tmp) throws Exception {
    // ggzy's channel lists the last 3 days (DEAL_TIME=02): there the burst is one day; the others list everything
    boolean ggzy = portal == PortalSearch.ggzy;
    Planted planted = new Planted();
    List<BenchNotice> before = plant(planted, 15, ggzy ? TODAY.minusDays(2) : LocalDate.of(2024, 6, 1),
        ggzy ? TODAY.minusDays(2) : LocalDate.of(2024, 6, 10));
    Path data = tmp.resolve("data");
    Path configFile = portal.config(tmp.resolve("config"), 2);
    SearchTestConfig.edit(configFile.resolveSibling("sources/" + portal.search + ".yaml"), "(?m)^  recentDays: \\d+",
        "  recentDays: 0");
    Config config = ConfigLoader.load(configFile).withDataDir(data);
    SourceConfig channel = config.source(portal.channel);
    SourceConfig search = config.source(portal.search);
    Clock clock = Clock.offset(Clock.systemUTC(), Duration.between(Instant.now(), NOW));
    // the portal pages deeper than the channel walk may read (2 pages): the cap here is the walk's
    try (PlantedPortal site = portal.fixture(tmp.resolve("site"), before, TODAY, 50)) {
      BaseUrls mirror = BaseUrls.of(search.hosts(), site.server.uri());
      ChannelGapTest.pass(config, clock, channel, mirror);
      assertEquals(List.of(), ChannelGapTest.gaps(data), "the first pass records no gap");

      site.publish(plant(planted, 70, ggzy ? TODAY.minusDays(1) : LocalDate.of(2024, 6, 11),
          ggzy ? TODAY.minusDays(1) : LocalDate.of(2024, 6, 16)));
      ChannelGapTest.pass(config, clock, channel, mirror);
      LocalDate newestBefore = before.stream().map(n -> n.published().toLocalDate()).max(LocalDate::compareTo)
          .orElseThrow();
      Predicate<PlantedPortal.Row> listed = portal == PortalSearch.zcy ? ZcyFixture::listed : r -> true;
      LocalDate oldestSeen = site.rows.stream().filter(listed).toList().get(2 * channelPageSize(portal) - 1)
          .published().toLocalDate();
      List<String> open = ChannelGapTest.gaps(data);
      assertEquals(1, open.size(), open.toString());
      assertTrue(open.get(0).startsWith(newestBefore + "\t" + oldestSeen + "\t") && open.get(0).endsWith("\tnull"),
          "gap from the newest notice known before to the oldest the capped walk saw, open: " + open);
      String s = ChannelGapTest.status(configFile, data);
      assertTrue(s.contains("open gap " + newestBefore + " – " + oldestSeen), s);
      List<String> want = site.rows.stream().filter(portal::found).map(portal::channelId).sorted().toList();
      assertFalse(SearchTestConfig.rows(data, "SELECT id FROM notices").containsAll(want),
          "the channel walk must have lost notices the search can give, or this test proves nothing");

      ChannelGapTest.pass(config, clock, search, mirror); // the daily search pass: the open gaps first
      List<String> after = ChannelGapTest.gaps(data);
      assertEquals(1, after.size());
      assertFalse(after.get(0).endsWith("\tnull"), "filled: " + after);
      List<String> stored = SearchTestConfig.rows(data, "SELECT id FROM notices");
      assertTrue(stored.containsAll(want), "every notice of the gap the search gives is stored: missing "
          + want.stream().filter(id -> !stored.contains(id)).toList());
      assertEquals(java.util.Map.of(), PortalSearchTest.twice(site), "a notice page fetched twice");
      s = ChannelGapTest.status(configFile, data);
      assertTrue(s.contains("gaps: 0 open, 1 filled") && s.contains("by " + portal.search), s);
    }
  }

  /** {@code n} notices on days from..to, every fourth naming A100 in its title. */
  private static List<BenchNotice> plant(Planted planted, int n, LocalDate from, LocalDate to) {
    List<BenchNotice> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(planted.add(planted.anyDay(from, to), "gkzb", i % 4 == 0 ? "a100" : "plain"));
    }
    return out;
  }

  /** Rows a page of the channel's list holds (ggzy-national 20, zcy-zhejiang 15, ccgp-sichuan 10). */
  private static int channelPageSize(PortalSearch portal) {
    return switch (portal) {
      case ggzy -> 20;
      case zcy -> 15;
      case gpcms -> 10;
    };
  }
}
