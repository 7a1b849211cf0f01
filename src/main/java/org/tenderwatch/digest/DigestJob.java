package org.tenderwatch.digest;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.SchedulerException;
import org.quartz.TriggerBuilder;

/**
 * The Quartz job: sends today's digest (or the date a retry trigger carries); when a delivery failed, schedules one
 * retry {@code digest.retryMinutes} later. Quartz builds it with the no-argument constructor; the work comes from
 * the scheduler context ({@link DigestScheduler#TASK}).
 */
@DisallowConcurrentExecution
public final class DigestJob implements Job {
  static final String DATE = "date";

  public DigestJob() {}

  @Override
  public void execute(JobExecutionContext context) throws JobExecutionException {
    try {
      DigestScheduler.Task task = (DigestScheduler.Task) context.getScheduler().getContext().get(DigestScheduler.TASK);
      ZoneId zone = (ZoneId) context.getScheduler().getContext().get(DigestScheduler.ZONE);
      int retryMinutes = (Integer) context.getScheduler().getContext().get(DigestScheduler.RETRY_MINUTES);
      String date = context.getMergedJobDataMap().getString(DATE);
      LocalDate day = date != null ? LocalDate.parse(date)
          : context.getScheduledFireTime().toInstant().atZone(zone).toLocalDate();
      if (!task.run(day)) {
        Date at = new Date(context.getFireTime().getTime() + retryMinutes * 60_000L);
        context.getScheduler().scheduleJob(TriggerBuilder.newTrigger()
            .forJob(DigestScheduler.JOB)
            .withIdentity("digest-retry-" + day + "-" + at.getTime(), DigestScheduler.GROUP)
            .usingJobData(DATE, day.toString())
            .startAt(at)
            .build());
      }
    } catch (SchedulerException e) {
      throw new JobExecutionException(e);
    }
  }
}
