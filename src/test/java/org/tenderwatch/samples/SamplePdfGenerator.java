package org.tenderwatch.samples;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.HexFormat;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.tenderwatch.samples.SampleModel.Attachment;
import org.tenderwatch.samples.SampleModel.Notice;

/**
 * Writes the PDF attachments of the sample portal to samples/portal/oss/download/uuid=ID (no extension, as the
 * real download URL has none). Needs the CJK font of Debian's fonts-wqy-zenhei, so it is run by hand and its output
 * committed; CI only reads the PDFs. Not a test.
 *
 * <pre>java -cp target/test-classes:$(cat cp.txt) org.tenderwatch.samples.SamplePdfGenerator samples [font.ttc]</pre>
 */
public final class SamplePdfGenerator {

  static final String DEFAULT_FONT = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc";
  private static final float MARGIN = 64;
  private static final float SIZE = 11.5f;
  private static final float LEADING = 20;
  /** Latin words, numbers and model names stay whole on a line (so "p5.48xlarge" is never split). */
  private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9.×/\\-]+|.", Pattern.DOTALL);

  private SamplePdfGenerator() {}

  public static void main(String[] args) throws IOException {
    Path samples = Path.of(args.length > 0 ? args[0] : "samples");
    File fontFile = new File(args.length > 1 ? args[1] : DEFAULT_FONT);
    Path dir = samples.resolve("portal/oss/download");
    Files.createDirectories(dir);
    try (TrueTypeCollection ttc = new TrueTypeCollection(fontFile)) {
      TrueTypeFont ttf = ttc.getFontByName("WenQuanYiZenHei");
      for (Notice n : SampleCatalog.notices()) {
        for (Attachment a : n.attachments()) {
          write(ttf, a, dir.resolve("uuid=" + a.id()));
        }
      }
    }
  }

  static void write(TrueTypeFont ttf, Attachment a, Path out) throws IOException {
    try (PDDocument doc = new PDDocument()) {
      PDType0Font font = PDType0Font.load(doc, ttf, true);
      PDDocumentInformation info = doc.getDocumentInformation();
      info.setTitle(a.fileName().replaceFirst("\\.pdf$", ""));
      info.setProducer("tenderwatch SamplePdfGenerator (synthetic fixture)");
      int total = a.pages().size();
      for (int i = 0; i < total; i++) {
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        float width = page.getMediaBox().getWidth() - 2 * MARGIN;
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
          cs.beginText();
          cs.setFont(font, i == 0 ? 16 : SIZE);
          cs.setLeading(i == 0 ? 34 : LEADING);
          cs.newLineAtOffset(MARGIN, page.getMediaBox().getHeight() - MARGIN - (i == 0 ? 120 : 0));
          for (String paragraph : a.pages().get(i)) {
            for (String line : wrap(font, i == 0 ? 16 : SIZE, width, paragraph)) {
              cs.showText(line);
              cs.newLine();
            }
          }
          cs.endText();
          cs.beginText();
          cs.setFont(font, 9);
          cs.newLineAtOffset(page.getMediaBox().getWidth() / 2 - 30, 36);
          cs.showText("第 " + (i + 1) + " 页 共 " + total + " 页");
          cs.endText();
        }
      }
      // A fixed trailer /ID (PDFBox would derive one from the clock), so regenerating gives the same bytes.
      COSArray ids = new COSArray();
      ids.add(new COSString(HexFormat.of().parseHex(a.id())));
      ids.add(new COSString(HexFormat.of().parseHex(a.id())));
      doc.getDocument().getTrailer().setItem(COSName.ID, ids);
      doc.save(out.toFile());
    }
  }

  /** Breaks a paragraph into lines that fit the width; drops characters the font lacks (Ext-B such as 𠮷). */
  static List<String> wrap(PDType0Font font, float size, float width, String paragraph) throws IOException {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    Matcher m = TOKEN.matcher(paragraph);
    while (m.find()) {
      String token = m.group();
      if (!printable(font, token)) {
        continue;
      }
      String candidate = line + token;
      if (font.getStringWidth(candidate) / 1000 * size > width && !line.isEmpty()) {
        lines.add(line.toString().stripTrailing());
        line.setLength(0);
        if (token.isBlank()) {
          continue;
        }
      }
      line.append(token);
    }
    if (!line.isEmpty()) {
      lines.add(line.toString());
    }
    return lines;
  }

  private static boolean printable(PDType0Font font, String token) {
    try {
      font.encode(token);
      return true;
    } catch (IllegalArgumentException | IllegalStateException | IOException e) {
      return false;
    }
  }
}
