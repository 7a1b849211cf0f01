package org.tenderwatch.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.tenderwatch.config.Config;
import org.tenderwatch.config.SourceConfig;
import org.tenderwatch.crawl.BaseUrls;
import org.tenderwatch.crawl.CrawlReport;
import org.tenderwatch.pipeline.Pipeline;
import org.tenderwatch.schedule.CrawlScheduler;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "run",
    description = "The daemon: crawls each source on its cron (schedule in its config, in the settings' time zone) "
        + "sends the daily digest (digest.time) and serves the web UI (web.host:web.port), until SIGTERM or Ctrl-C, which ends running passes at their next "
        + "URL. A crawl or digest missed while the daemon was down runs once at start.",
    footerHeading = "%nExamples:%n",
    footer = {
      "  tenderwatch run",
      "  tenderwatch run --base-url ccgp=http://127.0.0.1:8000   # schedule against a mirror",
      "  tenderwatch run --config node-a.yaml --data /var/lib/tw-a   # one node of a cluster (schedule.cluster)"
    })
final class RunCommand implements Callable<Integer> {
  @Mixin GlobalOptions global;
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--base-url", paramLabel = "SOURCE=URL",
      description = "Fetch every host SOURCE names from URL's scheme and host instead (repeatable); only the "
          + "sources given this way are scheduled.")
  Map<String, URI> baseUrls = new LinkedHashMap<>();

  @Override
  public Integer call() throws Exception {
    Config config = global.load();
    for (String id : baseUrls.keySet()) {
      config.source(id);
    }
    PrintWriter out = spec.commandLine().getOut();
    // like crawl: who points a source at a mirror does not mean the other sources to hit the real portals
    List<SourceConfig> sources = baseUrls.isEmpty() ? config.sources()
        : baseUrls.keySet().stream().map(config::source).toList();
    if (!baseUrls.isEmpty()) {
      out.println("scheduling only the sources given --base-url " + baseUrls.keySet());
    }
    org.tenderwatch.schedule.JobStores.Cluster cluster = cluster(config); // a bad setting before anything opens
    Pipeline p = global.exclusive(config);
    org.tenderwatch.access.AdminEndpoint admin = DataAccess.host(p);
    CountDownLatch stopped = new CountDownLatch(1);
    CrawlScheduler scheduler = new CrawlScheduler(sources, config.settings().timezone(), (s, stop) -> {
      URI mirror = baseUrls.get(s.id());
      CrawlReport r = p.crawl(s, mirror == null ? BaseUrls.none() : BaseUrls.of(s.hosts(), mirror), null,
          x -> { }, stop);
      synchronized (out) {
        CrawlCommand.print(out, r);
      }
    }, id -> p.health().lastRun(id), Clock.systemUTC(), cluster);
    java.util.concurrent.ScheduledExecutorService follower = follow(config, p);
    org.quartz.Scheduler digest = org.tenderwatch.digest.DigestDaemon.start(Wiring.digest(p, Clock.systemUTC()),
        config.settings().digest(), Clock.systemUTC(), cluster);
    org.tenderwatch.web.WebServer web;
    try {
      web = org.tenderwatch.web.WebServer.start(Wiring.web(p), config.settings().web());
    } catch (IllegalStateException e) {
      admin.close();
      follower.shutdownNow();
      scheduler.close();
      digest.shutdown(false);
      p.close();
      throw new UserError(e.getMessage(), Errors.USAGE);
    }
    Thread hook = new Thread(() -> {
      admin.close();
      web.close();
      follower.shutdownNow();
      scheduler.close();
      try {
        digest.shutdown(true);
      } catch (org.quartz.SchedulerException e) {
        spec.commandLine().getErr().println("stopping the digest: " + e.getMessage());
      }
      p.close();
      stopped.countDown();
    }, "tenderwatch-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    scheduler.start();
    out.println("tenderwatch run: " + sources.stream().filter(s -> s.schedule() != null)
        .map(s -> s.id() + " [" + s.schedule() + "]").toList() + " in " + config.settings().timezone()
        + "; digest daily at " + config.settings().digest().time() + " " + config.settings().digest().timezone()
        + "; web UI at " + web.uri() + (config.settings().schedule().cluster() ? "; clustered schedule" : "")
        + "; Ctrl-C stops");
    stopped.await();
    return 0;
  }

  /** This node's part in the clustered schedule, or null (in memory) unless schedule.cluster is true. */
  static org.tenderwatch.schedule.JobStores.Cluster cluster(Config config) {
    var s = config.settings();
    if (!s.schedule().cluster()) {
      return null;
    }
    if (!s.store().postgres()) {
      throw new UserError("schedule.cluster: true needs the PostgreSQL store (store.url: jdbc:postgresql://…), "
          + "where every node finds the schedules", Errors.USAGE);
    }
    return new org.tenderwatch.schedule.JobStores.Cluster(s.store().url().strip(), s.store().user(),
        s.store().resolvedPassword(), s.schedule().instanceId(), s.schedule().checkinIntervalMs());
  }

  /**
   * In a cluster, other nodes store notices all the time: this node's index takes them in (from the shared archive)
   * every index.commitEverySeconds, at least every second, whether or not a pass runs here.
   */
  private static java.util.concurrent.ScheduledExecutorService follow(Config config, Pipeline p) {
    var timer = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "tenderwatch-index-follower");
      t.setDaemon(true);
      return t;
    });
    if (config.settings().schedule().cluster()) {
      long every = Math.max(1, config.settings().index().commitEverySeconds());
      timer.scheduleWithFixedDelay(() -> {
        try {
          p.followStore();
        } catch (Exception e) {
          org.slf4j.LoggerFactory.getLogger(RunCommand.class).warn("index catch-up from the store: {}", e.toString());
        }
      }, every, every, java.util.concurrent.TimeUnit.SECONDS);
    }
    return timer;
  }
}
