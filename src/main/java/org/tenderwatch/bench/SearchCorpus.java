package org.tenderwatch.bench;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.tenderwatch.extract.Amount;
import org.tenderwatch.extract.Notice;
import org.tenderwatch.extract.NoticeType;
import org.tenderwatch.extract.SupplierAward;
import org.tenderwatch.index.IndexedNotice;
import org.tenderwatch.index.NoticeIndex;
import org.tenderwatch.text.Location;
import org.tenderwatch.text.TextPart;

/** The search stage's indexes: built straight from generated notices (no HTML round trip), reused across runs. */
final class SearchCorpus {
  /** Written into the marker beside the size: an index built by an older bench (no amounts) is rebuilt. */
  private static final String INDEX_FORMAT = "2 (amounts)";
  private static final String MARKER = "tenderwatch-bench.complete";

  private SearchCorpus() {}

  /** Builds the index unless a complete one of this size is there. @return build seconds, -1 if reused */
  static double ensureIndex(Path dir, CorpusGenerator gen, int size) throws Exception {
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
}
