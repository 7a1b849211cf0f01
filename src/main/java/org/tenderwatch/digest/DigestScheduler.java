package org.tenderwatch.digest;

import java.time.LocalDate;
import java.util.TimeZone;
import org.quartz.CronScheduleBuilder;
import org.quartz.CronTrigger;
import org.quartz.JobBuilder;
import org.quartz.JobKey;
import org.quartz.ObjectAlreadyExistsException;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.tenderwatch.config.Settings;

/**
 * Puts the daily digest on a Quartz scheduler: a cron trigger at {@code digest.time} in {@code digest.timezone}
 * (07:30 Asia/Shanghai by default), firing {@link DigestJob}.
 *
 * <p>For the {@code run} daemon:
 *
 * <pre>{@code
 * Scheduler s = StdSchedulerFactory.getDefaultScheduler();
 * DigestScheduler.schedule(s, config.settings().digest(),
 *     date -> DigestDaemon.done(runner.run(date, false)));  // done unless a send failed or runs elsewhere
 * s.start();
 * }</pre>
 *
 * The task runs on a Quartz worker thread; the pipeline's store is safe to use from there (its calls lock the
 * database). A misfired trigger (the daemon was down at 07:30) fires once when the scheduler starts again.
 */
public final class DigestScheduler {
  static final String GROUP = "tenderwatch";
  public static final JobKey JOB = new JobKey("digest", GROUP);
  public static final TriggerKey DAILY = new TriggerKey("digest-daily", GROUP);
  static final String TASK = "tenderwatch.digest.task";
  static final String ZONE = "tenderwatch.digest.zone";
  static final String RETRY_MINUTES = "tenderwatch.digest.retryMinutes";

  private DigestScheduler() {}

  /** Sends the digest of a date; false when some delivery failed (a retry is then scheduled). */
  @FunctionalInterface
  public interface Task {
    boolean run(LocalDate date);
  }

  /**
   * Registers the job and its daily trigger, replacing an earlier trigger unless it is the same (kept as stored, so
   * a clustered store keeps its misfire); returns the trigger. The job asks for recovery: in a clustered store, a
   * firing whose node died runs again on another node.
   */
  public static Trigger schedule(Scheduler scheduler, Settings.Digest settings, Task task) throws SchedulerException {
    scheduler.getContext().put(TASK, task);
    scheduler.getContext().put(ZONE, settings.timezone());
    scheduler.getContext().put(RETRY_MINUTES, settings.retryMinutes());
    CronTrigger daily = TriggerBuilder.newTrigger()
        .withIdentity(DAILY)
        .forJob(JOB)
        .withSchedule(CronScheduleBuilder.dailyAtHourAndMinute(settings.time().getHour(), settings.time().getMinute())
            .inTimeZone(TimeZone.getTimeZone(settings.timezone()))
            .withMisfireHandlingInstructionFireAndProceed())
        .build();
    scheduler.addJob(JobBuilder.newJob(DigestJob.class).withIdentity(JOB).storeDurably().requestRecovery(true)
        .build(), true);
    Trigger stored = scheduler.getTrigger(DAILY);
    if (stored instanceof CronTrigger c && c.getCronExpression().equals(daily.getCronExpression())
        && c.getTimeZone().getID().equals(daily.getTimeZone().getID())) {
      return stored;
    }
    if (stored != null) {
      scheduler.rescheduleJob(DAILY, daily);
    } else {
      try {
        scheduler.scheduleJob(daily);
      } catch (ObjectAlreadyExistsException e) {
        // another node of the cluster stored it in the meantime
      }
    }
    return scheduler.getTrigger(DAILY);
  }
}
