package org.tenderwatch.pipeline;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who uses one open pipeline: its opener and the commands a daemon runs on it for other processes. The last to
 * leave closes it; then what it held for the data folder (the writer lock, the admin endpoint) is released.
 */
final class SharedUse {
  private static final Logger LOG = LoggerFactory.getLogger(SharedUse.class);
  private final AtomicInteger users = new AtomicInteger(1);
  private final List<AutoCloseable> releaseLast = new CopyOnWriteArrayList<>();

  /** One more user; refused once the last one left (the pipeline is closing or closed). */
  void join() {
    if (users.getAndIncrement() <= 0) {
      users.decrementAndGet();
      throw new IllegalStateException("the pipeline is closed");
    }
  }

  /** @return true for the last user, who closes the pipeline */
  boolean leave() {
    return users.decrementAndGet() == 0;
  }

  /** Released after the pipeline closed; the last given first. */
  void releaseLast(AutoCloseable resource) {
    releaseLast.add(0, resource);
  }

  void releaseAll() {
    for (AutoCloseable r : releaseLast) {
      try {
        r.close();
      } catch (Exception e) {
        LOG.warn("closing {}: {}", r, e.toString());
      }
    }
  }
}
