package org.tenderwatch.crawl;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tenderwatch.archive.ArchivedRecord;
import org.tenderwatch.archive.Capture;
import org.tenderwatch.config.SourceConfig;

/**
 * The notices of one source: the new entries of a list page, the known ones due again, each with its attachments.
 * A challenge or an error page served with 200 is never handed on as a notice ({@link PageCheck}); it is a failure
 * of that URL with its cause, retried on a later pass. A page without notice content is handed on (nothing is lost)
 * and failed the same way, so a later pass fetches it again.
 */
final class NoticeFetch {
  private static final Logger LOG = LoggerFactory.getLogger(NoticeFetch.class);
  /** A list row: the notice's URL, the date and the title the list gives it (either may be null). */
  record ListItem(URI url, LocalDateTime date, String title) {}

  private final SourceConfig source;
  private final java.time.ZoneId zone;
  private final int maxAttachments;
  private final PageFetcher pages;
  private final FrontierLog log;
  private final CrawlTally tally;
  private final Consumer<FetchedNotice> sink;
  private final BooleanSupplier stopped;
  private final Runnable progress;
  private final java.time.Clock clock;

  NoticeFetch(SourceConfig source, java.time.ZoneId zone, int maxAttachments, PageFetcher pages, FrontierLog log, CrawlTally tally,
      Consumer<FetchedNotice> sink, BooleanSupplier stopped, Runnable progress, java.time.Clock clock) {
    this.source = source;
    this.zone = zone;
    this.maxAttachments = maxAttachments;
    this.pages = pages;
    this.log = log;
    this.tally = tally;
    this.sink = sink;
    this.stopped = stopped;
    this.progress = progress;
    this.clock = clock;
  }

  /**
   * Fetches the new notices of one list page (and failed ones whose retry is due); false when paging should stop:
   * every entry was known or older than {@code since} (after an interrupted walk: only when all were older).
   */
  boolean visit(List<ListItem> items, LocalDate since, boolean resume) {
    int skipped = 0;
    int tooOld = 0;
    Instant now = clock.instant();
    for (ListItem item : items) {
      if (stopped.getAsBoolean()) {
        return false;
      }
      Frontier.Entry e = log.entry(item.url());
      if (since != null && item.date() != null && item.date().toLocalDate().isBefore(since)) {
        tally.older++;
        skipped++;
        tooOld++;
      } else if (e == null || e.status() == Frontier.Status.discovered
          || e.status() == Frontier.Status.failed && e.dueAt(now)) {
        fetch(item.url(), e, item.date(), item.title());
      } else {
        tally.known++;
        skipped++;
      }
    }
    return resume ? tooOld < items.size() : skipped < items.size();
  }

  /** Known notices (and failed ones) due again, the longest overdue first. */
  void refresh(int limit) {
    for (Frontier.Entry e : log.due(limit)) {
      if (stopped.getAsBoolean()) {
        return;
      }
      fetch(URI.create(e.url()), e, e.publishedAt(), null);
    }
  }

  /**
   * Fetches a notice, new ({@code known} null) or known and due: a conditional GET with the stored validators; a
   * 304 or the same SHA-256 is "not modified" and costs no re-extraction; 404/410 marks it gone (it stays).
   * {@code listedTitle} is the title the list page gave the link: the notice's title when the page has none.
   */
  private void fetch(URI url, Frontier.Entry known, LocalDateTime listed, String listedTitle) {
    String id = NoticeIds.of(source.id(), url);
    boolean stored = known != null
        && (known.status() == Frontier.Status.fetched || known.status() == Frontier.Status.not_modified);
    if (known == null) {
      log.discovered(url, id);
    }
    // discovered but no outcome: a pass was killed on this notice; what it archived of it is replayed, not refetched
    boolean resumed = known != null && known.status() == Frontier.Status.discovered;
    PageFetcher.Fetched fetched = resumed ? pages.resume(url, Capture.Kind.notice, id, null)
        : pages.fetch(url, Capture.Kind.notice, id, null, null, stored ? known : null);
    Capture c = fetched.capture();
    try {
      if (fetched.blocked() != null) {
        return;
      }
      if (stored && c != null && (c.status() == 304 || c.status() == 200 && fetched.error() == null
          && fetched.archived().sha256().equals(known.sha256()))) {
        tally.notModified++;
        tally.contentPages++;
        log.notice(url, id, Frontier.Status.not_modified, c, null, null, known.failures(),
            orElse(known.publishedAt(), listed));
        return;
      }
      if (c != null && !c.truncated() && fetched.error() == null && (c.status() == 404 || c.status() == 410)) {
        if (stored) {
          tally.gone++;
        } else {
          tally.fail(url, "HTTP " + c.status() + " (gone)");
        }
        log.notice(url, id, Frontier.Status.gone, c, "HTTP " + c.status(), null, 0, null);
        return;
      }
      if (pages.usable(fetched, url, "notice", id)) {
        process(url, id, c, fetched.archived(), stored, listed, listedTitle, resumed);
      }
    } finally {
      progress.run();
    }
  }

