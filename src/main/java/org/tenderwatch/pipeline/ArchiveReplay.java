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
        WarcArchive.Archived a = attachments.get(link.url().toString());
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
