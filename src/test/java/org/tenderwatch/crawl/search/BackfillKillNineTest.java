package org.tenderwatch.crawl.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tenderwatch.bench.Planted;
import org.tenderwatch.crawl.FixtureServer;

/**
 * `tenderwatch backfill --source ccgp-search` in a JVM of its own, killed with SIGKILL at random points (after a
 * random number of requests, seeded), then run to the end: every planted notice that mentions a term is stored
 * exactly once, and nothing is fetched twice: every notice page and every result page that reached us is archived
 * once and, on resume, replayed from the archive (the fetch journal), never asked for again. The one thing a rerun
 * must ask again is the request the kill cut while the portal was still answering (its answer died with the
 * process): at most one per kill, notice and result requests together ({@link KillNine}).
 */
class BackfillKillNineTest {
  private static final int ROUNDS = 4;

  @Test
  void killedAtRandomPointsThenRerunFindsTheSameWithNothingFetchedTwice(@TempDir Path tmp) throws Exception {
    Planted planted = Planted.twoYears();
    Path config = SearchTestConfig.write(tmp.resolve("config"), BackfillTest.CAP, 50);
    Path data = tmp.resolve("data");
    try (BxsearchFixture portal = new BxsearchFixture(tmp.resolve("site"), Planted.UNTIL, BackfillTest.CAP)) {
      portal.publish(planted.all);
      FixtureServer server = portal.server();
      KillNine.Rounds rounds = KillNine.run(server, KillNine.backfill("ccgp-search", server, config, data), tmp,
          ROUNDS, 20231107L);

      BackfillTest.assertStoredOnce(data, planted.mentioning());
      KillNine.Tally t = KillNine.tally(server, data, q -> q.path().startsWith("/cggg/"),
          q -> q.path().equals("/bxsearch"));
      t.assertNothingFetchedTwice(rounds.kills());
      assertEquals(List.of(), SearchTestConfig.rows(data,
          "SELECT term, from_date FROM search_windows WHERE status = 'pending'"), "every window done");
      System.out.println("ccgp-search backfill kill -9: " + t.summary(rounds.kills(), planted.mentioning().size()));
    }
  }
}
