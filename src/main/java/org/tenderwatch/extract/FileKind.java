package org.tenderwatch.extract;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * The type of a file from its first bytes. Portals serve PDFs as application/octet-stream from "download.do",
 * name Word files ".pdf" and zip everything, so neither the URL nor the Content-Type is trusted for the type
 * (the header still gives the charset of text).
 */
enum FileKind {
  PDF, OLE2, ZIP, SEVEN_Z, RAR, GZIP, IMAGE, HTML, TEXT, BINARY, EMPTY;

  /** OLE2 compound file: DOC, XLS, PPT, and password-protected DOCX/XLSX (an EncryptedPackage inside). */
  private static final byte[] OLE2_MAGIC = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
      (byte) 0xE1};
  private static final byte[] SEVEN_Z_MAGIC = {'7', 'z', (byte) 0xBC, (byte) 0xAF, 0x27, 0x1C};
  private static final byte[] RAR_MAGIC = {'R', 'a', 'r', '!', 0x1A, 0x07};
  private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
  /** The PDF header may follow some junk; readers look for it in the first 1,024 bytes. */
  private static final int PDF_HEADER_WINDOW = 1024;

  static FileKind of(byte[] b) {
    if (b.length == 0) {
      return EMPTY;
    }
    if (indexOf(b, PDF_MAGIC, PDF_HEADER_WINDOW) >= 0) {
      return PDF;
    }
    if (startsWith(b, OLE2_MAGIC)) {
      return OLE2;
    }
    if (b.length >= 4 && b[0] == 'P' && b[1] == 'K' && (b[2] == 3 || b[2] == 5 || b[2] == 7)) {
      return ZIP;
    }
    if (startsWith(b, SEVEN_Z_MAGIC)) {
      return SEVEN_Z;
    }
    if (startsWith(b, RAR_MAGIC)) {
      return RAR;
    }
    if (b.length >= 2 && (b[0] & 0xff) == 0x1f && (b[1] & 0xff) == 0x8b) {
      return GZIP;
    }
    if (isImage(b)) {
      return IMAGE;
    }
    if (looksLikeHtml(b)) {
      return HTML;
    }
    return looksLikeText(b) ? TEXT : BINARY;
  }

  private static boolean isImage(byte[] b) {
    return startsWith(b, new byte[] {(byte) 0x89, 'P', 'N', 'G'})
        || startsWith(b, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})
        || startsWith(b, "GIF8".getBytes(StandardCharsets.US_ASCII))
        || startsWith(b, new byte[] {'I', 'I', 42, 0}) || startsWith(b, new byte[] {'M', 'M', 0, 42})
        || startsWith(b, "BM".getBytes(StandardCharsets.US_ASCII)) && b.length > 26 && b[14] >= 12 && b[15] == 0;
  }

  private static boolean looksLikeHtml(byte[] body) {
    String head = new String(body, 0, Math.min(body.length, 1024), StandardCharsets.ISO_8859_1)
        .toLowerCase(Locale.ROOT);
    return (head.contains("<html") || head.contains("<!doctype html") || head.contains("<body")
        || head.contains("<table") || head.contains("<p>") || head.contains("<div")) && looksLikeText(body);
  }

  /** Text has no NUL bytes and few control bytes; binary formats have many. UTF-16 text is not expected here. */
  static boolean looksLikeText(byte[] body) {
    int n = Math.min(body.length, 8192);
    int control = 0;
    for (int i = 0; i < n; i++) {
      int c = body[i] & 0xff;
      if (c == 0) {
        return false;
      }
      if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != 0x0c && c != 0x1b) {
        control++;
      }
    }
    return n > 0 && control * 100 < n; // fewer than 1 % control bytes
  }

  private static boolean startsWith(byte[] b, byte[] prefix) {
    return b.length >= prefix.length && Arrays.equals(b, 0, prefix.length, prefix, 0, prefix.length);
  }

  private static int indexOf(byte[] b, byte[] needle, int window) {
    int last = Math.min(b.length - needle.length, window);
    for (int i = 0; i <= last; i++) {
      if (Arrays.equals(b, i, i + needle.length, needle, 0, needle.length)) {
        return i;
      }
    }
    return -1;
  }
}
