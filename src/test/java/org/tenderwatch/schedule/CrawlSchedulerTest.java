package org.tenderwatch.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.tenderwatch.config.SourceConfig;

/** The scheduler wiring, without waiting for real cron times: every-second crons and start-up catch-up runs. */
class CrawlSchedulerTest {
  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  static final String NEVER_SOON = "0 0 3 1 1 ? 2099";

  static SourceConfig source(String id, String cron) {
    return new SourceConfig(id, id, SourceConfig.Kind.html, List.of(URI.create("https://" + id + ".example.org")),
        null, cron, List.of("https://" + id + ".example.org/index.htm"),
        new SourceConfig.Html("index_{n}.htm", null, null, "ul", "ul > li", "a", null, List.of()), null);
  }

  @Test
  void aFailingSourceNeverBlocksAnotherAndAMissedRunRunsOnceAtStart() throws Exception {
    Map<String, AtomicInteger> runs = new ConcurrentHashMap<>();
    CountDownLatch healthyTwice = new CountDownLatch(2);
    CountDownLatch caughtUp = new CountDownLatch(1);
    Instant now = Instant.now();
    Map<String, Instant> last = Map.of("missed", now.minusSeconds(86_400 * 400L), "fresh", now,
        "broken", now, "healthy", now);
    CrawlScheduler.Runner runner = (s, stop) -> {
      runs.computeIfAbsent(s.id(), k -> new AtomicInteger()).incrementAndGet();
      switch (s.id()) {
        case "broken" -> throw new IllegalStateException("portal down");
        case "healthy" -> healthyTwice.countDown();
        case "missed" -> caughtUp.countDown();
        default -> { }
      }
    };
    List<SourceConfig> sources = List.of(source("broken", "* * * * * ?"), source("healthy", "* * * * * ?"),
        source("missed", "0 0 3 * * ?"), source("fresh", NEVER_SOON));
    try (CrawlScheduler s = new CrawlScheduler(sources, SHANGHAI, runner, last::get, Clock.systemUTC())) {
      s.start();
      assertTrue(caughtUp.await(10, TimeUnit.SECONDS), "the missed run runs at start");
      assertTrue(healthyTwice.await(10, TimeUnit.SECONDS), "the healthy source keeps its schedule");
    }
    assertTrue(runs.get("broken").get() >= 1);
    assertEquals(1, runs.get("missed").get());
    assertFalse(runs.containsKey("fresh"), "a source whose last run is recent waits for its cron");
  }

  @Test
  void missedIsComputedInThePortalsTimeZone() {
    // 07:30 Shanghai = 23:30 UTC the day before
    String cron = "0 30 7 * * ?";
    Instant lastRun = Instant.parse("2024-05-01T23:00:00Z");
    assertFalse(CrawlScheduler.missed(cron, SHANGHAI, lastRun, Instant.parse("2024-05-01T23:29:00Z")));
    assertTrue(CrawlScheduler.missed(cron, SHANGHAI, lastRun, Instant.parse("2024-05-01T23:31:00Z")));
    assertTrue(CrawlScheduler.missed(cron, SHANGHAI, null, lastRun), "never ran: run now");
  }

  @Test
  void aBadCronNamesItsSource() {
    var s = new CrawlScheduler(List.of(source("bad", "every day")), SHANGHAI, (x, stop) -> { }, id -> null,
        Clock.systemUTC());
    var e = assertThrows(IllegalArgumentException.class, s::start);
    assertTrue(e.getMessage().contains("every day"), e.getMessage());
    s.close();
  }

  @Test
  void closeAsksRunningPassesToStop() throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    AtomicInteger sawStop = new AtomicInteger();
    CrawlScheduler s = new CrawlScheduler(List.of(source("long", NEVER_SOON)), SHANGHAI, (x, stop) -> {
      started.countDown();
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      while (!stop.getAsBoolean() && System.nanoTime() < deadline) {
        Thread.onSpinWait();
      }
      if (stop.getAsBoolean()) {
        sawStop.incrementAndGet();
      }
    }, id -> null, Clock.systemUTC());
    s.start();
    assertTrue(started.await(10, TimeUnit.SECONDS));
    s.close(); // waits for the pass, which ends because it was asked to
    assertEquals(1, sawStop.get());
  }
}
