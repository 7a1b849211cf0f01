package org.tenderwatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tenderwatch.access.WriterLock;
import org.tenderwatch.store.PgTestDb;

/**
 * README's commands with store.url on PostgreSQL (a fresh database per test): the analyst's morning gives the
 * same output as on SQLite, the read commands print the same as on SQLite, and reindex rebuilds in place.
 */
class PostgresCliTest {

  @Test
  void theAnalystsMorningOnPostgres(@TempDir Path data, @TempDir Path home) throws IOException {
    try (PgTestDb pg = PgTestDb.create()) {
      AnalystMorningTest.morning(data, "--config", pg.configFolder(home).toString());
    }
  }

  @Test
  void readCommandsPrintWhatTheyPrintOnSqlite(@TempDir Path lite, @TempDir Path onPg, @TempDir Path home)
      throws IOException {
    try (PgTestDb pg = PgTestDb.create()) {
      String config = pg.configFolder(home).toString();
      assertEquals(0, MainTest.run("demo", "--data", lite.toString(), "--samples", "samples/portal").code());
      MainTest.Run demo = MainTest.run("demo", "--data", onPg.toString(), "--samples", "samples/portal",
          "--config", config);
      assertEquals(0, demo.code(), demo.err());
      assertTrue(demo.out().contains("database:       jdbc:postgresql://"), demo.out());
      List<List<String>> commands = List.of(List.of("flagged", "--format", "json"), List.of("notices", "--format",
          "json"), List.of("search", "A100"), List.of("suppliers"), List.of("entitylist", "import",
          "src/test/resources/screening/consolidated_sample.json"), List.of("flagged"), List.of("verify"));
      for (List<String> c : commands) {
        MainTest.Run a = MainTest.run(args(c, "--data", lite.toString()));
        MainTest.Run b = MainTest.run(args(c, "--data", onPg.toString(), "--config", config));
        assertEquals(0, b.code(), c + ": " + b.err());
        assertEquals(comparable(a.out(), lite), comparable(b.out(), onPg), c.toString());
      }
      assertTrue(demo.out().contains("flagged --data " + onPg + " --config " + config), demo.out());
      MainTest.Run forgot = MainTest.run("flagged", "--data", onPg.toString());
      assertEquals(1, forgot.code(), "without the config naming the server: " + forgot.out());
      assertTrue(forgot.err().contains("keeps its store on jdbc:postgresql://") && !forgot.err().contains("password"),
          forgot.err());
      assertTrue(!java.nio.file.Files.exists(onPg.resolve("tenderwatch.db")), "no empty SQLite store made there");
      MainTest.Run status = MainTest.run("status", "--data", onPg.toString(), "--config", config);
      assertEquals(0, status.code(), status.err());
      assertTrue(status.out().contains("ccgp"), status.out());
      MainTest.Run reindex = MainTest.run("reindex", "--data", onPg.toString(), "--config", config);
      assertEquals(0, reindex.code(), reindex.out() + reindex.err());
      assertTrue(reindex.out().contains("rebuilt 21 notices") && reindex.out().contains("0 kept"), reindex.out());
      MainTest.Run after = MainTest.run(args(commands.get(0), "--data", onPg.toString(), "--config", config));
      assertEquals(comparable(MainTest.run(args(commands.get(0), "--data", lite.toString())).out(), lite),
          comparable(after.out(), onPg), "reindex in place on PostgreSQL changes nothing");
    }
  }

  @Test
  void anUnreachableServerIsOneLine(@TempDir Path data, @TempDir Path home) throws IOException {
    String config = PgTestDb.configFolder(home, "jdbc:postgresql://127.0.0.1:1/tenderwatch").toString();
    for (String command : new String[] {"status", "crawl"}) {
      MainTest.Run r = MainTest.run(command, "--data", data.toString(), "--config", config);
      assertEquals(1, r.code(), r.out() + r.err());
      assertTrue(r.err().startsWith("error: cannot reach the PostgreSQL store (") && r.err().strip().lines().count() == 1,
          r.err());
    }
    // with a writer on the folder, a reader must not take the dead server for a folder being set up and wait
    try (WriterLock held = WriterLock.tryAcquire(data, "tenderwatch run")) {
      assertTrue(held != null);
      MainTest.Run r = MainTest.run("status", "--data", data.toString(), "--config", config);
      assertEquals(1, r.code(), r.out() + r.err());
      assertTrue(r.err().startsWith("error: cannot reach the PostgreSQL store ("), r.err());
    }
  }

  /** Output with what differs between any two crawls blanked: the data folder, WARC record names. */
  private static String comparable(String out, Path data) {
    return out.replace(data.toString(), "DATA").replaceAll("tenderwatch-[0-9-]+-\\w+-\\d+\\.warc\\.gz#urn:uuid:[0-9a-f-]+",
        "WARC");
  }

  private static String[] args(List<String> command, String... more) {
    return java.util.stream.Stream.concat(command.stream(), java.util.Arrays.stream(more)).toArray(String[]::new);
  }
}
