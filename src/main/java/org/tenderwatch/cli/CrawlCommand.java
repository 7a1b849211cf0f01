package org.tenderwatch.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.tenderwatch.config.Config;
import org.tenderwatch.config.SourceConfig;
import org.tenderwatch.crawl.BaseUrls;
import org.tenderwatch.crawl.CrawlReport;
import org.tenderwatch.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "crawl",
    description = "One pass over the configured sources (lists, notices, attachments), then exit.",
    footerHeading = "%nExamples:%n",
    footer = {
      "  tenderwatch crawl --source ccgp --since 2024-04-01",
      "  tenderwatch crawl --base-url ccgp=http://127.0.0.1:8000   # only ccgp, from the mirror",
      "  tenderwatch crawl --source ccgp --base-url ccgp=http://127.0.0.1:8000   # a mirror stands in for the portal"
    })
final class CrawlCommand implements Callable<Integer> {
  @Mixin GlobalOptions global;
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--source", paramLabel = "ID", description = "Source id (repeatable; default: every source, or with --base-url only the mirrored ones).")
  List<String> sources;

  @Option(names = "--since", paramLabel = "DATE", description = "Oldest publication date to go back to (yyyy-MM-dd).")
  LocalDate since;

  @Option(names = "--base-url", paramLabel = "SOURCE=URL",
      description = "Fetch every host SOURCE names from URL's scheme and host instead (repeatable).")
  Map<String, URI> baseUrls = new LinkedHashMap<>();

  /**
   * The sources to crawl: those named with --source; else, when mirrors are given, only the mirrored sources (who
   * points one portal at a mirror does not mean the others to go to the real internet); else every source.
   */
  private List<SourceConfig> selected(Config config) {
    if (sources != null) {
      return sources.stream().map(config::source).toList();
    }
    if (!baseUrls.isEmpty()) {
      return baseUrls.keySet().stream().map(config::source).toList();
    }
    return config.sources();
  }

  @Override
  public Integer call() {
    Config config = global.load();
    for (String id : baseUrls.keySet()) {
      config.source(id); // a typo in --base-url must not silently send traffic to the real portal
    }
    PrintWriter out = spec.commandLine().getOut();
    List<SourceConfig> selected = selected(config);
    List<String> dead = new java.util.ArrayList<>();
    try (Pipeline p = global.openHosting(config)) {
      if (sources == null && !baseUrls.isEmpty()) { // said where the crawl runs: not twice when handed to the writer
        out.println("crawling only the sources given --base-url " + baseUrls.keySet()
            + "; name others with --source to crawl them too");
      }
      for (SourceConfig s : selected) {
        URI mirror = baseUrls.get(s.id());
        CrawlReport r = p.crawl(s, mirror == null ? BaseUrls.none() : BaseUrls.of(s.hosts(), mirror), since,
            progress(out), () -> false);
        if (terminal()) {
          out.print("\r");
        }
        print(out, r);
        if (mirror != null && !r.failures().isEmpty()) {
          out.println("  (the URLs above are the portal's own; every request went to the mirror " + mirror + ")");
        }
        if (fetchedNothing(r)) {
          dead.add(s.id() + " (" + (mirror == null ? s.hosts().stream().map(URI::getAuthority).toList().toString() : "mirror " + mirror.getAuthority())
              + ")");
        }
      }
      out.printf(java.util.Locale.ROOT, "data: %s  (database %s, archive %s, index %s)%n", config.settings().dataDir().toAbsolutePath(),
          p.database().dialect() == org.tenderwatch.store.Dialect.SQLITE ? p.database().file().getFileName()
              : p.database().name(), p.archiveDir().getFileName(), "index");
    }
    if (!dead.isEmpty()) {
      spec.commandLine().getErr().println("error: fetched nothing from " + String.join(", ", dead)
          + ": see the failures above (is the portal or mirror up? `tenderwatch status` shows each source)");
      return Errors.FAILED;
    }
    return 0;
  }

  /**
   * A source that was asked for and gave nothing: blocked by a challenge, or not one list page read, or every list
   * page read failed to parse (its layout or selector is wrong), and no notice came of it.
   */
  static boolean fetchedNothing(CrawlReport r) {
    boolean noList = r.listPages() == 0 || r.parseFailures() >= r.listPages();
    return r.blocked() != null || noList && r.notices() + r.updated() + r.notModified() + r.known() == 0;
  }

  /** On a terminal one line per source, rewritten in place as the pass goes; elsewhere only the summary lines. */
  private static java.util.function.Consumer<CrawlReport> progress(PrintWriter out) {
    if (!terminal()) {
      return r -> { };
    }
    return r -> {
      out.printf(java.util.Locale.ROOT, "\r%s: %d pages, %d notices, %d attachments, %d errors ", r.source(),
          r.listPages(), r.notices() + r.updated(), r.attachments(), r.failures().size());
      out.flush();
    };
  }

  private static boolean terminal() {
    return System.console() != null; // Java 21: null when stdin or stdout is not a terminal
  }

  static void print(PrintWriter out, CrawlReport r) {
    out.printf(java.util.Locale.ROOT, "%s: %d list pages, %d new notices, %d attachments, %d already known, %d before --since, "
            + "%d requests, %d failures, %.1f s%n", r.source(), r.listPages(), r.notices(), r.attachments(),
        r.known(), r.older(), r.requests(), r.failures().size(), r.elapsed().toMillis() / 1000.0);
    if (r.updated() + r.notModified() + r.gone() > 0) {
      out.printf(java.util.Locale.ROOT, "  due again: %d changed, %d not modified, %d gone%n", r.updated(),
          r.notModified(), r.gone());
    }
    if (r.blocked() != null) {
      out.println("  blocked: " + r.blocked() + " (needs a person; not worked around)");
    }
    r.failures().forEach(f -> out.println("  failed: " + f));
  }
}
