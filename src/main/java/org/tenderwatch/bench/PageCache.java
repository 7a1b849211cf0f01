package org.tenderwatch.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Drops the OS page cache so that the next index open reads from disk: {@code sync}, then "1" (page cache only)
 * into /proc/sys/vm/drop_caches. Linux only and only as root; elsewhere it reports that it could not, and the cold
 * figures say so. It empties the cache of the whole machine, which is why the search stage does it only a few times.
 */
final class PageCache {
  private static final Path DROP = Path.of("/proc/sys/vm/drop_caches");

  private PageCache() {}

  /** @return whether the cache was dropped */
  static boolean drop() {
    try {
      Process sync = new ProcessBuilder("sync").redirectErrorStream(true).start();
      sync.getInputStream().readAllBytes();
      if (sync.waitFor() != 0 || !Files.isWritable(DROP)) {
        return false;
      }
      Files.writeString(DROP, "1", StandardCharsets.UTF_8);
      return true;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
