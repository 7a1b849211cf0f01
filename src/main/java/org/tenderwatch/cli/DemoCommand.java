package org.tenderwatch.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.tenderwatch.config.Config;
import org.tenderwatch.config.SourceConfig;
import org.tenderwatch.crawl.BaseUrls;
import org.tenderwatch.crawl.CrawlReport;
import org.tenderwatch.demo.SamplePortal;
import org.tenderwatch.pipeline.Pipeline;
import org.tenderwatch.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "demo",
    description = "Serve the bundled sample portal (samples/) on 127.0.0.1, crawl it with the ccgp source config,"
        + " print the flagged cases, and exit.",
    footerHeading = "%nExamples:%n",
    footer = {"  tenderwatch demo", "  tenderwatch demo --data /tmp/tw   # keep the data for notices/search/flagged",
        "  tenderwatch demo --serve         # keep the sample portal and the web UI up until Ctrl-C"})
final class DemoCommand implements Callable<Integer> {
  /** The sample portal is written in ccgp's templates, so the real ccgp source config crawls it. */
  static final String SOURCE = "ccgp";

  @Mixin GlobalOptions global;
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--samples", paramLabel = "DIR", defaultValue = "${env:TENDERWATCH_HOME:-.}/samples/portal",
      description = "The sample portal folder (default: ${DEFAULT-VALUE}).")
  Path samples;

  @Option(names = "--serve", description = "Keep the sample portal running after the crawl and serve the web UI"
      + " (web.host:web.port), until Ctrl-C.")
  boolean serve;

  @Override
  public Integer call() throws Exception {
    Config config = demoConfig(global.load());
    PrintWriter out = spec.commandLine().getOut();
    Instant start = Instant.now();
    try (SamplePortal portal = SamplePortal.start(samples)) {
      out.printf(java.util.Locale.ROOT, "sample portal: %s (serving %s)%n", portal.uri(), samples.toAbsolutePath());
      SourceConfig ccgp = config.source(SOURCE);
      try (Pipeline p = global.exclusive(config)) {
        CrawlReport report = p.crawl(ccgp, BaseUrls.of(ccgp.hosts(), portal.uri()), null);
        CrawlCommand.print(out, report);
        out.println();
        var cases = p.cases().flaggedCases();
        out.printf(java.util.Locale.ROOT, "Flagged cases: %d (of %d notices)%n", cases.size(), p.store().count());
        FlaggedReport.print(out, cases, Format.table);
        out.println();
        Path data = config.settings().dataDir().toAbsolutePath();
        out.printf(java.util.Locale.ROOT, "archive (WARC): %s%nindex (Lucene): %s%ndatabase:       %s%n", p.archiveDir().toAbsolutePath(),
            data.resolve("index"), p.database().dialect() == org.tenderwatch.store.Dialect.SQLITE
                ? p.database().file().toAbsolutePath() : p.database().name());
        String onServer = p.database().dialect() == org.tenderwatch.store.Dialect.SQLITE ? ""
            : " --config " + global.config; // the folder's store is on the server this config names
        out.printf(java.util.Locale.ROOT, "next:%n  ./tenderwatch flagged --data %s%s --format json%n"
            + "  ./tenderwatch search --data %s%s 'A100'%n", data, onServer, data, onServer);
        out.printf(java.util.Locale.ROOT, "demo took %.1f s%n",
            Duration.between(start, Instant.now()).toMillis() / 1000.0);
        if (serve) {
          try (WebServer web = WebServer.start(Wiring.web(p), config.settings().web())) {
            out.printf(java.util.Locale.ROOT, "serving the sample portal at %s and the web UI at %s until Ctrl-C%n",
                portal.uri(), web.uri());
            out.flush();
            new CountDownLatch(1).await();
          }
        }
      }
    }
    return 0;
  }

  /**
   * The demo writes to --data or a fresh folder, and waits no time between requests: the portal is this
   * process on loopback, not somebody's server.
   */
  private Config demoConfig(Config loaded) {
    Config c = global.data != null ? loaded : loaded.withDataDir(freshDataDir());
    return c.withDelay(0);
  }

  private static Path freshDataDir() {
    try {
      return Files.createTempDirectory("tenderwatch-demo-");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a data folder for the demo", e);
    }
  }
}
