package org.tenderwatch.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.tenderwatch.archive.WarcArchive;
import org.tenderwatch.config.Config;
import org.tenderwatch.config.ConfigLoader;
import org.tenderwatch.config.SourceConfig;
import org.tenderwatch.crawl.BaseUrls;
import org.tenderwatch.crawl.CrawlReport;
import org.tenderwatch.demo.SamplePortal;
import org.tenderwatch.cases.CaseView;
import org.tenderwatch.store.NoticeView;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole chain on a real HTTP server on 127.0.0.1 serving samples/portal, crawled with the shipped ccgp source
 * config through --base-url, checked against samples/expected.json (written and checked by hand from the pages).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PipelineEndToEndTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private Path data;
  private SamplePortal portal;
  private Config config;
  private SourceConfig ccgp;
  private JsonNode expected;
  private CrawlReport first;
  private Map<String, NoticeView> byPath;

  @BeforeAll
  void crawlOnce(@TempDir Path dir) throws IOException {
    data = dir;
    portal = SamplePortal.start(Path.of("samples/portal"));
    config = ConfigLoader.load(Path.of("config/tenderwatch.yaml")).withDataDir(data).withDelay(0);
    ccgp = config.source("ccgp");
    expected = JSON.readTree(Path.of("samples/expected.json").toFile());
    try (Pipeline p = Pipeline.open(config, Clock.systemUTC())) {
      first = p.crawl(ccgp, BaseUrls.of(ccgp.hosts(), portal.uri()), null);
      byPath = new HashMap<>();
      for (NoticeView n : p.store().notices(null, null, 1000)) {
        byPath.put(URI.create(n.url()).getPath(), n);
      }
    }
  }

  @AfterAll
  void stop() {
    portal.close();
  }

  @Test
  void crawlsEveryNoticeWithoutFailures() {
    assertEquals(List.of(), first.failures());
    assertEquals(expected.get("notices").size(), first.notices());
    assertEquals(expected.get("listPages").size(), first.listPages(), "the pager's page count, no 404 probing");
    assertEquals(expected.get("notices").size(), byPath.size());
  }

  @Test
  void everyNoticeHasTheExpectedFieldsAndFlags() {
    List<String> wrong = new ArrayList<>();
    for (JsonNode e : expected.get("notices")) {
      String path = e.get("path").asString();
      NoticeView n = byPath.get(path);
      if (n == null) {
        wrong.add(path + ": not stored");
        continue;
      }
      check(wrong, path, "type", e.get("type").asString(), n.type());
      check(wrong, path, "title", e.get("title").asString(), n.title());
      check(wrong, path, "buyer", e.get("buyer").asString(), n.buyer());
      check(wrong, path, "projectNo", e.get("projectNo").asString(), n.projectNo());
      Set<String> flags = new TreeSet<>();
      e.get("flags").forEach(f -> flags.add(f.asString()));
      check(wrong, path, "flags", flags, n.flags().stream().map(NoticeView.FlagEvidence::category)
          .collect(Collectors.toCollection(TreeSet::new)));
      if (e.get("type").asString().equals("award")) {
        check(wrong, path, "winners", names(e.get("suppliers")),
            n.suppliers().stream().map(NoticeView.Supplier::name).toList());
        checkAmount(wrong, path, e.get("awardCny"), n.awardCny());
      }
    }
    assertTrue(wrong.isEmpty(), String.join("\n", wrong));
  }

  @Test
  void theFourCasesAreFlaggedWithTheirWinnersAndNoNearMissIs() {
    List<CaseView> cases;
    try (Pipeline p = Pipeline.open(config, Clock.systemUTC())) {
      cases = p.cases().flaggedCases();
    }
    var caseOf = new HashMap<String, CaseView>();
    cases.forEach(c -> c.notices().forEach(n -> caseOf.put(URI.create(n.url()).getPath(), c)));
    for (var entry : expected.get("cases").properties()) {
      JsonNode e = entry.getValue();
      CaseView c = caseOf.get(e.get("notices").get(0).asString());
      assertNotNull(c, entry.getKey() + " not flagged");
      assertEquals(e.get("notices").size(), c.notices().size(), entry.getKey() + ": tender and follow-up linked");
      assertEquals(e.get("buyer").asString(), c.notice().buyer());
      Set<String> categories = c.flags().stream().map(NoticeView.FlagEvidence::category).collect(Collectors.toSet());
      e.get("flags").forEach(f -> assertTrue(categories.contains(f.asString()), entry.getKey() + " " + categories));
      if (e.get("outcome").asString().equals("award")) {
        assertEquals("awarded", c.status(), entry.getKey());
        assertEquals(List.of(e.get("winner").asString()),
            c.winners().stream().map(NoticeView.Supplier::name).distinct().toList(), entry.getKey());
        assertEquals(0, new BigDecimal(e.get("awardCny").asString()).compareTo(c.awardCny()), entry.getKey());
      } else {
        assertEquals("terminated", c.status(), entry.getKey());
      }
    }
    var flaggedPaths = caseOf.keySet();
    for (JsonNode n : expected.get("notices")) {
      if (n.get("kind").asString().equals("near-miss")) {
        assertTrue(!flaggedPaths.contains(n.get("path").asString()), "near-miss flagged: " + n.get("path"));
      }
    }
    assertEquals(expected.get("cases").size(), cases.size(), "only the four cases are flagged");
  }

  @Test
  void gpuDetailOnlyInThePdfIsFoundWithItsPage() {
    JsonNode case2 = expected.get("cases").get("case2");
    NoticeView tender = byPath.get(case2.get("notices").get(0).asString());
    var gpu = tender.flags().stream().filter(f -> f.category().equals("nvidia_gpu")).findFirst().orElseThrow();
    assertTrue(gpu.location().matches(".+ p\\.\\d+.*"), gpu.location());
    assertTrue(gpu.snippet().contains("«"), gpu.snippet());
  }

  @Test
  void everyNoticeIsArchivedWithTheHashOfItsBytes() throws IOException {
    for (NoticeView n : byPath.values()) {
      assertNotNull(n.archive(), n.url());
      byte[] original = Files.readAllBytes(Path.of("samples/portal").resolve(URI.create(n.url()).getPath().substring(1)));
      assertEquals(WarcArchive.sha256Hex(original), n.archive().sha256(), n.url());
      String warcFile = n.archive().warc().substring(0, n.archive().warc().indexOf('#'));
      assertTrue(Files.isRegularFile(data.resolve("warc").resolve(warcFile)), warcFile);
    }
  }

  @Test
  void aSecondCrawlFetchesOnlyListPagesAndChangesNothing() {
    try (Pipeline p = Pipeline.open(config, Clock.systemUTC())) {
      int notices = p.store().count();
      int flags = p.store().flagCount();
      CrawlReport again = p.crawl(ccgp, BaseUrls.of(ccgp.hosts(), portal.uri()), null);
      assertEquals(0, again.notices());
      // first pages only: a page whose notices are all known ends its channel, so index_1.htm is not read again
      assertEquals(expected.get("notices").size() - itemsBeyondFirstPages(), again.known());
      assertEquals(ccgp.lists().size(), again.listPages(), "a page of known notices stops each channel");
      assertEquals(notices, p.store().count());
      assertEquals(flags, p.store().flagCount());
    }
  }

  @Test
  void reindexFromTheArchiveGivesTheSameNoticesAndFlags() throws IOException {
    String before;
    int count;
    try (Pipeline p = Pipeline.open(config, Clock.systemUTC())) {
      before = JSON.writeValueAsString(p.store().notices(null, null, 1000));
      count = p.store().count();
    }
    Reindex.Result r = Reindex.run(config, Clock.systemUTC(), d -> { });
    assertEquals(count, r.rebuilt());
    assertEquals(0, r.kept());
    try (Pipeline p = Pipeline.open(config, Clock.systemUTC())) {
      assertEquals(before, JSON.writeValueAsString(p.store().notices(null, null, 1000)));
      assertEquals(count, p.index().count());
    }
  }

  @Test
  void sinceSkipsOlderNotices(@TempDir Path other) {
    Config c = config.withDataDir(other);
    try (Pipeline p = Pipeline.open(c, Clock.systemUTC())) {
      CrawlReport r = p.crawl(ccgp, BaseUrls.of(ccgp.hosts(), portal.uri()), java.time.LocalDate.parse("2025-01-01"));
      long newer = 0;
      for (JsonNode n : expected.get("notices")) {
        if (n.get("publishedAt").asString().compareTo("2025-01-01") >= 0) {
          newer++;
        }
      }
      assertEquals(newer, r.notices());
      assertTrue(r.older() > 0);
    }
  }

  /** Items on list pages index_1.htm, index_2.htm …, counted from the sample files themselves. */
  private static int itemsBeyondFirstPages() {
    try (var files = Files.walk(Path.of("samples/portal/cggg"))) {
      int n = 0;
      for (Path f : files.filter(f -> f.getFileName().toString().matches("index_\\d+\\.htm")).toList()) {
        n += org.jsoup.Jsoup.parse(f.toFile(), "UTF-8").select("ul.c_list_bid > li").size();
      }
      return n;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static List<String> names(JsonNode suppliers) {
    List<String> out = new ArrayList<>();
    suppliers.forEach(s -> out.add(s.get("name").asString()));
    return out;
  }

  private static void check(List<String> wrong, String path, String field, Object want, Object got) {
    if (!java.util.Objects.equals(want, got)) {
      wrong.add(path + ": " + field + " expected <" + want + "> got <" + got + ">");
    }
  }

  private static void checkAmount(List<String> wrong, String path, JsonNode want, BigDecimal got) {
    if (want == null || want.isNull()) {
      return;
    }
    if (got == null || new BigDecimal(want.asString()).compareTo(got) != 0) {
      wrong.add(path + ": awardCny expected <" + want + "> got <" + got + ">");
    }
  }
}
