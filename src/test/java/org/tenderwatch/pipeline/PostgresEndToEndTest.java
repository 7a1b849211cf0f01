package org.tenderwatch.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.tenderwatch.cli.Wiring;
import org.tenderwatch.config.Config;
import org.tenderwatch.config.Settings;
import org.tenderwatch.web.WebServer;
import org.tenderwatch.config.ConfigLoader;
import org.tenderwatch.config.SourceConfig;
import org.tenderwatch.crawl.BaseUrls;
import org.tenderwatch.crawl.CrawlReport;
import org.tenderwatch.demo.SamplePortal;
import org.tenderwatch.store.Dialect;
import org.tenderwatch.store.PgTestDb;
import org.tenderwatch.store.StateStore;
import org.tenderwatch.store.StoreException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The demo path on PostgreSQL: the sample portal crawled once into SQLite and once into a fresh PostgreSQL
 * database gives the same notices, flags, screening, links, problems and flagged cases, notice by notice (only the
 * WARC record names differ: each crawl writes its own archive), and samples/expected.json's counts.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresEndToEndTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private SamplePortal portal;
  private PgTestDb pg;
  private Config onSqlite;
  private Config onPostgres;
  private SourceConfig ccgp;
  private CrawlReport sqliteReport;
  private CrawlReport pgReport;

  @BeforeAll
  void crawlBoth(@TempDir Path a, @TempDir Path b) throws IOException {
    pg = PgTestDb.create();
    portal = SamplePortal.start(Path.of("samples/portal"));
    Config base = ConfigLoader.load(Path.of("config/tenderwatch.yaml")).withDelay(0);
    onSqlite = base.withDataDir(a);
    onPostgres = base.withDataDir(b).withStore(pg.store());
    ccgp = base.source("ccgp");
    sqliteReport = crawl(onSqlite);
    pgReport = crawl(onPostgres);
  }

  private CrawlReport crawl(Config config) {
    try (Pipeline p = Pipeline.open(config, Clock.systemUTC())) {
      return p.crawl(ccgp, BaseUrls.of(ccgp.hosts(), portal.uri()), null);
    }
  }

  @AfterAll
  void stop() {
    if (portal != null) {
      portal.close();
    }
    if (pg != null) {
      pg.close();
    }
  }

  @Test
  void theStoreIsPostgres() {
    try (Pipeline p = Pipeline.open(onPostgres, Clock.systemUTC())) {
      assertEquals(Dialect.POSTGRESQL, p.database().dialect());
      assertTrue(p.database().name().startsWith("jdbc:postgresql://"), p.database().name());
      assertTrue(!p.database().name().contains("password"), "no password in messages: " + p.database().name());
    }
  }

  @Test
  void sameCountsAsSqliteAndAsExpected() throws IOException {
    JsonNode expected = JSON.readTree(Path.of("samples/expected.json").toFile());
    assertEquals(List.of(), pgReport.failures());
    assertEquals(expected.get("notices").size(), pgReport.notices());
    assertEquals(sqliteReport.notices(), pgReport.notices());
    assertEquals(sqliteReport.listPages(), pgReport.listPages());
    assertEquals(sqliteReport.attachments(), pgReport.attachments());
  }

  @Test
  void sameNoticesFlagsAndCasesAsSqlite() {
    assertEquals(view(onSqlite), view(onPostgres));
  }

  @Test
  void aReaderSeesTheSameAndCannotWrite() {
    Map<String, String> written = view(onPostgres);
    try (Pipeline p = Pipeline.open(onPostgres, Clock.systemUTC(), OpenMode.READ)) {
      assertEquals(written.get("flagged"), normalized(p.cases().flaggedCases()));
      assertThrows(StoreException.class, () -> new StateStore(p.database()).put("x", "y"),
          "a read-only session refuses writes");
    }
  }

  @Test
  void aSecondCrawlChangesNothing() {
    Map<String, String> before = view(onPostgres);
    CrawlReport again = crawl(onPostgres);
    assertEquals(0, again.notices());
    assertEquals(0, again.failures().size());
    assertEquals(before, view(onPostgres));
  }

  @Test
  void theHealthPageAndItsApiReadTheServer() throws Exception {
    try (Pipeline p = Pipeline.open(onPostgres, Clock.systemUTC());
        WebServer web = WebServer.start(Wiring.web(p), new Settings.Web("127.0.0.1", 0, "", 5, 15));
        HttpClient http = HttpClient.newHttpClient()) {
      HttpResponse<String> api = http.send(HttpRequest.newBuilder(web.uri().resolve("/api/health")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(200, api.statusCode(), api.body());
      JsonNode sources = JSON.readTree(api.body()).get(0);
      JsonNode row = sources.get("rows").get(0);
      assertEquals("ccgp", row.get("source").asString(), api.body());
      assertTrue(row.get("last_run_ms").asString().matches("\\d+(\\.0)?"), "the last pass's milliseconds: " + row);
      HttpResponse<String> page = http.send(HttpRequest.newBuilder(web.uri().resolve("/health")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(200, page.statusCode());
      assertTrue(page.body().contains("Frontier by source and status"), page.body());
    }
  }

  /** What an analyst sees, per dialect, with the per-crawl archive names blanked. */
  private Map<String, String> view(Config config) {
    Map<String, String> out = new TreeMap<>();
    try (Pipeline p = Pipeline.open(config, Clock.systemUTC(), OpenMode.READ)) {
      out.put("notices", normalized(p.store().notices(null, null, 1000)));
      out.put("flagged", normalized(p.cases().flaggedCases()));
      out.put("counts", p.store().count() + " notices, " + p.store().flagCount() + " flags");
      out.put("health", p.health().all().stream().map(h -> h.source() + " " + h.status()).toList().toString());
    }
    return out;
  }

  private static String normalized(Object value) {
    JsonNode tree = JSON.valueToTree(value);
    blankArchive(tree);
    return tree.toString();
  }

  private static void blankArchive(JsonNode n) {
    if (n instanceof ObjectNode o && o.has("warc")) {
      o.put("warc", "");
    }
    for (JsonNode child : n) {
      blankArchive(child);
    }
  }
}
