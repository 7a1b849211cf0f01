package org.tenderwatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No source file reaches 300 lines (STYLE.md: short classes of one responsibility). A class that grows past it is
 * split by what it does, not trimmed of comments; the message names every file over the line.
 */
class ClassSizeTest {
  /** The house limit; a file of this many lines or more fails. */
  static final int LIMIT = 300;

  static List<String> over(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(f -> f.toString().endsWith(".java")).map(f -> f + " " + lines(f))
          .filter(s -> Integer.parseInt(s.substring(s.lastIndexOf(' ') + 1)) >= LIMIT).sorted().toList();
    }
  }

  private static int lines(Path f) {
    try {
      return Files.readAllLines(f, StandardCharsets.UTF_8).size();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void everyMainAndTestFileIsUnderTheLimit() throws IOException {
    assertTrue(Files.isDirectory(Path.of("src/main/java")), "run from the project root");
    assertEquals(List.of(), over(Path.of("src/main/java")), "main files of " + LIMIT + " lines or more");
    assertEquals(List.of(), over(Path.of("src/test/java")), "test files of " + LIMIT + " lines or more");
  }
}
