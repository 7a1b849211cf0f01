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

/**
 * Checks the committed sample portal on its own (files, not the catalog that wrote them): every list link and
 * attachment resolves, pages carry the vF/vT skeleton, the GBK page round-trips, the PDFs hold their decisive
 * words on the page expected.json names, and expected.json agrees with the pages.
 */
class SamplePortalTest {

  static final Path SAMPLES = Path.of("samples");
  static final Path PORTAL = SAMPLES.resolve("portal");
  static final Pattern PAGER = Pattern.compile("Pager\\(\\{size:(\\d+), current:(\\d+), prefix:'index',suffix:'htm'\\}\\)");
  static final DateTimeFormatter PUB_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", java.util.Locale.ROOT);
  static final DateTimeFormatter PUB_TIME = DateTimeFormatter.ofPattern("yyyy年MM月dd日 HH:mm", java.util.Locale.ROOT);

  static JsonNode expected() throws IOException {
    return JsonMapper.builder().build().readTree(Files.readAllBytes(SAMPLES.resolve("expected.json")));
  }

  static List<JsonNode> expectedNotices() throws IOException {
    List<JsonNode> out = new ArrayList<>();
    expected().get("notices").forEach(out::add);
    return out;
  }

  /** Parses as a browser would: the meta charset, with gb2312/gbk widened to GB18030 (PORTALS/DEPENDENCIES §7). */
  static Document parse(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    String uri = "https://www.ccgp.gov.cn/" + PORTAL.relativize(file).toString().replace('\\', '/');
    Document doc = Jsoup.parse(new ByteArrayInputStream(bytes), null, uri);
    String cs = doc.charset().name().toUpperCase(java.util.Locale.ROOT);
    if (cs.equals("GB2312") || cs.equals("GBK") || cs.contains("EUC-CN")) {
      doc = Jsoup.parse(new ByteArrayInputStream(bytes), "GB18030", uri);
    }
    return doc;
  }

  static List<Path> noticeFiles() throws IOException {
    try (Stream<Path> s = Files.walk(PORTAL.resolve("cggg"))) {
      return s.filter(p -> p.getFileName().toString().matches("t\\d{8}_\\d+\\.htm")).sorted().toList();
    }
  }

  static List<Path> channelDirs() {
    List<Path> dirs = new ArrayList<>();
    for (String scope : List.of("zygg", "dfgg")) {
      for (String type : List.of("gkzb", "jzxtpgg", "jzxcs", "dylygg", "zbgg", "cjgg", "gzgg", "fblbgg")) {
        dirs.add(PORTAL.resolve("cggg").resolve(scope).resolve(type));
      }
    }
    return dirs;
  }

  static String rel(Path p) {
    return "/" + PORTAL.relativize(p).toString().replace('\\', '/');
  }

  // ---------------------------------------------------------------- list pages

  @ParameterizedTest
  @MethodSource("channelDirs")
  void listPagesShowExactlyTheChannelsNoticesNewestFirst(Path dir) throws IOException {
    assertTrue(Files.isRegularFile(dir.resolve("index.htm")), dir + ": index.htm missing");
    List<String> listed = new ArrayList<>();
    List<LocalDateTime> dates = new ArrayList<>();
    int pages = -1;
    for (int page = 0; ; page++) {
      Path file = dir.resolve(page == 0 ? "index.htm" : "index_" + page + ".htm");
      if (!Files.exists(file)) {
        assertEquals(pages, page, dir + ": the pager announces " + pages + " pages");
        break;
      }
      Document doc = parse(file);
      Matcher m = PAGER.matcher(doc.select("p.pager script").html());
      assertTrue(m.find(), file + ": no Pager script");
      pages = Integer.parseInt(m.group(1));
      assertEquals(page, Integer.parseInt(m.group(2)), file + ": pager current");
      assertEquals(1, doc.select("ul.c_list_bid").size(), file.toString());
      for (Element li : doc.select("ul.c_list_bid > li")) {
        Element a = li.selectFirst("a");
        String href = a.attr("href");
        assertTrue(href.matches("\\./\\d{6}/t\\d{8}_\\d+\\.htm"), file + ": href " + href);
        Path target = dir.resolve(href.substring(2));
        assertTrue(Files.isRegularFile(target), file + ": link to a missing notice " + href);
        Document notice = parse(target);
        assertEquals(notice.selectFirst("meta[name=ArticleTitle]").attr("content"), a.attr("title"), href);
        List<String> ems = li.select("em").eachText();
        assertEquals(3, ems.size(), href + ": 发布时间/地域/采购人");
        assertEquals(notice.selectFirst("meta[name=PubDate]").attr("content"), ems.get(0), href + ": list date");
        assertTrue(notice.text().contains(ems.get(2)), href + ": 采购人 " + ems.get(2) + " not on the notice");
        assertTrue(href.contains("/t" + ems.get(0).substring(0, 10).replace("-", "") + "_"), href + ": URL date");
        listed.add(target.normalize().toString());
        dates.add(LocalDateTime.parse(ems.get(0), PUB_DATE));
      }
    }
    List<LocalDateTime> sorted = new ArrayList<>(dates);
    sorted.sort(Comparator.reverseOrder());
    assertEquals(sorted, dates, dir + ": items are not newest first");
    List<String> existing;
    try (Stream<Path> s = Files.walk(dir)) {
      existing = s.filter(p -> p.getFileName().toString().matches("t\\d{8}_\\d+\\.htm")).map(p -> p.normalize().toString())
          .sorted().toList();
    }
    assertEquals(existing, listed.stream().sorted().toList(), dir + ": list and notice files differ");
  }

