package org.tenderwatch.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.tenderwatch.index.NoticeIndex;
import org.tenderwatch.index.QuerySyntaxException;
import org.tenderwatch.index.SearchRequest;

/**
 * Search latency: a fixed set of analyst queries through {@link NoticeIndex#search} (top 10 with highlights, the
 * path the CLI and web use), cold (first query after open, OS page cache dropped where allowed) and warm (shuffled
 * order), p50/p95/p99; heap used after GC with the index open; index size. Indexes: {@link SearchCorpus}.
 */
final class SearchBench {
  /** One analyst search: a query of the query language, its order, and whether facets are counted. */
  record Query(String kind, String query, SearchRequest.Sort sort, boolean facets) {
    Query(String kind, String query) {
      this(kind, query, SearchRequest.Sort.relevance, false);
    }

    String label() {
      return kind + " `" + query.replace("|", "\\|") + "`" + (sort == SearchRequest.Sort.relevance ? "" : " by " + sort)
          + (facets ? " + facets" : "");
    }
  }

  /**
   * The analyst queries: terms, phrases, fielded, boolean, a date range (alone and with a word), amount ranges, sorts
   * by date and amount, and facet requests (counts per source, type, flag, region and month over every hit). The
   * generated notices run from 2022-01-01 on, one every 3 minutes (10⁵ notices reach July 2022).
   */
  static final List<Query> QUERIES = List.of(
      new Query("term", "服务器"),
      new Query("term", "A100"),
      new Query("term", "医院 设备"),
      new Query("phrase", "\"云计算\""),
      new Query("phrase", "\"亚马逊云科技\""),
      new Query("phrase", "\"物业管理服务\""),
      new Query("fielded", "buyer:大学"),
      new Query("fielded", "type:award AND 医疗"),
      new Query("fielded", "flag:aws"),
      new Query("fielded", "title:\"信息化\" AND buyer:人民医院"),
      new Query("boolean", "(GPU OR 算力) AND NOT type:award"),
      new Query("date range", "publishedAt:[2022-03-01 TO 2022-03-31]"),
      new Query("date range", "服务器 AND publishedAt:[2022-02 TO 2022-04]", SearchRequest.Sort.date, false),
      new Query("amount range", "awardCny:[1000000 TO *]", SearchRequest.Sort.amount, false),
      new Query("amount range", "type:award AND 设备 AND awardCny:[100000 TO 2000000]"),
      new Query("facets", "医院", SearchRequest.Sort.relevance, true),
      new Query("facets", "publishedAt:[2022-01 TO 2022-12]", SearchRequest.Sort.date, true));

  private SearchBench() {}

