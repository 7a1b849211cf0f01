/**
 * {@code tenderwatch bench}: a deterministic corpus in the real ccgp templates, every stage timed beside its bare
 * library in the same run (ratios survive noisy machines), search at 10⁵ and 10⁶ notices, crawl efficiency, and the
 * report (BENCHMARKS.md + summary.json).
 *
 * <p>Flow: {@link org.tenderwatch.bench.CorpusGenerator} (titles + seed → {@link org.tenderwatch.bench.BenchNotice}
 * records) → {@link org.tenderwatch.bench.CcgpTemplate} / {@link org.tenderwatch.bench.PdfWriter} (bytes) →
 * {@link org.tenderwatch.bench.SiteWriter} (a loopback mirror) → the stage benches → {@link
 * org.tenderwatch.bench.Report}. Timing is plain Java ({@link org.tenderwatch.bench.Timing}): warm-up, repeated
 * runs, medians; ours and bare alternate within a run so that machine noise hits both.
 */
package org.tenderwatch.bench;
