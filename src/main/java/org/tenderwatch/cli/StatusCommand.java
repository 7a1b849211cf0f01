package org.tenderwatch.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.tenderwatch.config.Config;
import org.tenderwatch.config.SourceConfig;
import org.tenderwatch.pipeline.Pipeline;
import org.tenderwatch.crawl.Frontier;
import org.tenderwatch.crawl.SourceHealth;
import org.tenderwatch.store.ProblemStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

@Command(
    name = "status",
    description = "Each source's health: status (ok, blocked: why, failing, layout, zero yield), last run, last "
        + "success, notices per run, consecutive failures, parse failures, frontier counts, notices with extraction problems by kind.",
    footerHeading = "%nExamples:%n",
    footer = {
      "  tenderwatch status",
      "  tenderwatch status --data /tmp/tw"
    })
final class StatusCommand implements Callable<Integer> {
  /** Distinct failure causes shown per source (the rest are in the frontier). */
  private static final int FAILING_CAUSES = 5;

  @Mixin GlobalOptions global;
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    Config config = global.existing();
    PrintWriter out = spec.commandLine().getOut();
    try (Pipeline p = global.read()) {
      Map<String, SourceHealth> health = p.health().all().stream()
          .collect(Collectors.toMap(SourceHealth::source, Function.identity()));
      out.printf(Locale.ROOT, "%-14s %-20s %-20s %6s %8s %5s %5s  %s%n", "source", "last run", "last success",
          "last", "per run", "fails", "parse", "status");
      for (SourceConfig s : config.sources()) {
        SourceHealth h = health.get(s.id());
        if (h == null) {
          out.printf(Locale.ROOT, "%-14s %-20s %-20s %6s %8s %5s %5s  %s%n", s.id(), "-", "-", "-", "-", "-", "-",
              "never run");
          continue;
        }
        out.printf(Locale.ROOT, "%-14s %-20s %-20s %6d %8.1f %5d %5d  %s%n", s.id(), time(h.lastRunAt(), config),
            time(h.lastSuccessAt(), config), h.lastNotices(), h.noticesPerRun(), h.consecutiveFailures(),
            h.parseFailures(), h.status());
        Map<Frontier.Status, Integer> counts = p.frontier().counts(s.id());
        out.println("  frontier: " + counts.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
            .collect(Collectors.joining(", ")));
        failing(out, p.frontier().failures(s.id()));
        Map<String, Integer> problems = new ProblemStore(p.database()).counts(s.id());
        if (!problems.isEmpty()) {
          out.println("  notices with problems: " + problems.entrySet().stream()
              .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")));
        }
        SearchStatus.print(out, p, s);
      }
      return dataProblems(p, out) ? Errors.FAILED : 0;
    }
  }

  /** The index against the store, and notices the archive no longer backs; true when either is a problem. */
  private static boolean dataProblems(Pipeline p, PrintWriter out) {
    org.tenderwatch.pipeline.IndexCheck index = org.tenderwatch.pipeline.IndexCheck.of(p);
    int damaged = new org.tenderwatch.store.ArchiveStates(p.database()).damaged().size();
    Path data = p.config().settings().dataDir();
    // status only reads: a writer at work commits the index on its cadence, so trailing it is no fault of the index
    boolean trailingWriter = !index.ok() && index.indexed() <= index.stored()
        && org.tenderwatch.access.WriterLock.holderAlive(data);
    out.println(index.ok() ? "index: ok, " + index
        : trailingWriter ? "index: trailing the store while " + org.tenderwatch.access.WriterLock.holder(data)
            + " writes (it commits every index.commitEverySeconds and at the end of each pass): " + index
        : "index: PROBLEM, does not match the store: " + index + "; run any write command (e.g. `tenderwatch "
            + "crawl`) to catch it up from the archive, or `tenderwatch reindex` to rebuild it");
    out.println(damaged == 0 ? "archive: no notice marked damaged (`tenderwatch verify` checks every record)"
        : "archive: PROBLEM, " + damaged + " notice(s) marked archive damaged, kept from the store; run "
            + "`tenderwatch verify` for the list");
    return !index.ok() && !trailingWriter || damaged > 0;
  }

  /**
   * The causes of the source's failed and blocked URLs, most frequent first, each with a sample URL: a challenge
   * or an error page served with 200 shows here with the URL it stands in for (each is retried on a later pass).
   */
  private static void failing(PrintWriter out, java.util.List<String[]> failures) {
    Map<String, java.util.List<String>> byCause = new java.util.TreeMap<>();
    for (String[] f : failures) {
      byCause.computeIfAbsent(f[1] == null ? "(no cause)" : f[1], k -> new java.util.ArrayList<>()).add(f[0]);
    }
    byCause.entrySet().stream()
        .sorted((a, b) -> Integer.compare(b.getValue().size(), a.getValue().size()))
        .limit(FAILING_CAUSES)
        .forEach(e -> out.println("  failing: " + e.getValue().size() + " × " + e.getKey() + " (e.g. "
            + e.getValue().get(0) + ")"));
  }

  private static String time(java.time.Instant t, Config config) {
    return t == null ? "-" : t.atZone(config.settings().timezone()).toLocalDateTime()
        .truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString().replace('T', ' ');
  }
}
