package org.tenderwatch.extract;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageTree;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.tenderwatch.config.AttachmentLimits;
import org.tenderwatch.text.Location;
import org.tenderwatch.text.TextPart;

/**
 * Text of a PDF page by page (PDFBox), so a flag can cite "招标文件.pdf p.3".
 *
 * <ul>
 *   <li>Encrypted files open with the empty user password (most "protected" tender PDFs only forbid copying);
 *       one that needs a user password fails.
 *   <li>A broken cross-reference table is rebuilt by PDFBox's lenient parser; a file beyond repair fails.
 *   <li>A page with almost no text but an image is a scan: OCR'd when Tesseract is installed (the part's section
 *       says "OCR"), else noted as "image-only page, no OCR available".
 *   <li>At most {@link AttachmentLimits#maxPages()} pages, within the time limit.
 * </ul>
 */
public final class PdfText {

  /** A page with fewer visible characters than this and an image is treated as a scan. */
  static final int SCAN_TEXT_CHARS = 20;
  static final String OCR_SECTION = "OCR";
  static final String NO_OCR = "image-only page, no OCR available";
  /** Resolution of pages rendered for OCR, and the pixel cap that lowers it for oversized pages. */
  private static final float OCR_DPI = 300;
  private static final double MAX_OCR_PIXELS = 30e6;
  private static final Pattern SPACE_BETWEEN_HAN = Pattern.compile("(?<=\\p{IsHan})[ \\t]+(?=\\p{IsHan})");

  private PdfText() {}

  /** One text part per page, numbered from 1, within {@code limits}, without OCR. */
  public static List<TextPart> pages(String fileName, byte[] pdf, AttachmentLimits limits) throws AttachmentException {
    return read(fileName, pdf, new Reading(limits, Ocr.NONE));
  }

  static List<TextPart> read(String fileName, byte[] pdf, Reading r) throws AttachmentException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return pages(fileName, doc, r);
    } catch (InvalidPasswordException e) {
      throw new AttachmentException(fileName, "encrypted PDF that needs a password", e);
    } catch (IOException | RuntimeException e) {
      // PDFBox throws unchecked exceptions too (ClassCast, IllegalArgument) on malformed objects.
      throw new AttachmentException(fileName, "corrupt or unreadable PDF: " + e, e);
    }
  }

  private static List<TextPart> pages(String fileName, PDDocument doc, Reading r) throws IOException {
    PageStripper stripper = new PageStripper();
    int total = doc.getNumberOfPages();
    int pages = Math.min(total, r.limits.maxPages());
    List<TextPart> parts = new ArrayList<>(Math.min(pages, 1024));
    PDFRenderer renderer = null;
    int p = 0;
    for (PDPage page : doc.getPages()) { // the iterator: getPage(i) walks the tree from the root each time
      p++;
      if (p > pages || r.full() || r.outOfTime(fileName + " p." + p)) {
        break;
      }
      String text = stripper.text(doc, page);
      if (visibleChars(text) < SCAN_TEXT_CHARS && hasImage(page.getResources(), 0)) {
        if (renderer == null) {
          renderer = new PDFRenderer(doc);
        }
        TextPart ocr = ocr(fileName, p, page, renderer, r);
        if (ocr != null) {
          parts.add(ocr);
        }
        continue; // without OCR the page is a note, not an empty part
      }
      parts.add(new TextPart(Location.pdfPage(fileName, p), r.keep(fileName + " p." + p, text)));
    }
    if (total > pages) {
      r.note(fileName + ": " + total + " pages, read the first " + pages);
    }
    return parts;
  }

  /** The OCR'd page, or null (after a note) when OCR is not available, capped or failed. */
  private static TextPart ocr(String fileName, int p, PDPage page, PDFRenderer renderer, Reading r) {
    String where = fileName + " p." + p;
    if (!r.ocr.available()) {
      r.note(where + ": " + NO_OCR);
      return null;
    }
    if (r.ocrPages >= r.limits.maxOcrPages()) {
      r.note(where + ": image-only page, past the OCR cap of " + r.limits.maxOcrPages() + " pages");
      return null;
    }
    r.ocrPages++;
    try {
      BufferedImage image = renderer.renderImageWithDPI(p - 1, dpi(page.getMediaBox()), ImageType.GRAY);
      String text = SPACE_BETWEEN_HAN.matcher(r.ocr.read(image, r.nanosLeft())).replaceAll("").strip();
      return new TextPart(new Location(fileName, p, OCR_SECTION), r.keep(where, text));
    } catch (IOException | RuntimeException e) {
      r.note(where + ": image-only page, OCR failed: " + e.getMessage());
      return null;
    }
  }

  /** 300 dpi, lowered for oversized pages so the rendered image stays under {@link #MAX_OCR_PIXELS}. */
  static float dpi(PDRectangle box) {
    double inches2 = (box.getWidth() / 72.0) * (box.getHeight() / 72.0);
    double pixels = inches2 * OCR_DPI * OCR_DPI;
    return pixels <= MAX_OCR_PIXELS ? OCR_DPI : (float) (OCR_DPI * Math.sqrt(MAX_OCR_PIXELS / pixels));
  }

  private static int visibleChars(String text) {
    return (int) text.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c)).count();
  }

  /** An image drawn on the page directly or inside a form (scanners wrap the page image in one). */
  private static boolean hasImage(PDResources res, int depth) throws IOException {
    if (res == null || depth > 2) {
      return false;
    }
    for (COSName name : res.getXObjectNames()) {
      if (res.isImageXObject(name)) {
        return true;
      }
      PDXObject x = res.getXObject(name);
      if (x instanceof PDFormXObject form && hasImage(form.getResources(), depth + 1)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Text of one page. PDFTextStripper's own page range walks the whole page tree on every call, which is
   * quadratic: 500 pages of a 100,000-page file took 48 s. This one processes just the page it is given.
   */
  private static final class PageStripper extends PDFTextStripper {
    private PDPage target;

    PageStripper() {
      setSortByPosition(true);
      setStartPage(0); // every page handed to processPage is in range (the page counter is private)
    }

    String text(PDDocument doc, PDPage page) throws IOException {
      target = page;
      return getText(doc).strip();
    }

    @Override
    protected void processPages(PDPageTree pages) throws IOException {
      if (target.hasContents()) {
        processPage(target);
      }
    }
  }
}
