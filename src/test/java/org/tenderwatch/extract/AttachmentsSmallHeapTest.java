package org.tenderwatch.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.zip.Deflater;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile and broken attachments, each a recorded failure (or a capped read) of that one attachment. Maven runs
 * this class in its own JVM with -Xmx256m (the "small-heap" surefire execution), so an attachment that would
 * need the heap shows up as an OutOfMemoryError here. The matrix and the peak heap go to
 * target/bad-input-matrix.md.
 */
class AttachmentsSmallHeapTest {

  private static final List<String> MATRIX = new ArrayList<>();
  @TempDir static Path dir;

  private static AttachmentText read(String name, String contentType, byte[] body) throws AttachmentException {
    return Attachments.read(name, contentType, body, TestFiles.LIMITS, Ocr.NONE);
  }

  private static AttachmentException fails(String input, String name, String contentType, byte[] body) {
    long t0 = System.nanoTime();
    AttachmentException e = assertThrows(AttachmentException.class, () -> read(name, contentType, body));
    record(input, "failure: " + e.getMessage(), t0);
    return e;
  }

  private static void record(String input, String outcome, long t0) {
    MATRIX.add("| " + input + " | " + outcome.replace("|", "/") + " | "
        + String.format(Locale.ROOT, "%.2f s", (System.nanoTime() - t0) / 1e9) + " |");
  }

  @Test
  void corruptPdf() {
    byte[] pdf = ("%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n" + "x".repeat(5000))
        .getBytes(StandardCharsets.US_ASCII);
    AttachmentException e = fails("corrupt PDF (header, then garbage)", "corrupt.pdf", null, pdf);
    assertTrue(e.getMessage().startsWith("corrupt.pdf: corrupt or unreadable PDF"), e.getMessage());
  }

  @Test
  void truncatedPdf() throws Exception {
    byte[] whole = TestFiles.pdf("page one A100", "page two", "page three");
    // Cut before the page tree and the cross-reference table, which PDFBox writes last.
    AttachmentException e = fails("truncated PDF (last third cut off)", "truncated.pdf", null,
        Arrays.copyOf(whole, whole.length * 2 / 3));
    assertTrue(e.getMessage().startsWith("truncated.pdf: corrupt or unreadable PDF"), e.getMessage());
  }

