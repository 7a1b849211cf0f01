package org.tenderwatch.bench;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Writes the corpus PDFs with PDFBox. Chinese needs a CJK font (Debian fonts-wqy-zenhei, which .ci/run installs);
 * without it the PDFs are written in Helvetica with only the ASCII of the text (model numbers, AWS, digits), so
 * the PDF stage still runs but on less text; {@link #cjk()} says which, and the report prints it.
 */
public final class PdfWriter implements Closeable {
  public static final Path DEFAULT_FONT = Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc");
  private static final float MARGIN = 64;
  private static final float SIZE = 11;
  private static final float LEADING = 18;
  /** Characters per line; wrapping by count, not width, keeps generation fast and the layout plausible. */
  private static final int LINE_CHARS = 38;

  private final TrueTypeCollection collection;
  private final TrueTypeFont ttf;
  private final Map<Integer, Boolean> printable = new HashMap<>();

  private PdfWriter(TrueTypeCollection collection, TrueTypeFont ttf) {
    this.collection = collection;
    this.ttf = ttf;
  }

  /** With the CJK font when {@code font} exists, else the standard-14 fallback. */
  public static PdfWriter open(Path font) {
    if (font == null || !Files.isRegularFile(font)) {
      return new PdfWriter(null, null);
    }
    try {
      TrueTypeCollection c = new TrueTypeCollection(new File(font.toString()));
      return new PdfWriter(c, c.getFontByName("WenQuanYiZenHei"));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the CJK font " + font, e);
    }
  }

  public boolean cjk() {
    return ttf != null;
  }

  /** The PDF bytes: one page per page text, the same bytes for the same input (fixed trailer /ID, no dates). */
  public byte[] write(BenchNotice.Pdf pdf) {
    try (PDDocument doc = new PDDocument()) {
      PDFont font = ttf != null ? PDType0Font.load(doc, ttf, true) : new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      for (String text : pdf.pages()) {
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
          cs.beginText();
          cs.setFont(font, SIZE);
          cs.setLeading(LEADING);
          cs.newLineAtOffset(MARGIN, page.getMediaBox().getHeight() - MARGIN);
          for (String line : lines(font, text)) {
            cs.showText(line);
            cs.newLine();
          }
          cs.endText();
        }
      }
      COSArray ids = new COSArray();
      ids.add(new COSString(HexFormat.of().parseHex(pdf.id())));
      ids.add(new COSString(HexFormat.of().parseHex(pdf.id())));
      doc.getDocument().getTrailer().setItem(COSName.ID, ids);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write PDF " + pdf.id(), e);
    }
  }

  private List<String> lines(PDFont font, String text) {
    List<String> out = new ArrayList<>();
    for (String paragraph : text.split("\n")) {
      String p = keepPrintable(font, paragraph);
      for (int at = 0; at < p.length(); at += LINE_CHARS) {
        out.add(p.substring(at, Math.min(p.length(), at + LINE_CHARS)));
      }
    }
    return out;
  }

  /** Drops what the font cannot show (Ext-B characters in CJK, everything non-ASCII in Helvetica). */
  private String keepPrintable(PDFont font, String s) {
    StringBuilder b = new StringBuilder(s.length());
    s.codePoints().forEach(cp -> {
      if (printable.computeIfAbsent(cp, c -> canEncode(font, c))) {
        b.appendCodePoint(cp);
      }
    });
    return b.toString();
  }

  private boolean canEncode(PDFont font, int cp) {
    if (ttf == null && cp > 126) {
      return false;
    }
    try {
      font.encode(new String(Character.toChars(cp)));
      return true;
    } catch (IllegalArgumentException | IllegalStateException | IOException e) {
      return false;
    }
  }

  @Override
  public void close() throws IOException {
    if (collection != null) {
      collection.close();
    }
  }
}
