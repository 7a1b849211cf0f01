package org.tenderwatch.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tenderwatch.cli.Main;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code bench --smoke} through the real CLI: every stage runs and the JSON is whole. Nothing about speed. */
class BenchSmokeTest {

  @Test
  void smokeRunsEveryStageAndWritesWellFormedJson(@TempDir Path tmp) throws Exception {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), "bench", "--smoke",
        "--config", "config/tenderwatch.yaml", "--titles", Titles.DEFAULT_FILE, "--work", tmp.resolve("work").toString(),
        "--out", tmp.resolve("B.md").toString(), "--json", tmp.resolve("s.json").toString());
    assertEquals(0, code, err.toString());

    JsonNode j = JsonMapper.builder().build().readTree(Files.readString(tmp.resolve("s.json"), StandardCharsets.UTF_8));
    JsonNode s = j.get("stages");
    for (String stage : List.of("html", "pdf", "index", "pipeline")) {
      assertTrue(s.get(stage).get("ratio").asDouble() > 0, stage + " has a ratio: " + s.get(stage));
    }
    assertEquals(20, s.get("html").get("pages").asInt());
    assertEquals(20, s.get("html").get("projectNoRight").asInt(), "every project number extracted right");
    assertTrue(s.get("pdf").get("pages").asInt() >= 3);
    assertEquals(2, s.get("monitor").get("sizes").size());
    assertEquals(100, s.get("monitor").get("sizes").get(1).get("queries").asInt());
    assertEquals(30, s.get("pipeline").get("notices").asInt());
    assertEquals(0, s.get("pipeline").get("failures").asInt());
    assertEquals(1, s.get("crawl").get("recrawlNotices").asInt(), "the recrawl fetches exactly the one new notice");
    JsonNode search = s.get("search").get("sizes").get(0);
    assertEquals(300, search.get("notices").asInt());
    assertEquals(SearchBench.QUERIES.size() * 3, search.get("timedSearches").asInt());
    assertTrue(search.get("p99Ms").asDouble() >= search.get("p50Ms").asDouble());
    assertTrue(search.get("coldFirstQueryMs").asDouble() > 0 && search.get("coldOpenMs").asDouble() > 0);
    assertTrue(search.get("coldFirstQueryMaxMs").asDouble() >= search.get("coldFirstQueryMs").asDouble());
    assertEquals(false, search.get("coldCachesDropped").asBoolean(), "the smoke plan never drops the page cache");
    JsonNode monitor = s.get("monitor").get("sizes").get(1);
    assertTrue(monitor.get("oursMsPerNotice").asDouble() > 0 && monitor.get("bareMsPerNotice").asDouble() > 0);
    assertEquals(9, j.get("goals").size());
    assertTrue(j.get("machine").get("cores").asInt() > 0);

    String md = Files.readString(tmp.resolve("B.md"), StandardCharsets.UTF_8);
    for (String title : List.of("## Goals", "## HTML", "## PDF", "## Indexing", "## Monitor", "## Whole pipeline",
        "## Crawl efficiency", "## Search latency")) {
      assertTrue(md.contains(title), title);
    }
  }
}
