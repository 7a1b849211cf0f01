package org.tenderwatch.archive;

/**
 * A WARC record that cannot be trusted: its body fails its stored digest, or the file cannot be read from some
 * point on (a torn or flipped byte in the gzip stream), or the file is gone.
 *
 * @param warcFile the WARC file name inside the archive folder
 * @param recordId the WARC-Record-ID, or null when the damage is not one readable record (the rest of a file)
 * @param noticeId the notice the record belongs to, when its headers could be read, else null
 * @param problem what is wrong, for a person
 */
public record ArchiveDamage(String warcFile, String recordId, String noticeId, String problem) {
  @Override
  public String toString() {
    return warcFile + (recordId == null ? "" : " " + recordId) + (noticeId == null ? "" : " (notice " + noticeId + ")")
        + ": " + problem;
  }
}
