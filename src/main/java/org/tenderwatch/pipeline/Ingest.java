package org.tenderwatch.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Consumer;
import org.tenderwatch.config.AttachmentLimits;
import org.tenderwatch.crawl.FetchedNotice;
import org.tenderwatch.extract.AttachmentException;
import org.tenderwatch.extract.AttachmentText;
import org.tenderwatch.extract.Attachments;
import org.tenderwatch.extract.Notice;
import org.tenderwatch.extract.Ocr;
import org.tenderwatch.extract.ProjectNumbers;
import org.tenderwatch.text.TextPart;
import org.tenderwatch.flag.Flag;
import org.tenderwatch.flag.Flagger;
import org.tenderwatch.index.IndexedNotice;
import org.tenderwatch.index.NoticeIndex;
import org.tenderwatch.screen.Screener;
import org.tenderwatch.screen.ScreeningLists;

/**
 * One fetched notice through the rest of the chain: attachment text, flags over every text part, the case key
 * that links it to the other notices of its procurement, then SQL and the index (both keyed by the notice id, so
 * doing it twice changes nothing).
 */
final class Ingest {
  /**
   * Project numbers shorter than this ("1", "001") are too common to link two notices safely; such notices stay
   * cases of their own. Real ones run 8–25 characters (PORTALS.md §4).
   */
  static final int MIN_PROJECT_KEY = 5;

  private final Flagger flagger;
  private final int lexiconVersion;
  private final NoticeWriter store;
  private final NoticeIndex index;
  private final Clock clock;
  private final AttachmentLimits limits;
  /** Replaced when a new list version is imported; null while no list is loaded. */
  private volatile Screener screener;
  private final Consumer<IndexedNotice> onIndexed;

  /**
   * @param limits how much of each attachment is read (the attachments block of the settings)
   * @param onIndexed told of each notice once it is stored and indexed (saved searches match it there)
   */
  Ingest(Flagger flagger, int lexiconVersion, NoticeWriter store, NoticeIndex index, Clock clock,
      AttachmentLimits limits, Consumer<IndexedNotice> onIndexed) {
    this.limits = limits;
    this.flagger = flagger;
    this.lexiconVersion = lexiconVersion;
    this.store = store;
    this.index = index;
    this.clock = clock;
    this.onIndexed = onIndexed;
  }

  void accept(FetchedNotice f) {
    List<NoticeRecord.AttachmentResult> results = new ArrayList<>();
    Notice notice = read(f, results);
    List<Flag> flags = flags(notice);
    NoticeRecord record = new NoticeRecord(f.id(), f.capture().source(), f.page().url(), notice,
        caseKey(notice.projectNo()), f.archive(), f.capture().fetchedAt(), results, flags, lexiconVersion,
        f.page().relatedUrls(), List.of(), null);
    String original = store.duplicateOf(record);
    if (original != null) {
      // the same notice on another portal (or under another URL): one notice, one more URL
      store.addUrl(original, record.source(), record.url());
      return;
    }
    Screener s = screener;
    if (s != null) {
      record = record.withScreening(ScreeningLists.screenParties(s, notice.publishedAt() == null ? null
          : notice.publishedAt().toLocalDate(), notice.buyer(), supplierNames(notice)), s.listVersion());
    }
    store.save(record, clock.instant());
    IndexedNotice indexed = new IndexedNotice(record.id(), record.source(), record.url(), notice, categories(flags),
        listedNames(s, notice));
    upsert(indexed);
    onIndexed.accept(indexed);
  }

  /**
   * The notice into the index alone, exactly as {@link #accept} indexes it: the store holds it already (another
   * node of a cluster stored it, or this folder's index lost it). Saved searches are not told: the node that stored
   * it matched them.
   */
  void indexOnly(FetchedNotice f) {
    Notice notice = read(f, new ArrayList<>());
    upsert(new IndexedNotice(f.id(), f.capture().source(), f.page().url(), notice, categories(flags(notice)),
        listedNames(screener, notice)));
  }

