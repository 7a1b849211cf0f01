package org.tenderwatch.schedule;

import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.TimeZone;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import org.quartz.CronExpression;
import org.quartz.CronScheduleBuilder;
import org.quartz.CronTrigger;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.JobKey;
import org.quartz.ObjectAlreadyExistsException;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
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
 *
 * <p>Clustered ({@link JobStores.Cluster}), the jobs and triggers live in the store's PostgreSQL database: the first
 * node to start creates them, the others find them; each firing runs on one node; a pass whose node died is run
 * again on another node (the job requests recovery), where the frontier in the shared store lets it skip what the
 * dead node already stored.
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
  private final JobStores.Cluster cluster;
  private Scheduler scheduler;

  /**
   * @param lastRun when a source's last pass ended, or null when it never ran (from the health table)
   */
  public CrawlScheduler(List<SourceConfig> sources, ZoneId zone, Runner runner, Function<String, Instant> lastRun,
      Clock clock) {
    this(sources, zone, runner, lastRun, clock, null);
  }

  /** @param cluster null: in memory; else this node's part in the clustered schedule */
  public CrawlScheduler(List<SourceConfig> sources, ZoneId zone, Runner runner, Function<String, Instant> lastRun,
      Clock clock, JobStores.Cluster cluster) {
    this.cluster = cluster;
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
    scheduler = cluster == null
        ? new StdSchedulerFactory(JobStores.ram("tenderwatch-" + System.identityHashCode(this), sources.size()))
            .getScheduler()
        : JobStores.clusteredScheduler(cluster, JobStores.CLUSTER_NAME, sources.size());
    scheduler.setJobFactory((bundle, s) -> new CrawlJob());
    for (SourceConfig s : sources) {
      expression(s.schedule(), zone); // a bad cron names its source before anything runs
      JobDetail job = JobBuilder.newJob(CrawlJob.class).withIdentity(s.id()).usingJobData(SOURCE, s.id())
          .requestRecovery(true).build();
      Trigger trigger = TriggerBuilder.newTrigger().withIdentity(s.id()).forJob(job)
          .withSchedule(CronScheduleBuilder.cronSchedule(s.schedule()).inTimeZone(TimeZone.getTimeZone(zone))
              .withMisfireHandlingInstructionFireAndProceed())
          .build();
      // a job some node scheduled before carries its own misfire: only a new one looks at the health table
      if (schedule(job, trigger) && missed(s.schedule(), zone, lastRun.apply(s.id()), clock.instant())) {
        LOG.info("{}: a scheduled run was missed (last run {}): running once now", s.id(), lastRun.apply(s.id()));
        scheduler.triggerJob(JobKey.jobKey(s.id()));
      }
    }
    scheduler.start();
  }

  /**
   * Schedules the job unless another node did; a changed cron or time zone replaces the stored one. Returns whether the job is
   * new. Two nodes starting at once may both try: the store's primary key lets one win.
   */
  private boolean schedule(JobDetail job, Trigger trigger) throws SchedulerException {
    if (scheduler.checkExists(job.getKey())) {
      Trigger stored = scheduler.getTrigger(trigger.getKey());
      CronTrigger wanted = (CronTrigger) trigger;
      if (!(stored instanceof CronTrigger c) || !c.getCronExpression().equals(wanted.getCronExpression())
          || !c.getTimeZone().getID().equals(wanted.getTimeZone().getID())) {
        scheduler.scheduleJob(job, java.util.Set.of(trigger), true);
      }
      return false;
    }
    try {
      scheduler.scheduleJob(job, trigger);
      return true;
    } catch (ObjectAlreadyExistsException e) {
      return false;
    }
  }

  /** One pass of the job's source; whatever it throws stays here. */
  @DisallowConcurrentExecution
  final class CrawlJob implements Job {
    @Override
    public void execute(JobExecutionContext ctx) {
      String id = ctx.getMergedJobDataMap().getString(SOURCE);
      SourceConfig source = sources.stream().filter(s -> s.id().equals(id)).findFirst().orElse(null);
      if (source == null) {
        LOG.warn("{}: scheduled by another node of the cluster but not configured here: skipped", id);
        return;
      }
      if (ctx.isRecovering()) {
        LOG.warn("{}: the node running this pass stopped; this node runs it again (Quartz recovery)", id);
      }
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
