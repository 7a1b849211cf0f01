package org.tenderwatch.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quartz.Scheduler;
import org.quartz.Trigger;
import org.quartz.impl.StdSchedulerFactory;
import org.tenderwatch.config.Settings;

/** The Quartz side: the daily trigger's time and zone, the job running the task, a retry after a failure. */
class DigestSchedulerTest {
  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  Scheduler scheduler;

  @BeforeEach
  void start() throws Exception {
    Properties p = new Properties();
    p.setProperty("org.quartz.scheduler.instanceName", "digest-test-" + System.nanoTime());
    p.setProperty("org.quartz.threadPool.threadCount", "1");
    p.setProperty("org.quartz.jobStore.class", "org.quartz.simpl.RAMJobStore");
    p.setProperty("org.quartz.scheduler.skipUpdateCheck", "true");
    scheduler = new StdSchedulerFactory(p).getScheduler();
  }

  @AfterEach
  void stop() throws Exception {
    scheduler.shutdown(true);
  }

  @Test
  void firesDailyAtTheConfiguredTimeInShanghai() throws Exception {
    Settings.Digest s = new Settings.Digest(LocalTime.of(7, 30), SHANGHAI, 30, "");
    Trigger t = DigestScheduler.schedule(scheduler, s, date -> true);
    ZonedDateTime next = t.getFireTimeAfter(new java.util.Date()).toInstant().atZone(SHANGHAI);
    assertEquals(LocalTime.of(7, 30), next.toLocalTime());
    ZonedDateTime after = t.getFireTimeAfter(java.util.Date.from(next.toInstant())).toInstant().atZone(SHANGHAI);
    assertEquals(next.plusDays(1), after);
    // scheduling again (a daemon restart) replaces the trigger instead of failing or doubling it
    DigestScheduler.schedule(scheduler, s, date -> true);
    assertEquals(1, scheduler.getTriggersOfJob(DigestScheduler.JOB).size());
  }

  @Test
  void theJobRunsTodaysDigestAndSchedulesARetryWhenASendFailed() throws Exception {
    List<LocalDate> ran = new CopyOnWriteArrayList<>();
    CountDownLatch done = new CountDownLatch(1);
    DigestScheduler.schedule(scheduler, new Settings.Digest(LocalTime.of(7, 30), SHANGHAI, 30, ""), date -> {
      ran.add(date);
      done.countDown();
      return false; // as if SMTP were down
    });
    List<Trigger> retries = new CopyOnWriteArrayList<>();
    CountDownLatch retried = new CountDownLatch(1);
    scheduler.getListenerManager().addSchedulerListener(new org.quartz.listeners.SchedulerListenerSupport() {
      @Override
      public void jobScheduled(Trigger trigger) {
        if (trigger.getKey().getName().startsWith("digest-retry-")) {
          retries.add(trigger);
          retried.countDown();
        }
      }
    });
    scheduler.start();
    scheduler.triggerJob(DigestScheduler.JOB);
    assertTrue(done.await(30, TimeUnit.SECONDS), "the job ran");
    assertEquals(List.of(LocalDate.now(SHANGHAI)), ran);
    assertTrue(retried.await(30, TimeUnit.SECONDS), "a retry was scheduled");
    assertEquals(1, retries.size(), "one retry scheduled");
    Trigger retry = retries.getFirst();
    assertEquals(LocalDate.now(SHANGHAI).toString(), retry.getJobDataMap().getString(DigestJob.DATE));
    long inMinutes = (retry.getStartTime().getTime() - System.currentTimeMillis()) / 60_000;
    assertTrue(inMinutes >= 28 && inMinutes <= 30, "retry about 30 minutes later: " + inMinutes);
  }
}
