package org.tenderwatch.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tenderwatch.store.Database;

/** The digest log's claims on the embedded database: who may write what over whose claim. */
class DigestLogTest {
  private static final LocalDate DAY = LocalDate.of(2024, 5, 20);
  private static final RenderedDigest DIGEST = new RenderedDigest("subject", "text", "<p>html</p>", 1, 0);

  @Test
  void aSlowSenderWhoseClaimWasTakenOverCannotMarkTheSentDigestFailed(@TempDir Path dir) {
    try (Database db = Database.open(dir.resolve("tenderwatch.db"))) {
      DigestLog log = new DigestLog(db);
      long t0 = 1_000_000L;
      assertTrue(log.claim("a@example.org", DAY, "slow", t0, 0));
      assertTrue(log.claim("a@example.org", DAY, "fast", t0 + 700_000, t0 + 100_000), "the lease has passed");
      log.sent("a@example.org", DAY, DIGEST, List.of(), "smtp", Instant.ofEpochMilli(t0 + 710_000));
      log.failed("a@example.org", DAY, DIGEST, "SocketTimeoutException", "slow", Instant.ofEpochMilli(t0 + 720_000));
      assertEquals("sent", log.status("a@example.org", DAY), "the late failure of the first claimant changes nothing");
      assertFalse(log.claim("a@example.org", DAY, "third", t0 + 800_000, t0 + 800_000), "a sent digest is never claimed");
    }
  }

  @Test
  void theClaimantsOwnFailureIsRecordedAndFreesTheDigestForARetry(@TempDir Path dir) {
    try (Database db = Database.open(dir.resolve("tenderwatch.db"))) {
      DigestLog log = new DigestLog(db);
      assertTrue(log.claim("b@example.org", DAY, "node-a", 5_000, 0));
      log.failed("b@example.org", DAY, DIGEST, "ConnectException: refused", "node-a", Instant.ofEpochMilli(6_000));
      assertEquals("failed", log.status("b@example.org", DAY));
      assertTrue(log.claim("b@example.org", DAY, "node-b", 7_000, 0), "a failed digest is taken by the next run");
    }
  }
}