  @Test
  void atLeastOneChannelPages() throws IOException {
    try (Stream<Path> s = Files.walk(PORTAL.resolve("cggg"))) {
      assertTrue(s.anyMatch(p -> p.getFileName().toString().equals("index_1.htm")));
    }
  }

  // ---------------------------------------------------------------- notice pages

  @ParameterizedTest
  @MethodSource("noticeFiles")
  void noticePagesCarryTheCcgpSkeleton(Path file) throws IOException {
    Document doc = parse(file);
    String title = doc.selectFirst("meta[name=ArticleTitle]").attr("content");
    LocalDateTime pub = LocalDateTime.parse(doc.selectFirst("meta[name=PubDate]").attr("content"), PUB_DATE);
    assertEquals(pub.format(PUB_TIME), doc.selectFirst("span#pubTime").text(), file + ": pubTime");
    assertTrue(file.getFileName().toString().startsWith("t" + pub.format(DateTimeFormatter.BASIC_ISO_DATE) + "_"), file + ": URL date");
    assertTrue(file.getParent().getFileName().toString().equals(pub.format(DateTimeFormatter.ofPattern("yyyyMM", java.util.Locale.ROOT))), file + ": month dir");
    assertEquals(4, doc.select("a.CurrChnlCls").size(), file + ": breadcrumb");
    boolean vT = doc.selectFirst("div.vT_detail_main") != null;
    if (vT) {
      assertEquals(title, doc.selectFirst("div.vT_detail_header h2").text());
      assertFalse(doc.select("div.vT_detail_main > div.table td.title").isEmpty(), file + ": 公告概要");
      assertFalse(doc.select("div.vT_detail_content.w760c").text().isBlank(), file + ": body");
    } else {
      assertEquals(title, doc.selectFirst("div.vF_detail_main div.vF_detail_header h2.tc").text());
      assertFalse(doc.select("div.vF_detail_main div.table td.title").isEmpty(), file + ": 公告概要");
      assertFalse(doc.select("div.vF_detail_content_container > div.vF_detail_content").text().isBlank(), file + ": body");
    }
    for (Element td : doc.select("div.table td.title")) {
      assertTrue(td.nextElementSibling() != null, file + ": label " + td.text() + " has no value cell");
    }
  }

  // ---------------------------------------------------------------- expected.json against the pages

  @Test
  void expectedJsonListsEveryNoticeFileAndEveryListPage() throws IOException {
    Set<String> inJson = new HashSet<>();
    expectedNotices().forEach(n -> inJson.add(n.get("path").asString()));
    Set<String> files = new HashSet<>();
    for (Path f : noticeFiles()) {
      files.add(rel(f));
    }
    assertEquals(files, inJson);
    for (JsonNode l : expected().get("listPages")) {
      assertTrue(Files.isRegularFile(PORTAL.resolve(l.asString().substring(1))), l.asString());
    }
  }

