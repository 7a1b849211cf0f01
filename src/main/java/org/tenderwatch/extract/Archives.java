package org.tenderwatch.extract;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.apache.commons.compress.PasswordRequiredException;
import org.apache.commons.compress.archivers.sevenz.SevenZArchiveEntry;
import org.apache.commons.compress.archivers.sevenz.SevenZFile;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.InputStreamStatistics;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.tenderwatch.text.TextPart;

/**
 * ZIP and 7z attachments (commons-compress), read entry by entry, archives inside archives included. Each
 * entry's text is located as "archive.zip/inner.pdf p.3". An entry that cannot be read is noted and skipped; an
 * archive past a bomb limit (entries, sizes, compression ratio, nesting) fails as a whole, and it fails while
 * inflating, before the bytes exist: the checks run on every 64 KB read.
 */
final class Archives {

  /** Chinese archivers (WinRAR, 360压缩, Windows) write entry names in GBK without the UTF-8 flag. */
  private static final Charset NAME_CHARSET = Charset.forName("GB18030");
  /** Ratios are only judged past this size: a small run of blank table cells compresses very well. */
  private static final long RATIO_FLOOR = 1024 * 1024;
  /** Memory 7z's LZMA decoder may take for its dictionary; a forged header could ask for gigabytes. */
  private static final int SEVEN_Z_MEMORY_KB = 64 * 1024;
  private static final int BUFFER = 64 * 1024;

  /** A bomb limit: fatal for the whole archive, unlike an unreadable entry. */
  static final class LimitExceeded extends IOException {
    LimitExceeded(String message) {
      super(message);
    }
  }

  private Archives() {}

  static boolean isOoxml(byte[] bytes, String[] kind) throws IOException {
    try (ZipFile zip = open(bytes)) {
      if (zip.getEntry("word/document.xml") != null) {
        kind[0] = "word";
        return true;
      }
      if (zip.getEntry("xl/workbook.xml") != null) {
        kind[0] = "excel";
        return true;
      }
      return false;
    }
  }

  static List<TextPart> zip(String name, byte[] bytes, int level, Reading r) throws IOException {
    checkDepth(name, level, r);
    List<TextPart> parts = new ArrayList<>();
    try (ZipFile zip = open(bytes)) {
      List<ZipArchiveEntry> entries = Collections.list(zip.getEntries());
      countEntries(name, entries.size(), r);
      for (ZipArchiveEntry e : entries) {
        String inner = name + "/" + e.getName();
        if (e.isDirectory() || skipped(e.getName())) {
          continue;
        }
        if (r.outOfTime(inner) || r.full()) {
          break;
        }
        if (!zip.canReadEntryData(e)) {
          r.note(inner + ": encrypted or unsupported compression, not read");
          continue;
        }
        checkDeclared(inner, e.getSize(), e.getCompressedSize(), r);
        byte[] data;
        try (InputStream in = zip.getInputStream(e)) {
          data = readBounded(inner, in, e.getCompressedSize(), r);
        }
        parts.addAll(entry(inner, data, level, r));
      }
    }
    return parts;
  }

