package org.tenderwatch.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.tenderwatch.index.NoticeIndex;
import org.tenderwatch.store.StateStore;

/**
 * The index measured against the store: how many notices each holds, and up to which notice update (the store's
 * sequence) the last index commit is complete. A deleted index folder or writes lost to a full disk show here.
 *
 * @param stored notices in SQL
 * @param indexed notices in the index
 * @param storedThrough the latest notice update in SQL, or null
 * @param indexedThrough the latest notice update the committed index is complete through, or null
 */
public record IndexCheck(int stored, int indexed, String storedThrough, String indexedThrough) {
  public boolean ok() {
    return stored == indexed && (storedThrough == null || storedThrough.equals(indexedThrough));
  }

  @Override
  public String toString() {
    return "store " + stored + " notices (through " + storedThrough + "), index " + indexed + " (through "
        + indexedThrough + ")";
  }

  /** The index measured against the store (status shows a mismatch as a problem). */
  public static IndexCheck of(Pipeline p) {
    return of(new StateStore(p.database()), p.index());
  }

  static IndexCheck of(StateStore state, NoticeIndex index) {
    try {
      return new IndexCheck(state.noticeIds().size(), index.count(), state.latestNoticeUpdate(),
          state.get(Pipeline.INDEX_THROUGH));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the index", e);
    }
  }

  /**
   * The notices to give the index again: those updated after its marker, and, when the counts differ (a deleted
   * index folder, writes lost to a full disk: the marker alone would not show it), those it lacks. None for an
   * index from before the marker existed whose count matches.
   */
  static Set<String> lagging(StateStore state, NoticeIndex index) {
    try {
      String through = state.get(Pipeline.INDEX_THROUGH);
      List<String> stored = state.noticeIds();
      boolean countsDiffer = index.count() != stored.size();
      if (through == null && !countsDiffer) {
        return Set.of();
      }
      Set<String> lagging = new HashSet<>(state.noticesUpdatedAfter(through));
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
