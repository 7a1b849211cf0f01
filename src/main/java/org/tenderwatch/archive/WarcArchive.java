package org.tenderwatch.archive;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Locale;
import java.util.function.Consumer;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcDigest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTruncationReason;
import org.netpreserve.jwarc.WarcWriter;

/**
 * Appends captures to gzipped WARC files, one file per writer session, rolled over at {@link #MAX_FILE_BYTES}.
 * Each record is flushed as written, so a crash loses at most the record being written; a torn last record
 * is skipped on replay.
 */
public final class WarcArchive implements Closeable {
  /** 1 GB, the customary WARC file size (web archives roll over there). */
  static final long MAX_FILE_BYTES = 1L << 30;

  static final String H_SOURCE = "Tenderwatch-Source";
  static final String H_KIND = "Tenderwatch-Kind";
  static final String H_NOTICE = "Tenderwatch-Notice-Id";
  static final String H_LOGICAL = "Tenderwatch-Logical-URI";
  static final String H_ATTACHMENT = "Tenderwatch-Attachment-Name";

  private static final DateTimeFormatter FILE_TIME =
      DateTimeFormatter.ofPattern("yyyyMMddHHmmssSSS", Locale.ROOT).withZone(ZoneOffset.UTC);

  private final Path dir;
  private final String prefix;
  private WarcWriter writer;
  private FileChannel channel;
  private String currentFile;
  private int serial;

  public WarcArchive(Path dir, Instant sessionStart) {
    this(dir, sessionStart, null);
  }

  /**
   * @param tag a word in the file names (the source id), so that crawls running at once in one process (the daemon)
   *     never share a file: replay relies on a notice's attachments following it in its file
   */
  public WarcArchive(Path dir, Instant sessionStart, String tag) {
    this.dir = dir;
    this.prefix = "tenderwatch-" + FILE_TIME.format(sessionStart) + "-" + ProcessHandle.current().pid()
        + (tag == null ? "" : "-" + tag);
  }

  public Path dir() {
    return dir;
  }

  /** Writes one capture and returns where it went. */
  public synchronized ArchivedRecord write(Capture c) {
    return write(c, (file, offset) -> { });
  }

  /**
   * Writes one capture, first telling {@code before} the file and offset its record will start at (the fetch
   * journal notes them, so a process killed right after the write still finds the record: see
   * {@link ArchiveReader#readAt}).
   */
  public synchronized ArchivedRecord write(Capture c, java.util.function.ObjLongConsumer<String> before) {
    try {
      ensureWriter();
      before.accept(currentFile, writer.position());
      String sha = sha256Hex(c.body());
      WarcResponse record = toRecord(c);
      writer.write(record);
      channel.force(false);
      return new ArchivedRecord(currentFile, record.id().toString(), sha);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write WARC record for " + c.fetchedUri() + " to " + dir, e);
    }
  }

  private WarcResponse toRecord(Capture c) throws IOException {
    HttpResponse.Builder http = new HttpResponse.Builder(c.status(), reason(c.status()));
    c.headers().forEach((name, values) -> {
      // the body is stored decoded and whole; framing headers would lie about it
      if (!name.equals("content-length") && !name.equals("transfer-encoding") && !name.equals("content-encoding")
          && !name.startsWith(":")) {
        values.forEach(v -> http.addHeader(name, v));
      }
    });
    String type = c.header("content-type");
    http.body(type == null ? MediaType.OCTET_STREAM : MediaType.parseLeniently(type), c.body());
    WarcResponse.Builder b = new WarcResponse.Builder(c.fetchedUri())
        .date(c.fetchedAt())
        .body(http.build())
        .addHeader("WARC-Payload-Digest", new WarcDigest("sha256", sha256(c.body())).prefixedBase32())
        .addHeader(H_SOURCE, c.source())
        .addHeader(H_KIND, c.kind().name())
        .addHeader(H_LOGICAL, c.logicalUri().toString());
    if (c.noticeId() != null) {
      b.addHeader(H_NOTICE, c.noticeId());
    }
    if (c.attachmentName() != null) {
      b.addHeader(H_ATTACHMENT, c.attachmentName());
    }
    if (c.truncated()) {
      b.truncated(WarcTruncationReason.LENGTH);
    }
    return b.build();
  }

  private void ensureWriter() throws IOException {
    if (writer != null && writer.position() < MAX_FILE_BYTES) {
      return;
    }
    closeWriter();
    Files.createDirectories(dir);
    currentFile = prefix + "-" + String.format(Locale.ROOT, "%05d", serial++) + ".warc.gz";
    channel = FileChannel.open(dir.resolve(currentFile), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    writer = new WarcWriter(channel, WarcCompression.GZIP);
  }

  private void closeWriter() throws IOException {
    if (writer != null) {
      writer.close();
      writer = null;
      channel = null;
    }
  }

  @Override
  public synchronized void close() {
    try {
      closeWriter();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A capture read back from the archive, with where it lies. */
  public record Archived(Capture capture, ArchivedRecord record) {}

  /**
   * Streams every capture in the archive folder to {@code visitor}, in file-name (= time) order, then record
   * order; damaged records and unreadable file tails are logged and skipped (see {@link ArchiveReader}).
   */
  public static int replay(Path dir, Consumer<Archived> visitor) throws IOException {
    return ArchiveReader.replay(dir, visitor, d -> org.slf4j.LoggerFactory.getLogger(WarcArchive.class)
        .warn("archive damaged: {}", d));
  }

  public static String sha256Hex(byte[] body) {
    return HexFormat.of().formatHex(sha256(body));
  }

  static byte[] sha256(byte[] body) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(body);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  private static String reason(int status) {
    return switch (status) {
      case 200 -> "OK";
      case 304 -> "Not Modified";
      case 404 -> "Not Found";
      default -> "Status";
    };
  }
}
