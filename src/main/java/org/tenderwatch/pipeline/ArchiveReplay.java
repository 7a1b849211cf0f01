package org.tenderwatch.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tenderwatch.archive.Capture;
import org.tenderwatch.archive.WarcArchive;
import org.tenderwatch.config.Config;
import org.tenderwatch.config.SourceConfig;
import org.tenderwatch.crawl.AttachmentLink;
import org.tenderwatch.crawl.FetchedNotice;
import org.tenderwatch.crawl.NoticePage;

/** Groups a notice capture with the attachment captures that follow it, then ingests them together. */
final class ArchiveReplay {
  private static final Logger LOG = LoggerFactory.getLogger(ArchiveReplay.class);

  /** Only these notice ids, or every notice when null. */
  private final Set<String> only;
  private final Config config;
  private final Consumer<FetchedNotice> ingest;
  private WarcArchive.Archived notice;
  private final Map<String, WarcArchive.Archived> attachments = new LinkedHashMap<>();
  private int notices;

  /** Notices ingested so far. */
  int notices() {
    return notices;
  }

  ArchiveReplay(Config config, Consumer<FetchedNotice> ingest, Set<String> only) {
    this.config = config;
    this.ingest = ingest;
    this.only = only;
  }

  void add(WarcArchive.Archived a) {
    Capture c = a.capture();
    switch (c.kind()) {
      case notice -> {
        flush();
        notice = c.status() >= 200 && c.status() < 300 && !c.truncated()
            && (only == null || only.contains(c.noticeId())) ? a : null;
      }
      case attachment -> {
        if (notice != null && c.noticeId() != null && c.noticeId().equals(notice.capture().noticeId())) {
          attachments.put(c.logicalUri().toString(), a);
        }
      }
      case list, robots -> { }
    }
  }

  void flush() {
    if (notice == null) {
      return;
    }
    Capture c = notice.capture();
    try {
      SourceConfig source = config.source(c.source());
      NoticePage page = NoticePage.parse(source, c, config.settings().timezone());
      List<FetchedNotice.FetchedAttachment> atts = new ArrayList<>();
      for (AttachmentLink link : page.attachments()) {
        WarcArchive.Archived a = attachments.get(link.url().toString());
        boolean ok = a != null && a.capture().status() >= 200 && a.capture().status() < 300
            && !a.capture().truncated();
        atts.add(new FetchedNotice.FetchedAttachment(link, ok ? a.capture() : null, a == null ? null : a.record(),
            ok ? null : a == null ? "not in the archive" : "HTTP " + a.capture().status()));
      }
      ingest.accept(new FetchedNotice(c.noticeId(), c, notice.record(), page, atts));
      notices++;
    } catch (RuntimeException e) {
      LOG.warn("archived notice {} could not be rebuilt: {}", c.logicalUri(), e.toString());
    } finally {
      notice = null;
      attachments.clear();
    }
  }
}
