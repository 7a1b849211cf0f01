package org.tenderwatch.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Per-field exact accuracy of the extractor on the golden set (every real notice in realdata/, values checked by
 * hand): writes target/field-accuracy.md with, at its top, whether every field reaches 95 %. A field counts on
 * every notice: an extracted value where the notice has none is a miss too. The golden set grows with pages of
 * families the extractor has not met, so the goal is reported, not asserted (asserting it would push toward
 * tuning on held-out pages); what is asserted is that every miss is written, with its reason, in the golden
 * file's knownMisses, so no miss goes unrecorded.
 */
class FieldAccuracyTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final double GOAL = 0.95;

  @Test
  void accuracyPerFieldIsReportedAndEveryMissIsKnown() throws Exception {
    Map<String, int[]> counts = new LinkedHashMap<>(); // field -> {right, total, present}
    Map<String, List<String>> misses = new LinkedHashMap<>();
    List<String> unlisted = new ArrayList<>();
    for (String field : GoldenNoticesTest.FIELDS) {
      counts.put(field, new int[3]);
      misses.put(field, new ArrayList<>());
    }
    for (String file : GoldenNoticesTest.NAMES) {
      Notice n = GoldenNoticesTest.extract(file);
      JsonNode expected = JSON.readTree(GoldenNoticesTest.resource(
          "golden/" + GoldenNoticesTest.baseName(file) + ".expected.json"));
      List<String> wrong = GoldenNoticesTest.mismatches(n, expected);
      for (String field : GoldenNoticesTest.FIELDS) {
        int[] c = counts.get(field);
        c[1]++;
        JsonNode v = expected.get(field);
        if (v != null && !v.isNull() && !(v.isArray() && v.isEmpty())) {
          c[2]++;
        }
        List<String> w = wrong.stream().filter(m -> m.startsWith(field + ":")).toList();
        if (w.isEmpty()) {
          c[0]++;
        } else {
          JsonNode known = expected.get("knownMisses");
          if (known == null || !known.has(field)) {
            unlisted.add(GoldenNoticesTest.baseName(file) + ": " + field);
          }
          misses.get(field).add(GoldenNoticesTest.baseName(file) + ": " + w.getFirst().substring(field.length() + 2));
        }
      }
    }
    List<String> table = new ArrayList<>();
    table.add("| field | right | notices | with a value | accuracy |");
    table.add("|---|---|---|---|---|");
    List<String> below = new ArrayList<>();
    for (var e : counts.entrySet()) {
      int[] c = e.getValue();
      double acc = (double) c[0] / c[1];
      table.add(String.format(Locale.ROOT, "| %s | %d | %d | %d | %.1f %% |", e.getKey(), c[0], c[1], c[2], acc * 100));
      if (acc < GOAL) {
        below.add(e.getKey());
      }
    }
    table.addFirst("");
    table.addFirst(below.isEmpty() ? "Every field at least 95 %: met" : "Every field at least 95 %: NOT met, below: " + below);
    table.add("");
    misses.forEach((field, list) -> list.forEach(m -> table.add("- miss, " + field + ": " + m)));
    Path out = Path.of("target", "field-accuracy.md");
    Files.createDirectories(out.getParent());
    Files.write(out, table, StandardCharsets.UTF_8);
    assertTrue(unlisted.isEmpty(), "misses not listed in knownMisses: " + unlisted + "\n" + String.join("\n", table));
  }
}
