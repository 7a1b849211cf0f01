package org.tenderwatch.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.index.IndexNotFoundException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tenderwatch.extract.NoticeType;

/** A reader (another command's process) beside the writer: no lock taken, each commit seen at the next search. */
class IndexReaderBesideWriterTest {

  @Test
  void aReaderSeesWhatTheWriterCommittedAndNothingUncommitted(@TempDir Path dir) throws Exception {
    Path path = dir.resolve("index");
    assertThrows(IndexNotFoundException.class, () -> NoticeIndex.openReader(path), "no commit yet: nothing to read");
    try (NoticeIndex writer = NoticeIndex.open(path)) {
      writer.upsert(NoticeIndexTest.notice("a", NoticeType.TENDER, "A100服务器采购", "四川大学", null, List.of(),
          "8卡A100服务器"));
      writer.commit();
      try (NoticeIndex reader = NoticeIndex.openReader(path)) {
        assertFalse(reader.writable());
        assertEquals(1, reader.search("A100", 10).total());
        writer.upsert(NoticeIndexTest.notice("b", NoticeType.AWARD, "A100服务器中标", "四川大学", "成都智算", List.of(),
            "A100"));
        assertEquals(1, reader.search("A100", 10).total(), "an upsert the writer has not committed");
        writer.commit();
        assertEquals(2, reader.search("A100", 10).total(), "committed a moment ago");
        assertThrows(IllegalStateException.class, () -> reader.upsert(NoticeIndexTest.notice("c", NoticeType.TENDER,
            "x", "y", null, List.of(), "z")));
      }
    }
  }
}
