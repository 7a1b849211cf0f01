package org.tenderwatch.digest;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.Properties;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.impl.StdSchedulerFactory;
import org.tenderwatch.config.Settings;

/**
 * The daily digest inside the {@code run} daemon: its own small Quartz scheduler (one thread, in memory) with the
 * daily trigger of {@link DigestScheduler}. The in-memory store forgets a misfire across restarts, so a daemon
 * that starts after today's digest time sends today's digest at once; sending is idempotent per subscriber and
 * date (the digest log), so this never sends twice.
 */
public final class DigestDaemon {
  private DigestDaemon() {}

  public static Scheduler start(DigestRunner runner, Settings.Digest settings, Clock clock) throws SchedulerException {
    Properties p = new Properties();
    p.setProperty(StdSchedulerFactory.PROP_SCHED_INSTANCE_NAME, "tenderwatch-digest");
    p.setProperty("org.quartz.threadPool.threadCount", "1");
    p.setProperty("org.quartz.jobStore.class", "org.quartz.simpl.RAMJobStore");
    p.setProperty("org.quartz.scheduler.skipUpdateCheck", "true");
    Scheduler scheduler = new StdSchedulerFactory(p).getScheduler();
    DigestScheduler.schedule(scheduler, settings,
        date -> runner.run(date, false).stream().noneMatch(o -> o.status().equals("failed")));
    scheduler.start();
    if (ZonedDateTime.now(clock.withZone(settings.timezone())).toLocalTime().isAfter(settings.time())) {
      scheduler.triggerJob(DigestScheduler.JOB);
    }
    return scheduler;
  }
}
