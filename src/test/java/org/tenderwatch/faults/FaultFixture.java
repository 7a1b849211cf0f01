package org.tenderwatch.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.tenderwatch.cli.Main;
import org.tenderwatch.demo.SamplePortal;

/** One clean crawl of the sample portal, copied for each fault; CLI runs in-process and as a process of its own. */
final class FaultFixture {
  /** Notices the sample portal's ccgp holds (samples/portal/expected.json). */
  static final int NOTICES = 21;

  record Run(int code, String out, String err) {
    /** A one-line error: no Java stack frame in it. */
    boolean oneLineError() {
      return !err.contains("\tat ") && !err.contains("Exception in thread");
    }
  }

  private FaultFixture() {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Run(code, out.toString(), err.toString());
  }

  /** The shipped config folder, copied, with no delay between requests (the portal is a loopback server). */
  static Path config(Path dir) throws IOException {
    copyTree(Path.of("config"), dir);
    Path settings = dir.resolve("tenderwatch.yaml");
    String text = Files.readString(settings, StandardCharsets.UTF_8);
    String changed = text.replaceFirst("(?m)^  delayMs: \\d+", "  delayMs: 0");
    assertFalse(text.equals(changed), "crawl.delayMs not found");
    Files.writeString(settings, changed, StandardCharsets.UTF_8);
    return settings;
  }

  /** Crawls ccgp from the sample portal into {@code data}. */
  static void crawl(Path settings, Path data) throws IOException {
    try (SamplePortal portal = SamplePortal.start(Path.of("samples/portal"))) {
      Run r = run("crawl", "--config", settings.toString(), "--data", data.toString(), "--base-url",
          "ccgp=" + portal.uri());
      assertEquals(0, r.code(), r.out() + r.err());
    }
  }

  static void copyTree(Path from, Path to) throws IOException {
    org.tenderwatch.TestFiles.copyTree(from, to);
  }

  /** The WARC files of a data folder. */
  static List<Path> warcs(Path data) throws IOException {
    try (Stream<Path> s = Files.list(data.resolve("warc"))) {
      return s.filter(p -> p.toString().endsWith(".warc.gz")).sorted().toList();
    }
  }

  /** Rows of one query on the data folder's database, columns joined by tabs. */
  static List<String> rows(Path data, String sql) {
    return org.tenderwatch.TestDb.rows(data, sql);
  }

  static int count(Path data, String sql) {
    return Integer.parseInt(rows(data, sql).get(0));
  }
}
