package org.tenderwatch.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Set;
import java.util.function.Consumer;
import org.tenderwatch.archive.ArchiveDamage;
import org.tenderwatch.config.Config;
import org.tenderwatch.store.ArchiveStates;

/**
 * Rebuilds the database and index from the archive without ever putting the live ones at risk: the build runs on
 * copies in {@code reindex.next/} and {@link DataSwap} swaps them in only when it is whole (on PostgreSQL the
 * database is rebuilt in place, see {@link #copyLive}). Because the copies
 * start from the live store, a notice whose archive record is gone or damaged is kept as it was (and marked), and
 * the frontier, health, users and saved searches carry over unchanged.
 */
public final class Reindex {
  private Reindex() {}

  /**
   * @param rebuilt notices rebuilt from the archive
   * @param kept notices the archive no longer backs, kept from the old store and marked archive damaged
   * @param damagedRecords damaged WARC records or unreadable file tails seen
   * @param notices notices stored after the reindex
   * @param flags flags stored after the reindex
   */
  public record Result(int rebuilt, int kept, int damagedRecords, int notices, int flags) {}

  public static Result run(Config config, Clock clock, Consumer<ArchiveDamage> damage) {
    Path data = config.settings().dataDir();
    DataSwap swap = new DataSwap(data);
    swap.finishPending();
    Path next = swap.prepare();
    copyLive(config, clock, data, next);
    Result result;
    Pipeline fresh = Pipeline.openAt(config, clock, next, config.settings().archive().resolve(data));
    try {
      result = rebuild(fresh, damage);
    } finally {
      fresh.closeAsOneFile();
    }
    swap.commit();
    return result;
  }

  /**
   * Notices, flags, links and the index rebuilt from the archive over the copies; notices the archive no longer
   * backs stay as they were and are marked damaged.
   */
  private static Result rebuild(Pipeline fresh, Consumer<ArchiveDamage> damage) {
    int[] seen = {0};
    Set<String> rebuilt = fresh.replay(null, d -> {
      seen[0]++;
      damage.accept(d);
    });
    fresh.commitIndex();
    int kept = new ArchiveStates(fresh.database()).markAllBut(rebuilt);
    return new Result(rebuilt.size(), kept, seen[0], fresh.store().count(), fresh.store().flagCount());
  }

  /**
   * The live database and index copied into the build folder (nothing to copy in a new data folder). On
   * PostgreSQL only the index: the replay writes into the shared database itself, notice by notice as a crawl
   * does (upserts, so the notices stay readable throughout), and only this node's index is built aside.
   */
  private static void copyLive(Config config, Clock clock, Path data, Path next) {
    boolean server = config.settings().store().postgres();
    if (!server && !Files.exists(data.resolve(DataSwap.DATABASE))) {
      return;
    }
    try (Pipeline live = Pipeline.open(config, clock)) {
      if (!server) {
        live.database().copyTo(next.resolve(DataSwap.DATABASE));
      }
      live.index().copyTo(next.resolve(DataSwap.INDEX));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot copy the index into " + next, e);
    }
  }
}