  static List<TextPart> sevenZ(String name, byte[] bytes, int level, Reading r) throws IOException {
    checkDepth(name, level, r);
    List<TextPart> parts = new ArrayList<>();
    try (SevenZFile archive = SevenZFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes))
        .setMaxMemoryLimitKiB(SEVEN_Z_MEMORY_KB).get()) {
      int count = 0;
      for (SevenZArchiveEntry ignored : archive.getEntries()) {
        count++;
      }
      countEntries(name, count, r);
      SevenZArchiveEntry e;
      while ((e = archive.getNextEntry()) != null) {
        String inner = name + "/" + e.getName();
        if (e.isDirectory() || !e.hasStream() || skipped(e.getName())) {
          continue;
        }
        if (r.outOfTime(inner) || r.full()) {
          break;
        }
        // 7z compresses entries together (solid blocks): the ratio is judged against the whole archive.
        checkDeclared(inner, e.getSize(), bytes.length, r);
        byte[] data = readBounded(inner, new SevenZStream(archive), bytes.length, r);
        parts.addAll(entry(inner, data, level, r));
      }
    } catch (PasswordRequiredException e) {
      throw new LimitExceeded("password-protected 7z archive");
    }
    return parts;
  }

  private static ZipFile open(byte[] bytes) throws IOException {
    return ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes))
        .setCharset(NAME_CHARSET).setUseUnicodeExtraFields(true).get();
  }

  /** One entry: its own type from its bytes; a failure other than a bomb limit is noted, not fatal. */
  private static List<TextPart> entry(String inner, byte[] data, int level, Reading r) throws LimitExceeded {
    try {
      return Attachments.dispatch(inner, null, data, level, r);
    } catch (AttachmentException e) {
      if (e.getCause() instanceof LimitExceeded limit) {
        throw limit;
      }
      r.note(e.getMessage());
      return List.of();
    }
  }

  private static boolean skipped(String entryName) {
    String n = entryName.toLowerCase(Locale.ROOT);
    return n.startsWith("__macosx/") || n.endsWith(".ds_store") || n.endsWith("thumbs.db");
  }

  private static void checkDepth(String name, int level, Reading r) throws LimitExceeded {
    if (level > r.limits.maxDepth()) {
      throw new LimitExceeded(name + ": archives nested deeper than " + r.limits.maxDepth() + " levels");
    }
  }

  private static void countEntries(String name, int entries, Reading r) throws LimitExceeded {
    r.archiveEntries += entries;
    if (r.archiveEntries > r.limits.maxEntries()) {
      throw new LimitExceeded(name + ": more than " + r.limits.maxEntries() + " archive entries");
    }
  }

  /** Sizes the archive's directory declares: a bomb usually says what it is before a byte is inflated. */
  private static void checkDeclared(String inner, long size, long compressed, Reading r) throws LimitExceeded {
    if (size > r.limits.maxEntryBytes()) {
      throw new LimitExceeded(inner + ": " + mb(size) + " uncompressed, above the " + mb(r.limits.maxEntryBytes())
          + " entry limit");
    }
    if (size > RATIO_FLOOR && compressed > 0 && size / compressed > r.limits.maxRatio()) {
      throw new LimitExceeded(inner + ": compression ratio " + size / compressed + ":1, above "
          + r.limits.maxRatio() + ":1");
    }
  }

  /**
   * Reads an entry while counting: its size, the archive's total, and its ratio against the compressed bytes
   * consumed (from the inflater's statistics when the stream has them, the declared compressed size otherwise).
   * Sizes in the directory can lie; these counts cannot.
   */
  static byte[] readBounded(String inner, InputStream in, long compressed, Reading r) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[BUFFER];
    long n = 0;
    int k;
    while ((k = in.read(buf)) > 0) {
      n += k;
      r.archiveBytes += k;
      if (n > r.limits.maxEntryBytes()) {
        throw new LimitExceeded(inner + ": more than " + mb(r.limits.maxEntryBytes()) + " uncompressed");
      }
      if (r.archiveBytes > r.limits.maxTotalBytes()) {
        throw new LimitExceeded(inner + ": archive holds more than " + mb(r.limits.maxTotalBytes())
            + " uncompressed");
      }
      long packed = in instanceof InputStreamStatistics s ? Math.max(s.getCompressedCount(), 1) : compressed;
      if (n > RATIO_FLOOR && packed > 0 && n / packed > r.limits.maxRatio()) {
        throw new LimitExceeded(inner + ": compression ratio above " + r.limits.maxRatio() + ":1 ("
            + mb(n) + " from " + packed + " bytes)");
      }
      out.write(buf, 0, k);
    }
    return out.toByteArray();
  }

  private static String mb(long bytes) {
    return bytes >= 1024 * 1024 ? bytes / (1024 * 1024) + " MB" : bytes + " bytes";
  }

  /** The current 7z entry as a stream (SevenZFile reads the current entry itself). */
  private static final class SevenZStream extends InputStream {
    private final SevenZFile archive;

    SevenZStream(SevenZFile archive) {
      this.archive = archive;
    }

    @Override
    public int read() throws IOException {
      return archive.read();
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      return archive.read(b, off, len);
    }
  }
}
