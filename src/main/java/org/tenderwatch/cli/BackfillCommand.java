package org.tenderwatch.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.tenderwatch.config.Config;
import org.tenderwatch.config.SourceConfig;
import org.tenderwatch.crawl.BaseUrls;
import org.tenderwatch.crawl.CrawlReport;
import org.tenderwatch.crawl.search.SearchPass;
import org.tenderwatch.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "backfill",
    description = "Walks a period through a search source's portal search: every lexicon term, window by window "
        + "(a window with more results than the portal pages through is split), every hit through the ordinary "
        + "notice path. Resumable: after kill -9 or Ctrl-C, the same command goes on at the first window not done.",
    footerHeading = "%nExamples:%n",
    footer = {
      "  tenderwatch backfill --source ccgp-search --since 2023-01-01",
      "  tenderwatch backfill --source ccgp-search --since 2024-01-01 --until 2024-06-30",
      "  tenderwatch backfill --source ccgp-search --since 2024-01-01 --base-url http://127.0.0.1:8000   # a mirror"
    })
final class BackfillCommand implements java.util.concurrent.Callable<Integer> {
  @Mixin GlobalOptions global;
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--source", required = true, paramLabel = "ID", description = "A source of kind search.")
  String source;

  @Option(names = "--since", required = true, paramLabel = "DATE", description = "First day (yyyy-MM-dd).")
  LocalDate since;

  @Option(names = "--until", paramLabel = "DATE", description = "Last day (yyyy-MM-dd); default today.")
  LocalDate until;

  @Option(names = "--base-url", paramLabel = "URL",
      description = "Fetch every host the source names (search and notice hosts) from URL's scheme and host.")
  URI baseUrl;

  @Override
  public Integer call() throws InterruptedException {
    Config config = global.load();
    SourceConfig s = config.source(source);
    if (s.kind() != SourceConfig.Kind.search) {
      throw new UserError(source + " is not a search source (kind " + s.kind() + "); search sources: "
          + config.sources().stream().filter(x -> x.kind() == SourceConfig.Kind.search).map(SourceConfig::id)
          .toList(), 2);
    }
    LocalDate last = until != null ? until : LocalDate.now(Clock.system(config.settings().timezone()));
    if (since.isAfter(last)) {
      throw new UserError("--since " + since + " is after --until " + last, 2);
    }
    PrintWriter out = spec.commandLine().getOut();
    AtomicBoolean stopping = new AtomicBoolean();
    CountDownLatch ended = new CountDownLatch(1);
    Thread hook = new Thread(() -> {
      stopping.set(true); // Ctrl-C: end at the next URL; the windows done so far stay done
      try {
        ended.await(30, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "tenderwatch-backfill-stop");
    Runtime.getRuntime().addShutdownHook(hook);
    try (Pipeline p = Pipeline.open(config, Clock.systemUTC()); Bar bar = new Bar("backfill " + source)) {
      CrawlReport r = p.backfill(s, baseUrl == null ? BaseUrls.none() : BaseUrls.of(s.hosts(), baseUrl), since,
          last, bar::show, stopping::get);
      bar.close();
      CrawlCommand.print(out, r);
      out.println(stopping.get() ? "stopped: run the same command again to go on" : "windows " + since + " – " + last
          + (r.blocked() != null || !r.failures().isEmpty() ? " not all done: run the same command again"
          : " done"));
    } finally {
      ended.countDown();
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException e) {
        // shutting down already: the hook is running
      }
    }
    return 0;
  }

  /** The progress bar with ETA (windows handled of all), on a terminal only; its rate counts from this run's start. */
  private static final class Bar implements AutoCloseable {
    /** The terminal's error stream, UTF-8 (the bar redraws itself there with \r; stdout keeps the report). */
    private static final java.io.PrintStream STDERR = new java.io.PrintStream(
        new java.io.FileOutputStream(java.io.FileDescriptor.err), true, java.nio.charset.StandardCharsets.UTF_8);
    private final String task;
    private final AtomicReference<ProgressBar> bar = new AtomicReference<>();

    Bar(String task) {
      this.task = task;
    }

    void show(SearchPass.Progress p, org.tenderwatch.crawl.search.Window last) {
      if (System.console() == null) {
        return;
      }
      if (bar.get() == null) {
        bar.set(new ProgressBarBuilder().setTaskName(task).setInitialMax(p.total()).setStyle(ProgressBarStyle.ASCII)
            .setUnit(" windows", 1).setConsumer(new ConsoleProgressBarConsumer(STDERR))
            .startsFrom(Math.max(0, p.done() - 1), Duration.ZERO).build());
      }
      ProgressBar b = bar.get();
      b.maxHint(p.total());
      b.stepTo(p.done());
      b.setExtraMessage(last.term() + " " + last.from());
    }

    @Override
    public void close() {
      ProgressBar b = bar.getAndSet(null);
      if (b != null) {
        b.close();
      }
    }
  }
}
