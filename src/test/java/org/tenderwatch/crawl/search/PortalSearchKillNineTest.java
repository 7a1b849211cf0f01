package org.tenderwatch.crawl.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.tenderwatch.bench.Planted;
import org.tenderwatch.crawl.FixtureServer;

/**
 * The JSON portal searches (ggzy FINDTXT, 政采云 by date, gpcms by title) backfilled by `tenderwatch backfill` in
 * JVMs of their own on their loopback fixtures, killed with SIGKILL at seeded random points, then run to the end:
 * every notice the portal should give is stored exactly once under the channel source's id, and nothing that
 * reached us is fetched twice (result pages POSTed with one URL included): the only requests made again are those
 * a kill cut in flight, at most one per kill ({@link KillNine}).
 */
class PortalSearchKillNineTest {
  private static final int ROUNDS = 3;

  @ParameterizedTest
  @EnumSource(PortalSearch.class)
  void killedAtRandomPointsThenRerunStoresEveryNoticeOnceWithNothingFetchedTwice(PortalSearch portal,
      @TempDir Path tmp) throws Exception {
    Planted planted = Planted.twoYears();
    Path config = portal.config(tmp.resolve("config"));
    Path data = tmp.resolve("data");
    try (PlantedPortal site = portal.fixture(tmp.resolve("site"), planted.all)) {
      FixtureServer server = site.server;
      List<String> want = site.rows.stream().filter(portal::found).map(portal::channelId).sorted().toList();
      KillNine.Rounds rounds = KillNine.run(server, KillNine.backfill(portal.search, server, config, data), tmp,
          ROUNDS, 20261206L + portal.ordinal());

      assertEquals(want, SearchTestConfig.rows(data, "SELECT id FROM notices ORDER BY id"), "stored once each");
      KillNine.Tally t = KillNine.tally(server, data, site::isDetail, site::isList);
      t.assertNothingFetchedTwice(rounds.kills());
      assertEquals(List.of(), SearchTestConfig.rows(data,
          "SELECT term, from_date FROM search_windows WHERE status = 'pending'"), "every window done");
      System.out.println(portal.search + " backfill kill -9: " + t.summary(rounds.kills(), want.size()));
    }
  }
}