  /** The notice with its attachments' text, each attachment's outcome added to {@code results}. */
  private Notice read(FetchedNotice f, List<NoticeRecord.AttachmentResult> results) {
    List<TextPart> attachmentText = new ArrayList<>();
    for (FetchedNotice.FetchedAttachment a : f.attachments()) {
      results.add(readAttachment(a, attachmentText));
    }
    return kept(f.page().notice(), f.page().url(), results).withParts(attachmentText);
  }

  private void upsert(IndexedNotice indexed) {
    try {
      index.upsert(indexed);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot index notice " + indexed.id(), e);
    }
  }

  /** The Entity List's English name of each party the list holds, for search in either script. */
  private static java.util.Map<String, String> listedNames(Screener s, Notice notice) {
    java.util.Map<String, String> names = new java.util.HashMap<>();
    if (s == null) {
      return names;
    }
    java.util.List<String> parties = new java.util.ArrayList<>(supplierNames(notice));
    if (notice.buyer() != null) {
      parties.add(notice.buyer());
    }
    for (String p : parties) {
      s.match(p).ifPresent(m -> names.put(p, m.entity().name()));
    }
    return names;
  }

  /**
   * The notice as it will be stored, whatever it lacks: a blank title becomes the URL (the store's title is NOT
   * NULL, and a notice lost for want of a title loses its text, flags and archive link), and every attachment that
   * failed is noted among its problems.
   */
  static Notice kept(Notice n, String url, List<NoticeRecord.AttachmentResult> attachments) {
    List<String> more = new ArrayList<>();
    Notice out = n;
    if (n.title() == null || n.title().isBlank()) {
      out = out.withTitle(url);
      more.add("title: not found; the URL is used");
    }
    for (NoticeRecord.AttachmentResult a : attachments) {
      if ("failed".equals(a.status())) {
        // a reading failure's cause already opens with the file's name (AttachmentException); a fetch failure's not
        String cause = String.valueOf(a.cause());
        more.add("attachment failed: " + (cause.startsWith(a.name() + ": ") ? cause : a.name() + ": " + cause));
      }
    }
    return more.isEmpty() ? out : out.withProblems(more);
  }

  private List<Flag> flags(Notice notice) {
    return flagger.flagNotice(notice.parts(), notice.title());
  }

  private NoticeRecord.AttachmentResult readAttachment(FetchedNotice.FetchedAttachment a, List<TextPart> out) {
    String url = a.link().url().toString();
    String name = a.link().name();
    if (a.capture() == null) {
      String status = a.cause() != null && a.cause().startsWith("skipped") ? "skipped" : "failed";
      return new NoticeRecord.AttachmentResult(url, name, null, status, a.cause(), 0, a.archive());
    }
    String type = a.capture().header("content-type");
    try {
      AttachmentText text = Attachments.read(name, type, a.capture().body(), limits, Ocr.detect());
      out.addAll(text.parts());
      // What was left out or read by OCR ("p.3: image-only page, no OCR available") rides in the cause column.
      String notes = text.notes().isEmpty() ? null : String.join("; ", text.notes());
      return new NoticeRecord.AttachmentResult(url, name, type, "extracted", notes, text.parts().size(), a.archive());
    } catch (AttachmentException e) {
      return new NoticeRecord.AttachmentResult(url, name, type, "failed", e.getMessage(), 0, a.archive());
    }
  }

  void useScreener(Screener s) {
    this.screener = s;
  }

  private static List<String> supplierNames(Notice n) {
    return n.suppliers().stream().map(org.tenderwatch.extract.SupplierAward::name).toList();
  }

  static String caseKey(String projectNo) {
    String key = ProjectNumbers.normalize(projectNo);
    return key == null || key.length() < MIN_PROJECT_KEY ? null : key;
  }

  private static List<String> categories(List<Flag> flags) {
    var set = new LinkedHashSet<String>();
    flags.forEach(f -> set.add(f.category()));
    return List.copyOf(set);
  }
}
