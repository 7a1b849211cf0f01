package org.tenderwatch.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tenderwatch.text.Location;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs the extractor on every real notice in src/test/resources/realdata and compares it, field by field, with
 * the hand-checked golden/<name>.expected.json. A failure lists every field that differs.
 */
class GoldenNoticesTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  /** The golden set, in the order rounds added it: {@code golden/names.txt} ('#' lines are comments). */
  static final List<String> NAMES = names();
  static final List<String> FIELDS = List.of("type", "title", "publishedAt", "buyer", "agency", "projectNo",
      "budgetCny", "awardCny", "suppliers", "region", "buyerAddress", "category", "maxPriceCny", "bidDeadline",
      "bidOpening");

  private static List<String> names() {
    try {
      return resourceLines("golden/names.txt");
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static Stream<String> files() {
    return NAMES.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void matchesGolden(String file) throws IOException {
    Notice notice = extract(file);
    JsonNode expected = JSON.readTree(resource("golden/" + baseName(file) + ".expected.json"));
    List<String> mismatches = new ArrayList<>(mismatches(notice, expected));
    // A known miss is written into the golden file with its reason; it counts against the accuracy table
    // (FieldAccuracyTest), and if the extractor starts getting it right this test says so.
    JsonNode known = expected.get("knownMisses");
    for (String field : FIELDS) {
      boolean missed = mismatches.removeIf(m -> m.startsWith(field + ":"));
      if (known != null && known.has(field) && !missed) {
        mismatches.add(field + ": listed as a known miss but now right; drop it from knownMisses");
      }
      if (missed && (known == null || !known.has(field))) {
        mismatches.addAll(mismatches(notice, expected).stream().filter(m -> m.startsWith(field + ":")).toList());
      }
    }
    assertTrue(mismatches.isEmpty(), file + " mismatches:\n  " + String.join("\n  ", mismatches));
    assertEquals(Location.NOTICE_PAGE, notice.parts().getFirst().location());
    assertTrue(!notice.parts().getFirst().text().isBlank(), "notice page text is empty");
  }

  /** Reads a real file the way production would see its notice (see realdata/README.md for the unwrapping). */
  static Notice extract(String file) throws IOException {
    return NoticeExtractor.fromHtml(document(file));
  }

  /** The page a real file gives, unwrapped as {@link #extract} reads it. */
  static Document document(String file) throws IOException {
    byte[] bytes = resourceBytes("realdata/" + file);
    if (file.endsWith(".json")) {
      String page = UirPages.render(JSON.readTree(new String(bytes, StandardCharsets.UTF_8)));
      return Jsoup.parse(page, "https://www.ccgp.gov.cn/");
    }
    if (file.endsWith(".block.txt")) {
      return blockPage(new String(bytes, StandardCharsets.UTF_8));
    }
    if (file.endsWith(".php.txt")) {
      String html = new String(bytes, StandardCharsets.UTF_8)
          .replaceFirst("^<\\?php exit;\\?>\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}", "");
      return Jsoup.parse(html, "");
    }
    return HtmlDecoder.decode(bytes, null, "https://example.org/" + file);
  }

  /**
   * A text block kept by a crawler project without its markup (realdata/README.md): each line becomes a paragraph
   * of a bare page, so the extractor sees the text and nothing of any portal's template.
   */
  static Document blockPage(String text) {
    Document page = Document.createShell("");
    for (String line : text.split("\\R")) {
      page.body().appendElement("p").text(line);
    }
    return page;
  }

  static List<String> mismatches(Notice n, JsonNode e) {
    List<String> out = new ArrayList<>();
    check(out, "type", e.get("type").asString(), n.type().json());
    check(out, "title", text(e, "title"), n.title());
    check(out, "publishedAt", text(e, "publishedAt"),
        n.publishedAt() == null ? null : n.publishedAt().toString());
    check(out, "buyer", text(e, "buyer"), n.buyer());
    check(out, "agency", text(e, "agency"), n.agency());
    check(out, "projectNo", text(e, "projectNo"), n.projectNo());
    checkAmount(out, "budgetCny", e.get("budgetCny"), n.budget());
    checkAmount(out, "awardCny", e.get("awardCny"), n.award());
    check(out, "suppliers", suppliers(e.get("suppliers")), suppliers(n.suppliers()));
    check(out, "region", text(e, "region"), n.region());
    check(out, "buyerAddress", text(e, "buyerAddress"), n.buyerAddress());
    check(out, "category", text(e, "category"), n.category());
    checkAmount(out, "maxPriceCny", e.get("maxPriceCny"), n.maxPrice());
    check(out, "bidDeadline", text(e, "bidDeadline"), n.bidDeadline() == null ? null : n.bidDeadline().toString());
    check(out, "bidOpening", text(e, "bidOpening"), n.bidOpening() == null ? null : n.bidOpening().toString());
    return out;
  }

  private static void check(List<String> out, String field, Object expected, Object actual) {
    if (!Objects.equals(expected, actual)) {
      out.add(field + ": expected <" + expected + "> but was <" + actual + ">");
    }
  }

  private static void checkAmount(List<String> out, String field, JsonNode expected, Amount actual) {
    BigDecimal want = expected == null || expected.isNull() ? null : expected.decimalValue();
    BigDecimal got = actual == null ? null : actual.cny();
    if (want == null ? got != null : got == null || want.compareTo(got) != 0) {
      out.add(field + ": expected <" + want + "> but was <" + got + ">"
          + (actual == null ? "" : " (text \"" + actual.text() + "\")"));
    }
  }

  private static List<String> suppliers(JsonNode list) {
    List<String> out = new ArrayList<>();
    for (JsonNode s : list) {
      JsonNode amount = s.get("amountCny");
      out.add(s.get("name").asString() + " / " + text(s, "lot") + " / "
          + (amount == null || amount.isNull() ? null : amount.decimalValue().stripTrailingZeros().toPlainString()));
    }
    return out;
  }

  private static List<String> suppliers(List<SupplierAward> list) {
    List<String> out = new ArrayList<>();
    for (SupplierAward s : list) {
      BigDecimal cny = s.amount() == null ? null : s.amount().cny();
      out.add(s.name() + " / " + s.lot() + " / " + (cny == null ? null : cny.stripTrailingZeros().toPlainString()));
    }
    return out;
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : v.asString();
  }

  static String baseName(String file) {
    return file.replaceFirst("\\.(html|json|jsp|php\\.txt|block\\.txt)$", "");
  }

  static String resource(String path) throws IOException {
    return new String(resourceBytes(path), StandardCharsets.UTF_8);
  }

  /** A list resource's lines, stripped, blank lines and "#" comments left out (names.txt, shape-known.txt). */
  static List<String> resourceLines(String path) throws IOException {
    return resource(path).lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
  }

  static byte[] resourceBytes(String path) throws IOException {
    try (InputStream in = GoldenNoticesTest.class.getResourceAsStream("/" + path)) {
      if (in == null) {
        throw new IOException("missing test resource " + path);
      }
      return in.readAllBytes();
    }
  }

}
