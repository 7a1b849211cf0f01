package org.tenderwatch.pipeline;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tenderwatch.archive.ArchiveDamage;
import org.tenderwatch.archive.Capture;
import org.tenderwatch.archive.WarcArchive;
import org.tenderwatch.config.Config;
import org.tenderwatch.config.SourceConfig;
import org.tenderwatch.crawl.AttachmentLink;
import org.tenderwatch.crawl.FetchJournal;
import org.tenderwatch.crawl.FetchedNotice;
import org.tenderwatch.crawl.NoticePage;

/**
 * Groups a notice capture with the attachment captures that follow it in the archive, then ingests them together;
 * remembers which notices it rebuilt, so that the caller can tell which stored notices the archive no longer backs.
 */
final class ArchiveReplay {
  private static final Logger LOG = LoggerFactory.getLogger(ArchiveReplay.class);

  private final Config config;
  private final Consumer<FetchedNotice> ingest;
  private final Consumer<ArchiveDamage> damage;
  /** Only these notice ids, or every notice when null. */
  private final Set<String> only;
  private final Set<String> rebuilt = new HashSet<>();
  private WarcArchive.Archived notice;
  private final Map<String, WarcArchive.Archived> attachments = new LinkedHashMap<>();
  /** Where a notice's attachments come from: those that followed it in the archive, or the fetch journal. */
  private java.util.function.Function<String, WarcArchive.Archived> attachmentSource = attachments::get;
  /** Records read through the fetch journal. */
  private int journalReads;

  /** Replays {@code archiveDir} (only the notices in {@code only}, or all when null); returns the ids rebuilt. */
  static Set<String> run(Config config, java.nio.file.Path archiveDir, Consumer<FetchedNotice> ingest,
      Consumer<ArchiveDamage> damage, Set<String> only) {
    ArchiveReplay replay = new ArchiveReplay(config, ingest, damage, only);
    try {
      org.tenderwatch.archive.ArchiveReader.replay(archiveDir, replay::add, damage);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("cannot read the archive at " + archiveDir, e);
    }
    replay.flush();
    return replay.rebuilt();
  }

  /** What {@link #fromJournal} did: the notices whose record could not be read there, and the records it read. */
  record JournalResult(Set<String> unread, int recordsRead) {}

  /**
   * Rebuilds the notices {@code ids} from their records where the fetch journal puts them, and their attachments'
   * likewise, reading nothing else of the archive: the cost is what is asked for, not the archive's size. A notice
   * whose URL has no journal row, or whose record there is missing, damaged or not yet whole (another node is still
   * writing it) is returned as unread, for the caller to retry or to find by a scan.
   */
  static JournalResult fromJournal(Config config, FetchJournal journal, java.util.function.Function<String, String> url,
      Consumer<FetchedNotice> ingest, Consumer<ArchiveDamage> damage, java.util.Collection<String> ids) {
    Set<String> unread = new java.util.LinkedHashSet<>();
    int read = 0;
    for (String id : ids) {
      String u = url.apply(id);
      WarcArchive.Archived n = u == null ? null : journal.replay(java.net.URI.create(u));
      if (n == null || n.capture().kind() != Capture.Kind.notice || !id.equals(n.capture().noticeId())) {
        unread.add(id);
        continue;
      }
      ArchiveReplay one = new ArchiveReplay(config, ingest, damage, Set.of(id));
      one.attachmentSource = a -> {
        one.journalReads++;
        return journal.replay(java.net.URI.create(a));
      };
      one.add(n);
      one.flush();
      read += 1 + one.journalReads;
    }
    return new JournalResult(unread, read);
  }

  ArchiveReplay(Config config, Consumer<FetchedNotice> ingest, Consumer<ArchiveDamage> damage, Set<String> only) {
    this.config = config;
    this.ingest = ingest;
    this.damage = damage;
    this.only = only;
  }

  /** Ids of the notices rebuilt so far. */
  Set<String> rebuilt() {
    return rebuilt;
  }

  void add(WarcArchive.Archived a) {
    Capture c = a.capture();
    switch (c.kind()) {
      case notice -> {
        flush();
        notice = ok(c) && (only == null || only.contains(c.noticeId())) ? a : null;
      }
      case attachment -> {
        if (notice != null && c.noticeId() != null && c.noticeId().equals(notice.capture().noticeId())) {
          attachments.put(c.logicalUri().toString(), a);
        }
      }
      case list, robots -> { }
    }
  }

  private static boolean ok(Capture c) {
    return c.status() >= 200 && c.status() < 300 && !c.truncated();
  }

  void flush() {
    if (notice == null) {
      return;
    }
    Capture c = notice.capture();
    FetchedNotice f;
    try {
      f = rebuild(c);
    } catch (RuntimeException e) {
      // the archived page cannot be read as a notice: reported, and the stored notice stays (marked, never dropped)
      LOG.warn("archived notice {} could not be rebuilt: {}", c.logicalUri(), e.toString());
      damage.accept(new ArchiveDamage(notice.record().warcFile(), notice.record().recordId(), c.noticeId(),
          "cannot be rebuilt: " + e));
      return;
    } finally {
      notice = null;
    }
    // a store failure (a full disk) is not archive damage: it ends the replay, the caller reports it
    ingest.accept(f);
    rebuilt.add(f.id());
  }

  private FetchedNotice rebuild(Capture c) {
    try {
      SourceConfig source = config.source(c.source());
      NoticePage page = NoticePage.parse(source, c, config.settings().timezone());
      List<FetchedNotice.FetchedAttachment> atts = new ArrayList<>();
      for (AttachmentLink link : page.attachments()) {
        WarcArchive.Archived a = attachmentSource.apply(link.url().toString());
        boolean good = a != null && ok(a.capture());
        atts.add(new FetchedNotice.FetchedAttachment(link, good ? a.capture() : null, a == null ? null : a.record(),
            good ? null : a == null ? "not in the archive" : "HTTP " + a.capture().status()));
      }
      return new FetchedNotice(c.noticeId(), c, notice.record(), page, atts);
    } finally {
      attachments.clear();
    }
  }
}
