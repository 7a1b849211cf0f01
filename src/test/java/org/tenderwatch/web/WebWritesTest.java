package org.tenderwatch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.tenderwatch.archive.WarcArchive;
import org.tenderwatch.cases.CaseView;
import org.tenderwatch.store.NoticeView;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Headers, saved-search writes (forms and API) and health over HTTP, on 127.0.0.1 port 0, over the crawled
 * sample portal: the write side of what {@link WebServerTest} reads. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebWritesTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private WebFixture web;
  private Http http;

  @BeforeAll
  void start(@TempDir Path dir) throws Exception {
    web = WebFixture.start(dir, true);
    http = new Http(web.server.uri().toString());
  }

  @AfterAll
  void stop() {
    web.close();
  }

  @Test
  void securityHeadersOnEveryResponse() throws Exception {
    for (String path : List.of("/search", "/api/search?q=A100", "/nope")) {
      HttpResponse<String> r = http.get(path);
      assertEquals(Security.CSP, r.headers().firstValue("Content-Security-Policy").orElse(null), path);
      assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(null));
      assertEquals("DENY", r.headers().firstValue("X-Frame-Options").orElse(null));
    }
    assertEquals(404, http.get("/nope").statusCode());
  }

  @Test
  void savedSearchFormsNeedTheCsrfTokenAndWork() throws Exception {
    String page = http.get("/saved").body();
    String csrf = Http.csrf(page);
    assertEquals(403, http.form("/saved", Map.of("name", "x", "q", "A100", "action", "save")).statusCode(),
        "no token");
    assertEquals(403, http.form("/saved", Map.of("name", "x", "q", "A100", "action", "save", "csrf", "forged-token"
        + "-that-is-long")).statusCode());
    HttpResponse<String> preview = http.form("/saved", Map.of("name", "gpu-web", "q", "A100", "owner", "",
        "action", "preview", "csrf", csrf));
    long count = web.pipeline.index().search("A100", 0).total();
    assertTrue(preview.body().contains("id=\"preview-count\">" + count + " notices match"), preview.body());
    HttpResponse<String> saved = http.form("/saved", Map.of("name", "gpu-web", "q", "A100", "owner", "a@example.org",
        "action", "save", "csrf", csrf));
    assertEquals(302, saved.statusCode());
    assertEquals("A100", web.pipeline.saved().find("gpu-web").query());
    HttpResponse<String> bad = http.form("/saved/gpu-web", Map.of("q", "A100 AND", "owner", "", "action", "save",
        "csrf", csrf));
    assertEquals(400, bad.statusCode());
    assertTrue(bad.body().contains("Bad query"));
    assertEquals(302, http.form("/saved/gpu-web", Map.of("q", "H100 OR A100", "owner", "", "action", "save",
        "csrf", csrf)).statusCode());
    assertEquals("H100 OR A100", web.pipeline.saved().find("gpu-web").query());
    assertEquals(302, http.form("/saved/gpu-web/delete", Map.of("csrf", csrf)).statusCode());
    assertEquals(null, web.pipeline.saved().find("gpu-web"));
  }

  @Test
  void crossOriginWritesAreRefused() throws Exception {
    String csrf = Http.csrf(http.get("/saved").body());
    HttpResponse<String> r = http.form("/saved", Map.of("name", "evil", "q", "A100", "action", "save", "csrf", csrf),
        "Origin", "http://evil.example");
    assertEquals(403, r.statusCode());
    assertEquals(403, http.form("/api/saved", Map.of("name", "evil", "query", "A100")).statusCode(),
        "the API takes JSON only");
    assertEquals(null, web.pipeline.saved().find("evil"));
  }

  @Test
  void savedSearchApiAddsListsEditsAndRemoves() throws Exception {
    HttpResponse<String> add = http.json("POST", "/api/saved", "{\"name\":\"api-aws\",\"query\":\"flag:aws\"}");
    assertEquals(201, add.statusCode(), add.body());
    JsonNode a = JSON.readTree(add.body());
    assertEquals(web.pipeline.index().search("flag:aws", 0).total(), a.get("preview").asLong());
    assertEquals(400, http.json("POST", "/api/saved", "{\"name\":\"api-aws\",\"query\":\"flag:aws\"}").statusCode(),
        "exists");
    assertEquals(400, http.json("POST", "/api/saved", "{\"name\":\"api-bad\",\"query\":\"(\"}").statusCode());
    assertEquals(400, http.json("POST", "/api/saved", "not json").statusCode());
    JsonNode list = JSON.readTree(http.get("/api/saved").body());
    assertTrue(list.toString().contains("\"api-aws\""));
    assertEquals(200, http.json("PUT", "/api/saved/api-aws", "{\"query\":\"flag:bedrock\"}").statusCode());
    assertEquals("flag:bedrock", JSON.readTree(http.get("/api/saved/api-aws").body()).get("query").asString());
    assertEquals(204, http.json("DELETE", "/api/saved/api-aws", null).statusCode());
    assertEquals(404, http.get("/api/saved/api-aws").statusCode());
    assertEquals(404, http.json("DELETE", "/api/saved/api-aws", null).statusCode());
    JsonNode preview = JSON.readTree(http.get("/api/preview?q=A100").body());
    assertEquals(web.pipeline.index().search("A100", 0).total(), preview.get("count").asLong());
  }

  @Test
  void healthShowsTheFrontier() throws Exception {
    String b = http.get("/health").body();
    assertTrue(b.contains("Frontier by source and status") && b.contains("<td>ccgp</td>"), b);
    JsonNode j = JSON.readTree(http.get("/api/health").body());
    assertEquals(3, j.size());
    assertTrue(j.get(1).get("rows").size() > 0);
  }
}
