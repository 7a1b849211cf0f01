package org.tenderwatch.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tenderwatch.cli.Main;

/**
 * {@code bench --part discovery} through the real CLI: a two-year backfill on loopback finds every planted notice
 * once, and its section replaces the old one in the report while every other section stays as it was.
 */
class DiscoveryBenchTest {

  @Test
  void thePartRewritesOnlyItsSectionWithTheMeasuredFigure(@TempDir Path tmp) throws Exception {
    Path md = tmp.resolve("B.md");
    Files.writeString(md, "# Benchmarks\n\n## Search latency\n\nkept\n\n## " + DiscoveryBench.TITLE
        + "\n\nstale figure 9.99\n\n## Notes\n\n- kept too\n", StandardCharsets.UTF_8);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), "bench", "--part", "discovery",
        "--config", "config/tenderwatch.yaml", "--work", tmp.resolve("work").toString(), "--out", md.toString());
    assertEquals(0, code, err.toString());
    String text = Files.readString(md, StandardCharsets.UTF_8);
    assertTrue(text.startsWith("# Benchmarks\n\n## Search latency\n\nkept\n\n## " + DiscoveryBench.TITLE), text);
    assertTrue(text.endsWith("\n## Notes\n\n- kept too\n"), text);
    assertFalse(text.contains("stale figure"), text);
    int planted = Planted.twoYears().mentioning().size();
    assertTrue(text.contains("| notices found (stored once each) | " + planted + " of " + planted + " |"), text);
    Matcher m = Pattern.compile("\\| all requests \\| ([0-9,]+) \\|").matcher(text);
    assertTrue(m.find(), text);
    int requests = Integer.parseInt(m.group(1).replace(",", ""));
    assertTrue(text.contains(String.format(java.util.Locale.ROOT, "**%.2f**", (double) requests / planted)), text);
    assertTrue(requests > planted, "each found notice costs its page plus a share of the result pages");
    assertTrue(out.toString().contains("requests per found notice: "), out.toString());
  }

  @Test
  void spliceAppendsASectionTheFileLacks() {
    assertEquals("# B\n\n## A\n\nx\n\n## New\n\ny\n", Report.splice("# B\n\n## A\n\nx\n", "New", "## New\n\ny\n"));
  }
}