  @Test
  void encryptedPdf() throws Exception {
    byte[] pdf;
    try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(TestFiles.pdf("secret"))) {
      StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "user", new AccessPermission());
      policy.setEncryptionKeyLength(256);
      doc.protect(policy);
      pdf = TestFiles.save(doc);
    }
    AttachmentException e = fails("encrypted PDF (user password)", "locked.pdf", null, pdf);
    assertEquals("locked.pdf: encrypted PDF that needs a password", e.getMessage());
  }

  @Test
  void hundredThousandPagePdf() throws Exception {
    byte[] pdf = hugePdf(100_000);
    long t0 = System.nanoTime();
    AttachmentText t = read("huge.pdf", null, pdf);
    record("100,000-page PDF (" + pdf.length / 1024 / 1024 + " MB)", "capped: " + t.parts().size()
        + " pages read, note \"" + t.notes().getFirst() + "\"", t0);
    assertEquals(TestFiles.LIMITS.maxPages(), t.parts().size());
    assertEquals(List.of("huge.pdf: 100000 pages, read the first 500"), t.notes());
  }

  @Test
  void zipBombOfOneGigabyteOfZeros() throws Exception {
    byte[] bomb = zerosZip(1L << 30);
    AttachmentException e = fails("zip bomb: 1 GB of zeros in a " + bomb.length / 1024 + " KB zip", "bomb.zip",
        "application/zip", bomb);
    assertTrue(e.getMessage().contains("bomb.zip/zeros.bin"), e.getMessage());
    assertTrue(e.getMessage().contains("above the 50 MB entry limit"), e.getMessage());
  }

  @Test
  void zipBombThatHidesItsSize() throws Exception {
    // The central directory says 1,000 bytes: the declared sizes look harmless, so the counts taken while
    // inflating must stop it.
    byte[] bomb = zerosZip(200L << 20, true);
    AttachmentException e = fails("zip bomb: 200 MB of zeros, directory claims 1,000 bytes", "bomb2.zip", null, bomb);
    assertTrue(e.getMessage().contains("compression ratio above 100:1"), e.getMessage());
  }

  @Test
  void archivesNestedTooDeep() throws Exception {
    byte[] inner = TestFiles.pdf("deep");
    for (int i = 0; i < 4; i++) {
      inner = TestFiles.zip(StandardCharsets.UTF_8, java.util.Map.of("level" + i + (i == 0 ? ".pdf" : ".zip"), inner));
    }
    AttachmentException e = fails("archives nested 4 deep", "nest.zip", null, inner);
    assertTrue(e.getMessage().contains("nested deeper than 2 levels"), e.getMessage());
  }

  @Test
  void fiftyMegabyteHtmlPage() {
    byte[] html = new byte[50 * 1024 * 1024];
    byte[] row = "<tr><td>GPU服务器</td><td>A100</td></tr>\n".getBytes(StandardCharsets.UTF_8);
    byte[] head = "<html><body><table>\n".getBytes(StandardCharsets.UTF_8);
    System.arraycopy(head, 0, html, 0, head.length);
    for (int at = head.length; at + row.length <= html.length; at += row.length) {
      System.arraycopy(row, 0, html, at, row.length);
    }
    for (int i = html.length - 1; html[i] == 0; i--) {
      html[i] = ' ';
    }
    AttachmentException e = fails("50 MB HTML page", "big.html", "text/html", html);
    assertEquals("big.html: HTML of 50 MB, above the 10 MB limit", e.getMessage());
  }

  @Test
  void binaryServedAsText() {
    byte[] binary = new byte[1 << 20];
    new java.util.Random(42).nextBytes(binary);
    AttachmentException e = fails("binary (1 MB random) served as text/plain", "notice.txt", "text/plain", binary);
    assertTrue(e.getMessage().contains("unsupported type: binary data"), e.getMessage());
  }

  @AfterAll
  static void writeMatrix() throws IOException {
    List<String> pools = new ArrayList<>();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pools.add(pool.getName() + " " + (pool.getPeakUsage().getUsed() >> 20) + " MB");
      }
    }
    long max = Runtime.getRuntime().maxMemory();
    List<String> out = new ArrayList<>();
    out.add("| bad input | outcome | time |");
    out.add("|---|---|---|");
    MATRIX.stream().sorted().forEach(out::add);
    out.add("");
    out.add(String.format(Locale.ROOT, "Heap: max %d MB (-Xmx256m), no OutOfMemoryError; peak use per pool: %s.",
        max >> 20, String.join(", ", pools)));
    Path target = Path.of("target");
    Files.createDirectories(target);
    Files.write(target.resolve("bad-input-matrix.md"), out, StandardCharsets.UTF_8);
  }

  /** A PDF of {@code n} blank pages written by hand: distinct page objects under one flat /Kids array. */
  static byte[] hugePdf(int n) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(n * 80);
    List<Integer> offsets = new ArrayList<>(n + 3);
    write(out, "%PDF-1.4\n");
    offsets.add(out.size());
    write(out, "1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n");
    offsets.add(out.size());
    StringBuilder kids = new StringBuilder(n * 9);
    for (int i = 0; i < n; i++) {
      kids.append(i + 3).append(" 0 R ");
    }
    write(out, "2 0 obj << /Type /Pages /Count " + n + " /Kids [" + kids + "] >> endobj\n");
    for (int i = 0; i < n; i++) {
      offsets.add(out.size());
      write(out, (i + 3) + " 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >> endobj\n");
    }
    int xref = out.size();
    StringBuilder x = new StringBuilder("xref\n0 " + (n + 3) + "\n0000000000 65535 f \n");
    for (int off : offsets) {
      x.append(String.format(Locale.ROOT, "%010d 00000 n \n", off));
    }
    x.append("trailer << /Size ").append(n + 3).append(" /Root 1 0 R >>\nstartxref\n").append(xref)
        .append("\n%%EOF\n");
    write(out, x.toString());
    return out.toByteArray();
  }

  private static void write(ByteArrayOutputStream out, String s) {
    out.writeBytes(s.getBytes(StandardCharsets.US_ASCII));
  }

  static byte[] zerosZip(long size) throws IOException {
    return zerosZip(size, false);
  }

  /**
   * A zip of one entry of {@code size} zero bytes, written to a temp file (only the compressed bytes exist).
   * With {@code lie} the central directory claims the entry is 1,000 bytes.
   */
  static byte[] zerosZip(long size, boolean lie) throws IOException {
    Path file = dir.resolve("zeros-" + size + "-" + lie + ".zip");
    try (var zip = new ZipArchiveOutputStream(file)) {
      writeZeros(zip, size);
    }
    byte[] bytes = Files.readAllBytes(file);
    if (lie) {
      for (int i = bytes.length - 46; i >= 0; i--) {
        if (bytes[i] == 'P' && bytes[i + 1] == 'K' && bytes[i + 2] == 1 && bytes[i + 3] == 2) {
          java.nio.ByteBuffer.wrap(bytes, i + 24, 4).order(java.nio.ByteOrder.LITTLE_ENDIAN).putInt(1000);
          break;
        }
      }
    }
    return bytes;
  }

  private static void writeZeros(ZipArchiveOutputStream zip, long size) throws IOException {
    zip.setLevel(Deflater.BEST_SPEED);
    zip.putArchiveEntry(new ZipArchiveEntry("zeros.bin"));
    byte[] zeros = new byte[1 << 20];
    for (long left = size; left > 0; left -= zeros.length) {
      zip.write(zeros, 0, (int) Math.min(zeros.length, left));
    }
    zip.closeArchiveEntry();
  }
}
