package org.tenderwatch.bench;

import java.util.Arrays;

/**
 * Plain-Java timing: warm-up runs (JIT, caches) that are thrown away, then repeated runs whose median is kept.
 * Ours and the bare library alternate run by run, so a noisy neighbour slows both and the ratio survives; which of
 * the two goes first alternates too, so neither always gets the caches the other just warmed.
 */
public final class Timing {
  private Timing() {}

  /** Work that may throw. */
  @FunctionalInterface
  public interface Work {
    void run() throws Exception;
  }

  /**
   * Median nanoseconds of {@code runs} runs of a and of b, after {@code warmups} of each; [a, b]. Round i runs a
   * first when i is even, b first when it is odd.
   */
  public static double[] alternate(int warmups, int runs, Work a, Work b) {
    for (int i = 0; i < warmups; i++) {
      pair(i, a, b);
    }
    long[] ta = new long[runs];
    long[] tb = new long[runs];
    for (int i = 0; i < runs; i++) {
      long[] t = pair(i, a, b);
      ta[i] = t[0];
      tb[i] = t[1];
    }
    return new double[] {median(ta), median(tb)};
  }

  /** One round: [time of a, time of b], in the order the round's parity gives. */
  static long[] pair(int round, Work a, Work b) {
    if (round % 2 == 0) {
      long x = time(a);
      return new long[] {x, time(b)};
    }
    long y = time(b);
    return new long[] {time(a), y};
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
