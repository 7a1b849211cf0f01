package org.tenderwatch.crawl.search;

import org.tenderwatch.bench.Planted;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.tenderwatch.config.Config;
import org.tenderwatch.config.ConfigLoader;
import org.tenderwatch.config.SourceConfig;
import org.tenderwatch.crawl.BaseUrls;
import org.tenderwatch.crawl.CrawlReport;
import org.tenderwatch.pipeline.Pipeline;

/**
 * A two-year backfill through each JSON portal search (ggzy FINDTXT, 政采云 by date, gpcms title filter) on its
 * fixture: every planted notice it must find is stored exactly once, under the id the channel walk gives it, windows
 * that overflow the paging cap are split, and a channel walk afterwards meets the same notices without fetching one
 * again.
 */
class PortalSearchTest {
  @ParameterizedTest
  @EnumSource(PortalSearch.class)
  void twoYearBackfillFindsEveryPlantedNoticeOnceUnderTheChannelId(PortalSearch portal, @TempDir Path tmp)
      throws Exception {
    Planted planted = Planted.twoYears();
    for (int i = 0; i < 3; i++) { // on the last day: what ggzy's channel list (the last 3 days) shows
      planted.add(Planted.UNTIL.atTime(9 + i, 30), "gkzb", "a100");
    }
    Path data = tmp.resolve("data");
    Config config = ConfigLoader.load(portal.config(tmp.resolve("config"))).withDataDir(data);
    SourceConfig search = config.source(portal.search);
    try (PlantedPortal site = portal.fixture(tmp.resolve("site"), planted.all)) {
      TreeSet<String> want = site.rows.stream().filter(portal::found).map(portal::channelId)
          .collect(Collectors.toCollection(TreeSet::new));
      CrawlReport r;
      try (Pipeline p = Pipeline.open(config, Clock.systemUTC())) {
        r = p.backfill(search, BaseUrls.of(search.hosts(), site.server.uri()), Planted.SINCE, Planted.UNTIL,
            (x, w) -> { }, () -> false);
      }
      int split = SearchTestConfig.rows(data, "SELECT 1 FROM search_windows WHERE status = 'split'").size();
      System.out.printf(java.util.Locale.ROOT, "%s backfill 2 years: %d list requests, %d requests in all, %d notices "
          + "found, %d windows split, %.2f requests per found notice%n", portal.search, site.listRequests(),
          r.requests(), want.size(), split, (double) r.requests() / want.size());
      assertEquals(List.of(), r.failures());
      assertEquals(want, new TreeSet<>(SearchTestConfig.rows(data, "SELECT id FROM notices")), "notices stored");
      assertEquals(Map.of(), twice(site), "notices fetched more than once");
      assertTrue(split > 0, "the March burst overflows a window of " + portal.cap + " pages: it must be split");
      assertEquals(List.of(), SearchTestConfig.rows(data, "SELECT term FROM search_windows WHERE status = 'pending'"));

      // the channel walk meets the newest of them: the same notices, none fetched again
      SourceConfig channel = config.source(portal.channel);
      try (Pipeline p = Pipeline.open(config, Clock.systemUTC())) {
        CrawlReport c = p.crawl(channel, BaseUrls.of(channel.hosts(), site.server.uri()), null);
        assertTrue(c.known() > 0, "the channel walk must meet notices the search found: " + c);
      }
      assertEquals(Map.of(), twice(site), "a notice found by search was fetched again by the channel walk");
      List<String> after = SearchTestConfig.rows(data, "SELECT id FROM notices");
      assertFalse(after.isEmpty());
      assertTrue(want.containsAll(after) || portal.keyword, "the category walk found every listed notice: " + after);
      assertTrue(after.containsAll(want));
    }
  }

  static Map<String, Long> twice(PlantedPortal site) {
    return site.detailRequests().entrySet().stream().filter(e -> e.getValue() > 1)
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
  }
}
