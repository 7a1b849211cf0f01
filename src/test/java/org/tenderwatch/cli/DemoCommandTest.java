package org.tenderwatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `tenderwatch demo` as a newcomer runs it: the four cases with their winners, no near-miss. */
class DemoCommandTest {

  @Test
  void printsTheFourCasesWithTheirWinners(@TempDir Path data) {
    MainTest.Run r = MainTest.run("demo", "--data", data.toString(), "--samples", "samples/portal");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("Flagged cases: 4 (of 21 notices)"), r.out());
    for (String winner : new String[] {"成都云启智算科技有限公司", "合肥智域算力科技有限公司", "深圳市云跃数智科技有限公司"}) {
      assertTrue(r.out().contains(winner), winner + " missing:\n" + r.out());
    }
    assertTrue(r.out().contains("(terminated)"), "之江实验室's tender was dropped:\n" + r.out());
    for (String nearMiss : new String[] {"潍坊市疾病预防控制中心", "宁波市鄞州区教育局"}) {
      assertTrue(!r.out().contains(nearMiss), nearMiss + " must not be flagged:\n" + r.out());
    }
    assertTrue(Files.isDirectory(data.resolve("warc")) && Files.isRegularFile(data.resolve("tenderwatch.db")));
    MainTest.Run json = MainTest.run("flagged", "--data", data.toString(), "--format", "json");
    assertEquals(0, json.code(), json.err());
    for (String key : new String[] {"\"projectNo\"", "\"suppliers\"", "\"flags\"", "\"archive\"", "\"sha256\"",
        "\"linked\"", "\"screening\"", "\"budgetCny\"", "\"awardCny\""}) {
      assertTrue(json.out().contains(key), key);
    }
  }
}
