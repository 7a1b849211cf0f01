package org.tenderwatch.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tenderwatch.text.Location;
import org.tenderwatch.extract.Notice;
import org.tenderwatch.extract.NoticeType;
import org.tenderwatch.extract.SupplierAward;
import org.tenderwatch.text.TextPart;

class NoticeIndexTest {
  @TempDir Path dir;
  NoticeIndex index;

  static IndexedNotice notice(String id, NoticeType type, String title, String buyer, String supplier, List<String> flags, String... parts) {
    Notice n =
        new Notice(
            type,
            title,
            LocalDateTime.of(2024, 5, 1, 9, 30),
            buyer,
            "四川国际招标有限责任公司",
            "SCZC2024-" + id,
            null,
            null,
            supplier == null ? List.of() : List.of(new SupplierAward(supplier, null, null)),
            "四川省成都市",
            Map.of(),
            java.util.Arrays.stream(parts).map(t -> new TextPart(Location.NOTICE_PAGE, t)).toList());
    return new IndexedNotice(id, "ccgp", "http://www.ccgp.gov.cn/" + id + ".htm", n, flags);
  }

  @BeforeEach
  void fill() throws IOException {
    index = NoticeIndex.open(dir.resolve("index"));
    index.upsert(notice("d0", NoticeType.TENDER, "四川大学GPU服务器采购项目", "四川大学", null, List.of("nvidia_gpu"),
        "四川大学GPU服务器采购项目招标公告。采购内容：8卡Ａ１００ GPU服务器2台，英伟达 H800 算力。"));
    index.upsert(notice("d1", NoticeType.AWARD, "四川大学GPU服务器采购项目中标公告", "四川大学", "成都智算科技有限公司", List.of("nvidia_gpu"),
        "中标供应商：成都智算科技有限公司，A100 服务器。"));
    index.upsert(notice("d2", NoticeType.TENDER, "四川省大学生创新创业云服务采购", "四川省教育厅", null, List.of(),
        "采购阿里云、ＡＷＳ云服务器用于四川省大学生创新创业训练。"));
    index.upsert(notice("d3", NoticeType.TENDER, "亚马逊云科技账号充值", "某研究院", null, List.of("aws"),
        "亚马逊云科技 AWS 账号充值，用于 Amazon Bedrock 调用。"));
  }

  @AfterEach
  void close() throws IOException {
    index.close();
  }

  List<String> ids(String query) throws Exception {
    return index.search(query, 10).hits().stream().map(SearchHit::id).sorted().toList();
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "四川大学                          | d0 d1", // phrase of bigrams: not 四川省大学生 (d2)
        "四川                              | d0 d1 d2",
        "a100                              | d0 d1", // full-width Ａ１００ in d0
        "Ａ１００                           | d0 d1",
        "aws                               | d2 d3",
        "英伟达 H800                        | d0",
        "A100 OR aws                       | d0 d1 d2 d3",
        "title:中标                         | d1",
        "buyer:四川大学                      | d0 d1",
        "agency:国际招标                     | d0 d1 d2 d3",
        "supplier:智算科技                   | d1",
        "type:award                        | d1",
        "type:AWARD                        | d1",
        "source:ccgp AND flag:aws          | d3",
        "flag:nvidia_gpu AND NOT type:award | d0",
        "region:成都                        | d0 d1 d2 d3",
        "projectNo:\"SCZC2024-d2\"           | d2",
        "text:bedrock                      | d3",
      })
  void queriesFindTheRightNotices(String query, String expected) throws Exception {
    assertEquals(List.of(expected.split(" ")), ids(query));
  }

  @Test
  void aNoticeIndexedTwiceIsOneDocumentWithTheNewContent() throws Exception {
    index.upsert(notice("d2", NoticeType.CORRECTION, "更正公告", "四川省教育厅", null, List.of(), "更正：取消 AWS。"));
    assertEquals(4, index.count());
    assertEquals(List.of("d2"), ids("更正"));
    assertEquals("correction", index.search("更正", 1).hits().getFirst().type());
  }

  @Test
  void storedFieldsAndHighlightForDisplay() throws Exception {
    SearchResult r = index.search("英伟达", 10);
    assertEquals(1, r.total());
    SearchHit h = r.hits().getFirst();
    assertEquals("d0", h.id());
    assertEquals("四川大学GPU服务器采购项目", h.title());
    assertEquals("tender", h.type());
    assertEquals("ccgp", h.source());
    assertEquals("四川大学", h.buyer());
    assertEquals("2024-05-01T09:30:00", h.publishedAt());
    assertTrue(h.score() > 0);
    assertTrue(h.highlight().contains("«英伟达»"), h.highlight());
  }

  @Test
  void fullWidthTextIsHighlightedAsWritten() throws Exception {
    SearchHit h = index.search("A100", 10).hits().stream().filter(x -> x.id().equals("d0")).findFirst().orElseThrow();
    assertTrue(h.highlight().contains("«Ａ１００»"), h.highlight());
  }

  @Test
  void totalCountsEveryMatchWhileHitsStopAtTheLimit() throws Exception {
    SearchResult r = index.search("四川", 2);
    assertEquals(3, r.total());
    assertEquals(2, r.hits().size());
    assertEquals(3, index.search("四川", 0).total());
  }

  @Test
  void committedNoticesSurviveReopening() throws Exception {
    index.commit();
    index.close();
    index = NoticeIndex.open(dir.resolve("index"));
    assertEquals(4, index.count());
    assertEquals(List.of("d3"), ids("亚马逊云科技"));
    assertEquals(4, index.allIds().size());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "A100 AND            | query \"A100 AND\": it ends too early, after \"AND\" (column 8)",
        "title:(A100         | query \"title:(A100\": it ends too early, after \"A100\" (column 11); expected",
        "\"A100 GPU          | query \"\"A100 GPU\": a \" opens a phrase that is never closed (column 1)",
        "foo:A100            | query \"foo:A100\": unknown field 'foo'; fields are title, text, buyer",
        "A100 ) GPU          | query \"A100 ) GPU\": unexpected \")\" at column 6; expected a word, a \"phrase\", (",
        "'   '               | the query is empty",
      })
  void badQueriesSayWhatIsWrongAndWhere(String query, String messageStart) {
    QuerySyntaxException e = assertThrows(QuerySyntaxException.class, () -> index.search(query, 10));
    assertTrue(e.getMessage().startsWith(messageStart), e.getMessage());
  }
}