  static void run(BenchPlan plan, CorpusGenerator gen, Report report) throws Exception {
    List<List<String>> rows = new ArrayList<>();
    List<List<String>> perQueryRows = new ArrayList<>();
    var sizes = report.stage("search").putArray("sizes");
    boolean dropped = false;
    for (int size : plan.searchSizes()) {
      Path dir = plan.workDir().resolve("search-index-" + plan.seed() + "-" + size);
      double buildS = SearchCorpus.ensureIndex(dir, gen, size);
      Cold cold = cold(plan, dir);
      dropped = cold.cachesDropped();
      try (NoticeIndex index = NoticeIndex.open(dir)) {
        Map<Query, long[]> warm = warm(plan, index);
        List<Long> all = new ArrayList<>();
        List<Long> facetTimes = new ArrayList<>();
        var j = sizes.addObject().put("notices", index.count());
        var qs = j.putArray("queries");
        for (var e : warm.entrySet()) {
          for (long x : e.getValue()) {
            all.add(x);
            if (e.getKey().facets()) {
              facetTimes.add(x);
            }
          }
          double med = Timing.median(e.getValue()) / 1e6;
          long hits = index.search(request(e.getKey())).total();
          qs.addObject().put("query", e.getKey().label()).put("medianMs", med).put("p99Ms",
              Timing.percentile(e.getValue(), 99) / 1e6).put("hits", hits);
          perQueryRows.add(List.of(Report.f(index.count(), 0), e.getKey().label(), Report.f(med, 1),
              Report.f(Timing.percentile(e.getValue(), 99) / 1e6, 1), Report.f(hits, 0)));
        }
        long[] lat = all.stream().mapToLong(Long::longValue).toArray();
        double heapMb = heapAfterGcMb();
        double diskMb = sizeOf(dir) / 1024.0 / 1024.0;
        double p50 = Timing.percentile(lat, 50) / 1e6;
        double p95 = Timing.percentile(lat, 95) / 1e6;
        double p99 = Timing.percentile(lat, 99) / 1e6;
        double facetMs = Timing.median(facetTimes.stream().mapToLong(Long::longValue).toArray()) / 1e6;
        j.put("p50Ms", p50).put("p95Ms", p95).put("p99Ms", p99).put("facetRequestMs", facetMs)
            .put("coldOpenMs", cold.openMs()).put("coldFirstQueryMs", cold.firstMs())
            .put("coldFirstQueryMaxMs", cold.firstMaxMs()).put("coldCachesDropped", cold.cachesDropped())
            .put("heapUsedAfterGcMb", heapMb).put("indexMb", diskMb).put("buildSeconds", buildS)
            .put("timedSearches", lat.length);
        rows.add(List.of(Report.f(index.count(), 0), Report.f(cold.openMs(), 1), Report.f(cold.firstMs(), 1),
            Report.f(cold.firstMaxMs(), 1), Report.f(p50, 1), Report.f(p95, 1), Report.f(p99, 1),
            Report.f(facetMs, 1), Report.f(heapMb, 0), Report.f(diskMb, 0),
            buildS < 0 ? "reused" : Report.f(buildS, 0)));
      }
    }
    notRun(plan, sizes, report);
    table(plan, dropped, rows, perQueryRows, report);
  }

  /** The cold figures of one index: medians over the opens, and the slowest first query. */
  record Cold(double openMs, double firstMs, double firstMaxMs, boolean cachesDropped) {}

  /**
   * Opens the index {@code plan.coldOpens()} times, each time after dropping the OS page cache where the OS allows
   * it, and times the open and the first query after it; the first queries take the analyst queries in a shuffled
   * order, one per open.
   */
  private static Cold cold(BenchPlan plan, Path dir) throws Exception {
    List<Query> order = shuffled(QUERIES, plan.seed() ^ 0xC01DL);
    long[] open = new long[plan.coldOpens()];
    long[] first = new long[plan.coldOpens()];
    boolean dropped = true;
    for (int i = 0; i < open.length; i++) {
      dropped &= plan.dropPageCache() && PageCache.drop();
      long t0 = System.nanoTime();
      try (NoticeIndex index = NoticeIndex.open(dir)) {
        long t1 = System.nanoTime();
        index.search(request(order.get(i % order.size())));
        first[i] = System.nanoTime() - t1;
        open[i] = t1 - t0;
      }
    }
    return new Cold(Timing.median(open) / 1e6, Timing.median(first) / 1e6, Timing.percentile(first, 100) / 1e6,
        dropped);
  }

  /**
   * Warm latencies per query: every query {@code warmups} times untimed, then {@code searchReps} times timed; each
   * phase runs all repetitions of all queries in one shuffled order, so a query is not repeated back to back.
   */
  private static Map<Query, long[]> warm(BenchPlan plan, NoticeIndex index) throws Exception {
    List<Query> supported = new ArrayList<>();
    for (Query q : QUERIES) {
      try {
        index.search(request(q));
        supported.add(q);
      } catch (QuerySyntaxException e) {
        // reported as missing from the per-query table; the language does not have it
      }
    }
    run(index, shuffled(repeat(supported, plan.warmups()), plan.seed() ^ 0x3A93L), null);
    Map<Query, long[]> times = new LinkedHashMap<>();
    run(index, shuffled(repeat(supported, plan.searchReps()), plan.seed() ^ 0x7E57L), times);
    return times;
  }

