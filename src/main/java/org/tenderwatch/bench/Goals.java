package org.tenderwatch.bench;

import static org.tenderwatch.bench.BenchRunner.num;

import tools.jackson.databind.JsonNode;

/**
 * The goals, judged from the figures of one run. What a missed goal's comment says is computed from the same run's
 * measurements (where the time went, how far from the goal); no explanation is written here in advance, so the
 * report can never give a reason the run did not show.
 */
final class Goals {
  static final double STAGE_RATIO = 0.8;
  static final double SEARCH_P99_MS = 100;
  static final double MONITOR_MS = 1.0;
  static final double RECRAWL_REQUESTS = 1.1;
  static final double HEAP_MB = 1024;
  static final int MILLION = 1_000_000;

  private Goals() {}

  static void judge(Report r) {
    JsonNode stages = r.json().get("stages");
    JsonNode html = stages.get("html");
    ratio(r, "HTML parse + extraction ≥ 0.8× bare jsoup", html,
        gap(num(html, "oursUsPerPage"), num(html, "bareUsPerPage"), "µs per page"));
    JsonNode pdf = stages.get("pdf");
    ratio(r, "PDF extraction ≥ 0.8× bare PDFBox", pdf,
        gap(num(pdf, "oursMsPerPage"), num(pdf, "bareMsPerPage"), "ms per page"));
    JsonNode index = stages.get("index");
    ratio(r, "Indexing ≥ 0.8× bare Lucene", index,
        gap(1000 / num(index, "oursNoticesPerS"), 1000 / num(index, "bareNoticesPerS"), "ms per notice"));
    JsonNode monitor = at1000(stages.get("monitor"));
    String label = monitor == null ? "1,000" : Report.f(monitor.get("queries").asInt(), 0);
    ratio(r, "Monitor (flags + " + label + " saved searches) ≥ 0.8× bare Monitor", monitor,
        gap(num(monitor, "oursMsPerNotice"), num(monitor, "bareMsPerNotice"), "ms per notice"));
    JsonNode pipeline = stages.get("pipeline");
    ratio(r, "Whole pipeline ≥ 0.8× bare HTTP fetch of the same files", pipeline,
        gap(1000 / num(pipeline, "noticesPerS"), 1000 / num(pipeline, "bareFetchNoticesPerS"), "ms per notice"));
    monitorMs(r, monitor);
    crawl(r, stages.get("crawl"));
    search(r, stages.get("search"));
  }

  private static void ratio(Report r, String goal, JsonNode stage, String gap) {
    double ratio = num(stage, "ratio");
    boolean met = ratio >= STAGE_RATIO;
    r.goal(new Report.Goal(goal, Double.isNaN(ratio) ? "not run" : Report.f(ratio, 2) + "×",
        Double.isNaN(ratio) ? null : met, met || Double.isNaN(ratio) ? "" : gap));
  }

  /** "ours 2.01 ms per notice, bare 1.71: 0.30 more (18 %)": the size of the gap, from the run. */
  static String gap(double ours, double bare, String unit) {
    if (Double.isNaN(ours) || Double.isNaN(bare)) {
      return "";
    }
    return "ours " + Report.f(ours, 2) + " " + unit + ", bare " + Report.f(bare, 2) + ": " + Report.f(ours - bare, 2)
        + " more (" + Report.f(100 * (ours - bare) / bare, 0) + " %)";
  }

  private static void monitorMs(Report r, JsonNode monitor) {
    double ms = num(monitor, "oursMsPerNotice");
    double bare = num(monitor, "bareMsPerNotice");
    String label = monitor == null ? "1,000" : Report.f(monitor.get("queries").asInt(), 0);
    String why = Double.isNaN(ms) || ms <= MONITOR_MS ? ""
        : "the bare Monitor alone takes " + Report.f(bare, 3) + " ms (" + Report.f(100 * bare / ms, 0)
            + " % of ours)" + (bare > MONITOR_MS ? ", itself over the goal" : "") + "; "
            + Report.f(num(monitor, "avgMatchesPerNotice"), 1) + " saved searches match each notice";
    r.goal(new Report.Goal("Monitor ≤ 1 ms per notice at " + label + " saved searches",
        Double.isNaN(ms) ? "not run" : Report.f(ms, 3) + " ms", Double.isNaN(ms) ? null : ms <= MONITOR_MS, why));
  }

  private static JsonNode at1000(JsonNode monitor) {
    JsonNode best = null;
    if (monitor != null) {
      for (JsonNode s : monitor.get("sizes")) {
        if (best == null || Math.abs(s.get("queries").asInt() - 1000) < Math.abs(best.get("queries").asInt() - 1000)) {
          best = s;
        }
      }
    }
    return best;
  }

  private static void crawl(Report r, JsonNode crawl) {
    double v = num(crawl, "recrawlRequestsPerNewNotice");
    boolean met = v <= RECRAWL_REQUESTS;
    double requests = num(crawl, "recrawlRequests");
    String why = met || Double.isNaN(v) ? "" : "of " + Report.f(requests, 0) + " recrawl requests for "
        + Report.f(num(crawl, "recrawlNotices"), 0) + " new notices, " + Report.f(num(crawl, "recrawlListPages"), 0)
        + " were list pages and " + Report.f(num(crawl, "recrawlAttachments"), 0) + " attachments";
    r.goal(new Report.Goal("Recrawl ≤ 1.1 requests per new notice (1 % new)",
        Double.isNaN(v) ? "not run" : Report.f(v, 2), Double.isNaN(v) ? null : met, why));
  }

  private static void search(Report r, JsonNode search) {
    JsonNode million = null;
    if (search != null) {
      for (JsonNode s : search.get("sizes")) {
        if (s.get("notices").asInt() >= MILLION) {
          million = s;
        }
      }
    }
    double p99 = num(million, "p99Ms");
    double heap = num(million, "heapUsedAfterGcMb");
    String notRun = "10⁶ not run in this run: `tenderwatch bench --search-sizes 100000,1000000`";
    r.goal(new Report.Goal("Search p99 ≤ 100 ms at 10⁶ notices (warm)",
        million == null ? "not run" : Report.f(p99, 1) + " ms", million == null ? null : p99 <= SEARCH_P99_MS,
        million == null ? notRun : p99 <= SEARCH_P99_MS ? "" : "slowest query: " + slowest(million)));
    r.goal(new Report.Goal("Heap ≤ 1 GB at 10⁶ notices", million == null ? "not run" : Report.f(heap, 0) + " MB",
        million == null ? null : heap <= HEAP_MB, million == null ? notRun : ""));
  }

  /** The query with the highest p99 in this run, with its figures. */
  private static String slowest(JsonNode size) {
    JsonNode worst = null;
    for (JsonNode q : size.get("queries")) {
      if (worst == null || q.get("p99Ms").asDouble() > worst.get("p99Ms").asDouble()) {
        worst = q;
      }
    }
    return worst == null ? "" : worst.get("query").asString() + ", p99 " + Report.f(worst.get("p99Ms").asDouble(), 1)
        + " ms, " + Report.f(worst.get("hits").asLong(), 0) + " hits";
  }
}
