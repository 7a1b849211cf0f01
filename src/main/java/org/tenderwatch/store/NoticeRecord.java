package org.tenderwatch.store;

import java.time.Instant;
import java.util.List;
import org.tenderwatch.archive.ArchivedRecord;
import org.tenderwatch.extract.Notice;
import org.tenderwatch.flag.Flag;

/**
 * Everything known about one notice after extraction and flagging: what the store writes in one transaction.
 *
 * @param id stable notice id (see {@code NoticeIds})
 * @param url the portal's own URL
 * @param caseKey the key shared by the notices of one procurement (normalized project number), or null
 * @param archive where the notice page went in the WARC archive
 * @param lexiconVersion flags.yaml version that produced {@code flags}
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
    int lexiconVersion) {

  public NoticeRecord {
    attachments = List.copyOf(attachments);
    flags = List.copyOf(flags);
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
