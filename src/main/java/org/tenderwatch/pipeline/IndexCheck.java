package org.tenderwatch.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
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

  static IndexCheck of(StateStore state, NoticeIndex index) {
    try {
      return new IndexCheck(state.noticeIds().size(), index.count(), state.latestNoticeUpdate(),
          state.get(Pipeline.INDEX_THROUGH));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the index", e);
    }
  }

  /** Which stored notices the index lacks. */
  static Set<String> missing(StateStore state, NoticeIndex index) {
    try {
      Set<String> missing = new HashSet<>(state.noticeIds());
      missing.removeAll(index.allIds());
      return missing;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the index", e);
    }
  }
}
