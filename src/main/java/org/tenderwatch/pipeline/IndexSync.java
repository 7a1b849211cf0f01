package org.tenderwatch.pipeline;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
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
 *
 * <p>A notice is rebuilt from its own records, found through the fetch journal (the archive's index of record offsets
 * per URL), so catching up costs what is new, not the archive. A record the journal names that does not read back
 * whole is held back: another node may still be writing it (a newer fetch of the same page), so the commit records
 * the change before it and the next commit tries again. Held back longer than {@link #GRACE} (or found in no
 * journal row: an archive older than the journal, a folder rebuilt by {@code reindex}), it is looked for by a scan of
 * the whole archive, as before the journal; what that scan does not find stays out of the index and is logged as a
 * warning naming it (it stays in the store, with its archive link; {@code reindex} and {@code verify} report it).
 */
final class IndexSync {
  private static final Logger LOG = LoggerFactory.getLogger(IndexSync.class);

  private final StateStore state;
  private final ChangeLog log;
  private final NoticeIndex index;
  /** This process's name in the store's changes; null on SQLite (every change is this folder's writer's). */
  private final String node;
  /** How long a notice whose record does not read back whole is waited for before the archive is scanned for it. */
  static final Duration GRACE = Duration.ofSeconds(60);

  /** Rebuilds these notices' index documents from their journalled records; returns those it could not read. */
  private final Function<Set<String>, Set<String>> fromJournal;
  /** Rebuilds these notices' index documents by scanning the whole archive, the store left as it is; the ids rebuilt. */
  private final Function<Set<String>, Set<String>> byScan;
  private final Clock clock;
  /** Notices held back, and since when. */
  private final Map<String, Instant> heldSince = new HashMap<>();

  IndexSync(StateStore state, ChangeLog log, NoticeIndex index, String node,
      Function<Set<String>, Set<String>> fromJournal, Function<Set<String>, Set<String>> byScan, Clock clock) {
    this.state = state;
    this.log = log;
    this.index = index;
    this.node = node;
    this.fromJournal = fromJournal;
    this.byScan = byScan;
    this.clock = clock;
  }

  /** At open (a writer): rebuilds what the index lacks and commits; nothing when it is complete. */
  void catchUp() throws IOException {
    Set<String> lagging = IndexCheck.lagging(state, log, index);
    if (!lagging.isEmpty()) {
      LOG.info("index catch-up: {} notice(s) missing from the index or changed since its last commit, rebuilt "
          + "from the archive", lagging.size());
      Set<String> unread = fromJournal.apply(lagging);
      if (!unread.isEmpty()) {
        LOG.info("index catch-up: {} of them not in the fetch journal's records, looked for in the whole archive",
            unread.size());
        scan(unread);
      }
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
    // from this one read alone: a second query (the latest change) could see a change committed by another node
    // after this read, and the index would record it as held without ever having indexed it
    long through = changes.isEmpty() ? Math.max(applied, 0) : changes.getLast().seq();
    if (!others.isEmpty()) {
      LOG.info("index: {} notice(s) other nodes stored, indexed from their records in the archive", others.size());
      Set<String> held = held(fromJournal.apply(others));
      for (ChangeLog.Change c : changes) {
        if (held.contains(c.id())) {
          through = c.seq() - 1; // committed through the change before: the next commit tries this one again
          break;
        }
      }
    }
    index.commit(through);
  }

  /** Scans the archive for {@code ids}; a notice it does not find is said by name, not passed over in silence. */
  private void scan(Set<String> ids) {
    Set<String> missing = new LinkedHashSet<>(ids);
    missing.removeAll(byScan.apply(ids));
    if (!missing.isEmpty()) {
      LOG.warn("index: {} stored notice(s) not found whole in the archive, left out of the index (still in the store;"
          + " see `tenderwatch verify`): {}", missing.size(), missing);
    }
  }

  /** Of the notices not read, those to wait for; those waited for too long are looked for by a scan. */
  private Set<String> held(Set<String> unread) {
    Instant now = clock.instant();
    heldSince.keySet().retainAll(unread);
    Set<String> overdue = new LinkedHashSet<>();
    for (String id : unread) {
      if (!heldSince.computeIfAbsent(id, k -> now).plus(GRACE).isAfter(now)) {
        overdue.add(id);
      }
    }
    if (!overdue.isEmpty()) {
      LOG.warn("index: {} notice(s) whose archived record did not read back whole for {} s, looked for in the "
          + "whole archive: {}", overdue.size(), GRACE.toSeconds(), overdue);
      scan(overdue);
      heldSince.keySet().removeAll(overdue);
    }
    Set<String> held = new LinkedHashSet<>(unread);
    held.removeAll(overdue);
    if (!held.isEmpty()) {
      LOG.info("index: {} notice(s) whose archived record is not whole yet (still being written?), tried again at "
          + "the next commit", held.size());
    }
    return held;
  }
}
