package org.tenderwatch.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import java.math.BigDecimal;
import org.tenderwatch.extract.Amount;
import org.tenderwatch.text.Location;
import org.tenderwatch.extract.Notice;
import org.tenderwatch.extract.NoticeType;
import org.tenderwatch.extract.SupplierAward;
import org.tenderwatch.text.TextPart;
import org.tenderwatch.index.IndexedNotice;
import org.tenderwatch.index.NoticeIndex;
import org.tenderwatch.index.QuerySyntaxException;
import org.tenderwatch.index.SearchRequest;

/**
 * Search latency at 10⁵ and 10⁶ notices: a fixed set of analyst queries through {@link NoticeIndex#search} (top 10
 * with highlights, the path the CLI and web use), p50/p95/p99; heap used after GC with the index open; index size.
 * The big indexes are built straight from generated notices (no HTML round trip) and reused across runs.
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
  /** Written into the marker beside the size: an index built by an older bench (no amounts) is rebuilt. */
  private static final String INDEX_FORMAT = "2 (amounts)";
  private static final String MARKER = "tenderwatch-bench.complete";

  private SearchBench() {}

  static void run(BenchPlan plan, CorpusGenerator gen, Report report) throws Exception {
    List<List<String>> rows = new ArrayList<>();
    var sizes = report.stage("search").putArray("sizes");
    for (int size : plan.searchSizes()) {
      Path dir = plan.workDir().resolve("search-index-" + plan.seed() + "-" + size);
      double buildS = ensureIndex(dir, gen, size);
      try (NoticeIndex index = NoticeIndex.open(dir)) {
        int count = index.count();
        List<Long> all = new ArrayList<>();
        List<String> perQuery = new ArrayList<>();
        List<Long> facetTimes = new ArrayList<>();
        for (Query q : QUERIES) {
          SearchRequest req = new SearchRequest(q.query(), q.sort(), 1, 10, q.facets());
          long[] t = time(plan, () -> index.search(req));
          if (t == null) {
            perQuery.add(q.label() + ": unsupported");
            continue;
          }
          for (long x : t) {
            all.add(x);
            if (q.facets()) {
              facetTimes.add(x);
            }
          }
          perQuery.add(q.label() + " " + Report.f(Timing.median(t) / 1e6, 1) + " ms, " + index.search(req).total() + " hits");
        }
        long[] facet = facetTimes.stream().mapToLong(Long::longValue).toArray();
        long[] lat = all.stream().mapToLong(Long::longValue).toArray();
        double heapMb = heapAfterGcMb();
        double diskMb = sizeOf(dir) / 1024.0 / 1024.0;
        double p50 = Timing.percentile(lat, 50) / 1e6;
        double p95 = Timing.percentile(lat, 95) / 1e6;
        double p99 = Timing.percentile(lat, 99) / 1e6;
        double facetMs = Timing.median(facet) / 1e6;
        var j = sizes.addObject().put("notices", count).put("p50Ms", p50).put("p95Ms", p95).put("p99Ms", p99)
            .put("facetRequestMs", facetMs).put("heapUsedAfterGcMb", heapMb).put("indexMb", diskMb)
            .put("buildSeconds", buildS).put("timedSearches", lat.length);
        var qs = j.putArray("queries");
        perQuery.forEach(qs::add);
        rows.add(List.of(Report.f(count, 0), Report.f(p50, 1), Report.f(p95, 1), Report.f(p99, 1), Report.f(facetMs, 1),
            Report.f(heapMb, 0), Report.f(diskMb, 0), buildS < 0 ? "reused" : Report.f(buildS, 0),
            String.join("; ", perQuery)));
      }
    }
    notRun(plan, sizes, report);
    report.table(new Report.Table("Search latency",
        "Every query of `SearchBench.QUERIES` (terms, phrases, fielded, boolean, date and amount ranges, sorts by"
            + " date and amount, facet requests) run " + plan.searchReps() + " times after warm-up through"
            + " `NoticeIndex.search(SearchRequest)`, the path of the CLI and web: parse, first page of 10, exact total,"
            + " highlights, stored fields, and for a facet request the counts per source, type, flag, region and month"
            + " over every hit. Percentiles over all timed searches; facet ms is the median of the facet requests alone."
            + " Heap: used after two `System.gc()` with the index open. Indexes built straight from generated notices"
            + " (page text, no attachments; budget, award and flag fields from the generator).",
        List.of("notices", "p50 ms", "p95 ms", "p99 ms", "facet request ms", "heap MB", "index MB", "build s", "median per query"),
        rows));
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

  /** Builds the index unless a complete one of this size is there. @return build seconds, -1 if reused */
  private static double ensureIndex(Path dir, CorpusGenerator gen, int size) throws Exception {
    Path marker = dir.resolve(MARKER);
    if (Files.exists(marker) && Files.readString(marker, StandardCharsets.UTF_8).strip().equals(markerText(size))) {
      return -1;
    }
    CrawlBench.deleteTree(dir);
    long t0 = System.nanoTime();
    int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
    try (NoticeIndex index = NoticeIndex.open(dir)) {
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      try {
        List<Future<?>> jobs = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
          int start = t;
          jobs.add(pool.submit(() -> {
            for (long i = start; i < size; i += threads) {
              index.upsert(indexed(gen.notice(i)));
            }
            return null;
          }));
        }
        for (Future<?> f : jobs) {
          f.get();
        }
      } finally {
        pool.shutdown();
      }
    }
    Files.writeString(marker, markerText(size), StandardCharsets.UTF_8);
    return (System.nanoTime() - t0) / 1e9;
  }

  private static String markerText(int size) {
    return size + " format " + INDEX_FORMAT;
  }

  /** A generated notice as extraction would have made it, without the HTML round trip. */
  static IndexedNotice indexed(BenchNotice b) {
    NoticeType type = switch (b.channel()) {
      case "zbgg", "cjgg" -> NoticeType.AWARD;
      case "gzgg" -> NoticeType.CORRECTION;
      case "fblbgg" -> NoticeType.TERMINATION;
      default -> NoticeType.TENDER;
    };
    List<SupplierAward> suppliers = b.winner() == null ? List.of() : List.of(new SupplierAward(b.winner(), null, null));
    Amount budget = b.budgetCny() > 0 ? new Amount(b.budgetCny() + "元", BigDecimal.valueOf(b.budgetCny())) : null;
    Amount award = b.awardCny() > 0 ? new Amount(b.awardCny() + "元", BigDecimal.valueOf(b.awardCny())) : null;
    Notice n = new Notice(type, b.title(), b.published(), b.buyer(), b.agency(), b.projectNo(), budget, award, suppliers,
        b.region(), Map.of(), List.of(new TextPart(Location.NOTICE_PAGE, b.text())));
    List<String> flags = b.flagCategory() == null ? List.of() : List.of(b.flagCategory());
    return new IndexedNotice(String.valueOf(b.id()), "ccgp", "https://www.ccgp.gov.cn/" + b.path(), n, flags);
  }

  /** Nanoseconds of each timed repetition; null when the index rejects the query. */
  private static long[] time(BenchPlan plan, Timing.Work w) {
    try {
      for (int i = 0; i < Math.max(1, plan.warmups()); i++) {
        w.run();
      }
    } catch (QuerySyntaxException e) {
      return null;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    long[] t = new long[plan.searchReps()];
    for (int i = 0; i < t.length; i++) {
      t[i] = Timing.time(w);
    }
    return t;
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
