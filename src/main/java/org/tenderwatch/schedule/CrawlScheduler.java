package org.tenderwatch.schedule;

import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import java.util.TimeZone;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import org.quartz.CronExpression;
import org.quartz.CronScheduleBuilder;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.TriggerBuilder;
import org.quartz.impl.StdSchedulerFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tenderwatch.config.SourceConfig;

/**
 * Crawls each source on its cron. One Quartz thread per source, one job per source that never runs twice at once,
 * every failure caught in its job (so one broken portal never blocks another). At start, a source whose last pass
 * ended before its previous scheduled time (the daemon was down) runs once at once; RAMJobStore keeps no state,
 * the health table ({@code lastRun}) is the memory.
 */
public final class CrawlScheduler implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(CrawlScheduler.class);
  private static final String SOURCE = "source";

  /** Runs one pass of one source; {@code stop} turns true on shutdown (the pass ends at the next URL). */
  @FunctionalInterface
  public interface Runner {
    void crawl(SourceConfig source, BooleanSupplier stop) throws Exception;
  }

  private final List<SourceConfig> sources;
  private final ZoneId zone;
  private final Runner runner;
  private final Function<String, Instant> lastRun;
  private final Clock clock;
  private final AtomicBoolean stopping = new AtomicBoolean();
  private Scheduler scheduler;

  /**
   * @param lastRun when a source's last pass ended, or null when it never ran (from the health table)
   */
  public CrawlScheduler(List<SourceConfig> sources, ZoneId zone, Runner runner, Function<String, Instant> lastRun,
      Clock clock) {
    this.sources = sources.stream().filter(s -> s.schedule() != null && !s.schedule().isBlank()).toList();
    this.zone = zone;
    this.runner = runner;
    this.lastRun = lastRun;
    this.clock = clock;
  }

  /** True when the cron fired between the last pass and now (or the source never ran): run it once at start. */
  public static boolean missed(String cron, ZoneId zone, Instant lastRun, Instant now) {
    if (lastRun == null) {
      return true;
    }
    Date next = expression(cron, zone).getNextValidTimeAfter(Date.from(lastRun));
    return next != null && !next.toInstant().isAfter(now);
  }

  private static CronExpression expression(String cron, ZoneId zone) {
    try {
      CronExpression e = new CronExpression(cron);
      e.setTimeZone(TimeZone.getTimeZone(zone));
      return e;
    } catch (ParseException e) {
      throw new IllegalArgumentException("schedule '" + cron + "' is not a Quartz cron expression: "
          + e.getMessage(), e);
    }
  }

  /** Starts the schedules; sources that missed a run start one now. */
  public void start() throws SchedulerException {
    Properties p = new Properties();
    p.setProperty(StdSchedulerFactory.PROP_SCHED_INSTANCE_NAME, "tenderwatch-" + System.identityHashCode(this));
    p.setProperty("org.quartz.threadPool.threadCount", Integer.toString(Math.max(1, sources.size())));
    p.setProperty("org.quartz.jobStore.class", "org.quartz.simpl.RAMJobStore");
    p.setProperty("org.quartz.scheduler.skipUpdateCheck", "true");
    scheduler = new StdSchedulerFactory(p).getScheduler();
    scheduler.setJobFactory((bundle, s) -> new CrawlJob());
    for (SourceConfig s : sources) {
      expression(s.schedule(), zone); // a bad cron names its source before anything runs
      JobDetail job = JobBuilder.newJob(CrawlJob.class).withIdentity(s.id()).usingJobData(SOURCE, s.id()).build();
      scheduler.scheduleJob(job, TriggerBuilder.newTrigger().withIdentity(s.id())
          .withSchedule(CronScheduleBuilder.cronSchedule(s.schedule()).inTimeZone(TimeZone.getTimeZone(zone))
              .withMisfireHandlingInstructionFireAndProceed())
          .build());
      if (missed(s.schedule(), zone, lastRun.apply(s.id()), clock.instant())) {
        LOG.info("{}: a scheduled run was missed (last run {}): running once now", s.id(), lastRun.apply(s.id()));
        scheduler.triggerJob(JobKey.jobKey(s.id()));
      }
    }
    scheduler.start();
  }

  /** One pass of the job's source; whatever it throws stays here. */
  @DisallowConcurrentExecution
  final class CrawlJob implements Job {
    @Override
    public void execute(JobExecutionContext ctx) {
      String id = ctx.getMergedJobDataMap().getString(SOURCE);
      SourceConfig source = sources.stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
      try {
        runner.crawl(source, stopping::get);
      } catch (Exception | LinkageError e) {
        LOG.error("{}: crawl failed: {}", id, e.toString(), e);
      }
    }
  }

  /** Asks running passes to end at their next URL, waits for them, stops the schedules. */
  @Override
  public void close() {
    stopping.set(true);
    if (scheduler != null) {
      try {
        scheduler.shutdown(true);
      } catch (SchedulerException e) {
        LOG.warn("stopping the scheduler: {}", e.toString());
      }
    }
  }
}
