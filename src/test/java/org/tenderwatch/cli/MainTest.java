package org.tenderwatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MainTest {

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Run(code, out.toString(), err.toString());
  }

  @ParameterizedTest(name = "{0} -> exit {1}")
  @CsvSource(delimiter = '|', value = {
    "nosuchcommand | 2 | Unmatched argument",
    "crawl --since yesterday | 2 | --since",
    "notices --format xml | 2 | --format",
    "search | 2 | QUERY",
    "'' | 2 | a command is needed",
  })
  void usageErrorsExitWithTwoAndSayWhy(String line, int code, String says) {
    Run r = run(line.isEmpty() ? new String[0] : line.split(" "));
    assertEquals(code, r.code(), r.err());
    assertTrue(r.err().contains(says), r.err());
  }

  @ParameterizedTest
  @CsvSource({"crawl --help", "saved add --help", "digest -h", "serve --help", "search --help"})
  void everyCommandHasHelp(String line) {
    Run r = run(line.split(" "));
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().startsWith("Usage: tenderwatch " + line.split(" -")[0]), r.out());
  }

  @ParameterizedTest
  @CsvSource({"crawl --source nosuch", "crawl --base-url nosuch=http://127.0.0.1:1"})
  void unknownSourceIsAClearError(String line) {
    Run r = run((line + " --data " + System.getProperty("java.io.tmpdir") + "/tw-main-test").split(" "));
    assertEquals(2, r.code(), "a usage error");
    assertTrue(r.err().contains("no source 'nosuch'"), r.err());
  }
}