  /** Runs the searches in the given order; when {@code times} is given, appends each one's nanoseconds there. */
  private static void run(NoticeIndex index, List<Query> order, Map<Query, long[]> times) {
    for (Query q : order) {
      SearchRequest req = request(q);
      long t = Timing.time(() -> index.search(req));
      if (times != null) {
        long[] old = times.getOrDefault(q, new long[0]);
        long[] grown = java.util.Arrays.copyOf(old, old.length + 1);
        grown[old.length] = t;
        times.put(q, grown);
      }
    }
  }

  private static List<Query> repeat(List<Query> queries, int times) {
    List<Query> out = new ArrayList<>();
    for (int i = 0; i < times; i++) {
      out.addAll(queries);
    }
    return out;
  }

  private static SearchRequest request(Query q) {
    return new SearchRequest(q.query(), q.sort(), 1, 10, q.facets());
  }

  private static <T> List<T> shuffled(List<T> list, long seed) {
    List<T> out = new ArrayList<>(list);
    Collections.shuffle(out, new Random(seed));
    return out;
  }

  private static void table(BenchPlan plan, boolean dropped, List<List<String>> rows, List<List<String>> perQuery,
      Report report) {
    report.table(new Report.Table("Search latency",
        "Through `NoticeIndex.search(SearchRequest)`, the path of the CLI and web: parse, first page of 10, exact"
            + " total, highlights, stored fields, and for a facet request the counts per source, type, flag, region"
            + " and month over every hit. **Cold**: the index opened " + plan.coldOpens() + " times, "
            + (dropped ? "each time right after `sync` and dropping the OS page cache (`/proc/sys/vm/drop_caches`),"
                : plan.dropPageCache() ? "**without** dropping the OS page cache (the OS did not allow it: not root,"
                    + " or no /proc/sys/vm/drop_caches), so these opens read from the page cache,"
                    : "**without** dropping the OS page cache (this plan does not), so these opens read from it,")
            + " timing the open and the first query after it (one analyst query per open, in shuffled order; the JVM"
            + " is warm). **Warm**: every query of `SearchBench.QUERIES` " + plan.warmups() + " times untimed and "
            + plan.searchReps() + " times timed, all runs of all queries in one shuffled order; percentiles over all"
            + " timed searches; facet ms is the median of the facet requests alone. Heap: used after two"
            + " `System.gc()` with the index open. Indexes built straight from generated notices (page text, no"
            + " attachments; budget, award and flag fields from the generator).",
        List.of("notices", "cold open ms", "cold first query ms (median)", "cold first query ms (max)",
            "warm p50 ms", "warm p95 ms", "warm p99 ms", "facet request ms", "heap MB", "index MB", "build s"),
        rows));
    report.table(new Report.Table("Search latency per query (warm)",
        "Median and p99 of each query's timed runs in the shuffled warm order above, and its total hits.",
        List.of("notices", "query", "median ms", "p99 ms", "hits"), perQuery));
  }

  /** Says so in the report when the run left out the 10⁶-notice index, with what building it would cost. */
  private static void notRun(BenchPlan plan, tools.jackson.databind.JsonNode sizes, Report report) {
    if (plan.searchSizes().stream().anyMatch(n -> n >= Goals.MILLION)) {
      return;
    }
    String estimate = "";
    for (var s : sizes) {
      double build = s.get("buildSeconds").asDouble();
      int notices = s.get("notices").asInt();
      if (build > 0 && notices > 0) {
        estimate = String.format(java.util.Locale.ROOT, " Building the %,d-notice index took %.0f s in this run, so 10⁶"
            + " would take about %.0f minutes more.", notices, build, build * Goals.MILLION / notices / 60);
      }
    }
    report.note("Search at 10⁶ notices (p50/p95/p99, heap, index size) was not run in this run (`--search-sizes "
        + plan.searchSizes().stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(",")) + "`)."
        + estimate + " Run it with `./tenderwatch bench --out BENCHMARKS.md --json benchmarks/summary.json"
        + " --search-sizes 100000,1000000`; the index is built once under `target/bench/search-index-" + plan.seed()
        + "-1000000/` and reused by later runs.");
  }

  static double heapAfterGcMb() {
    System.gc();
    System.gc();
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1024.0 / 1024.0;
  }

  static long sizeOf(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    }
  }
}
