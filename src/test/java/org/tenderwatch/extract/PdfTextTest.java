package org.tenderwatch.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.tenderwatch.text.Location;
import org.tenderwatch.text.TextPart;

/** PDFs are generated here with PDFBox; Chinese text needs the WenQuanYi Zen Hei font (CI installs fonts-wqy-zenhei). */
class PdfTextTest {

  private static final File CJK_FONT = new File("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc");

  @Test
  void chineseTextPerPage() throws Exception {
    assumeTrue(CJK_FONT.isFile(), "missing system package: fonts-wqy-zenhei (" + CJK_FONT + ")");
    byte[] pdf;
    try (TrueTypeCollection ttc = new TrueTypeCollection(CJK_FONT); PDDocument doc = new PDDocument()) {
      PDFont font = PDType0Font.load(doc, ttc.getFontByName("WenQuanYiZenHei"), true);
      addPage(doc, font, "第一章 招标公告 项目编号：GC-HCD250475");
      addPage(doc, font, "第二章 采购需求：GPU服务器 8卡 NVIDIA A100 80GB");
      addPage(doc, font, "第三章 合同条款");
      pdf = save(doc);
    }
    List<TextPart> pages = PdfText.pages("招标文件.pdf", pdf, TestFiles.LIMITS);
    assertEquals(3, pages.size());
    assertEquals(Location.pdfPage("招标文件.pdf", 2), pages.get(1).location());
    assertTrue(pages.get(1).text().contains("NVIDIA A100"), pages.get(1).text());
    assertTrue(pages.get(1).text().contains("采购需求"), pages.get(1).text());
    assertTrue(pages.get(0).text().contains("招标公告"));
    assertTrue(!pages.get(0).text().contains("合同条款"), "page 1 must not hold page 3's text");
    assertEquals("招标文件.pdf p.2", pages.get(1).location().describe());
  }

  @Test
  void pagesBeyondTheCapAreLeftOut() throws Exception {
    byte[] pdf;
    try (PDDocument doc = new PDDocument()) {
      PDFont font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      for (int i = 1; i <= TestFiles.LIMITS.maxPages() + 2; i++) {
        addPage(doc, font, "page " + i);
      }
      pdf = save(doc);
    }
    List<TextPart> pages = PdfText.pages("long.pdf", pdf, TestFiles.LIMITS);
    assertEquals(TestFiles.LIMITS.maxPages(), pages.size());
    assertEquals("page " + TestFiles.LIMITS.maxPages(), pages.getLast().text());
  }

  @Test
  void corruptPdfNamesTheFile() {
    byte[] corrupt = "%PDF-1.7\n1 0 obj << /Type /Catalog broken".getBytes(StandardCharsets.US_ASCII);
    AttachmentException e = assertThrows(AttachmentException.class,
        () -> PdfText.pages("坏.pdf", corrupt, TestFiles.LIMITS));
    assertEquals("坏.pdf", e.fileName());
    assertTrue(e.getMessage().startsWith("坏.pdf: "));
  }

  @Test
  void encryptedPdfIsReported() throws Exception {
    byte[] pdf;
    try (PDDocument doc = new PDDocument()) {
      addPage(doc, new PDType1Font(Standard14Fonts.FontName.HELVETICA), "secret");
      StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "user", new AccessPermission());
      policy.setEncryptionKeyLength(128);
      doc.protect(policy);
      pdf = save(doc);
    }
    AttachmentException e = assertThrows(AttachmentException.class,
        () -> PdfText.pages("locked.pdf", pdf, TestFiles.LIMITS));
    assertTrue(e.getMessage().contains("encrypted PDF that needs a password"), e.getMessage());
  }

  @Test
  void attachmentDispatchesOnMagicNotName() throws Exception {
    byte[] pdf;
    try (PDDocument doc = new PDDocument()) {
      addPage(doc, new PDType1Font(Standard14Fonts.FontName.HELVETICA), "H100 cluster");
      pdf = save(doc);
    }
    List<TextPart> parts = Attachments.attachment("download.do", "application/octet-stream", pdf, TestFiles.LIMITS);
    assertEquals(Location.pdfPage("download.do", 1), parts.getFirst().location());
    assertEquals("H100 cluster", parts.getFirst().text());
  }

  @Test
  void htmlAndTextAttachmentsAreOnePart() throws Exception {
    byte[] html = "<html><body><table><tr><td>名称</td><td>A100</td></tr></table></body></html>"
        .getBytes(StandardCharsets.UTF_8);
    List<TextPart> parts = Attachments.attachment("附件.html", "text/html; charset=utf-8", html, TestFiles.LIMITS);
    assertEquals(List.of(new TextPart(Location.attachment("附件.html"), "名称 | A100")), parts);
    byte[] text = "采购需求：Azure OpenAI 服务".getBytes(StandardCharsets.UTF_8);
    assertEquals("采购需求：Azure OpenAI 服务",
        Attachments.attachment("说明.txt", null, text, TestFiles.LIMITS).getFirst().text());
  }

  @Test
  void unknownBinaryIsUnsupported() {
    byte[] exe = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xff, (byte) 0xff, 0, 0};
    AttachmentException e = assertThrows(AttachmentException.class,
        () -> Attachments.attachment("附件.exe", null, exe, TestFiles.LIMITS));
    assertTrue(e.getMessage().contains("unsupported type"), e.getMessage());
    assertEquals("附件.exe", e.fileName());
  }

  private static void addPage(PDDocument doc, PDFont font, String text) throws IOException {
    PDPage page = new PDPage();
    doc.addPage(page);
    try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
      cs.beginText();
      cs.setFont(font, 12);
      cs.newLineAtOffset(50, 700);
      cs.showText(text);
      cs.endText();
    }
  }

  private static byte[] save(PDDocument doc) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    doc.save(out);
    return out.toByteArray();
  }
}
