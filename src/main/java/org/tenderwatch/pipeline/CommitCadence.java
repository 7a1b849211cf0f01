package org.tenderwatch.pipeline;

import java.time.Clock;
import java.util.concurrent.atomic.AtomicLong;
import org.tenderwatch.config.Settings;

/** When a crawl pass commits the index again: every index.commitEverySeconds since the last commit (0 = never). */
final class CommitCadence {
  private final long everyMs;
  private final Clock clock;
  private final AtomicLong last = new AtomicLong();

  CommitCadence(Settings.Index index, Clock clock) {
    this.everyMs = index.commitEverySeconds() * 1000L;
    this.clock = clock;
  }

  boolean due() {
    return everyMs > 0 && clock.millis() - last.get() >= everyMs;
  }

  void committed() {
    last.set(clock.millis());
  }
}
