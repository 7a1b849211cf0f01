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
import org.tenderwatch.extract.Location;
import org.tenderwatch.extract.Notice;
import org.tenderwatch.extract.NoticeType;
import org.tenderwatch.extract.SupplierAward;
import org.tenderwatch.extract.TextPart;
import org.tenderwatch.index.IndexedNotice;
import org.tenderwatch.index.NoticeIndex;
import org.tenderwatch.index.QuerySyntaxException;

/**
 * Search latency at 10⁵ and 10⁶ notices: a fixed set of analyst queries through {@link NoticeIndex#search} (top 10
 * with highlights, the path the CLI and web use), p50/p95/p99; heap used after GC with the index open; index size.
 * The big indexes are built straight from generated notices (no HTML round trip) and reused across runs.
 */
final class SearchBench {
  /** The analyst queries, by kind. Ranges: NoticeIndex indexes no dates or amounts as points, so the one range is over terms. */
  static final List<String[]> QUERIES = List.of(
      new String[] {"term", "服务器"},
      new String[] {"term", "A100"},
      new String[] {"term", "医院 设备"},
      new String[] {"phrase", "\"云计算\""},
      new String[] {"phrase", "\"亚马逊云科技\""},
      new String[] {"phrase", "\"物业管理服务\""},
      new String[] {"fielded", "buyer:大学"},
      new String[] {"fielded", "type:award AND 医疗"},
      new String[] {"fielded", "flag:aws"},
      new String[] {"fielded", "title:\"信息化\" AND buyer:人民医院"},
      new String[] {"boolean", "(GPU OR 算力) AND NOT type:award"},
      new String[] {"range", "projectNo:[a TO c]"});
  /** Facet-like counts: one count per notice type and per flag category, as a dashboard would ask. */
  static final List<String> FACETS = List.of("type:tender", "type:award", "type:correction", "type:termination",
      "flag:nvidia_gpu", "flag:aws", "flag:azure_openai", "flag:bedrock");
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
        for (String[] q : QUERIES) {
          long[] t = time(plan, () -> index.search(q[1], 10));
          if (t == null) {
            perQuery.add(q[0] + " `" + q[1] + "`: unsupported");
            continue;
          }
          for (long x : t) {
            all.add(x);
          }
          perQuery.add(q[0] + " `" + q[1].replace("|", "\\|") + "` " + Report.f(Timing.median(t) / 1e6, 1) + " ms, "
              + index.search(q[1], 0).total() + " hits");
        }
        long[] facet = time(plan, () -> {
          for (String f : FACETS) {
            index.search(f, 0);
          }
        });
        long[] lat = all.stream().mapToLong(Long::longValue).toArray();
        double heapMb = heapAfterGcMb();
        double diskMb = sizeOf(dir) / 1024.0 / 1024.0;
        double p50 = Timing.percentile(lat, 50) / 1e6;
        double p95 = Timing.percentile(lat, 95) / 1e6;
        double p99 = Timing.percentile(lat, 99) / 1e6;
        double facetMs = Timing.median(facet) / 1e6;
        var j = sizes.addObject().put("notices", count).put("p50Ms", p50).put("p95Ms", p95).put("p99Ms", p99)
            .put("facetCountsMs", facetMs).put("heapUsedAfterGcMb", heapMb).put("indexMb", diskMb)
            .put("buildSeconds", buildS).put("timedSearches", lat.length);
        var qs = j.putArray("queries");
        perQuery.forEach(qs::add);
        rows.add(List.of(Report.f(count, 0), Report.f(p50, 1), Report.f(p95, 1), Report.f(p99, 1), Report.f(facetMs, 1),
            Report.f(heapMb, 0), Report.f(diskMb, 0), buildS < 0 ? "reused" : Report.f(buildS, 0),
            String.join("; ", perQuery)));
      }
    }
    report.table(new Report.Table("Search latency",
        "Every query of `SearchBench.QUERIES` (terms, phrases, fielded, boolean, a term range) run " + plan.searchReps()
            + " times after warm-up through `NoticeIndex.search(q, 10)`: parse, top 10, highlights, stored fields."
            + " Percentiles over all timed searches. Facet-like counts: the " + FACETS.size() + " counts per type and flag"
            + " category of `SearchBench.FACETS`, together. Heap: used after two `System.gc()` with the index open."
            + " Indexes built straight from generated notices (page text, no attachments, flag field from the generator).",
        List.of("notices", "p50 ms", "p95 ms", "p99 ms", "facet counts ms", "heap MB", "index MB", "build s", "median per query"),
        rows));
  }

  /** Builds the index unless a complete one of this size is there. @return build seconds, -1 if reused */
  private static double ensureIndex(Path dir, CorpusGenerator gen, int size) throws Exception {
    Path marker = dir.resolve(MARKER);
    if (Files.exists(marker) && Files.readString(marker, StandardCharsets.UTF_8).strip().equals(String.valueOf(size))) {
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
    Files.writeString(marker, String.valueOf(size), StandardCharsets.UTF_8);
    return (System.nanoTime() - t0) / 1e9;
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
    Notice n = new Notice(type, b.title(), b.published(), b.buyer(), b.agency(), b.projectNo(), null, null, suppliers,
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
