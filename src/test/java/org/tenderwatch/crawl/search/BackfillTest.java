package org.tenderwatch.crawl.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tenderwatch.bench.BenchNotice;
import org.tenderwatch.bench.Planted;
import org.tenderwatch.config.Config;
import org.tenderwatch.config.ConfigLoader;
import org.tenderwatch.config.SourceConfig;
import org.tenderwatch.crawl.BaseUrls;
import org.tenderwatch.crawl.CrawlReport;
import org.tenderwatch.crawl.FixtureServer;
import org.tenderwatch.crawl.NoticeIds;
import org.tenderwatch.pipeline.Pipeline;

/** A two-year backfill through the bxsearch fixture, in process. */
class BackfillTest {
  static final int CAP = 2;

  @Test
  void twoYearBackfillFindsEveryPlantedNoticeExactlyOnceSplittingWhereItMust(@TempDir Path tmp) throws Exception {
    Planted planted = Planted.twoYears();
    Path data = tmp.resolve("data");
    try (BxsearchFixture portal = new BxsearchFixture(tmp.resolve("site"), Planted.UNTIL, CAP)) {
      portal.publish(planted.all);
      Config config = ConfigLoader.load(SearchTestConfig.write(tmp.resolve("config"), CAP, 50)).withDataDir(data);
      SourceConfig search = config.source("ccgp-search");
      CrawlReport r;
      try (Pipeline p = Pipeline.open(config, Clock.systemUTC())) {
        r = p.backfill(search, BaseUrls.of(search.hosts(), portal.server().uri()), Planted.SINCE, Planted.UNTIL,
            (x, w) -> { }, () -> false);
      }
      System.out.println("backfill: " + r);
      assertEquals(List.of(), r.failures());
      assertStoredOnce(data, planted.mentioning());
      assertEachFetchedOnce(portal.server(), planted);
      List<String> split = SearchTestConfig.rows(data,
          "SELECT term, from_date, to_date FROM search_windows WHERE status = 'split'");
      assertTrue(!split.isEmpty(), "the March burst overflows its window: it must be split");
      assertEquals(List.of(), SearchTestConfig.rows(data,
          "SELECT term, from_date FROM search_windows WHERE status = 'pending'"), "every window done");
      assertEquals(List.of(), SearchTestConfig.rows(data, "SELECT url FROM fetch_journal WHERE url LIKE '%#backfill%'"),
          "a done or split window's result pages leave the journal");
      assertTrue(SearchTestConfig.rows(data, "SELECT url FROM fetch_journal").size() >= planted.mentioning().size(),
          "the notice pages' rows stay: they are the archive's index");
      int searchRequests = (int) portal.server().log.stream().filter(q -> q.path().equals("/bxsearch")).count();
      System.out.printf(java.util.Locale.ROOT, "backfill 2 years, 2 terms: %d search requests, %d notices found, "
          + "%d windows split, %.2f requests per found notice%n", searchRequests, planted.mentioning().size(),
          split.size(), (double) r.requests() / planted.mentioning().size());

      // the same notices met again on a channel walk: one notice each, same id, not fetched again
      try (Pipeline p = Pipeline.open(config, Clock.systemUTC())) {
        SourceConfig ccgp = config.source("ccgp");
        p.crawl(ccgp, BaseUrls.of(ccgp.hosts(), portal.server().uri()), null);
      }
      assertEachFetchedOnce(portal.server(), planted);
    }
  }

  @Test
  void withoutAStatedCountTheCapSplitsAWindowAndADayOverTheCapIsReported(@TempDir Path tmp) throws Exception {
    Planted planted = new Planted();
    for (int i = 0; i < 30; i++) {
      planted.add(planted.anyDay(LocalDate.of(2024, 6, 1), LocalDate.of(2024, 6, 28)), planted.channel(), "a100");
    }
    List<BenchNotice> oneDay = new java.util.ArrayList<>();
    for (int i = 0; i < 45; i++) { // more than the 2 pages of 20 the portal shows, on one day
      oneDay.add(planted.add(LocalDate.of(2024, 6, 29).atTime(8, i), "gkzb", "a100"));
    }
    Path data = tmp.resolve("data");
    try (BxsearchFixture portal = new BxsearchFixture(tmp.resolve("site"), Planted.UNTIL, CAP)) {
      portal.statesCount = false;
      portal.publish(planted.all);
      Config config = ConfigLoader.load(SearchTestConfig.write(tmp.resolve("config"), CAP, 50)).withDataDir(data);
      SourceConfig search = config.source("ccgp-search");
      CrawlReport r;
      try (Pipeline p = Pipeline.open(config, Clock.systemUTC())) {
        r = p.backfill(search, BaseUrls.of(search.hosts(), portal.server().uri()), LocalDate.of(2024, 6, 1),
            LocalDate.of(2024, 6, 30), (x, w) -> { }, () -> false);
      }
      assertTrue(r.failures().stream().anyMatch(f -> f.startsWith("overflow: 'A100' 2024-06-29 – 2024-06-29: more"
          + " than 2 result pages")), r.failures().toString());
      assertTrue(!SearchTestConfig.rows(data, "SELECT 1 FROM search_windows WHERE status = 'split'").isEmpty());
      List<BenchNotice> reachable = new java.util.ArrayList<>(planted.all);
      reachable.removeAll(oneDay.subList(0, 5)); // newest first: the day's 5 oldest lie past the cap
      assertStoredOnce(data, reachable);
    }
  }

  /** Every notice in the list is stored once under the channel source's id for its https URL; no other notice. */
  static void assertStoredOnce(Path data, List<BenchNotice> expected) {
    TreeSet<String> want = new TreeSet<>();
    for (BenchNotice n : expected) {
      URI url = URI.create("https://www.ccgp.gov.cn/" + n.path());
      want.add(NoticeIds.of("ccgp", url) + "\t" + url);
    }
    List<String> stored = SearchTestConfig.rows(data, "SELECT id, url FROM notices ORDER BY url");
    assertEquals(want.size(), stored.size(), "notices stored");
    assertEquals(want, new TreeSet<>(stored));
  }

  /** No notice page was requested twice; with {@code planted} given, none of its plain notices by search. */
  static void assertEachFetchedOnce(FixtureServer server, Planted planted) {
    Map<String, Long> byPath = server.log.stream().filter(q -> q.path().startsWith("/cggg/")
        && !q.path().contains("/index")).collect(Collectors.groupingBy(FixtureServer.Request::path, TreeMap::new,
        Collectors.counting()));
    Map<String, Long> twice = byPath.entrySet().stream().filter(e -> e.getValue() > 1)
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    assertEquals(Map.of(), twice, "notice pages fetched more than once");
    assertNotNull(planted);
  }

  static LocalDate day(String s) {
    return LocalDate.parse(s);
  }
}
