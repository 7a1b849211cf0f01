package org.tenderwatch.saved;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tenderwatch.extract.Amount;
import org.tenderwatch.text.Location;
import org.tenderwatch.extract.Notice;
import org.tenderwatch.extract.NoticeType;
import org.tenderwatch.text.TextPart;
import org.tenderwatch.index.IndexedNotice;
import org.tenderwatch.index.NoticeIndex;
import org.tenderwatch.index.QuerySyntaxException;
import org.tenderwatch.store.Database;
import org.tenderwatch.pipeline.NoticeRecord;
import org.tenderwatch.pipeline.NoticeWriter;

/** Saved searches on a real SQLite file, a real index and a real Monitor on disk, all in a temp folder. */
class SavedSearchesTest {
  @TempDir Path dir;
  Database db;
  NoticeWriter store;
  NoticeIndex index;
  SavedSearches saved;
  Clock clock = Clock.fixed(Instant.parse("2024-06-01T00:00:00Z"), ZoneOffset.UTC);

  static IndexedNotice notice(String id, String date, String award, List<String> flags, String text) {
    Notice n = new Notice(NoticeType.TENDER, text, LocalDateTime.parse(date + "T10:00:00"), "四川大学", null,
        "P-" + id, null, award == null ? null : new Amount(award, new BigDecimal(award)), List.of(), "四川省",
        Map.of(), List.of(new TextPart(Location.NOTICE_PAGE, text)));
    return new IndexedNotice(id, "ccgp", "http://example.org/" + id, n, flags);
  }

  /** What Ingest does: store, index, then tell the saved searches. */
  void ingest(IndexedNotice n) throws Exception {
    store.save(new NoticeRecord(n.id(), n.source(), n.url(), n.notice(), null, null, clock.instant(), List.of(),
        List.of(), 1), clock.instant());
    index.upsert(n);
    saved.onIndexed(n);
  }

  @BeforeEach
  void open() throws Exception {
    db = Database.open(dir.resolve("tw.db"));
    store = new NoticeWriter(db);
    index = NoticeIndex.open(dir.resolve("index"));
    saved = SavedSearches.open(db, index, dir.resolve("saved-monitor"), clock);
    ingest(notice("old1", "2024-01-10", null, List.of("nvidia_gpu"), "采购 A100 GPU服务器"));
    ingest(notice("old2", "2024-02-10", "300000", List.of(), "算力租赁 A100 服务 中标"));
    ingest(notice("other", "2024-02-11", null, List.of(), "办公家具采购"));
  }

  @AfterEach
  void close() throws Exception {
    saved.close();
    index.close();
    db.close();
  }

  @Test
  void addPreviewsAndBackfillsSoRunShowsOnlyNewHits() throws Exception {
    SavedSearches.Added a = saved.add("gpu", "A100", "analyst@example.org");
    assertEquals(2, a.preview());
    assertEquals(2, a.search().hits());
    assertEquals(List.of(), saved.run("gpu"), "what was indexed before is existing, not new");

    ingest(notice("new1", "2024-06-01", null, List.of(), "采购 A100 服务器 4台"));
    ingest(notice("new2", "2024-06-01", null, List.of(), "采购 复印纸"));
    assertEquals(1, saved.find("gpu").unseen());
    assertEquals(List.of("new1"), saved.run("gpu").stream().map(SavedHit::noticeId).toList());
    assertEquals(List.of(), saved.run("gpu"), "a run marks its hits seen");
    assertTrue(saved.find("gpu").lastRunAt() != null);
  }

  @Test
  void rangesAndFieldsMatchInTheMonitorAsInTheIndex() throws Exception {
    saved.add("big-awards", "awardCny:[100000 TO *] AND publishedAt:[2024-05-01 TO *]", null);
    ingest(notice("n-small", "2024-06-01", "99999", List.of(), "中标 公告"));
    ingest(notice("n-big", "2024-06-01", "250000", List.of(), "中标 公告"));
    ingest(notice("n-early", "2024-04-30", "250000", List.of(), "中标 公告"));
    assertEquals(List.of("n-big"), saved.run("big-awards").stream().map(SavedHit::noticeId).toList());
  }

  @Test
  void aNoticeIndexedTwiceIsOneHit() throws Exception {
    saved.add("gpu", "A100", null);
    IndexedNotice n = notice("new1", "2024-06-01", null, List.of(), "A100 服务器");
    ingest(n);
    ingest(n);
    assertEquals(1, saved.run("gpu").size());
  }

  @Test
  void editReplacesTheQueryAndBackfillsItRemoveForgetsIt() throws Exception {
    saved.add("gpu", "A100", null);
    SavedSearches.Added e = saved.edit("gpu", "办公家具", null);
    assertEquals(1, e.preview());
    assertEquals("办公家具", saved.find("gpu").query());
    ingest(notice("new1", "2024-06-01", null, List.of(), "A100 服务器"));
    ingest(notice("new2", "2024-06-01", null, List.of(), "办公家具 一批"));
    assertEquals(List.of("new2"), saved.run("gpu").stream().map(SavedHit::noticeId).toList());
    saved.remove("gpu");
    assertEquals(List.of(), saved.list());
    assertEquals(0, saved.monitored());
    assertThrows(SavedSearchException.class, () -> saved.run("gpu"));
  }

  @Test
  void theMonitorIsPersistedAndReconciledWithSql() throws Exception {
    saved.add("gpu", "A100", null);
    saved.add("furniture", "办公家具", null);
    saved.close();
    saved = SavedSearches.open(db, index, dir.resolve("saved-monitor"), clock);
    assertEquals(2, saved.monitored());
    ingest(notice("new1", "2024-06-01", null, List.of(), "A100 办公家具"));
    assertEquals(1, saved.run("gpu").size());
    assertEquals(1, saved.run("furniture").size());
    // a row removed behind the Monitor's back: the next open drops the query
    db.inTransaction(() -> db.connection().createStatement().executeUpdate(
        "DELETE FROM saved_searches WHERE name = 'furniture'"));
    saved.close();
    saved = SavedSearches.open(db, index, dir.resolve("saved-monitor"), clock);
    assertEquals(1, saved.monitored());
  }

  @ParameterizedTest(name = "{0} {1} → {2}")
  @CsvSource(delimiter = '|', value = {
    "gpu       | A100 AND                | it ends too early",
    "gpu       | awardCny:[lots TO *]    | is not an amount",
    "gpu       | byuer:四川大学           | unknown field 'byuer'",
    "'my gpu'  | A100                    | one word",
    "gpu       | A100                    | exists",
  })
  void addRefusesBadQueriesAndNames(String name, String query, String message) throws Exception {
    if (message.equals("exists")) {
      saved.add(name, query, null);
    }
    Exception e = assertThrows(Exception.class, () -> saved.add(name, query, null));
    assertTrue(e instanceof QuerySyntaxException || e instanceof SavedSearchException, e.toString());
    assertTrue(e.getMessage().contains(message), e.getMessage());
    assertEquals(message.equals("exists") ? 1 : 0, saved.list().size());
  }
}
