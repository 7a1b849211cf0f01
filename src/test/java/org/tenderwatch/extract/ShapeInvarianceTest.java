package org.tenderwatch.extract;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.tenderwatch.text.Location;
import org.tenderwatch.text.TextPart;
import tools.jackson.databind.JsonNode;

/**
 * The same real notice in the other shapes crawlers and aggregators keep it in must give the same fields. Each
 * TUNING golden page's text (as the extractor renders it: one line per block, a table row's cells joined by " | "; a
 * ccgp page's title and 公告概要 summary above its body, as the page shows them and copies keep them) is turned into
 * text kept one cell per line ("cells", ggzy.gov.cn's content frames, most crawler dumps), cells set apart by tabs
 * ("tabs", aggregator copies) and the whole text on one line ("runon", copies that lost every line break), read back
 * as a text block, and compared with the page's hand labels. A field right on the page itself and wrong in a shape is
 * a miss of that shape. Held-out pages are never read here. Known misses are listed in
 * {@code golden/shape-known.txt} ("shape page field"), so a new one fails this test and a fixed one asks to be
 * dropped; the counts go to {@code target/shape-invariance.md}.
 */
class ShapeInvarianceTest {

  static final Map<String, UnaryOperator<String>> SHAPES = Map.of(
      "cells", t -> t.replace(" | ", "\n"),
      "tabs", t -> t.replace(" | ", "\t\t"),
      "runon", t -> t.replace(" | ", " ").replace("\n", " "));
  /** Titles are left out: a text block has no heading markup, so its first line stands in by design. */
  private static final Set<String> SKIPPED = Set.of("title");

  @Test
  void tuningPagesReadTheSameInEveryShape() throws IOException {
    Set<String> misses = new TreeSet<>();
    Map<String, int[]> pagesPerShape = new TreeMap<>();
    for (var labelled : Probes.tuningLabels().entrySet()) {
      String file = labelled.getKey();
      String base = GoldenNoticesTest.baseName(file);
      JsonNode expected = labelled.getValue();
      Notice original = GoldenNoticesTest.extract(file);
      Set<String> wrongOnPage = Probes.fields(GoldenNoticesTest.mismatches(original, expected));
      String text = copied(original);
      for (var shape : new TreeMap<>(SHAPES).entrySet()) {
        Notice n = NoticeExtractor.fromHtml(GoldenNoticesTest.blockPage(shape.getValue().apply(text)));
        Set<String> wrong = Probes.fields(GoldenNoticesTest.mismatches(n, expected));
        wrong.removeAll(wrongOnPage);
        wrong.removeAll(SKIPPED);
        int[] count = pagesPerShape.computeIfAbsent(shape.getKey(), k -> new int[2]);
        count[0]++;
        count[1] += wrong.isEmpty() ? 0 : 1;
        wrong.forEach(f -> misses.add(shape.getKey() + " " + base + " " + f));
      }
    }
    report(misses, pagesPerShape);
    Probes.assertKnown("shape", misses);
  }

  /**
   * The text a copy of the page keeps: the page's text part, and on a ccgp page its title and 公告概要 summary table
   * above it, as the page shows them (copies keep the summary: its 行政区域, 品目 and contacts are read from there).
   */
  static String copied(Notice n) {
    String text = n.parts().getFirst().text();
    for (TextPart part : n.parts()) {
      if (part.location().equals(Location.summary())) {
        return n.title() + "\n" + part.text() + "\n" + text;
      }
    }
    return text;
  }

  private static void report(Set<String> misses, Map<String, int[]> pagesPerShape) throws IOException {
    List<String> out = new ArrayList<>(List.of("| shape | tuning pages | pages with a field lost | fields lost |",
        "|---|---|---|---|"));
    pagesPerShape.forEach((shape, c) -> out.add(String.format(Locale.ROOT, "| %s | %d | %d | %d |", shape, c[0], c[1],
        misses.stream().filter(m -> m.startsWith(shape + " ")).count())));
    Map<String, Integer> perField = new TreeMap<>();
    misses.forEach(m -> perField.merge(m.substring(m.lastIndexOf(' ') + 1), 1, Integer::sum));
    out.add("");
    out.add("Fields lost, all shapes: " + perField);
    Path target = Path.of("target");
    Files.createDirectories(target);
    Files.write(target.resolve("shape-invariance.md"), out, StandardCharsets.UTF_8);
  }
}
