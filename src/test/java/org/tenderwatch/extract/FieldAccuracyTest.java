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
 * hand): writes target/field-accuracy.md and holds every field to at least 95 %. A field counts only on the
 * notices that carry it or could carry it, i.e. all of them: an extracted value where the notice has none is a
 * miss too.
 */
class FieldAccuracyTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final double GOAL = 0.95;

  @Test
  void everyFieldIsRightOnAtLeast95PercentOfTheGoldenNotices() throws Exception {
    Map<String, int[]> counts = new LinkedHashMap<>(); // field -> {right, total, present}
    Map<String, List<String>> misses = new LinkedHashMap<>();
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
    table.add("");
    misses.forEach((field, list) -> list.forEach(m -> table.add("- miss, " + field + ": " + m)));
    Path out = Path.of("target", "field-accuracy.md");
    Files.createDirectories(out.getParent());
    Files.write(out, table, StandardCharsets.UTF_8);
    assertTrue(below.isEmpty(), "fields below 95 %: " + below + "\n" + String.join("\n", table));
  }
}
