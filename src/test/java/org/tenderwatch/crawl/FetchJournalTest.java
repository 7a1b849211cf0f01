package org.tenderwatch.crawl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tenderwatch.archive.ArchivedRecord;
import org.tenderwatch.archive.Capture;
import org.tenderwatch.archive.WarcArchive;
import org.tenderwatch.store.Database;

/**
 * The fetch journal replays a good archived response and nothing else: not a rate-limit, challenge or error page,
 * not a record of another URL, not a row whose record never reached the archive (the kill it was meant to survive).
 */
class FetchJournalTest {
  private static final String NOTICE = "<html><body><h1>某大学服务器采购公告</h1><div class=vF_detail_content>"
      + "采购内容：GPU 服务器 A100 八卡，预算金额 320 万元，采购人某大学，详见附件与公告正文，联系电话略。</div></body></html>";

  @Test
  void replaysAGoodPageNotedBeforeItsRecord(@TempDir Path dir) {
    try (Database db = Database.open(dir.resolve("t.db")); WarcArchive archive = new WarcArchive(dir.resolve("warc"),
        Instant.now())) {
      FetchJournal journal = new FetchJournal(db, archive.dir(), Clock.systemUTC());
      URI url = URI.create("https://www.ccgp.gov.cn/cggg/a.htm");
      ArchivedRecord written = write(archive, journal, url, 200, NOTICE);
      WarcArchive.Archived back = journal.replay(url);
      assertNotNull(back, "a good page noted in the journal is replayed");
      assertEquals(written, back.record());
      assertArrayEquals(NOTICE.getBytes(StandardCharsets.UTF_8), back.capture().body());
      assertNull(journal.replay(URI.create("https://www.ccgp.gov.cn/cggg/b.htm")), "no row, no replay");
    }
  }

  @Test
  void neverReplaysPagesThatMustBeAskedAgain(@TempDir Path dir) {
    try (Database db = Database.open(dir.resolve("t.db")); WarcArchive archive = new WarcArchive(dir.resolve("warc"),
        Instant.now())) {
      FetchJournal journal = new FetchJournal(db, archive.dir(), Clock.systemUTC());
      // rows forced onto bad records: the journal checks what it reads, not only what it was told
      for (String bad : List.of("<html><body>访问过于频繁，请稍后再试</body></html>",
          "<html><script>document.cookie='__jsl_clearance=1';location.reload()</script></html>",
          "<html><body>系统错误</body></html>")) {
        URI url = URI.create("https://www.ccgp.gov.cn/cggg/" + Math.abs(bad.hashCode()) + ".htm");
        assertFalse(FetchJournal.good(200, false, null, bad.getBytes(StandardCharsets.UTF_8), "text/html"), bad);
        write(archive, journal, url, 200, bad);
        assertNull(journal.replay(url), "replayed: " + bad);
      }
      URI served500 = URI.create("https://www.ccgp.gov.cn/cggg/c.htm");
      write(archive, journal, served500, 503, NOTICE);
      assertNull(journal.replay(served500), "a 503 is asked again");
      URI other = URI.create("https://www.ccgp.gov.cn/cggg/d.htm");
      URI torn = URI.create("https://www.ccgp.gov.cn/cggg/e.htm");
      ArchivedRecord r = write(archive, journal, other, 200, NOTICE);
      journal.note(torn, r.warcFile(), 0); // the first record there is another URL's
      assertNull(journal.replay(torn), "a record of another URL is not this URL's response");
      journal.note(torn, r.warcFile(), 1L << 40); // noted, then killed before the record was written
      assertNull(journal.replay(torn), "a row whose record never reached the archive is not replayed");
      journal.note(torn, "no-such-file.warc.gz", 0);
      assertNull(journal.replay(torn));
    }
  }

  private static ArchivedRecord write(WarcArchive archive, FetchJournal journal, URI url, int status, String html) {
    Capture c = new Capture(url, url, Capture.Kind.notice, "ccgp", "n1", null, Instant.now(), status,
        Map.of("content-type", List.of("text/html; charset=utf-8")), html.getBytes(StandardCharsets.UTF_8), false);
    return archive.write(c, (file, offset) -> journal.note(url, file, offset));
  }
}
