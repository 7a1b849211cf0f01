package org.tenderwatch.samples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The sample portal's files themselves: every download is a PDF it references, the GBK page needs more than
 * GB2312, and each PDF holds its decisive words only on a later page (what the attachment tests rely on). */
class SampleFilesTest {

  @Test
  void everyBizDownloadHasItsPdf() throws IOException {
    Set<String> referenced = new HashSet<>();
    for (Path file : SamplePortalTest.noticeFiles()) {
      for (Element a : SamplePortalTest.parse(file).select("a.bizDownload")) {
        String id = a.id();
        assertTrue(id.matches("[0-9a-f]{32}"), file + ": id " + id);
        assertTrue(a.text().endsWith(".pdf"), file + ": " + a.text());
        Path pdf = SamplePortalTest.PORTAL.resolve("oss/download/uuid=" + id);
        assertTrue(Files.isRegularFile(pdf), file + ": no file for bizDownload " + id);
        byte[] head = new byte[5];
        System.arraycopy(Files.readAllBytes(pdf), 0, head, 0, 5);
        assertEquals("%PDF-", new String(head, StandardCharsets.US_ASCII));
        referenced.add(pdf.getFileName().toString());
      }
    }
    try (Stream<Path> s = Files.list(SamplePortalTest.PORTAL.resolve("oss/download"))) {
      assertEquals(referenced, new HashSet<>(s.map(p -> p.getFileName().toString()).toList()), "unreferenced downloads");
    }
  }

  // ---------------------------------------------------------------- GBK

  @Test
  void theGbkPageRoundTripsAndNeedsMoreThanGb2312() throws IOException {
    List<Path> gbk = new ArrayList<>();
    for (Path f : SamplePortalTest.noticeFiles()) {
      if (new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1).contains("charset=gb2312")) {
        gbk.add(f);
      }
    }
    assertEquals(1, gbk.size(), "exactly one page is served as GBK");
    byte[] bytes = Files.readAllBytes(gbk.getFirst());
    String text = strict(Charset.forName("GB18030"), bytes);
    assertArrayEquals(bytes, encodeStrict(Charset.forName("GBK"), text), "GBK round trip");
    assertTrue(text.contains("朱镕") && text.contains("王堃"), "the GBK-only names");
    assertThrows(CharacterCodingException.class, () -> strict(Charset.forName("GB2312"), bytes),
        "a strict GB2312 decoder must fail on 镕/堃, else the page tests nothing");
    Document doc = SamplePortalTest.parse(gbk.getFirst());
    assertTrue(doc.select("div.vF_detail_content").text().contains("亚马逊云科技"), "jsoup with the GB18030 fix");
  }

  static String strict(Charset cs, byte[] bytes) throws CharacterCodingException {
    return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(bytes)).toString();
  }

  static byte[] encodeStrict(Charset cs, String s) throws CharacterCodingException {
    ByteBuffer b = cs.newEncoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
        .encode(CharBuffer.wrap(s));
    byte[] out = new byte[b.remaining()];
    b.get(out);
    return out;
  }

  // ---------------------------------------------------------------- PDFs

  static List<JsonNode> attachments() throws IOException {
    List<JsonNode> out = new ArrayList<>();
    for (JsonNode n : SamplePortalTest.expectedNotices()) {
      n.get("attachments").forEach(out::add);
    }
    return out;
  }

  static String squash(String s) {
    return s.replaceAll("\\s+", "");
  }

  @ParameterizedTest
  @MethodSource("attachments")
  void pdfsCarryTheDecisiveWordsOnALaterPage(JsonNode a) throws IOException {
    try (PDDocument doc = Loader.loadPDF(SamplePortalTest.PORTAL.resolve(a.get("file").asString()).toFile())) {
      assertEquals(a.get("pages").asInt(), doc.getNumberOfPages(), a.get("name").asString());
      assertTrue(doc.getNumberOfPages() >= 3, "several pages per PDF");
      int evidence = a.get("evidencePage").asInt();
      assertTrue(evidence >= 2, "the decisive page is a later page");
      for (int p = 1; p <= doc.getNumberOfPages(); p++) {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(p);
        stripper.setEndPage(p);
        String text = squash(stripper.getText(doc));
        for (JsonNode w : a.get("evidenceWords")) {
          boolean has = text.contains(squash(w.asString()));
          if (p == evidence) {
            assertTrue(has, a.get("name").asString() + " p." + p + " lacks " + w.asString() + ": " + text);
          } else if (p < evidence) {
            assertFalse(has, a.get("name").asString() + ": " + w.asString() + " already on p." + p);
          }
        }
      }
    }
  }
}
