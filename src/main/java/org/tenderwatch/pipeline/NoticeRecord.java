package org.tenderwatch.pipeline;

import java.time.Instant;
import java.util.List;
import org.tenderwatch.archive.ArchivedRecord;
import org.tenderwatch.extract.Notice;
import org.tenderwatch.flag.Flag;
import org.tenderwatch.screen.ScreeningHit;

/**
 * Everything known about one notice after extraction and flagging: what the store writes in one transaction.
 *
 * @param id stable notice id (see {@code NoticeIds})
 * @param url the portal's own URL
 * @param caseKey the key shared by the notices of one procurement (normalized project number), or null
 * @param archive where the notice page went in the WARC archive
 * @param lexiconVersion flags.yaml version that produced {@code flags}
 * @param relatedUrls the portal's own links to the other notices of this procurement (政采云's
 *     announcementLinkDtoList), by their URLs; empty when the portal gives none
 * @param screening buyer and supplier hits on the screening list
 * @param listVersion the screening list version that produced {@code screening}, or null when no list is loaded
 */
public record NoticeRecord(
    String id,
    String source,
    String url,
    Notice notice,
    String caseKey,
    ArchivedRecord archive,
    Instant fetchedAt,
    List<AttachmentResult> attachments,
    List<Flag> flags,
    int lexiconVersion,
    List<String> relatedUrls,
    List<ScreeningHit> screening,
    String listVersion) {

  public NoticeRecord {
    attachments = List.copyOf(attachments);
    flags = List.copyOf(flags);
    relatedUrls = relatedUrls == null ? List.of() : List.copyOf(relatedUrls);
    screening = screening == null ? List.of() : List.copyOf(screening);
  }

  /** A notice without portal links and not screened (yet). */
  public NoticeRecord(String id, String source, String url, Notice notice, String caseKey, ArchivedRecord archive,
      Instant fetchedAt, List<AttachmentResult> attachments, List<Flag> flags, int lexiconVersion) {
    this(id, source, url, notice, caseKey, archive, fetchedAt, attachments, flags, lexiconVersion, List.of(),
        List.of(), null);
  }

  /** The same record with its screening results. */
  public NoticeRecord withScreening(List<ScreeningHit> hits, String version) {
    return new NoticeRecord(id, source, url, notice, caseKey, archive, fetchedAt, attachments, flags, lexiconVersion,
        relatedUrls, hits, version);
  }

  /**
   * The key under which one notice published on two portals is one notice: title, buyer, publication day and
   * project key, folded for width and spaces.
   */
  public String dedupeKey() {
    String day = notice.publishedAt() == null ? "" : notice.publishedAt().toLocalDate().toString();
    return String.join("|", org.tenderwatch.screen.Names.fold(notice.title()),
        org.tenderwatch.screen.Names.fold(notice.buyer()), day, caseKey == null ? "" : caseKey);
  }

  /**
   * What became of one attachment.
   *
   * @param status extracted, failed or skipped
   * @param cause why it failed or was skipped, else null
   * @param parts text parts extracted (PDF pages)
   * @param archive where its bytes went, or null when it was never fetched
   */
  public record AttachmentResult(
      String url, String name, String contentType, String status, String cause, int parts, ArchivedRecord archive) {}
}
