package org.tenderwatch.extract;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.tenderwatch.config.AttachmentLimits;
import org.tenderwatch.text.Location;
import org.tenderwatch.text.TextPart;

/**
 * Text of one attachment, chosen by its bytes (see {@link FileKind}): PDF pages ({@link PdfText}); DOC, DOCX, XLS
 * and XLSX ({@link OfficeText}); ZIP and 7z archives, nested ({@link Archives}); images through OCR when
 * Tesseract is installed; HTML and plain text. RAR is reported as unsupported: no maintained Java library reads
 * RAR 5. A failure is an {@link AttachmentException} naming the file and the cause, for that attachment only;
 * limits ({@link AttachmentLimits}) keep a hostile file from holding the worker or the heap.
 */
public final class Attachments {

  /** Pixels of an image attachment decoded for OCR; a forged 100,000 × 100,000 PNG header must not be decoded. */
  private static final long MAX_IMAGE_PIXELS = 50_000_000L;

  private Attachments() {}

  /** Whether the bytes are a document or archive (PDF, Office, ZIP, 7z, RAR, gzip, image), told by content. */
  public static boolean isDocument(byte[] body) {
    return switch (FileKind.of(body)) {
      case PDF, OLE2, ZIP, SEVEN_Z, RAR, GZIP, IMAGE -> true;
      case HTML, TEXT, BINARY, EMPTY -> false;
    };
  }

  /** The text parts of an attachment within {@code limits}, with Tesseract if installed. */
  public static List<TextPart> attachment(String fileName, String contentType, byte[] body, AttachmentLimits limits)
      throws AttachmentException {
    return read(fileName, contentType, body, limits, Ocr.detect()).parts();
  }

  /**
   * @param contentType the HTTP Content-Type, or null; used only for the charset of text, never for the type
   */
  public static AttachmentText read(String fileName, String contentType, byte[] body, AttachmentLimits limits,
      Ocr ocr) throws AttachmentException {
    Reading r = new Reading(limits, ocr);
    List<TextPart> parts = dispatch(fileName, contentType, body, 0, r);
    return new AttachmentText(parts, r.notes());
  }

  /** @param level how many archives enclose this file */
  static List<TextPart> dispatch(String name, String contentType, byte[] body, int level, Reading r)
      throws AttachmentException {
    FileKind kind = FileKind.of(body);
    try {
      return switch (kind) {
        case PDF -> PdfText.read(name, body, r);
        case OLE2 -> OfficeText.ole2(name, capped(name, body, r.limits.maxOfficeBytes(), "Office file"), r);
        case ZIP -> zipOrOoxml(name, body, level, r);
        case SEVEN_Z -> Archives.sevenZ(name, body, level + 1, r);
        case RAR -> throw new AttachmentException(name,
            "unsupported type: RAR archive (no maintained Java library reads RAR; unpack it by hand)", null);
        case GZIP -> throw new AttachmentException(name, "unsupported type: gzip/tar archive", null);
        case IMAGE -> image(name, body, r);
        case HTML -> List.of(new TextPart(Location.attachment(name), r.keep(name, TextRender.pageText(TextRender.lines(
            HtmlDecoder.decode(capped(name, body, r.limits.maxMarkupBytes(), "HTML"), contentType, "").body())))));
        case TEXT -> List.of(new TextPart(Location.attachment(name),
            r.keep(name, HtmlDecoder.decodeText(capped(name, body, r.limits.maxMarkupBytes(), "text"), contentType)
                .strip())));
        case EMPTY -> throw new AttachmentException(name, "empty file", null);
        case BINARY -> throw new AttachmentException(name, "unsupported type: binary data with no known signature"
            + (contentType == null ? "" : " (served as " + contentType + ")"), null);
      };
    } catch (Archives.LimitExceeded e) {
      throw new AttachmentException(name, e.getMessage(), e);
    } catch (IOException | RuntimeException e) {
      throw new AttachmentException(name, "unreadable " + kind.name().toLowerCase(java.util.Locale.ROOT) + ": " + e, e);
    }
  }

  private static List<TextPart> zipOrOoxml(String name, byte[] body, int level, Reading r)
      throws IOException, AttachmentException {
    String[] office = new String[1];
    if (Archives.isOoxml(body, office)) {
      return OfficeText.ooxml(name, capped(name, body, r.limits.maxOfficeBytes(), "Office file"),
          office[0].equals("word"), r);
    }
    return Archives.zip(name, body, level + 1, r);
  }

  private static byte[] capped(String name, byte[] body, long max, String what) throws AttachmentException {
    if (body.length > max) {
      throw new AttachmentException(name, what + " of " + body.length / (1024 * 1024) + " MB, above the "
          + max / (1024 * 1024) + " MB limit", null);
    }
    return body;
  }

  /** An image attachment (a scanned page sent as JPG/PNG): OCR'd when Tesseract is installed. */
  private static List<TextPart> image(String name, byte[] body, Reading r) throws AttachmentException, IOException {
    if (!r.ocr.available()) {
      throw new AttachmentException(name, "image file, no OCR available", null);
    }
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(body))) {
      Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
      if (!readers.hasNext()) {
        throw new AttachmentException(name, "image format not readable", null);
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(in);
        long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
        if (pixels > MAX_IMAGE_PIXELS) {
          throw new AttachmentException(name, "image of " + pixels + " pixels, above the OCR limit", null);
        }
        BufferedImage image = reader.read(0);
        String text = r.ocr.read(image, r.nanosLeft()).strip();
        return List.of(new TextPart(new Location(name, null, PdfText.OCR_SECTION), r.keep(name, text)));
      } finally {
        reader.dispose();
      }
    }
  }
}
