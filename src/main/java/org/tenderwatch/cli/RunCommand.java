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
      "  tenderwatch run --base-url ccgp=http://127.0.0.1:8000   # schedule against a mirror"
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
    }, id -> p.health().lastRun(id), Clock.systemUTC());
    org.quartz.Scheduler digest = org.tenderwatch.digest.DigestDaemon.start(Wiring.digest(p, Clock.systemUTC()), config.settings().digest(),
        Clock.systemUTC());
    org.tenderwatch.web.WebServer web;
    try {
      web = org.tenderwatch.web.WebServer.start(Wiring.web(p), config.settings().web());
    } catch (IllegalStateException e) {
      admin.close();
      scheduler.close();
      digest.shutdown(false);
      p.close();
      throw new UserError(e.getMessage(), Errors.USAGE);
    }
    Thread hook = new Thread(() -> {
      admin.close();
      web.close();
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
        + "; web UI at " + web.uri() + "; Ctrl-C stops");
    stopped.await();
    return 0;
  }
}
