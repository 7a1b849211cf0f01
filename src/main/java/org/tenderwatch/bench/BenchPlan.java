package org.tenderwatch.bench;

import java.nio.file.Path;
import java.util.List;

/**
 * Sizes and repetitions of one run.
 *
 * @param htmlPages notice pages for the HTML stage (and the notices the index and Monitor stages take)
 * @param pdfFiles PDFs for the PDF stage
 * @param indexNotices notices (of the HTML stage's, with their PDFs) for the indexing stage
 * @param monitorNotices notices for the Monitor stage
 * @param monitorQueries stored-query counts for the Monitor stage
 * @param crawlNotices notices of the loopback site for the pipeline and crawl stages (then 1 % more)
 * @param searchSizes index sizes for the search stage
 * @param searchReps timed repetitions of each analyst query (warm)
 * @param coldOpens index opens timed with their first query (cold)
 * @param dropPageCache whether each cold open is preceded by dropping the OS page cache (machine-wide, root only)
 * @param workDir where the site, the indexes and the crawl data go; big indexes are reused from here
 */
public record BenchPlan(long seed, int htmlPages, int pdfFiles, int indexNotices, int monitorNotices,
    List<Integer> monitorQueries, int crawlNotices,
    List<Integer> searchSizes, int searchReps, int coldOpens, boolean dropPageCache, int warmups, int runs,
    Path workDir, Path titles, Path font) {

  public BenchPlan {
    monitorQueries = List.copyOf(monitorQueries);
    searchSizes = List.copyOf(searchSizes);
  }

  /**
   * Seconds, not minutes: every stage runs on a handful of inputs; CI checks it runs, not how fast. It never drops
   * the page cache (the test suite must not slow down the rest of the machine).
   */
  public static BenchPlan smoke(long seed, Path workDir, Path titles, Path font) {
    return new BenchPlan(seed, 20, 3, 20, 10, List.of(10, 100), 30, List.of(300), 3, 2, false, 1, 2, workDir, titles,
        font);
  }

  /**
   * The figures of BENCHMARKS.md, sized to finish in a few minutes on a shared 2-core machine: 10⁴ saved searches
   * and the 10⁶-notice index (about 6 minutes to build on its own) only when asked for with the options.
   */
  public static BenchPlan full(long seed, Path workDir, Path titles, Path font, List<Integer> monitorQueries,
      List<Integer> searchSizes) {
    return new BenchPlan(seed, 1_000, 120, 500, 200, monitorQueries, 2_000, searchSizes, 20, 5, true, 2, 5,
        workDir, titles, font);
  }
}
