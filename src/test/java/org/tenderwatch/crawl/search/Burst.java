package org.tenderwatch.crawl.search;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A portal fixture's rate limit: more than {@code n} requests within {@code ms} get the portal's rate-limit page
 * ({@link #PAGE}, as bxsearch words it, PORTALS.md §5). Off until {@link #limit} is called.
 */
final class Burst {
  /** The rate-limit page the fixtures serve. */
  static final String PAGE = "<html><body><p>您的访问过于频繁，请稍后再试。</p></body></html>";
  /** The Aliyun slider the fixtures serve as their challenge. */
  static final String SLIDER = "<html><body><div id=\"nc_wrapper\">请拖动滑块完成验证</div></body></html>";

  private final Deque<Long> recent = new ArrayDeque<>();
  private int n = Integer.MAX_VALUE;
  private long ms;

  synchronized void limit(int n, long ms) {
    this.n = n;
    this.ms = ms;
  }

  /** Counts one request; true when it is over the limit. */
  synchronized boolean over() {
    long now = System.nanoTime();
    recent.addLast(now);
    while (!recent.isEmpty() && now - recent.peekFirst() > ms * 1_000_000L) {
      recent.pollFirst();
    }
    return recent.size() > n;
  }
}
