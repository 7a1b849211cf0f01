package org.tenderwatch.crawl.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tenderwatch.bench.BenchNotice;
import org.tenderwatch.bench.Planted;
import org.tenderwatch.cli.Main;
import org.tenderwatch.config.Config;
import org.tenderwatch.config.ConfigLoader;
import org.tenderwatch.config.FlagConfig;
import org.tenderwatch.config.SourceConfig;
import org.tenderwatch.crawl.BaseUrls;
import org.tenderwatch.crawl.CrawlReport;
import org.tenderwatch.pipeline.Pipeline;

/** The search is asked politely: a rate-limit page backs off and slows the pass; a challenge page stops it. */
class SearchPolitenessTest {
  private static final LocalDate FROM = LocalDate.of(2024, 1, 1);
  private static final LocalDate TO = LocalDate.of(2024, 4, 30);

  @Test
  void theRateLimitPageIsRetriedAndThePassSlowsDown(@TempDir Path tmp) throws Exception {
    Planted planted = Planted.twoYears();
    Path data = tmp.resolve("data");
    Config config = ConfigLoader.load(SearchTestConfig.write(tmp.resolve("config"), BackfillTest.CAP, 50))
        .withDataDir(data);
    SourceConfig search = config.source("ccgp-search");
    try (BxsearchFixture portal = new BxsearchFixture(tmp.resolve("site"), Planted.UNTIL, BackfillTest.CAP)
        .rateLimit(2, 1000)) {
      portal.publish(planted.all);
      CrawlReport r;
      CrawlReport next;
      long nextMs;
      long searches;
      try (Pipeline p = Pipeline.open(config, Clock.systemUTC())) {
        BaseUrls mirror = BaseUrls.of(search.hosts(), portal.server().uri());
        r = p.backfill(search, mirror, FROM, TO, (x, w) -> { }, () -> false);
        searches = portal.server().log.stream().filter(q -> q.path().equals("/bxsearch")).count();
        portal.rateLimit(Integer.MAX_VALUE, 0); // the portal calmed down: the next pass, same process, same fetcher
        long t0 = System.nanoTime();
        next = p.backfill(search, mirror, TO.plusDays(1), TO.plusDays(60), (x, w) -> { }, () -> false);
        nextMs = (System.nanoTime() - t0) / 1_000_000;
      }
      // the slow-down (at least 250 ms a request after a rate-limit page) ended when the next pass began
      assertTrue(next.requests() > 10 && nextMs < next.requests() * 125L,
          "the next pass still slowed down: " + nextMs + " ms for " + next.requests() + " requests");
      System.out.println("rate limit: " + portal.rateLimited.get() + " rate-limit pages in " + searches
          + " search requests; " + r);
      assertEquals(List.of(), r.failures());
      assertTrue(portal.rateLimited.get() >= 1, "the fixture must have shown its rate-limit page");
      // without slowing down every third quick request would meet the page again
      assertTrue(portal.rateLimited.get() * 4 < searches, portal.rateLimited.get() + " of " + searches);
      List<BenchNotice> inPeriod = planted.mentioning().stream().filter(n -> !n.published().toLocalDate()
          .isBefore(FROM) && !n.published().toLocalDate().isAfter(TO.plusDays(60))).toList();
      BackfillTest.assertStoredOnce(data, inPeriod);
    }
  }

  @Test
  void aChallengePageStopsTheSourceAndStatusSaysSoThenARerunGoesOn(@TempDir Path tmp) throws Exception {
    Planted planted = Planted.twoYears();
    Path data = tmp.resolve("data");
    Path configFile = SearchTestConfig.write(tmp.resolve("config"), BackfillTest.CAP, 50);
    Config config = ConfigLoader.load(configFile).withDataDir(data);
    SourceConfig search = config.source("ccgp-search");
    try (BxsearchFixture portal = new BxsearchFixture(tmp.resolve("site"), Planted.UNTIL, BackfillTest.CAP)) {
      portal.publish(planted.all);
      BaseUrls mirror = BaseUrls.of(search.hosts(), portal.server().uri());
      portal.challenge = true;
      try (Pipeline p = Pipeline.open(config, Clock.systemUTC())) {
        CrawlReport r = p.backfill(search, mirror, FROM, TO, (x, w) -> { }, () -> false);
        assertNotNull(r.blocked(), "blocked");
        assertTrue(r.blocked().contains("slider"), r.blocked());
      }
      assertEquals(1, portal.server().log.stream().filter(q -> q.path().equals("/bxsearch")).count(),
          "one challenge page ends the pass: no further request");
      StringWriter out = new StringWriter();
      assertEquals(0, Main.run(new PrintWriter(out), new PrintWriter(new StringWriter()), "status", "--config",
          configFile.toString(), "--data", data.toString()));
      assertTrue(out.toString().lines().anyMatch(l -> l.startsWith("ccgp-search") && l.contains("blocked")),
          out.toString());

      portal.challenge = false; // a person solved it in a browser; the next run goes on where it stopped
      try (Pipeline p = Pipeline.open(config, Clock.systemUTC())) {
        assertNull(p.backfill(search, mirror, FROM, TO, (x, w) -> { }, () -> false).blocked());
      }
      BackfillTest.assertStoredOnce(data, planted.mentioning().stream().filter(n -> !n.published().toLocalDate()
          .isBefore(FROM) && !n.published().toLocalDate().isAfter(TO)).toList());
    }
  }

  @Test
  void theQueriesAreTheLexiconsTermsSoANewTermIsSearchedWithoutACodeChange() {
    Config shipped = ConfigLoader.load(Path.of("config/tenderwatch.yaml"));
    SourceConfig search = shipped.source("ccgp-search");
    List<String> terms = SearchTerms.of(shipped.flags(), search.search());
    for (FlagConfig.Category c : shipped.flags().categories().values()) {
      for (FlagConfig.Rule rule : c.rules()) {
        for (String t : rule.terms()) {
          assertTrue(t.strip().codePointCount(0, t.strip().length()) < 2 || terms.stream()
              .anyMatch(x -> x.equalsIgnoreCase(t.strip())), t + " is not searched");
        }
      }
    }
    FlagConfig.Category added = new FlagConfig.Category("new", List.of(new FlagConfig.Rule(List.of("昇腾910B"),
        null, 0)), null, 0, null, null);
    var categories = new java.util.LinkedHashMap<>(shipped.flags().categories());
    categories.put("new_term", added);
    FlagConfig more = new FlagConfig(shipped.flags().version() + 1, shipped.flags().snippetChars(), categories);
    assertTrue(SearchTerms.of(more, search.search()).contains("昇腾910B"));
    assertTrue(terms.stream().noneMatch(t -> t.codePointCount(0, t.length()) < 2), "one-character terms: " + terms);
  }
}
