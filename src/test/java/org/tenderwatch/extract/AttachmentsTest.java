package org.tenderwatch.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.compress.archivers.sevenz.SevenZArchiveEntry;
import org.apache.commons.compress.archivers.sevenz.SevenZOutputFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.tenderwatch.config.AttachmentLimits;
import org.tenderwatch.text.Location;
import org.tenderwatch.text.TextPart;

/** Every attachment type from its bytes, tables as rows, archives located entry by entry, scans and OCR. */
class AttachmentsTest {

  private static final AttachmentLimits LIMITS = TestFiles.LIMITS;

  private static AttachmentText read(String name, String contentType, byte[] body) throws AttachmentException {
    return Attachments.read(name, contentType, body, LIMITS, Ocr.NONE);
  }

  @Test
  void docxKeepsTableRowsAndIsFoundByItsBytesNotItsName() throws Exception {
    byte[] docx = TestFiles.docx(List.of("第二章 采购需求", "GPU服务器 NVIDIA A100 80GB"),
        List.of(List.of("序号", "名称", "数量"), List.of("1", "H100 算力服务器", "4台")));
    // Portals serve Word files as "download.do" with Content-Type application/pdf.
    AttachmentText t = read("download.do", "application/pdf", docx);
    assertEquals(1, t.parts().size());
    assertEquals(Location.attachment("download.do"), t.parts().getFirst().location());
    assertEquals("第二章 采购需求\nGPU服务器 NVIDIA A100 80GB\n序号 | 名称 | 数量\n1 | H100 算力服务器 | 4台",
        t.parts().getFirst().text());
  }

  @Test
  void xlsxIsOnePartPerSheetWithRows() throws Exception {
    Map<String, List<List<String>>> sheets = new LinkedHashMap<>();
    sheets.put("报价明细", List.of(List.of("品目", "型号", "", "单价"), List.of("GPU服务器", "A100", "", "¥1,200,000")));
    sheets.put("说明", List.of(List.of("Azure OpenAI 服务 100万 tokens")));
    AttachmentText t = read("报价表.xlsx", null, TestFiles.xlsx(sheets));
    assertEquals(List.of("报价表.xlsx / 报价明细", "报价表.xlsx / 说明"), TestFiles.locations(t.parts()));
    assertEquals("品目 | 型号 |  | 单价\nGPU服务器 | A100 |  | ¥1,200,000", t.parts().get(0).text());
    assertEquals("Azure OpenAI 服务 100万 tokens", t.parts().get(1).text());
  }

  @Test
  void xlsIsReadWithHssf() throws Exception {
    byte[] xls;
    try (HSSFWorkbook wb = new HSSFWorkbook()) {
      var row = wb.createSheet("清单").createRow(0);
      row.createCell(0).setCellValue("NVIDIA H800");
      row.createCell(1).setCellValue(8);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      wb.write(out);
      xls = out.toByteArray();
    }
    AttachmentText t = read("清单.xls", null, xls);
    assertEquals(List.of(new TextPart(new Location("清单.xls", null, "清单"), "NVIDIA H800 | 8")), t.parts());
  }

  @Test
  void docIsReadWithHwpfTablesAsRows() throws Exception {
    byte[] doc;
    try (InputStream in = AttachmentsTest.class.getResourceAsStream("/attachments/requirements.doc")) {
      assertNotNull(in, "the committed fixture /attachments/requirements.doc is missing");
      doc = in.readAllBytes();
    }
    String text = read("采购需求.doc", null, doc).parts().getFirst().text();
    assertTrue(text.contains("GPU服务器 NVIDIA A100 80GB"), text);
    assertTrue(text.contains("序号 | 名称 | 数量"), text);
    assertTrue(text.contains("1 | H100 算力服务器 | 4台"), text);
  }

  @Test
  void nestedZipLocatesEveryEntryByPath() throws Exception {
    byte[] inner = TestFiles.zip(StandardCharsets.UTF_8, Map.of("spec.docx",
        TestFiles.docx(List.of("Amazon Bedrock"), List.of(List.of("a", "b")))));
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put("招标文件.pdf", TestFiles.pdf("chapter 1", "chapter 2", "8x A100 80GB"));
    entries.put("技术/more.zip", inner);
    entries.put("__MACOSX/._招标文件.pdf", new byte[] {0, 5, 22, 7});
    entries.put("readme.rar", new byte[] {'R', 'a', 'r', '!', 0x1A, 0x07, 0x01, 0x00});
    // Written as a Chinese Windows archiver does: GBK names, no UTF-8 flag.
    byte[] zip = TestFiles.zip(Charset.forName("GBK"), entries);
    AttachmentText t = read("附件.zip", null, zip);
    assertEquals(List.of("附件.zip/招标文件.pdf p.1", "附件.zip/招标文件.pdf p.2", "附件.zip/招标文件.pdf p.3",
        "附件.zip/技术/more.zip/spec.docx"), TestFiles.locations(t.parts()));
    assertEquals("8x A100 80GB", t.parts().get(2).text());
    assertEquals("Amazon Bedrock\na | b", t.parts().get(3).text());
    assertEquals(1, t.notes().size(), t.notes().toString());
    assertTrue(t.notes().getFirst().startsWith("附件.zip/readme.rar: unsupported type: RAR"), t.notes().toString());
  }

