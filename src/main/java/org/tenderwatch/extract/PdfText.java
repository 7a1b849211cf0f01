package org.tenderwatch.extract;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;

/**
 * Text of attachments: PDFs page by page (PDFBox), so a flag can cite "招标文件.pdf p.3"; HTML and plain-text
 * attachments as one part. Other types (DOC/DOCX/XLS, ZIP) are not read here yet and are reported as such.
 */
public final class PdfText {

  /**
   * Pages read per PDF. Tender documents run to 100–300 pages; the specification (采购需求) that names the
   * hardware comes early, and a 2,000-page scan must not hold a crawl worker for minutes (about 5–8 ms a page
   * warm, DEPENDENCIES.md §6), so text after page 500 is left out.
   */
  public static final int MAX_PAGES = 500;

  private static final byte[] PDF_MAGIC = "%PDF".getBytes(StandardCharsets.US_ASCII);

  private PdfText() {}

  /** One text part per page, numbered from 1, at most {@link #MAX_PAGES}. */
  public static List<TextPart> pages(String fileName, byte[] pdf) throws AttachmentException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      if (doc.isEncrypted() && !doc.getCurrentAccessPermission().canExtractContent()) {
        throw new AttachmentException(fileName, "encrypted PDF, text extraction not permitted", null);
      }
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      int pages = Math.min(doc.getNumberOfPages(), MAX_PAGES);
      List<TextPart> parts = new ArrayList<>(pages);
      for (int p = 1; p <= pages; p++) {
        stripper.setStartPage(p);
        stripper.setEndPage(p);
        parts.add(new TextPart(Location.pdfPage(fileName, p), stripper.getText(doc).strip()));
      }
      return parts;
    } catch (InvalidPasswordException e) {
      throw new AttachmentException(fileName, "encrypted PDF (needs a password)", e);
    } catch (IOException e) {
      throw new AttachmentException(fileName, "corrupt or unreadable PDF: " + e.getMessage(), e);
    }
  }

  /**
   * Text parts of an attachment, chosen by its bytes (portals label PDFs application/octet-stream and name them
   * ".do"): %PDF → pages; HTML or text → one part; anything else → {@link AttachmentException}.
   *
   * @param contentType the HTTP Content-Type, or null; used only for the charset of text
   */
  public static List<TextPart> attachment(String fileName, String contentType, byte[] body)
      throws AttachmentException {
    if (startsWith(skipWhitespace(body), PDF_MAGIC)) {
      return pages(fileName, body);
    }
    if (looksLikeHtml(body)) {
      String text = TextRender.text(TextRender.lines(HtmlDecoder.decode(body, contentType, "").body()));
      return List.of(new TextPart(Location.attachment(fileName), text));
    }
    if (looksLikeText(body)) {
      String text = HtmlDecoder.decode(body, contentType, "").body().wholeText();
      return List.of(new TextPart(Location.attachment(fileName), text.strip()));
    }
    throw new AttachmentException(fileName, "unsupported type (not PDF, HTML or text)", null);
  }

  private static byte[] skipWhitespace(byte[] b) {
    int i = 0;
    while (i < b.length && i < 1024 && (b[i] == ' ' || b[i] == '\n' || b[i] == '\r' || b[i] == '\t')) {
      i++;
    }
    return Arrays.copyOfRange(b, i, Math.min(b.length, i + 16));
  }

  private static boolean startsWith(byte[] b, byte[] prefix) {
    return b.length >= prefix.length && Arrays.equals(Arrays.copyOf(b, prefix.length), prefix);
  }

  private static boolean looksLikeHtml(byte[] body) {
    String head = new String(body, 0, Math.min(body.length, 1024), StandardCharsets.ISO_8859_1)
        .toLowerCase(java.util.Locale.ROOT);
    return head.contains("<html") || head.contains("<!doctype html") || head.contains("<body")
        || head.contains("<table") || head.contains("<p>") || head.contains("<div");
  }

  /** Text has no NUL bytes and few control bytes; binary formats (DOC, ZIP, images) have many. */
  private static boolean looksLikeText(byte[] body) {
    int n = Math.min(body.length, 4096);
    if (n == 0) {
      return false;
    }
    int control = 0;
    for (int i = 0; i < n; i++) {
      int b = body[i] & 0xff;
      if (b == 0) {
        return false;
      }
      if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != 0x0c) {
        control++;
      }
    }
    return control * 100 < n; // fewer than 1 % control bytes
  }

}
