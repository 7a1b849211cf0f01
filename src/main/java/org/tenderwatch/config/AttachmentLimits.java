package org.tenderwatch.config;

import java.time.Duration;

/**
 * How much of one attachment is read. Every limit is a guard against a file that would hold a crawl worker or
 * the heap: a 2,000-page scan, a zip bomb, a 50 MB HTML page. Past a page, time or text cap the text read so
 * far is kept and a note says what was left out; past an archive or size limit the attachment fails.
 *
 * @param maxPages PDF pages read; tender documents run to 100–300 pages and the 采购需求 comes early
 * @param timeLimit wall time per attachment, checked between pages, entries and rows (a single PDFBox page
 *     cannot be interrupted)
 * @param maxOcrPages image-only pages sent to Tesseract per attachment (a few seconds each)
 * @param maxChars characters of text kept per attachment (about 1,000 pages of dense Chinese)
 * @param maxMarkupBytes HTML or plain-text attachments larger than this fail: jsoup's tree of a 50 MB page
 *     needs several hundred MB
 * @param maxOfficeBytes DOC/DOCX/XLS/XLSX files larger than this fail: POI holds the whole document in memory
 * @param maxEntries entries per archive, nested archives included
 * @param maxEntryBytes uncompressed size of one archive entry
 * @param maxTotalBytes uncompressed size of all entries of an archive together
 * @param maxRatio uncompressed to compressed size of an entry; real documents compress 2–20×, a bomb 1,000×
 * @param maxDepth archives inside archives: 2 reads "a.zip/b.zip/c.pdf" but not one level deeper
 */
public record AttachmentLimits(
    int maxPages,
    Duration timeLimit,
    int maxOcrPages,
    int maxChars,
    long maxMarkupBytes,
    long maxOfficeBytes,
    int maxEntries,
    long maxEntryBytes,
    long maxTotalBytes,
    int maxRatio,
    int maxDepth) {

  /** The values come from the attachments block of config/tenderwatch.yaml; none is written here. */
  public AttachmentLimits {
    if (timeLimit == null || timeLimit.isNegative() || timeLimit.isZero()) {
      throw new IllegalArgumentException("attachments.timeLimit: must be a positive ISO-8601 duration (PT2M)");
    }
    if (maxPages <= 0 || maxChars <= 0 || maxMarkupBytes <= 0 || maxOfficeBytes <= 0 || maxEntries <= 0
        || maxEntryBytes <= 0 || maxTotalBytes <= 0 || maxRatio <= 0 || maxOcrPages < 0 || maxDepth < 0) {
      throw new IllegalArgumentException("attachments: every limit must be positive (maxOcrPages, maxDepth: 0 or more)");
    }
  }

  public AttachmentLimits withTimeLimit(Duration d) {
    return new AttachmentLimits(maxPages, d, maxOcrPages, maxChars, maxMarkupBytes, maxOfficeBytes, maxEntries,
        maxEntryBytes, maxTotalBytes, maxRatio, maxDepth);
  }

  public AttachmentLimits withMaxPages(int pages) {
    return new AttachmentLimits(pages, timeLimit, maxOcrPages, maxChars, maxMarkupBytes, maxOfficeBytes, maxEntries,
        maxEntryBytes, maxTotalBytes, maxRatio, maxDepth);
  }
}
