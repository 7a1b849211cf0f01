package org.tenderwatch.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tenderwatch.faults.FaultFixture.NOTICES;
import static org.tenderwatch.faults.FaultFixture.count;
import static org.tenderwatch.faults.FaultFixture.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tenderwatch.pipeline.DataSwapAccess;

/**
 * Damaged, truncated and deleted WARC files and a deleted index: reindex keeps every notice, verify and status
 * tell the truth, exit codes say so; with the archive restored, one reindex brings every notice back sound.
 */
class ArchiveFaultsTest {
  @TempDir static Path shared;
  static Path settings;
  static Path pristine;

  @TempDir Path tmp;

  @BeforeAll
  static void crawlOnce() throws IOException {
    settings = FaultFixture.config(shared.resolve("config"));
    pristine = shared.resolve("pristine");
    FaultFixture.crawl(settings, pristine);
    assertEquals(NOTICES, count(pristine, "SELECT count(*) FROM notices"));
  }

  private Path copy() throws IOException {
    Path data = tmp.resolve("data");
    FaultFixture.copyTree(pristine, data);
    return data;
  }

  private FaultFixture.Run cli(String command, Path data, String... more) {
    String[] args = new String[more.length + 5];
    args[0] = command;
    args[1] = "--config";
    args[2] = settings.toString();
    args[3] = "--data";
    args[4] = data.toString();
    System.arraycopy(more, 0, args, 5, more.length);
    return run(args);
  }

  @Test
  void aSoundArchiveVerifiesAndReindexesToTheSameNotices() throws IOException {
    Path data = copy();
    List<String> before = FaultFixture.rows(data, "SELECT id, title, sha256 FROM notices ORDER BY id");
    FaultFixture.Run verify = cli("verify", data);
    assertEquals(0, verify.code(), verify.out() + verify.err());
    assertTrue(verify.out().contains("0 missing, 0 damaged"), verify.out());
    FaultFixture.Run reindex = cli("reindex", data);
    assertEquals(0, reindex.code(), reindex.out() + reindex.err());
    assertEquals(before, FaultFixture.rows(data, "SELECT id, title, sha256 FROM notices ORDER BY id"));
    assertEquals(0, count(data, "SELECT count(*) FROM notices WHERE archive_state IS NOT NULL"));
    assertTrue(!Files.exists(data.resolve("reindex.next")) && !Files.exists(data.resolve("reindex.old")));
    assertEquals(0, cli("status", data).code());
  }

  @Test
  void aWarcCutInHalfLosesNoNotice() throws IOException {
    Path data = copy();
    Path warc = FaultFixture.warcs(data).get(0);
    byte[] bytes = Files.readAllBytes(warc);
    Files.write(warc, java.util.Arrays.copyOf(bytes, bytes.length / 2));
    assertDamageKeepsEveryNotice(data, "damaged");
  }

  @Test
  void aFlippedByteLosesNoNotice() throws IOException {
    Path data = copy();
    Path warc = FaultFixture.warcs(data).get(0);
    byte[] bytes = Files.readAllBytes(warc);
    bytes[bytes.length / 2] ^= 0x5a;
    Files.write(warc, bytes);
    assertDamageKeepsEveryNotice(data, "damaged");
  }

  @Test
  void deletedWarcsLoseNoNotice() throws IOException {
    Path data = copy();
    for (Path f : FaultFixture.warcs(data)) {
      Files.delete(f);
    }
    assertDamageKeepsEveryNotice(data, "missing");
  }

  /** reindex exit 1 and keeps all; verify exit 1 naming the problem; status exit 1; the archive back heals all. */
  private void assertDamageKeepsEveryNotice(Path data, String problem) throws IOException {
    FaultFixture.Run reindex = cli("reindex", data);
    assertEquals(1, reindex.code(), reindex.out() + reindex.err());
    assertTrue(reindex.oneLineError(), reindex.err());
    assertEquals(NOTICES, count(data, "SELECT count(*) FROM notices"), "reindex must keep every notice");
    int marked = count(data, "SELECT count(*) FROM notices WHERE archive_state = 'damaged'");
    assertEquals(problem.equals("missing") ? NOTICES : marked, marked, "with no archive every notice is marked");
    assertTrue(marked > 0 && reindex.out().contains(marked + " kept from the old store"), reindex.out());
    FaultFixture.Run verify = cli("verify", data);
    assertEquals(1, verify.code(), verify.out());
    assertTrue(verify.out().contains(problem + ": notice "), verify.out());
    FaultFixture.Run status = cli("status", data);
    assertEquals(1, status.code(), status.out());
    assertTrue(status.out().contains("archive: PROBLEM, " + marked + " notice(s)"), status.out());
    FaultFixture.Run search = cli("notices", data, "--format", "csv", "--limit", "1000");
    assertEquals(NOTICES + 1, search.out().lines().count(), "every notice is still listed");

    // the archive restored from a backup: one reindex makes every notice sound again
    DataSwapAccess.deleteTree(data.resolve("warc"));
    FaultFixture.copyTree(pristine.resolve("warc"), data.resolve("warc"));
    FaultFixture.Run again = cli("reindex", data);
    assertEquals(0, again.code(), again.out() + again.err());
    assertEquals(0, count(data, "SELECT count(*) FROM notices WHERE archive_state IS NOT NULL"));
    assertEquals(0, cli("verify", data).code());
  }

  @Test
  void aDeletedIndexIsRebuiltByTheNextCommand() throws IOException {
    Path data = copy();
    DataSwapAccess.deleteTree(data.resolve("index"));
    FaultFixture.Run search = cli("search", data, "type:tender OR type:award OR type:other OR type:correction "
        + "OR type:termination", "--format", "csv", "--size", "100");
    assertEquals(0, search.code(), search.err());
    assertEquals(NOTICES + 1, search.out().lines().count(), search.out());
    FaultFixture.Run status = cli("status", data);
    assertEquals(0, status.code(), status.out());
    assertTrue(status.out().contains("index: ok"), status.out());
  }

  @Test
  void aDeletedIndexWithoutItsArchiveIsAProblemInStatus() throws IOException {
    Path data = copy();
    DataSwapAccess.deleteTree(data.resolve("index"));
    DataSwapAccess.deleteTree(data.resolve("warc"));
    FaultFixture.Run status = cli("status", data);
    assertEquals(1, status.code(), status.out());
    assertTrue(status.out().contains("index: PROBLEM"), status.out());
    assertTrue(status.out().contains("store " + NOTICES + " notices"), status.out());
    FaultFixture.Run verify = cli("verify", data);
    assertEquals(1, verify.code());
    assertEquals(NOTICES, count(data, "SELECT count(*) FROM notices"));
  }
}
