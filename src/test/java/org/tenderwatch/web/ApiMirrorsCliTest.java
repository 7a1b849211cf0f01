package org.tenderwatch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tenderwatch.cli.Main;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The API answers what the CLI prints with --format json, on the same data. */
class ApiMirrorsCliTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Test
  void flaggedSearchAndNoticesAreTheCliJson(@TempDir Path dir) throws Exception {
    JsonNode flagged;
    JsonNode search;
    JsonNode notice;
    String id;
    try (WebFixture web = WebFixture.start(dir, true)) {
      Http http = new Http(web.server.uri().toString());
      flagged = JSON.readTree(http.get("/api/flagged").body());
      search = JSON.readTree(http.get("/api/search?q=" + Html.url("flag:aws OR A100") + "&sort=date").body());
      id = web.pipeline.store().notices(null, "award", 1).getFirst().id();
      notice = JSON.readTree(http.get("/api/notices/" + Html.url(id)).body());
    } // the CLI opens the same index, so the server's pipeline lets go of it first
    String data = dir.resolve("data").toString();
    assertEquals(cli("flagged", "--data", data, "--format", "json"), flagged);
    assertEquals(cli("search", "--data", data, "--format", "json", "--sort", "date", "flag:aws OR A100"), search);
    JsonNode awards = cli("notices", "--data", data, "--format", "json", "--type", "award");
    JsonNode same = null;
    for (JsonNode n : awards) {
      if (n.get("id").asString().equals(id)) {
        same = n;
      }
    }
    assertEquals(same, notice);
  }

  private static JsonNode cli(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    assertEquals(0, code, err.toString());
    return JSON.readTree(out.toString());
  }
}
