package org.tenderwatch.bench;

import java.util.Arrays;

/**
 * Plain-Java timing: warm-up runs (JIT, caches) that are thrown away, then repeated runs whose median is kept.
 * Ours and the bare library alternate run by run, so a noisy neighbour slows both and the ratio survives.
 */
public final class Timing {
  private Timing() {}

  /** Work that may throw. */
  @FunctionalInterface
  public interface Work {
    void run() throws Exception;
  }

  /** Median nanoseconds of {@code runs} runs of a and of b, after {@code warmups} of each; [a, b]. */
  public static double[] alternate(int warmups, int runs, Work a, Work b) {
    for (int i = 0; i < warmups; i++) {
      time(a);
      time(b);
    }
    long[] ta = new long[runs];
    long[] tb = new long[runs];
    for (int i = 0; i < runs; i++) {
      ta[i] = time(a);
      tb[i] = time(b);
    }
    return new double[] {median(ta), median(tb)};
  }

  /** Nanoseconds one run takes. */
  public static long time(Work w) {
    long t0 = System.nanoTime();
    try {
      w.run();
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException("benchmark work failed: " + e, e);
    }
    return System.nanoTime() - t0;
  }

  public static double median(long[] values) {
    return percentile(values, 50);
  }

  /** Nearest-rank percentile (p in 0–100) of the values. */
  public static double percentile(long[] values, double p) {
    if (values.length == 0) {
      return Double.NaN;
    }
    long[] s = values.clone();
    Arrays.sort(s);
    int rank = (int) Math.ceil(p / 100.0 * s.length);
    return s[Math.max(0, Math.min(s.length - 1, rank - 1))];
  }

  /** Speed of ours relative to bare: bare time / our time (1.0 = as fast, 0.5 = twice as slow). */
  public static double ratio(double oursNs, double bareNs) {
    return oursNs <= 0 ? Double.NaN : bareNs / oursNs;
  }
}
