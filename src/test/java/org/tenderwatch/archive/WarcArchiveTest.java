package org.tenderwatch.archive;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WarcArchiveTest {
  private static final Instant T0 = Instant.parse("2024-04-12T02:00:00Z");

  private static Capture capture(String path, Capture.Kind kind, String noticeId, byte[] body) {
    return new Capture(URI.create("http://127.0.0.1:9/" + path), URI.create("https://www.ccgp.gov.cn/" + path), kind,
        "ccgp", noticeId, kind == Capture.Kind.attachment ? "采购需求.pdf" : null, T0, 200,
        Map.of("content-type", List.of("text/html; charset=gb2312")), body, false);
  }

  @Test
  void replayGivesBackEveryByteAndHeader(@TempDir Path dir) throws IOException {
    byte[] gbk = "<html>朱镕基 王堃</html>".getBytes(Charset.forName("GBK"));
    ArchivedRecord written;
    try (WarcArchive a = new WarcArchive(dir, T0)) {
      a.write(capture("list.htm", Capture.Kind.list, null, "<ul></ul>".getBytes(Charset.forName("UTF-8"))));
      written = a.write(capture("t1.htm", Capture.Kind.notice, "ccgp:1", gbk));
    }
    List<WarcArchive.Archived> got = new ArrayList<>();
    assertEquals(2, WarcArchive.replay(dir, got::add));
    Capture notice = got.get(1).capture();
    assertArrayEquals(gbk, notice.body(), "body byte-exact (GBK)");
    assertEquals("ccgp:1", notice.noticeId());
    assertEquals(Capture.Kind.notice, notice.kind());
    assertEquals(URI.create("https://www.ccgp.gov.cn/t1.htm"), notice.logicalUri());
    assertEquals(URI.create("http://127.0.0.1:9/t1.htm"), notice.fetchedUri());
    assertEquals("text/html;charset=gb2312", notice.header("Content-Type").replace(" ", ""));
    assertEquals(written, got.get(1).record());
    assertEquals(WarcArchive.sha256Hex(gbk), written.sha256());
    assertTrue(written.recordId().startsWith("urn:uuid:"));
  }

  @Test
  void aTornLastRecordLosesOnlyThatRecord(@TempDir Path dir) throws IOException {
    try (WarcArchive a = new WarcArchive(dir, T0)) {
      a.write(capture("t1.htm", Capture.Kind.notice, "ccgp:1", new byte[] {1, 2, 3}));
    }
    Path file;
    try (var s = Files.list(dir)) {
      file = s.findFirst().orElseThrow();
    }
    // a crash while writing the next record leaves half a gzip member behind
    byte[] again = Files.readAllBytes(file);
    try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.APPEND)) {
      out.write(again, 0, again.length / 2);
    }
    List<WarcArchive.Archived> got = new ArrayList<>();
    WarcArchive.replay(dir, got::add);
    assertEquals(1, got.size());
  }
}
