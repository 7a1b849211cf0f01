package org.tenderwatch.digest;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Properties;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.impl.StdSchedulerFactory;
import org.tenderwatch.config.Settings;
import org.tenderwatch.schedule.JobStores;

/**
 * The daily digest inside the {@code run} daemon: its own small Quartz scheduler (one thread) with the daily trigger
 * of {@link DigestScheduler}.
 *
 * <p>Alone ({@code cluster} null) the scheduler is in memory. The in-memory store forgets a misfire across restarts,
 * so a daemon that starts after today's digest time sends today's digest at once; sending is claimed per subscriber
 * and date in the digest log, so this never sends twice.
 *
 * <p>Clustered ({@code schedule.cluster: true}), the job and its trigger live in Quartz's tables in the PostgreSQL
 * store under the scheduler name {@value #CLUSTER_NAME}: the first node creates them, each firing runs on one node,
 * a firing whose node died is run again by another (the job asks for recovery), and a digest time missed while
 * every node was down fires once when the first comes back. The claims in the digest log still guard every send.
 */
public final class DigestDaemon {
  /** The clustered digest scheduler's name in Quartz's tables, apart from the crawl schedules'. */
  public static final String CLUSTER_NAME = "tenderwatch-digest";

  private DigestDaemon() {}

  /** In memory: one daemon. */
  public static Scheduler start(DigestRunner runner, Settings.Digest settings, Clock clock) throws SchedulerException {
    return start(runner, settings, clock, null);
  }

  /** @param cluster null: in memory; else this node's part in the clustered schedule */
  public static Scheduler start(DigestRunner runner, Settings.Digest settings, Clock clock, JobStores.Cluster cluster)
      throws SchedulerException {
    Scheduler scheduler;
    if (cluster == null) {
      Properties p = new Properties();
      p.setProperty(StdSchedulerFactory.PROP_SCHED_INSTANCE_NAME, "tenderwatch-digest-" + System.nanoTime());
      p.setProperty("org.quartz.threadPool.threadCount", "1");
      p.setProperty("org.quartz.jobStore.class", "org.quartz.simpl.RAMJobStore");
      p.setProperty("org.quartz.scheduler.skipUpdateCheck", "true");
      scheduler = new StdSchedulerFactory(p).getScheduler();
    } else {
      scheduler = JobStores.clusteredScheduler(cluster, CLUSTER_NAME, 1);
    }
    boolean created = !scheduler.checkExists(DigestScheduler.DAILY);
    DigestScheduler.schedule(scheduler, settings, date -> done(runner.run(date, false)));
    scheduler.start();
    // a new trigger knows no misfire: a start after today's time sends today's digest now (claimed: never twice)
    if (created && ZonedDateTime.now(clock.withZone(settings.timezone())).toLocalTime().isAfter(settings.time())) {
      scheduler.triggerJob(DigestScheduler.JOB);
    }
    return scheduler;
  }

  /** False when a send failed or another process held a claim: the job then schedules a retry. */
  static boolean done(List<DigestRunner.Outcome> outcomes) {
    return outcomes.stream().noneMatch(o -> o.status().equals("failed") || o.status().equals("sending-elsewhere"));
  }
}
