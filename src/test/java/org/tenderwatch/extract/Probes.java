package org.tenderwatch.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the invariance probes (shape, synonym, layout, format, frame) share: a rewritten text read back as a text
 * block, the fields a read got wrong, and the check of the misses found against the probe's known list.
 */
final class Probes {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private Probes() {}

  /** The hand labels of the TUNING golden pages, by file, in the golden list's order. */
  static Map<String, JsonNode> tuningLabels() throws IOException {
    Map<String, JsonNode> labels = new LinkedHashMap<>();
    for (String file : GoldenNoticesTest.NAMES) {
      String base = GoldenNoticesTest.baseName(file);
      if (!HeldOutAccuracyTest.heldOut(base)) {
        labels.put(file, JSON.readTree(GoldenNoticesTest.resource("golden/" + base + ".expected.json")));
      }
    }
    return labels;
  }

  /** The mismatches of a text read as a text block ({@link GoldenNoticesTest#blockPage}) against the hand labels. */
  static List<String> read(String text, JsonNode expected) {
    return GoldenNoticesTest.mismatches(NoticeExtractor.fromHtml(GoldenNoticesTest.blockPage(text)), expected);
  }

  /** The fields named by mismatch lines ("publishedAt: expected …"). */
  static Set<String> fields(List<String> mismatches) {
    Set<String> out = new TreeSet<>();
    mismatches.forEach(m -> out.add(m.substring(0, m.indexOf(':'))));
    return out;
  }

  /**
   * Writes the misses to {@code target/<probe>-misses.txt} and fails on a miss not in {@code golden/<probe>-known.txt}
   * (a regression) or a known one no longer found (fixed: drop its line).
   */
  static void assertKnown(String probe, Set<String> misses) throws IOException {
    Set<String> known = new TreeSet<>(GoldenNoticesTest.resourceLines("golden/" + probe + "-known.txt"));
    List<String> problems = new ArrayList<>();
    misses.stream().filter(m -> !known.contains(m)).forEach(m -> problems.add("new miss: " + m));
    known.stream().filter(m -> !misses.contains(m)).forEach(m -> problems.add("now right, drop it: " + m));
    Files.createDirectories(Path.of("target"));
    Files.write(Path.of("target", probe + "-misses.txt"), misses, StandardCharsets.UTF_8);
    assertTrue(problems.isEmpty(), String.join("\n", problems));
  }
}
