package org.tenderwatch.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tenderwatch.config.CaseRules;
import org.tenderwatch.extract.Amount;
import org.tenderwatch.pipeline.NoticeRecord;
import org.tenderwatch.pipeline.NoticeWriter;
import org.tenderwatch.store.Database;
import org.tenderwatch.store.NoticeStore;
import org.tenderwatch.text.Location;
import org.tenderwatch.extract.Notice;
import org.tenderwatch.extract.NoticeType;
import org.tenderwatch.extract.SupplierAward;
import org.tenderwatch.flag.Flag;

/** Notices that the project number does not link: title similarity, the portal's own links, one notice on two portals. */
class CaseLinkingTest {
  private static final Instant NOW = Instant.parse("2025-01-01T00:00:00Z");
  private Database db;
  private NoticeWriter writer;
  private NoticeStore store;
  private CaseStore caseStore;

  @BeforeEach
  void open(@TempDir Path dir) {
    db = Database.open(dir.resolve("t.db"));
    writer = new NoticeWriter(db, new CaseRules(0.6, 365));
    store = new NoticeStore(db);
    caseStore = new CaseStore(store);
  }

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void anAwardWithoutProjectNumberJoinsTheFlaggedTenderBySameBuyerAndTitle() {
    writer.save(tender("t1", "四川大学大模型接口服务采购项目竞争性磋商公告", "四川大学", "2024-04-12", null), NOW);
    writer.save(award("a1", "四川大学大模型接口服务采购项目成交公告", "四川大学", "2024-05-20", null), NOW);
    List<CaseView> cases = caseStore.flaggedCases();
    assertEquals(1, cases.size());
    CaseView c = cases.get(0);
    assertEquals("awarded", c.status());
    assertEquals("成都云启智算科技有限公司", c.winners().get(0).name());
    assertEquals(List.of("a1"), c.notice().linked());
    assertEquals("title", method("a1"));
  }

  @ParameterizedTest(name = "{0} / {1} / {2}: linked={3}")
  @CsvSource(delimiter = '|', textBlock = """
      四川大学实验室家具采购项目成交公告           | 四川大学 | 2024-05-20 | false
      四川大学大模型接口服务采购项目成交公告       | 深圳大学 | 2024-05-20 | false
      四川大学大模型接口服务采购项目成交公告       | 四川大学 | 2025-06-01 | false
      四川大学大模型接口服务采购项目（二次）成交公告 | 四川大学 | 2024-06-20 | true
      四川大学大模型接口服务采购项目中标结果公告   | 四川大学 | 2024-05-20 | true
      """)
  void titleFallbackNeedsSameBuyerSimilarTitleAndTime(String title, String buyer, String date, boolean linked) {
    writer.save(tender("t1", "四川大学大模型接口服务采购项目竞争性磋商公告", "四川大学", "2024-04-12", null), NOW);
    writer.save(award("a1", title, buyer, date, null), NOW);
    assertEquals(linked ? "title" : "none", method("a1"));
    assertEquals(linked ? 1 : 0, store.notice("t1").linked().size());
  }

  @Test
  void aProjectNumberIsNeverOverriddenByTitle() {
    writer.save(tender("t1", "深圳大学云计算资源服务采购项目竞争性谈判公告", "深圳大学", "2024-06-06", "SZDX-1"), NOW);
    writer.save(award("a1", "深圳大学云计算资源服务采购项目成交公告", "深圳大学", "2024-07-09", "SZDX-2"), NOW);
    assertEquals("project_no", method("a1"));
    assertEquals(List.of(), store.notice("t1").linked());
  }

  @Test
  void thePortalsOwnLinkJoinsTheCase() {
    writer.save(tender("t1", "云服务采购", "之江实验室", "2024-08-13", null), NOW);
    NoticeRecord a = award("a1", "终止公告", "之江实验室", "2024-09-05", null);
    writer.save(new NoticeRecord(a.id(), a.source(), a.url(), a.notice(), a.caseKey(), a.archive(), a.fetchedAt(),
        a.attachments(), a.flags(), a.lexiconVersion(), List.of("https://portal.test/t1"), List.of(), null), NOW);
    assertEquals("portal", method("a1"));
    assertEquals(List.of("a1"), store.notice("t1").linked());
  }

  @Test
  void oneNoticeOnTwoPortalsIsOneNoticeWithBothUrls() {
    NoticeRecord first = tender("t1", "四川大学大模型接口服务采购项目竞争性磋商公告", "四川大学", "2024-04-12", "SXZC-2024-CS0417");
    writer.save(first, NOW);
    NoticeRecord mirror = new NoticeRecord("other:t1", "other", "https://other.test/x/1", tender("x", "四川大学大模型接口服务采购项目竞争性磋商公告 ",
        "四川大学", "2024-04-12", "SXZC-2024-CS0417").notice(), "SXZC2024CS0417", null, NOW, List.of(), List.of(), 1);
    assertEquals("t1", writer.duplicateOf(mirror));
    writer.addUrl("t1", mirror.source(), mirror.url());
    assertEquals(List.of("https://portal.test/t1", "https://other.test/x/1"), store.urls("t1"));
    assertEquals(1, store.count());
    NoticeRecord later = tender("t2", "四川大学大模型接口服务采购项目竞争性磋商公告", "四川大学", "2024-04-13", "SXZC-2024-CS0417");
    assertNull(writer.duplicateOf(later), "another day is another notice (a re-publication)");
  }

  private String method(String id) {
    synchronized (db) {
      try (var ps = db.connection().prepareStatement("SELECT method FROM links WHERE notice_id = ?")) {
        ps.setString(1, id);
        try (var rs = ps.executeQuery()) {
          return rs.next() ? rs.getString(1) : null;
        }
      } catch (java.sql.SQLException e) {
        throw new AssertionError(e);
      }
    }
  }

  private static NoticeRecord tender(String id, String title, String buyer, String date, String projectNo) {
    Notice n = new Notice(NoticeType.TENDER, title, at(date), buyer, null, projectNo, null, null, List.of(),
        null, Map.of(), List.of());
    Flag f = new Flag("azure_openai", "Azure OpenAI", "«Azure OpenAI» 服务", Location.NOTICE_PAGE);
    return new NoticeRecord(id, "portal", "https://portal.test/" + id, n,
        projectNo == null ? null : projectNo.replace("-", ""), null, NOW, List.of(), List.of(f), 1);
  }

  private static NoticeRecord award(String id, String title, String buyer, String date, String projectNo) {
    var s = new SupplierAward("成都云启智算科技有限公司", "1", new Amount("27.6万元", new BigDecimal("276000")));
    Notice n = new Notice(NoticeType.AWARD, title, at(date), buyer, null, projectNo, null, null, List.of(s),
        null, Map.of(), List.of());
    return new NoticeRecord(id, "portal", "https://portal.test/" + id, n,
        projectNo == null ? null : projectNo.replace("-", ""), null, NOW, List.of(), List.of(), 1);
  }

  private static LocalDateTime at(String d) {
    return java.time.LocalDate.parse(d).atTime(10, 0);
  }
}
