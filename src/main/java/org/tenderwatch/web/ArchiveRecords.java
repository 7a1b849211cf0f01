package org.tenderwatch.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.regex.Pattern;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.tenderwatch.archive.WarcArchive;

/**
 * Reads one archived response back by its WARC record id. The id is looked up in the database first
 * ({@link ReadModel#archiveEntry}); only a file the database names, as a bare file name inside the archive folder,
 * is opened. A request can never name a path.
 */
final class ArchiveRecords {
  /** Record ids are urn:uuid: followed by a UUID; the URL carries the UUID alone. */
  static final Pattern UUID = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  private static final Pattern WARC_FILE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*\\.warc(\\.gz)?");

  private final Path dir;

  ArchiveRecords(Path dir) {
    this.dir = dir.toAbsolutePath().normalize();
  }

  /**
   * The bytes as fetched, and whether they still hash to what was stored.
   *
   * @param sha256 the SHA-256 of {@code body}, computed now
   */
  record Record(String recordId, String targetUri, Instant fetchedAt, int status, String contentType, byte[] body,
      String sha256) {}

  /** The record, or null when the file or the record is gone. */
  Record read(String warcFile, String recordId) throws IOException {
    if (warcFile == null || !WARC_FILE.matcher(warcFile).matches()) {
      return null;
    }
    Path file = dir.resolve(warcFile).normalize();
    if (!file.getParent().equals(dir) || !Files.isRegularFile(file)) {
      return null;
    }
    try (WarcReader reader = new WarcReader(file)) {
      reader.setLenient(true);
      for (WarcRecord r : reader) {
        if (r instanceof WarcResponse resp && resp.id().toString().equals(recordId)) {
          byte[] body = resp.http().body().stream().readAllBytes();
          String type = resp.http().headers().first("Content-Type").orElse(null);
          return new Record(recordId, resp.target(), resp.date(), resp.http().status(), type, body,
              WarcArchive.sha256Hex(body));
        }
      }
    }
    return null;
  }

  static String recordIdOf(String uuid) {
    return "urn:uuid:" + uuid.toLowerCase(java.util.Locale.ROOT);
  }

  static String uuidOf(String recordId) {
    return recordId == null ? null : recordId.replaceFirst("^urn:uuid:", "");
  }
}
