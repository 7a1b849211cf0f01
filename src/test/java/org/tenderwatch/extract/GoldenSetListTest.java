package org.tenderwatch.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The golden set's list ({@code golden/names.txt}) names every real page once, each with its expected file and its
 * provenance, and {@link HeldOutAccuracyTest#SEEN} names held-out pages only: a page left off the list would be
 * tested by nobody, a page listed twice would count twice, a tuning page in SEEN would hide nothing.
 */
class GoldenSetListTest {

  private static final Path RESOURCES = Path.of("src/test/resources");

  @Test
  void everyRealPageIsListedOnceWithItsLabelsAndProvenance() throws IOException {
    List<String> names = GoldenNoticesTest.NAMES;
    assertEquals(names.size(), new HashSet<>(names).size(), "a page listed twice in golden/names.txt");
    Set<String> pages = new TreeSet<>();
    try (Stream<Path> files = Files.list(RESOURCES.resolve("realdata"))) {
      files.map(p -> p.getFileName().toString())
          .filter(f -> !f.endsWith(".source.txt") && !f.equals("README.md")).forEach(pages::add);
    }
    assertEquals(pages, new TreeSet<>(names), "realdata pages and golden/names.txt differ");
    for (String name : names) {
      String base = GoldenNoticesTest.baseName(name);
      assertTrue(Files.exists(RESOURCES.resolve("golden/" + base + ".expected.json")), base + ": no expected file");
      assertTrue(Files.exists(RESOURCES.resolve("realdata/" + base + ".source.txt")), base + ": no provenance");
    }
  }

  @Test
  void seenPagesAreHeldOutPagesOfTheSet() {
    Set<String> bases = new HashSet<>(GoldenNoticesTest.NAMES.stream().map(GoldenNoticesTest::baseName).toList());
    for (String seen : HeldOutAccuracyTest.SEEN) {
      assertTrue(bases.contains(seen), seen + " is not in the set");
      assertTrue(HeldOutAccuracyTest.heldOut(seen), seen + " is a tuning page");
    }
  }
}