  @Test
  void sevenZipIsReadWithXz() throws Exception {
    SeekableInMemoryByteChannel channel = new SeekableInMemoryByteChannel();
    try (SevenZOutputFile out = new SevenZOutputFile(channel)) { // LZMA2 by default: needs org.tukaani:xz
      SevenZArchiveEntry e = out.createArchiveEntry(new java.io.File("需求.pdf"), "需求.pdf");
      out.putArchiveEntry(e);
      out.write(TestFiles.pdf("H100 SXM5"));
      out.closeArchiveEntry();
    }
    byte[] sevenZ = java.util.Arrays.copyOf(channel.array(), (int) channel.size());
    AttachmentText t = read("a.7z", null, sevenZ);
    assertEquals(List.of(new TextPart(Location.pdfPage("a.7z/需求.pdf", 1), "H100 SXM5")), t.parts());
  }

  @Test
  void rarIsReportedUnsupported() {
    byte[] rar = {'R', 'a', 'r', '!', 0x1A, 0x07, 0x01, 0x00, 1, 2, 3};
    AttachmentException e = assertThrows(AttachmentException.class, () -> read("附件.zip", "application/zip", rar));
    assertTrue(e.getMessage().startsWith("附件.zip: unsupported type: RAR archive"), e.getMessage());
  }

  @Test
  void pdfWithOnlyAnOwnerPasswordIsRead() throws Exception {
    byte[] pdf;
    try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(TestFiles.pdf("A800 cluster"))) {
      AccessPermission noCopy = new AccessPermission();
      noCopy.setCanExtractContent(false);
      StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "", noCopy);
      policy.setEncryptionKeyLength(128);
      doc.protect(policy);
      pdf = TestFiles.save(doc);
    }
    assertEquals("A800 cluster", read("locked.pdf", null, pdf).parts().getFirst().text());
  }

  @Test
  void pdfWithABrokenXrefIsRepaired() throws Exception {
    String pdf = new String(TestFiles.pdf("page one", "GB200 NVL72"), StandardCharsets.ISO_8859_1);
    int at = pdf.lastIndexOf("startxref");
    String broken = pdf.substring(0, at) + "startxref\n999999\n%%EOF\n";
    AttachmentText t = read("broken.pdf", null, broken.getBytes(StandardCharsets.ISO_8859_1));
    assertEquals(List.of("page one", "GB200 NVL72"), t.parts().stream().map(TextPart::text).toList());
  }

  @Test
  void pageCapKeepsTheFirstPagesAndSaysSo() throws Exception {
    AttachmentText t = Attachments.read("long.pdf", null, TestFiles.pdf("1", "2", "3", "4", "5"),
        LIMITS.withMaxPages(2), Ocr.NONE);
    assertEquals(2, t.parts().size());
    assertEquals(List.of("long.pdf: 5 pages, read the first 2"), t.notes());
  }

  @Test
  void scannedPageWithoutOcrIsNoted() throws Exception {
    AttachmentText t = read("scan.pdf", null, TestFiles.scannedPdf("采购需求", "GPU A100"));
    assertEquals(List.of(), t.parts());
    assertEquals(List.of("scan.pdf p.1: image-only page, no OCR available"), t.notes());
  }

  @Test
  void scannedPageIsOcrdWhenTesseractIsInstalled() throws Exception {
    Ocr ocr = Ocr.detect();
    assumeTrue(ocr.available(), "missing system package: tesseract-ocr tesseract-ocr-chi-sim");
    assumeTrue(TestFiles.CJK_FONT.isFile(), "missing system package: fonts-wqy-zenhei");
    AttachmentText t = Attachments.read("scan.pdf", null, TestFiles.scannedPdf("采购需求", "GPU服务器 A100"), LIMITS, ocr);
    assertEquals(List.of("scan.pdf p.1 / OCR"), TestFiles.locations(t.parts()));
    String text = t.parts().getFirst().text();
    assertTrue(text.contains("采购需求"), text);
    assertTrue(text.contains("A100"), text);
  }

  @Test
  void textUsesTheHeaderCharsetElseDetection() throws Exception {
    byte[] gbk = "采购需求：英伟达 H100 算力服务器，供应商须提供原厂授权。镕喆堃".getBytes(Charset.forName("GBK"));
    assertEquals("采购需求：英伟达 H100 算力服务器，供应商须提供原厂授权。镕喆堃",
        read("a.txt", "text/plain; charset=gb2312", gbk).parts().getFirst().text());
    byte[] longer = ("本项目采购图形处理器服务器一批，用于人工智能模型训练与推理，交付地点为采购人指定地点。"
        + "投标人须具备相应的供货能力和售后服务能力。").repeat(3).getBytes(Charset.forName("GB18030"));
    String detected = read("b.txt", null, longer).parts().getFirst().text();
    assertTrue(detected.startsWith("本项目采购图形处理器服务器一批"), detected);
  }

  @Test
  void binaryServedAsTextIsAFailure() {
    byte[] binary = new byte[4096];
    new java.util.Random(7).nextBytes(binary);
    AttachmentException e = assertThrows(AttachmentException.class,
        () -> read("notice.html", "text/html; charset=utf-8", binary));
    assertTrue(e.getMessage().contains("unsupported type: binary data"), e.getMessage());
    assertTrue(e.getMessage().contains("served as text/html"), e.getMessage());
  }
}