  private void process(URI url, String id, Capture c, ArchivedRecord archived, boolean stored, LocalDateTime listed,
      String listedTitle, boolean resumed) {
    try {
      PageCheck.Verdict v = PageCheck.notice(source, c, zone, listedTitle);
      if (v.page() == null) {
        notContent(url, id, c, archived, v);
        return;
      }
      NoticePage page = v.page();
      List<FetchedNotice.FetchedAttachment> atts = attachments(id, page.attachments(), resumed);
      sink.accept(new FetchedNotice(id, c, archived, page, atts));
      if (stored) {
        tally.updated++;
      } else {
        tally.notices++;
      }
      if (v.cause() != null) {
        // kept (never lose what the portal published), and fetched again on a later pass for its content
        log.failure(url, "notice", id, c.status(), v.cause(), archived.sha256());
        return;
      }
      tally.contentPages++;
      log.notice(url, id, Frontier.Status.fetched, c, null, archived.sha256(), 0,
          orElse(page.notice().publishedAt(), listed));
    } catch (RuntimeException e) {
      // one bad page never stops the crawl: its bytes are archived, its failure is stored with the cause
      LOG.warn("notice {} could not be processed", url, e);
      log.failure(url, "notice", id, c.status(), "processing failed: " + e, archived.sha256());
    }
  }

  /**
   * A 200 that is not a notice: stored as a failure of the URL (retried on a later pass). Challenges are counted:
   * a source whose pages are all challenges is blocked, and its pass ends.
   */
  private void notContent(URI url, String id, Capture c, ArchivedRecord archived, PageCheck.Verdict v) {
    log.failure(url, "notice", id, c.status(), v.cause(), archived.sha256());
    if (v.challenge()) {
      log.challenge(url, v.cause());
    }
  }

  private List<FetchedNotice.FetchedAttachment> attachments(String noticeId, List<AttachmentLink> links,
      boolean resumed) {
    List<FetchedNotice.FetchedAttachment> out = new ArrayList<>();
    for (int i = 0; i < links.size(); i++) {
      AttachmentLink link = links.get(i);
      if (i >= maxAttachments) {
        out.add(new FetchedNotice.FetchedAttachment(link, null, null,
            "skipped: over crawl.maxAttachmentsPerNotice (" + maxAttachments + ")"));
        continue;
      }
      out.add(attachment(noticeId, link, resumed));
    }
    return out;
  }

  private FetchedNotice.FetchedAttachment attachment(String noticeId, AttachmentLink link, boolean resumed) {
    PageFetcher.Fetched fetched = resumed ? pages.resume(link.url(), Capture.Kind.attachment, noticeId, link.name())
        : pages.fetch(link.url(), Capture.Kind.attachment, noticeId, null, link.name(), null);
    if (fetched.blocked() != null) {
      return new FetchedNotice.FetchedAttachment(link, null, null, "blocked: " + fetched.blocked());
    }
    Capture c = fetched.capture();
    String cause = fetched.error() != null ? fetched.error()
        : c.status() >= 200 && c.status() < 300 ? null : "HTTP " + c.status();
    log.attachment(link.url(), noticeId, c == null ? null : c.status(), cause,
        fetched.archived() == null ? null : fetched.archived().sha256());
    if (cause == null) {
      tally.attachments++;
    } else {
      tally.fail(link.url(), cause);
    }
    return new FetchedNotice.FetchedAttachment(link, cause == null ? c : null, fetched.archived(), cause);
  }

  private static <T> T orElse(T a, T b) {
    return a != null ? a : b;
  }
}
