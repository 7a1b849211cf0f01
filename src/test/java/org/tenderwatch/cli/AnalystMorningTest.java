package org.tenderwatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's "analyst's morning", command by command, as a newcomer types it. */
class AnalystMorningTest {

  @Test
  void saveASearchSeeThePreviewGetTheDigestOnce(@TempDir Path data) throws IOException {
    morning(data);
  }

  /** The morning on {@code data}, each command given {@code extra} too (e.g. a --config naming another store). */
  static void morning(Path data, String... extra) throws IOException {
    String d = data.toString();
    Cli cli = args -> MainTest.run(Stream.concat(Arrays.stream(args), Arrays.stream(extra)).toArray(String[]::new));
    MainTest.Run demo = cli.run("demo", "--data", d, "--samples", "samples/portal");
    assertEquals(0, demo.code(), demo.err());

    MainTest.Run add = cli.run("saved", "add", "gpu-universities", "flag:nvidia_gpu AND buyer:大学",
        "--owner", "analyst@example.org", "--notify-existing", "--data", d);
    assertEquals(0, add.code(), add.err());
    assertTrue(add.out().contains("preview: 2 notices match now; they are reported as hits"), add.out());
    assertTrue(add.out().contains("中国科学技术大学") && add.out().contains("深圳大学"), add.out());

    MainTest.Run bad = cli.run("saved", "add", "broken", "A100 AND", "--data", d);
    assertEquals(2, bad.code(), "a bad query is a usage error: " + bad.err());

    MainTest.Run sub = cli.run("subscribers", "add", "analyst@example.org", "--search", "gpu-universities",
        "--category", "nvidia_gpu", "--category", "azure_openai", "--since", "2024-01-01", "--data", d);
    assertEquals(0, sub.code(), sub.err());

    MainTest.Run dry = cli.run("digest", "--dry-run", "--data", d);
    assertEquals(0, dry.code(), dry.err());
    assertTrue(dry.out().contains("3 new flagged cases, 2 saved-search hits"), "the morning shows the search's hits: "
        + dry.out());
    assertTrue(dry.out().contains("saved search: gpu-universities"), dry.out());
    assertTrue(dry.out().contains("Entity List: WARNING: buyer 中国科学技术大学 = University of Science and Technology"
        + " of China (exact)"), dry.out());
    assertTrue(dry.out().contains("合肥智域算力科技有限公司") && dry.out().contains("p.3"), dry.out());
    assertEquals(0, outbox(data), "a dry run sends nothing");

    MainTest.Run sent = cli.run("digest", "--data", d);
    assertEquals(0, sent.code(), sent.err());
    assertTrue(sent.out().contains("sent"), sent.out());
    assertEquals(1, outbox(data), "no SMTP host configured: the digest is an .eml in the outbox");

    MainTest.Run again = cli.run("digest", "--data", d);
    assertTrue(again.out().contains("already-sent"), again.out());
    assertEquals(1, outbox(data), "sent once");
  }

  /** Main with the morning's extra options. */
  @FunctionalInterface
  interface Cli {
    MainTest.Run run(String... args);
  }

  private static long outbox(Path data) throws IOException {
    Path box = data.resolve("outbox");
    if (!Files.isDirectory(box)) {
      return 0;
    }
    try (Stream<Path> s = Files.list(box)) {
      return s.filter(p -> p.toString().endsWith(".eml")).count();
    }
  }
}
