package org.tenderwatch.archive;

/**
 * Where a capture went.
 *
 * @param warcFile the WARC file name inside the archive folder
 * @param recordId the WARC-Record-ID ("urn:uuid:…")
 * @param sha256 hex SHA-256 of the response body as received
 */
public record ArchivedRecord(String warcFile, String recordId, String sha256) {}
