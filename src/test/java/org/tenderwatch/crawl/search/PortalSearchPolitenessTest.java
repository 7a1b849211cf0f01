package org.tenderwatch.crawl.search;

import org.tenderwatch.bench.Planted;
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
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.tenderwatch.cli.Main;
import org.tenderwatch.config.Config;
import org.tenderwatch.config.ConfigLoader;
import org.tenderwatch.config.SourceConfig;
import org.tenderwatch.crawl.BaseUrls;
import org.tenderwatch.crawl.CrawlReport;
import org.tenderwatch.pipeline.Pipeline;

/**
 * The JSON portal searches are asked politely: the rate-limit page is backed off and the pass slows down, losing
 * nothing; the portal's challenge (gpcms's captcha answer, 政采云's slider) stops the source, `status` says
 * blocked, and a later run goes on where it stopped.
 */
class PortalSearchPolitenessTest {
  private static final LocalDate FROM = LocalDate.of(2024, 1, 1);
  private static final LocalDate TO = LocalDate.of(2024, 4, 30);

  @ParameterizedTest
  @EnumSource(PortalSearch.class)
  void theRateLimitPageIsBackedOffAndNothingIsLost(PortalSearch portal, @TempDir Path tmp) throws Exception {
    Planted planted = Planted.twoYears();
    Path data = tmp.resolve("data");
    Config config = ConfigLoader.load(portal.config(tmp.resolve("config"))).withDataDir(data);
    SourceConfig search = config.source(portal.search);
    try (PlantedPortal site = portal.fixture(tmp.resolve("site"), planted.all).rateLimit(2, 1000)) {
      CrawlReport r;
      try (Pipeline p = Pipeline.open(config, Clock.systemUTC())) {
        r = p.backfill(search, BaseUrls.of(search.hosts(), site.server.uri()), FROM, TO, (x, w) -> { }, () -> false);
      }
      long asked = site.listRequests();
      System.out.println(portal.search + " rate limit: " + site.rateLimited.get() + " rate-limit pages in " + asked
          + " list requests; " + r);
      assertEquals(List.of(), r.failures());
      assertTrue(site.rateLimited.get() >= 1, "the fixture must have shown its rate-limit page");
      assertTrue(site.rateLimited.get() * 4 < asked, "the pass slows down: " + site.rateLimited.get() + " of " + asked);
      assertEquals(expected(portal, site), new TreeSet<>(SearchTestConfig.rows(data, "SELECT id FROM notices")));
    }
  }

  /** ggzy documents no challenge; the fixture then shows an Aliyun slider, as a portal might put up any day. */
  @ParameterizedTest
  @EnumSource(PortalSearch.class)
  void theChallengeBlocksTheSourceStatusSaysSoAndARerunGoesOn(PortalSearch portal, @TempDir Path tmp)
      throws Exception {
    Planted planted = Planted.twoYears();
    Path data = tmp.resolve("data");
    Path configFile = portal.config(tmp.resolve("config"));
    Config config = ConfigLoader.load(configFile).withDataDir(data);
    SourceConfig search = config.source(portal.search);
    try (PlantedPortal site = portal.fixture(tmp.resolve("site"), planted.all)) {
      BaseUrls mirror = BaseUrls.of(search.hosts(), site.server.uri());
      site.challenge = true;
      try (Pipeline p = Pipeline.open(config, Clock.systemUTC())) {
        CrawlReport r = p.backfill(search, mirror, FROM, TO, (x, w) -> { }, () -> false);
        assertNotNull(r.blocked(), "blocked");
        assertTrue(r.blocked().contains(portal == PortalSearch.gpcms ? "验证码" : "slider"), r.blocked());
      }
      assertEquals(1, site.listRequests(), "one challenge ends the pass: no further request");
      StringWriter out = new StringWriter();
      assertEquals(0, Main.run(new PrintWriter(out), new PrintWriter(new StringWriter()), "status", "--config",
          configFile.toString(), "--data", data.toString()));
      assertTrue(out.toString().lines().anyMatch(l -> l.startsWith(portal.search) && l.contains("blocked")),
          out.toString());

      site.challenge = false; // an export or a mirror answers; the next run goes on where it stopped
      try (Pipeline p = Pipeline.open(config, Clock.systemUTC())) {
        assertNull(p.backfill(search, mirror, FROM, TO, (x, w) -> { }, () -> false).blocked());
      }
      assertEquals(expected(portal, site), new TreeSet<>(SearchTestConfig.rows(data, "SELECT id FROM notices")));
    }
  }

  private static TreeSet<String> expected(PortalSearch portal, PlantedPortal site) {
    return site.rows.stream().filter(r -> portal.found(r) && r.within(FROM, TO)).map(portal::channelId)
        .collect(Collectors.toCollection(TreeSet::new));
  }
}