  @ParameterizedTest
  @MethodSource("expectedNotices")
  void expectedJsonAgreesWithThePage(JsonNode e) throws IOException {
    String path = e.get("path").asString();
    Document doc = parse(PORTAL.resolve(path.substring(1)));
    String text = doc.text();
    assertEquals(e.get("title").asString(), doc.selectFirst("meta[name=ArticleTitle]").attr("content"), path);
    assertEquals(e.get("publishedAt").asString(), doc.selectFirst("meta[name=PubDate]").attr("content"), path);
    assertTrue(text.contains(e.get("projectNo").asString()), path + ": projectNo");
    assertTrue(text.contains(e.get("buyer").asString()), path + ": buyer");
    assertTrue(List.of("tender", "award", "correction", "termination", "other").contains(e.get("type").asString()));
    long sum = 0;
    for (JsonNode s : e.get("suppliers")) {
      assertTrue(text.contains(s.get("name").asString()), path + ": supplier " + s.get("name").asString());
      sum += s.get("amountCny").asLong();
    }
    if (!e.get("awardCny").isNull()) {
      assertEquals(e.get("awardCny").asLong(), sum, path + ": awardCny is the sum of the lots");
    }
    if (!e.get("linkedTo").isNull()) {
      JsonNode tender = expectedNotices().stream().filter(n -> n.get("path").asString().equals(e.get("linkedTo").asString()))
          .findFirst().orElseThrow();
      assertEquals(tender.get("projectNo").asString(), e.get("projectNo").asString(), path + ": same 项目编号 as its tender");
      assertEquals(tender.get("buyer").asString(), e.get("buyer").asString());
      assertTrue(tender.get("publishedAt").asString().compareTo(e.get("publishedAt").asString()) < 0);
    }
  }

  /** Words the brief requires a page (HTML only, attachments aside) to contain or to lack. */
  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      // case 1 award: project name and number only
      "/cggg/zygg/cjgg/202405/t20240521_21961874.htm; 大模型接口服务; Azure|OpenAI|token|GPT",
      // case 2: the GPU detail is only in the PDF
      "/cggg/zygg/gkzb/202404/t20240418_21769305.htm; 算力租赁服务; A100|GPU|英伟达|NVIDIA|500台",
      "/cggg/zygg/zbgg/202405/t20240528_22004517.htm; 算力租赁服务; A100|GPU|英伟达|NVIDIA",
      "/cggg/dfgg/jzxtpgg/202406/t20240606_22071466.htm; Amazon Bedrock|p5.48xlarge|亚马逊云科技|20.000000; Azure",
      "/cggg/dfgg/jzxcs/202408/t20240813_22396725.htm; AWS|18.400000; Bedrock",
      "/cggg/dfgg/fblbgg/202409/t20240905_22512043.htm; 项目终止的原因|ZJHX-2024-CS0519; AWS|亚马逊",
      // near-misses: the misleading word is there, the watched thing is not
      "/cggg/dfgg/gkzb/202403/t20240326_21655307.htm; 无损检测; AWS",
      "/cggg/dfgg/zbgg/202410/t20241015_22706318.htm; A100|原子吸收分光光度计; GPU|NVIDIA|英伟达|服务器",
      "/cggg/dfgg/cjgg/202409/t20240920_22590511.htm; Bedrock Edition|我的世界; Amazon|AWS|亚马逊",
      "/cggg/zygg/jzxtpgg/202406/t20240611_22089342.htm; Azure Active Directory|Office 365; OpenAI|GPT",
      "/cggg/dfgg/cjgg/202410/t20241022_22744190.htm; 四川省大学生|阿里云; 四川大学|AWS|亚马逊",
  })
  void pagesSayWhatTheirCaseNeeds(String path, String present, String absent) throws IOException {
    String text = parse(PORTAL.resolve(path.substring(1))).text();
    for (String w : present.split("\\|")) {
      assertTrue(text.contains(w), path + " lacks " + w);
    }
    for (String w : absent.split("\\|")) {
      assertFalse(text.toLowerCase(java.util.Locale.ROOT).contains(w.toLowerCase(java.util.Locale.ROOT)), path + " has " + w);
    }
  }

  @Test
  void theRealAirconPageIsCopiedUnchanged() throws IOException {
    assertArrayEquals(Files.readAllBytes(SamplePortalGenerator.REALDATA.resolve("ccgp_detail_shenzhen_longhua_aircon_award.html")),
        Files.readAllBytes(PORTAL.resolve("cggg/dfgg/zbgg/202505/t20250527_24670758.htm")));
  }

  @Test
  void readmeHasOneLinePerFile() throws IOException {
    String readme = Files.readString(SAMPLES.resolve("README.md"), StandardCharsets.UTF_8);
    List<Path> files;
    try (Stream<Path> s = Files.walk(SAMPLES)) {
      files = s.filter(Files::isRegularFile).toList();
    }
    for (Path f : files) {
      String name = SAMPLES.relativize(f).toString().replace('\\', '/');
      assertTrue(readme.contains("- `" + name + "`"), "README has no line for " + name);
    }
  }

  static {
    if (!Files.isDirectory(PORTAL)) {
      throw new UncheckedIOException(new IOException("run the tests from the project root: " + PORTAL.toAbsolutePath()));
    }
  }
}
