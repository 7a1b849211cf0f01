package org.tenderwatch.crawl;

import java.util.List;
import org.tenderwatch.archive.ArchivedRecord;
import org.tenderwatch.archive.Capture;

/**
 * A notice page and its attachments, fetched and archived, ready for the pipeline.
 *
 * @param page what the page says (fields, text, attachment links)
 */
public record FetchedNotice(
    String id, Capture capture, ArchivedRecord archive, NoticePage page, List<FetchedAttachment> attachments) {

  /**
   * One attachment: fetched and archived, or why not.
   *
   * @param capture the response, or null when none usable arrived
   * @param archive where it went, or null
   * @param cause why it was not fetched or failed, else null
   */
  public record FetchedAttachment(AttachmentLink link, Capture capture, ArchivedRecord archive, String cause) {}
}
