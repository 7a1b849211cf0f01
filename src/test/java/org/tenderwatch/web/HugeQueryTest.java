package org.tenderwatch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** Deep and huge queries and pages far out are refused with 400 before parsing; the server stays up. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HugeQueryTest {
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
  void refusedWith400AndTheServerStaysUp() throws Exception {
    // 3,500 levels do not even fit Jetty's URI limit (414); 40 levels do, and the parser is never reached
    HttpResponse<String> deepest = http.get("/api/search?q=" + Html.url("(".repeat(3500) + "A100" + ")".repeat(3500)));
    assertTrue(deepest.statusCode() >= 400 && deepest.statusCode() < 500, "status " + deepest.statusCode());
    HttpResponse<String> deep = http.get("/api/search?q=" + Html.url("(".repeat(40) + "A100" + ")".repeat(40)));
    assertEquals(400, deep.statusCode(), deep.body());
    assertTrue(deep.body().contains("parentheses deep"), deep.body());
    HttpResponse<String> huge = http.get("/api/search?q=" + Html.url("A100 ".repeat(900)));
    assertEquals(400, huge.statusCode(), huge.body());
    assertTrue(huge.body().contains("characters long"), huge.body());
    HttpResponse<String> far = http.get("/api/search?q=A100&page=999999999");
    assertEquals(400, far.statusCode(), far.body());
    assertEquals(200, http.get("/api/search?q=A100").statusCode());
  }
}
