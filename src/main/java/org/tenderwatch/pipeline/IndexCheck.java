package org.tenderwatch.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.tenderwatch.index.NoticeIndex;
import org.tenderwatch.store.ChangeLog;
import org.tenderwatch.store.StateStore;

/**
 * The index measured against the store: how many notices each holds, and up to which store change (the change
 * sequence, migration V11) the last index commit holds every change. A deleted index folder, writes lost to a full
 * disk or notices another node stored show here.
 *
 * @param stored notices in SQL
 * @param indexed notices in the index
 * @param storedThrough the latest change in SQL (0: none)
 * @param indexedThrough the change the committed index holds every change through (-1: never recorded)
 */
public record IndexCheck(int stored, int indexed, long storedThrough, long indexedThrough) {
  public boolean ok() {
    return stored == indexed && (storedThrough == 0 || storedThrough == indexedThrough);
  }

  @Override
  public String toString() {
    return "store " + stored + " notices (through change " + storedThrough + "), index " + indexed
        + " (through change " + indexedThrough + ")";
  }

  /** The index measured against the store (status shows a mismatch as a problem). */
  public static IndexCheck of(Pipeline p) {
    return of(new StateStore(p.database()), new ChangeLog(p.database()), p.index());
  }

  static IndexCheck of(StateStore state, ChangeLog log, NoticeIndex index) {
    try {
      return new IndexCheck(state.noticeIds().size(), index.count(), log.latest(), index.appliedSequence());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the index", e);
    }
  }

  /**
   * The notices to give the index again: those changed after its last applied change, and, when the counts differ
   * (a deleted index folder, writes lost to a full disk: the sequence alone would not show it), those it lacks. None
   * for an index from before the change sequence whose count matches.
   */
  static Set<String> lagging(StateStore state, ChangeLog log, NoticeIndex index) {
    try {
      long applied = index.appliedSequence();
      List<String> stored = state.noticeIds();
      boolean countsDiffer = index.count() != stored.size();
      if (applied < 0 && !countsDiffer) {
        return Set.of();
      }
      Set<String> lagging = new HashSet<>();
      log.after(applied).forEach(c -> lagging.add(c.id()));
      if (countsDiffer) {
        Set<String> missing = new HashSet<>(stored);
        index.allIds().forEach(missing::remove);
        lagging.addAll(missing);
      }
      return lagging;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the index", e);
    }
  }
}
