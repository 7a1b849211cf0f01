package org.tenderwatch.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.quartz.Scheduler;
import org.tenderwatch.cases.CaseStore;
import org.tenderwatch.config.Config;
import org.tenderwatch.config.ConfigLoader;
import org.tenderwatch.config.Settings;
import org.tenderwatch.config.SourceConfig;
import org.tenderwatch.crawl.BaseUrls;
import org.tenderwatch.demo.SamplePortal;
import org.tenderwatch.pipeline.Pipeline;
import org.tenderwatch.schedule.JobStores;
import org.tenderwatch.store.Database;
import org.tenderwatch.store.NoticeStore;
import org.tenderwatch.store.PgTestDb;

/**
 * The digest on two nodes sharing one PostgreSQL store, mailing to a real SMTP server (GreenMail) on a free port:
 * two runners racing over the same date send each subscriber one digest; a claim left by a dead process holds off
 * others until its lease has passed, then is taken over; the clustered digest job of two daemons mails once.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DigestClusterTest {
  @RegisterExtension
  static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

  static final LocalDate DAY = LocalDate.of(2030, 2, 1);

  PgTestDb pg;
  Config config;
  Pipeline nodeA;
  Database nodeB;
  Path data;

  @BeforeAll
  void crawlIntoPostgres(@TempDir Path a, @TempDir Path b) throws Exception {
    pg = PgTestDb.create();
    data = a;
    config = ConfigLoader.load(Path.of("config/tenderwatch.yaml")).withDataDir(a).withDelay(0).withStore(pg.store());
    nodeA = Pipeline.open(config, Clock.systemUTC());
    try (SamplePortal portal = SamplePortal.start(Path.of("samples/portal"))) {
      SourceConfig ccgp = config.source("ccgp");
      nodeA.crawl(ccgp, BaseUrls.of(ccgp.hosts(), portal.uri()), null);
    }
    nodeB = Database.open(b.resolve("tenderwatch.db"), pg.store());
  }

  @AfterAll
  void close() {
    if (nodeB != null) {
      nodeB.close();
    }
    if (nodeA != null) {
      nodeA.close();
    }
    if (pg != null) {
      pg.close();
    }
  }

  DigestRunner runner(Database db) {
    Settings.Mail mail = new Settings.Mail("127.0.0.1", SMTP.getSmtp().getPort(), "tenderwatch@localhost", null, null);
    return new DigestRunner(db, new CaseStore(new NoticeStore(db)), config, Mailer.of(mail, data, Map.of()),
        Clock.systemUTC());
  }

  void subscribe(String email, String category) {
    new Subscribers(nodeA.database()).add(email, null, List.of(), List.of(category),
        java.time.Instant.parse("2020-01-01T00:00:00Z"), "cli");
  }

  long mailsTo(String email) {
    return Arrays.stream(SMTP.getReceivedMessages()).filter(m -> {
      try {
        return m.getAllRecipients()[0].toString().equals(email);
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }).count();
  }

  @Test
  void twoNodesRacingOverOneDateSendEachSubscriberOneDigest() throws Exception {
    List<String> emails = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      emails.add("race" + i + "@example.org");
      subscribe(emails.getLast(), List.of("aws", "nvidia_gpu", "azure_openai").get(i % 3));
    }
    List<DigestRunner> runners = List.of(runner(nodeA.database()), runner(nodeB), runner(nodeB));
    CyclicBarrier start = new CyclicBarrier(runners.size());
    ExecutorService pool = Executors.newFixedThreadPool(runners.size());
    List<Future<List<DigestRunner.Outcome>>> runs = new ArrayList<>();
    for (DigestRunner r : runners) {
      runs.add(pool.submit(() -> {
        start.await();
        return r.run(DAY, false);
      }));
    }
    List<DigestRunner.Outcome> all = new ArrayList<>();
    for (Future<List<DigestRunner.Outcome>> f : runs) {
      all.addAll(f.get());
    }
    pool.shutdown();
    for (String email : emails) {
      List<String> statuses = all.stream().filter(o -> o.email().equals(email)).map(DigestRunner.Outcome::status)
          .toList();
      assertEquals(1, statuses.stream().filter("sent"::equals).count(), email + ": " + statuses);
      // nothing-new: a racer that read the pending items after the winner logged them as sent
      assertTrue(statuses.stream().allMatch(s -> List.of("sent", "already-sent", "sending-elsewhere", "nothing-new")
          .contains(s)), email + ": " + statuses);
      assertEquals(1, mailsTo(email), email + " got one digest");
    }
    assertTrue(runner(nodeB).run(DAY, false).stream().filter(o -> emails.contains(o.email()))
        .allMatch(o -> o.status().equals("already-sent")), "a later run on either node sends nothing");
  }

  @Test
  void aClaimLeftByADeadNodeHoldsOffOthersUntilItsLeaseHasPassed() {
    String email = "orphan@example.org";
    subscribe(email, "nvidia_gpu");
    long claimedAt = System.currentTimeMillis() - 60_000;
    assertTrue(new DigestLog(nodeB).claim(email, DAY, "node that died", claimedAt, 0), "the dead node's claim");
    List<DigestRunner.Outcome> fresh = runner(nodeA.database()).run(DAY, false);
    assertEquals("sending-elsewhere", fresh.stream().filter(o -> o.email().equals(email)).findFirst().orElseThrow()
        .status());
    assertFalse(DigestDaemon.done(fresh), "the job schedules a retry");
    assertEquals(0, mailsTo(email));
    DigestRunner.Outcome taken = runner(nodeA.database()).withLease(Duration.ofSeconds(30)).run(DAY, false).stream()
        .filter(o -> o.email().equals(email)).findFirst().orElseThrow();
    assertEquals("sent", taken.status(), "a claim older than the lease is a send that died: taken over");
    assertEquals(2, taken.items(), "USTC and Shenzhen University");
    assertEquals(1, mailsTo(email));
  }

  @Test
  void theClusteredDigestJobOfTwoDaemonsMailsEachSubscriberOnce() throws Exception {
    List<String> emails = List.of("cluster0@example.org", "cluster1@example.org", "cluster2@example.org");
    for (String e : emails) {
      subscribe(e, "aws");
    }
    ZoneId zone = ZoneId.of("Asia/Shanghai");
    LocalTime passed = LocalTime.now(zone).minusMinutes(1);
    if (passed.isAfter(LocalTime.now(zone))) {
      passed = LocalTime.MIN; // just after midnight: the digest time of today that has passed
    }
    Settings.Digest settings = new Settings.Digest(passed.withSecond(0).withNano(0), zone, 30, "");
    Scheduler a = DigestDaemon.start(runner(nodeA.database()), settings, Clock.systemUTC(),
        new JobStores.Cluster(pg.url(), "", "", "node-a", 1000));
    Scheduler b = DigestDaemon.start(runner(nodeB), settings, Clock.systemUTC(),
        new JobStores.Cluster(pg.url(), "", "", "node-b", 1000));
    try {
      long deadline = System.currentTimeMillis() + 30_000;
      while (emails.stream().anyMatch(e -> mailsTo(e) == 0) && System.currentTimeMillis() < deadline) {
        Thread.sleep(200);
      }
    } finally {
      a.shutdown(true); // waits for running jobs: a second firing of today's digest, if any, has sent by then
      b.shutdown(true);
    }
    for (String e : emails) {
      assertEquals(1, mailsTo(e), e + " got one digest from the cluster");
    }
    try (Connection c = DriverManager.getConnection(pg.url()); var s = c.createStatement();
        var rs = s.executeQuery("SELECT min(next_fire_time) FROM qrtz_triggers WHERE sched_name = '"
            + DigestDaemon.CLUSTER_NAME + "'")) {
      rs.next();
      assertTrue(rs.getLong(1) > System.currentTimeMillis() + Duration.ofHours(12).toMillis(),
          "today's firing is taken: the trigger's next firing is tomorrow's, so none is left to fire twice");
    }
    try (Connection c = DriverManager.getConnection(pg.url()); var s = c.createStatement();
        var rs = s.executeQuery("SELECT count(*), bool_and(requests_recovery) FROM qrtz_job_details"
            + " WHERE sched_name = '" + DigestDaemon.CLUSTER_NAME + "'")) {
      rs.next();
      assertEquals(1, rs.getInt(1), "the digest job is stored once for the cluster");
      assertTrue(rs.getBoolean(2), "and asks for recovery: a node dying mid-digest leaves it to another");
    }
  }
}
