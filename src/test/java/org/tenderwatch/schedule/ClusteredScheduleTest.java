package org.tenderwatch.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.tenderwatch.store.PgTestDb;
import org.tenderwatch.config.SourceConfig;

/**
 * Two nodes of the clustered schedule in one JVM, on a fresh PostgreSQL database: Quartz's tables are created once,
 * each firing runs on one node only, and every job asks for recovery. Node death and recovery across processes:
 * TwoNodeClusterTest.
 */
class ClusteredScheduleTest {
  @Test
  void twoNodesShareTheSchedulesAndEachFiringRunsOnce() throws Exception {
    try (PgTestDb db = PgTestDb.create()) {
      JobStores.Cluster store = new JobStores.Cluster(db.url(), "", "", "tables", 1000);
      assertTrue(QuartzTables.ensure(store), "the first start creates the tables");
      assertFalse(QuartzTables.ensure(store), "a second start finds them (idempotent)");
      Map<String, AtomicInteger> runs = new ConcurrentHashMap<>();
      Map<String, AtomicInteger> byNode = new ConcurrentHashMap<>();
      CountDownLatch tickedTwice = new CountDownLatch(6);
      List<SourceConfig> sources = List.of(CrawlSchedulerTest.source("once", "0 0 3 * * ?"),
          CrawlSchedulerTest.source("tick", "*/2 * * * * ?"));
      try (CrawlScheduler a = node(sources, "node-a", runs, byNode, tickedTwice, db.url());
          CrawlScheduler b = node(sources, "node-b", runs, byNode, tickedTwice, db.url())) {
        a.start();
        b.start();
        assertTrue(tickedTwice.await(30, TimeUnit.SECONDS), "the two-second cron keeps firing");
        try (Connection c = DriverManager.getConnection(db.url()); var s = c.createStatement();
            var rs = s.executeQuery("SELECT string_agg(instance_name, ',' ORDER BY instance_name)"
                + " FROM qrtz_scheduler_state")) {
          rs.next();
          assertEquals("node-a,node-b", rs.getString(1), "two schedulers checked in, not one shared by both");
        }
      }
      assertEquals(1, runs.get("once").get(), "the start-up run of a source that never ran: once, on one node");
      assertTrue(runs.get("tick").get() >= 5, "tick ran " + runs.get("tick"));
      assertEquals(runs.values().stream().mapToInt(AtomicInteger::get).sum(),
          byNode.values().stream().mapToInt(AtomicInteger::get).sum(), "every firing ran on exactly one node");
      try (Connection c = DriverManager.getConnection(db.url()); var s = c.createStatement();
          var rs = s.executeQuery("SELECT count(*) FROM qrtz_job_details WHERE requests_recovery")) {
        rs.next();
        assertEquals(2, rs.getInt(1), "both jobs stored once, both asking for recovery");
      }
    }
  }

  @Test
  void aChangedTimeZoneReplacesTheStoredTrigger() throws Exception {
    try (PgTestDb db = PgTestDb.create()) {
      List<SourceConfig> sources = List.of(CrawlSchedulerTest.source("once", "0 0 3 * * ?"));
      for (String zone : List.of("Asia/Shanghai", "Europe/Berlin")) {
        try (CrawlScheduler node = new CrawlScheduler(sources, java.time.ZoneId.of(zone), (s, stop) -> {},
            src -> java.time.Instant.now(), Clock.systemUTC(), new JobStores.Cluster(db.url(), "", "", "n", 1000))) {
          node.start();
        }
      }
      try (Connection c = DriverManager.getConnection(db.url()); var s = c.createStatement();
          var rs = s.executeQuery("SELECT time_zone_id FROM qrtz_cron_triggers WHERE trigger_name = 'once'")) {
        rs.next();
        assertEquals("Europe/Berlin", rs.getString(1), "the settings' zone, not the first node's");
      }
    }
  }

  private static CrawlScheduler node(List<SourceConfig> sources, String id, Map<String, AtomicInteger> runs,
      Map<String, AtomicInteger> byNode, CountDownLatch ticks, String url) {
    return new CrawlScheduler(sources, CrawlSchedulerTest.SHANGHAI, (s, stop) -> {
      runs.computeIfAbsent(s.id(), k -> new AtomicInteger()).incrementAndGet();
      byNode.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
      if (s.id().equals("tick")) {
        ticks.countDown();
      }
    }, src -> null, Clock.systemUTC(), new JobStores.Cluster(url, "", "", id, 1000));
  }
}
