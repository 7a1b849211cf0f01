package org.tenderwatch.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.tenderwatch.bench.BenchPlan;
import org.tenderwatch.bench.BenchRunner;
import org.tenderwatch.bench.DiscoveryBench;
import org.tenderwatch.bench.PdfWriter;
import org.tenderwatch.bench.Report;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "bench",
    description = "Benchmark every stage beside its bare library (ratios), search at 10^5 and 10^6 notices and crawl"
        + " efficiency, on a corpus generated from the real ccgp titles; writes BENCHMARKS.md and a JSON summary.",
    footerHeading = "%nExamples:%n",
    footer = {"  tenderwatch bench --smoke                     # every stage on tiny inputs, seconds",
        "  tenderwatch bench --out BENCHMARKS.md --json benchmarks/summary.json   # the report's run, a few minutes",
        "  tenderwatch bench --search-sizes 100000,1000000 --saved-searches 10,100,1000,10000   # the large sizes",
        "  tenderwatch bench --part discovery --out BENCHMARKS.md   # only the backfill's requests per found notice"})
final class BenchCommand implements Callable<Integer> {
  @Mixin GlobalOptions global;
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--part", defaultValue = "all", paramLabel = "PART", description = "all (default): every stage;"
      + " discovery: only a portal-search backfill on loopback (requests per found notice), its section replaced in"
      + " --out, the rest of the file kept, no JSON.")
  String part;

  @Option(names = "--smoke", description = "Tiny sizes, a few seconds: checks that every stage runs.")
  boolean smoke;

  @Option(names = "--out", paramLabel = "FILE", defaultValue = "target/bench/BENCHMARKS.md",
      description = "The Markdown report (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--json", paramLabel = "FILE", defaultValue = "target/bench/summary.json",
      description = "The JSON summary (default: ${DEFAULT-VALUE}).")
  Path json;

  @Option(names = "--work", paramLabel = "DIR", defaultValue = "target/bench",
      description = "Generated site, PDFs, crawl data and the search indexes; indexes are reused (default: ${DEFAULT-VALUE}).")
  Path work;

  @Option(names = "--seed", defaultValue = "8", description = "Corpus seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--search-sizes", split = ",", paramLabel = "N", defaultValue = "100000",
      description = "Index sizes for search latency (default: ${DEFAULT-VALUE}; 1000000 builds a 1.8 GB index once,"
          + " about 6 minutes alone on 2 cores).")
  List<Integer> searchSizes;

  @Option(names = "--saved-searches", split = ",", paramLabel = "N", defaultValue = "10,100,1000",
      description = "Saved-search counts for the Monitor stage (default: ${DEFAULT-VALUE}; 10000 adds about a minute).")
  List<Integer> monitorQueries;

  @Option(names = "--titles", paramLabel = "FILE", defaultValue = "${env:TENDERWATCH_HOME:-.}/samples/bench/ccgp_titles_2022_trade.tsv",
      description = "The real titles (default: ${DEFAULT-VALUE}).")
  Path titles;

  @Option(names = "--font", paramLabel = "FILE", description = "CJK font for the PDFs (default: " + "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc).")
  Path font;

  @Override
  public Integer call() throws Exception {
    PrintWriter o = spec.commandLine().getOut();
    if ("discovery".equals(part)) {
      return discovery(o);
    }
    if (!"all".equals(part)) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--part: all or discovery, not " + part);
    }
    Path f = font != null ? font : PdfWriter.DEFAULT_FONT;
    BenchPlan plan = smoke ? BenchPlan.smoke(seed, work, titles, f) : BenchPlan.full(seed, work, titles, f, monitorQueries,
        searchSizes);
    org.tenderwatch.config.Config config = global.load();
    Report report = BenchRunner.run(plan, config, step -> {
      o.println("bench: " + step);
      o.flush();
    });
    if (!smoke) {
      o.println("bench: discovery: a two-year backfill on loopback");
      DiscoveryBench.run(work, config, report);
    }
    Report.writeString(json, report.toJson());
    Report.writeString(out, report.toMarkdown("Benchmarks", intro(smoke)));
    for (Report.Goal g : report.goals()) {
      o.printf(java.util.Locale.ROOT, "%-8s %-62s %s%n", g.met() == null ? "not run" : g.met() ? "met" : "MISSED",
          g.goal(), g.measured());
    }
    o.printf(java.util.Locale.ROOT, "report: %s%njson:   %s%n", out, json);
    return 0;
  }

  /** The discovery section alone, spliced into the existing report. */
  private int discovery(PrintWriter o) throws Exception {
    o.println("bench: discovery: a two-year backfill on loopback");
    o.flush();
    Report report = new Report();
    DiscoveryBench.run(work, global.load(), report);
    String section = Report.markdown(report.tables().get(0));
    String before = java.nio.file.Files.exists(out) ? java.nio.file.Files.readString(out) : "# Benchmarks\n";
    Report.writeString(out, Report.splice(before, DiscoveryBench.TITLE, section));
    var d = report.json().get("stages").get("discovery");
    o.printf(java.util.Locale.ROOT, "requests per found notice: %.2f (%d requests, %d notices)%nreport: %s%n",
        d.get("requestsPerFoundNotice").asDouble(), d.get("requests").asInt(), d.get("noticesStored").asInt(), out);
    return 0;
  }

  private static String intro(boolean smoke) {
    return (smoke ? "**Smoke run: tiny sizes, the figures mean nothing.**\n\n" : "")
        + "Written by `./tenderwatch bench --out BENCHMARKS.md --json benchmarks/summary.json` (one command; search"
        + " indexes are built once under `target/bench/` and reused). Each stage is timed beside its bare"
        + " library in the same run, alternating run by run and alternating which of the two goes first, and"
        + " reported as a ratio: **bare time / our time** (1.00 ="
        + " as fast as the bare library, 0.50 = twice as slow), so noise from other work on the machine cancels out."
        + " Times are medians after warm-up. The corpus is generated from a seed: real ccgp titles"
        + " (`samples/bench/ccgp_titles_2022_trade.tsv`) in the real vF template, ~30 % with PDFs of 1–20 pages, ~5 %"
        + " GBK pages, every fourth notice an award linked to its tender by project number, ~2 % mentioning A100/AWS/"
        + "Azure OpenAI/Bedrock. Code: `src/main/java/org/tenderwatch/bench/`.\n\n"
        + "Sizes (the plan line under Machine): the defaults of `tenderwatch bench`, chosen so that a run takes a"
        + " few minutes on this shared 2-core machine: search at 10⁵ notices and up to 1,000 saved searches."
        + " `--search-sizes 100000,1000000 --saved-searches 10,100,1000,10000` adds the 10⁶-notice index (about six"
        + " minutes to build alone, then reused) and 10,000 saved searches; goals at 10⁶ read \"not run\" without it.";
  }
}
