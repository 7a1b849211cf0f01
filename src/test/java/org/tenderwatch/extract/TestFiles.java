package org.tenderwatch.extract;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.tenderwatch.config.AttachmentLimits;
import org.tenderwatch.text.TextPart;

/** Attachments made in the test: PDFs, Office files, archives, scanned pages. */
final class TestFiles {

  static final File CJK_FONT = new File("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc");
  /** The documented attachment limits (config/tenderwatch.yaml, bundled). */
  static final AttachmentLimits LIMITS = org.tenderwatch.config.ConfigLoader.defaultSettings().attachments();

  private TestFiles() {}

  /** A PDF with one Helvetica line per page (ASCII only). */
  static byte[] pdf(String... pages) throws IOException {
    try (PDDocument doc = new PDDocument()) {
      for (String text : pages) {
        PDPage page = new PDPage();
        doc.addPage(page);
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
          cs.beginText();
          cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
          cs.newLineAtOffset(50, 700);
          cs.showText(text);
          cs.endText();
        }
      }
      return save(doc);
    }
  }

  /** A PDF whose only page is a picture of the given lines, as a scanner makes it. */
  static byte[] scannedPdf(String... lines) throws IOException {
    BufferedImage image = picture(lines);
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage();
      doc.addPage(page);
      PDImageXObject x = LosslessFactory.createFromImage(doc, image);
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        cs.drawImage(x, 0, 0, page.getMediaBox().getWidth(), page.getMediaBox().getHeight());
      }
      return save(doc);
    }
  }

  /** Black text on white at about 300 dpi for a letter page; Chinese needs the WenQuanYi font. */
  static BufferedImage picture(String... lines) {
    BufferedImage image = new BufferedImage(1275, 1650, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, image.getWidth(), image.getHeight());
    g.setColor(Color.BLACK);
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    Font font;
    try {
      font = Font.createFonts(CJK_FONT)[0].deriveFont(48f);
    } catch (Exception e) {
      font = new Font(Font.SANS_SERIF, Font.PLAIN, 48);
    }
    g.setFont(font);
    int y = 200;
    for (String l : lines) {
      g.drawString(l, 100, y);
      y += 90;
    }
    g.dispose();
    return image;
  }

  static byte[] save(PDDocument doc) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    doc.save(out);
    return out.toByteArray();
  }

  /** A DOCX with paragraphs and one table (first row = header). */
  static byte[] docx(List<String> paragraphs, List<List<String>> table) throws IOException {
    try (XWPFDocument doc = new XWPFDocument()) {
      for (String p : paragraphs) {
        doc.createParagraph().createRun().setText(p);
      }
      XWPFTable t = doc.createTable(table.size(), table.getFirst().size());
      for (int r = 0; r < table.size(); r++) {
        for (int c = 0; c < table.get(r).size(); c++) {
          t.getRow(r).getCell(c).setText(table.get(r).get(c));
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.write(out);
      return out.toByteArray();
    }
  }

  /** An XLSX with one sheet per map entry: sheet name → rows. */
  static byte[] xlsx(Map<String, List<List<String>>> sheets) throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      for (var e : sheets.entrySet()) {
        var sheet = wb.createSheet(e.getKey());
        for (int r = 0; r < e.getValue().size(); r++) {
          var row = sheet.createRow(r);
          List<String> cells = e.getValue().get(r);
          for (int c = 0; c < cells.size(); c++) {
            if (!cells.get(c).isEmpty()) {
              row.createCell(c).setCellValue(cells.get(c));
            }
          }
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      wb.write(out);
      return out.toByteArray();
    }
  }

  /** A zip of name → bytes; entry names in {@code names} charset without the UTF-8 flag when not UTF-8. */
  static byte[] zip(Charset names, Map<String, byte[]> entries) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(out)) {
      zip.setEncoding(names.name());
      zip.setUseLanguageEncodingFlag(names.equals(StandardCharsets.UTF_8));
      zip.setCreateUnicodeExtraFields(ZipArchiveOutputStream.UnicodeExtraFieldPolicy.NEVER);
      for (var e : entries.entrySet()) {
        zip.putArchiveEntry(new ZipArchiveEntry(e.getKey()));
        zip.write(e.getValue());
        zip.closeArchiveEntry();
      }
    }
    return out.toByteArray();
  }

  static List<String> locations(List<TextPart> parts) {
    List<String> out = new ArrayList<>();
    parts.forEach(p -> out.add(p.location().describe()));
    return out;
  }
}
