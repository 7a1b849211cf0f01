package org.tenderwatch.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tenderwatch.faults.FaultFixture.run;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tenderwatch.demo.SamplePortal;

/** Each input a person can get wrong: exit 2 (or 1 for a failed run) and one line naming what to fix. */
class BadInputTest {
  @TempDir static Path shared;
  static Path settings;

  @TempDir Path tmp;

  @BeforeAll
  static void config() throws IOException {
    settings = FaultFixture.config(shared.resolve("config"));
  }

  private static FaultFixture.Run cli(String... args) {
    String[] all = new String[args.length + 2];
    System.arraycopy(args, 0, all, 0, args.length);
    all[args.length] = "--config";
    all[args.length + 1] = settings.toString();
    return run(all);
  }

  private static void assertOneLine(FaultFixture.Run r, int code, String... mentions) {
    assertEquals(code, r.code(), r.out() + r.err());
    assertTrue(r.oneLineError(), r.err());
    assertEquals(1, r.err().strip().lines().filter(l -> l.startsWith("error: ")).count(), r.err());
    for (String m : mentions) {
      assertTrue(r.err().contains(m), "error should mention '" + m + "': " + r.err());
    }
  }

  @Test
  void dataPointingAtAFile() throws IOException {
    Path file = Files.writeString(tmp.resolve("afile"), "x");
    assertOneLine(cli("notices", "--data", file.toString()), 2, "--data", "is a file");
    assertOneLine(cli("crawl", "--data", file.toString(), "--source", "ccgp"), 2, "is a file");
  }

  @Test
  void readCommandsDoNotCreateAMissingDataFolder() {
    Path missing = tmp.resolve("no-such-folder");
    for (String command : new String[] {"notices", "flagged", "suppliers", "status", "verify"}) {
      assertOneLine(cli(command, "--data", missing.toString()), 2, "no data folder at", "--data");
    }
    assertOneLine(cli("search", "A100", "--data", missing.toString()), 2, "no data folder at");
    assertFalse(Files.exists(missing), "a read command created the data folder");
  }

  @Test
  void anUnknownSourceIsAnError() throws IOException {
    Files.createDirectories(tmp.resolve("data"));
    assertOneLine(cli("notices", "--source", "nosuch", "--data", tmp.resolve("data").toString()), 2,
        "--source nosuch", "ccgp");
  }

  @Test
  void aPageFarPastTheEndIsRefused() throws IOException {
    Files.createDirectories(tmp.resolve("data"));
    assertOneLine(cli("search", "A100", "--page", "999999999", "--data", tmp.resolve("data").toString()), 2,
        "page 999999999");
  }

  @Test
  void deepAndHugeQueriesAreRefusedBeforeParsing() throws IOException {
    Files.createDirectories(tmp.resolve("data"));
    String deep = "(".repeat(3500) + "A100" + ")".repeat(3500);
    assertOneLine(cli("search", deep, "--data", tmp.resolve("data").toString()), 2, "3500 parentheses deep");
    String huge = "A100 ".repeat(2000);
    assertOneLine(cli("search", huge, "--data", tmp.resolve("data").toString()), 2, "characters long");
    assertOneLine(cli("saved", "add", "deep", deep, "--data", tmp.resolve("data").toString()), 2, "deep");
  }

  @Test
  void aCorruptDatabaseIsOneLineUnlessDebug() throws IOException {
    Path data = Files.createDirectories(tmp.resolve("data"));
    Files.write(data.resolve("tenderwatch.db"), "this is not a database, it is text ".repeat(200)
        .getBytes(StandardCharsets.UTF_8));
    assertOneLine(cli("notices", "--data", data.toString()), 1, "database is damaged", "tenderwatch reindex");
    FaultFixture.Run debug = cli("notices", "--data", data.toString(), "--debug");
    assertEquals(1, debug.code());
    assertTrue(debug.err().contains("\tat "), "--debug prints the stack trace: " + debug.err());
  }

  @Test
  void aBadCssSelectorNamesFileAndKey() throws IOException {
    Path config = FaultFixture.config(tmp.resolve("config"));
    Path ccgp = config.resolveSibling("sources").resolve("ccgp.yaml");
    String text = Files.readString(ccgp, StandardCharsets.UTF_8);
    Files.writeString(ccgp, text.replace("container: \"ul.c_list_bid\"", "container: \"ul..c_list[\""),
        StandardCharsets.UTF_8);
    FaultFixture.Run r = run("notices", "--config", config.toString(), "--data", tmp.toString());
    assertOneLine(r, 2, "ccgp.yaml", "html.container", "not a CSS selector");
  }

  @Test
  void aBusyPortIsOneLine() throws IOException {
    Files.createDirectories(tmp.resolve("data"));
    try (ServerSocket busy = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      FaultFixture.Run r = cli("serve", "--port", String.valueOf(busy.getLocalPort()), "--host", "127.0.0.1",
          "--data", tmp.resolve("data").toString());
      assertOneLine(r, 2, String.valueOf(busy.getLocalPort()), "web.port");
    }
  }

  @Test
  void aDeadPortalFailsTheCrawlNamingTheMirror() throws IOException {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort(); // closed again: nothing listens there
    }
    FaultFixture.Run r = cli("crawl", "--base-url", "ccgp=http://127.0.0.1:" + port, "--data",
        tmp.resolve("data").toString());
    assertOneLine(r, 1, "fetched nothing from ccgp", "127.0.0.1:" + port);
    assertTrue(r.out().contains("every request went to the mirror http://127.0.0.1:" + port), r.out());
  }

  @Test
  void aListSelectorMatchingNothingIsALayoutFailureNotAChallenge() throws IOException {
    Path config = FaultFixture.config(tmp.resolve("config"));
    Path ccgp = config.resolveSibling("sources").resolve("ccgp.yaml");
    String text = Files.readString(ccgp, StandardCharsets.UTF_8);
    Files.writeString(ccgp, text.replace("container: \"ul.c_list_bid\"", "container: \"ul.no_such_list\""),
        StandardCharsets.UTF_8);
    try (SamplePortal portal = SamplePortal.start(Path.of("samples/portal"))) {
      FaultFixture.Run r = run("crawl", "--config", config.toString(), "--data", tmp.resolve("data").toString(),
          "--base-url", "ccgp=" + portal.uri());
      assertEquals(1, r.code(), r.out() + r.err());
      assertTrue(r.out().contains("no 'ul.no_such_list' on the list page"), r.out());
      assertFalse(r.out().toLowerCase(java.util.Locale.ROOT).contains("challenge"), r.out());
      assertFalse(r.out().contains("blocked:"), r.out());
    }
  }
}
