package org.tenderwatch.crawl.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tenderwatch.bench.BenchNotice;
import org.tenderwatch.bench.Planted;
import org.tenderwatch.config.Config;
import org.tenderwatch.config.ConfigLoader;
import org.tenderwatch.config.SourceConfig;
import org.tenderwatch.crawl.BaseUrls;
import org.tenderwatch.pipeline.Pipeline;

/**
 * search.savedSearches: off (the default), a search source asks the portal for its lexicon terms only; on, also for
 * the plain terms of every saved search, so a watch saved for "Azure OpenAI" at universities finds those notices
 * back through the portal's history even when no configured term names them.
 */
class SavedSearchQueriesTest {
  private static final LocalDate FROM = LocalDate.of(2023, 1, 1);
  private static final LocalDate TO = LocalDate.of(2023, 8, 31);

  @Test
  void savedSearchesArePortalQueriesWhenAskedFor(@TempDir Path tmp) throws Exception {
    Planted planted = Planted.twoYears();
    Path data = tmp.resolve("data");
    Path file = SearchTestConfig.write(tmp.resolve("config"), BackfillTest.CAP, 50);
    Path searchYaml = tmp.resolve("config/sources/ccgp-search.yaml");
    replace(searchYaml, "  terms: [A100, Azure OpenAI]", "  terms: [A100]");
    try (BxsearchFixture portal = new BxsearchFixture(tmp.resolve("site"), Planted.UNTIL, BackfillTest.CAP)) {
      portal.publish(planted.all);
      backfill(file, data, portal, "\"Azure OpenAI\" AND buyer:大学 -办公家具");
      assertEquals(0, azureQueries(portal), "search.savedSearches is off by default: no query for a saved search");
      BackfillTest.assertStoredOnce(data, inPeriod(planted, Set.of("a100", "both")));

      replace(file, "  savedSearches: false", "  savedSearches: true");
      int saved = backfill(file, data, portal, null);
      assertTrue(azureQueries(portal) > 0, "the saved search's phrase is asked for");
      assertEquals(0, portal.server().log.stream().filter(q -> q.query() != null && (q.query().contains("buyer")
          && q.query().contains("kw=buyer") || q.query().contains("%E5%8A%9E%E5%85%AC"))).count(),
          "neither a field nor a negated word is a portal query");
      BackfillTest.assertStoredOnce(data, inPeriod(planted, Set.of("a100", "both", "azure")));
      assertEquals(inPeriod(planted, Set.of("azure", "both")).size(), saved, "the saved search matches them all");
    }
  }

  /** A backfill of the period (saving {@code query} first when given); the saved search's hits after it. */
  private static int backfill(Path file, Path data, BxsearchFixture portal, String query) throws Exception {
    Config config = ConfigLoader.load(file).withDataDir(data);
    SourceConfig search = config.source("ccgp-search");
    try (Pipeline p = Pipeline.open(config, Clock.systemUTC())) {
      if (query != null) {
        p.saved().add("azure-universities", query, null);
      }
      p.backfill(search, BaseUrls.of(search.hosts(), portal.server().uri()), FROM, TO, (x, w) -> { }, () -> false);
      return p.saved().find("azure-universities").hits();
    }
  }

  private static long azureQueries(BxsearchFixture portal) {
    return portal.server().log.stream().filter(q -> q.path().equals("/bxsearch") && q.query() != null
        && q.query().contains("kw=Azure+OpenAI")).count();
  }

  private static List<BenchNotice> inPeriod(Planted planted, Set<String> kinds) {
    return planted.all.stream().filter(n -> n.flagCategory() != null && kinds.contains(n.flagCategory()) && !n.published().toLocalDate()
        .isBefore(FROM) && !n.published().toLocalDate().isAfter(TO)).toList();
  }

  private static void replace(Path f, String from, String to) throws Exception {
    String text = Files.readString(f, StandardCharsets.UTF_8);
    assertTrue(text.contains(from), from + " not in " + f);
    Files.writeString(f, text.replace(from, to), StandardCharsets.UTF_8);
  }
}
