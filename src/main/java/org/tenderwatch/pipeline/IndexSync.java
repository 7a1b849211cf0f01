package org.tenderwatch.pipeline;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tenderwatch.index.NoticeIndex;
import org.tenderwatch.store.ChangeLog;
import org.tenderwatch.store.StateStore;

/**
 * Keeps this folder's index a derived copy of the store, in change-sequence order: at open it rebuilds what the
 * index lacks (a crash, a deleted folder, notices other nodes stored meanwhile); at each commit it first indexes the
 * changes other nodes made since the last one, then commits recording the latest change it now holds. Its own
 * changes are in the index already: the ingest indexes each notice right after saving it.
 */
final class IndexSync {
  private static final Logger LOG = LoggerFactory.getLogger(IndexSync.class);

  private final StateStore state;
  private final ChangeLog log;
  private final NoticeIndex index;
  /** This process's name in the store's changes; null on SQLite (every change is this folder's writer's). */
  private final String node;
  /** Rebuilds the index documents of these notices from the archive, the store left as it is. */
  private final Consumer<Set<String>> reindex;

  IndexSync(StateStore state, ChangeLog log, NoticeIndex index, String node, Consumer<Set<String>> reindex) {
    this.state = state;
    this.log = log;
    this.index = index;
    this.node = node;
    this.reindex = reindex;
  }

  /** At open (a writer): rebuilds what the index lacks and commits; nothing when it is complete. */
  void catchUp() throws IOException {
    Set<String> lagging = IndexCheck.lagging(state, log, index);
    if (!lagging.isEmpty()) {
      LOG.info("index catch-up: {} notice(s) missing from the index or changed since its last commit, rebuilt "
          + "from the archive", lagging.size());
      reindex.accept(lagging);
    }
    if (!lagging.isEmpty() || index.appliedSequence() < 0) {
      commit(); // an index from before the change sequence, complete: start recording it
    }
  }

  /** Whether the store holds changes the committed index does not (another node stored notices). */
  boolean behind() throws IOException {
    return log.latest() > index.appliedSequence();
  }

  /** Indexes other nodes' changes since the last commit, then commits; the caller holds the ingest write lock. */
  void commit() throws IOException {
    long applied = index.appliedSequence();
    List<ChangeLog.Change> changes = log.after(applied);
    Set<String> others = new LinkedHashSet<>();
    for (ChangeLog.Change c : changes) {
      if (c.by() != null && !c.by().equals(node)) {
        others.add(c.id());
      }
    }
    if (!others.isEmpty()) {
      LOG.info("index: {} notice(s) other nodes stored, indexed from the archive", others.size());
      reindex.accept(others);
    }
    index.commit(changes.isEmpty() ? Math.max(applied, log.latest()) : changes.getLast().seq());
  }
}
