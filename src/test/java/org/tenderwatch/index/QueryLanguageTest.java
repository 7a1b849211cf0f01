package org.tenderwatch.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tenderwatch.extract.Amount;
import org.tenderwatch.text.Location;
import org.tenderwatch.extract.Notice;
import org.tenderwatch.extract.NoticeType;
import org.tenderwatch.text.TextPart;

/** The query language as tables: what each query finds, and the message of each query that is wrong. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QueryLanguageTest {
  NoticeIndex index;

  static IndexedNotice notice(String id, NoticeType type, String date, String budget, String award, String region,
      List<String> flags, String text) {
    Notice n = new Notice(type, text.substring(0, Math.min(12, text.length())),
        date == null ? null : LocalDateTime.parse(date + "T10:00:00"), "四川大学", null, "P-" + id,
        budget == null ? null : new Amount(budget + "元", new BigDecimal(budget)),
        award == null ? null : new Amount(award + "元", new BigDecimal(award)),
        List.of(), region, Map.of(), List.of(new TextPart(Location.NOTICE_PAGE, text)));
    return new IndexedNotice(id, id.startsWith("g") ? "ggzy" : "ccgp", "http://example.org/" + id, n, flags);
  }

  @BeforeAll
  void fill(@TempDir Path dir) throws IOException {
    index = NoticeIndex.open(dir.resolve("index"));
    index.upsert(notice("a", NoticeType.TENDER, "2024-01-15", "500000", null, "四川省", List.of("nvidia_gpu"),
        "采购 A100 GPU服务器 算力租赁"));
    index.upsert(notice("b", NoticeType.AWARD, "2024-03-31", null, "165360000.00", "安徽省", List.of("nvidia_gpu"),
        "算力租赁服务 中标公告 A100"));
    index.upsert(notice("c", NoticeType.TENDER, "2024-06-30", "99999.99", null, "广东省", List.of("aws"),
        "亚马逊云科技 云服务 采购"));
    index.upsert(notice("d", NoticeType.AWARD, "2024-07-01", null, "100000", "四川省", List.of(),
        "办公家具 中标公告"));
    index.upsert(notice("g1", NoticeType.OTHER, null, null, null, null, List.of(), "无日期 无金额 的 公告"));
  }

  @AfterAll
  void close() throws IOException {
    index.close();
  }

  List<String> ids(String query) throws Exception {
    return index.search(query, 20).hits().stream().map(SearchHit::id).sorted().toList();
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', value = {
    "publishedAt:[2024-01-01 TO 2024-06-30]            | a b c",
    "publishedAt:[2024-01-15 TO 2024-03-31]            | a b",     // both bounds inclusive
    "publishedAt:{2024-01-15 TO 2024-03-31}            | ''",      // both exclusive
    "publishedAt:{2024-01-15 TO 2024-04-01}            | b",
    "publishedAt:[2024-06-30 TO *]                     | c d",
    "publishedAt:[* TO 2024-01-31]                     | a",
    "publishedAt:2024-03-31                            | b",       // one day
    "publishedAt:2024-06                               | c",       // a month
    "publishedAt:2024                                  | a b c d", // a year; g1 has no date
    "publishedAt:[2024-02 TO 2024-06]                  | b c",     // months as bounds: first and last day
    "publishedAt:[2024/01/01 TO 2024.03.31]            | a b",
    "awardCny:[100000 TO *]                            | b d",
    "awardCny:{100000 TO *]                            | b",
    "awardCny:[10万 TO 1亿]                            | d",
    "awardCny:[1.5亿 TO 2亿]                           | b",
    "awardCny:100000                                   | d",
    "budgetCny:[* TO 100000]                           | c",
    "budgetCny:[\"99,999.99\" TO 99999.99]             | c",
    "算力租赁 AND awardCny:[1 TO *]                    | b",
    "\"算力租赁\" publishedAt:[2024-01-01 TO 2024-02-01] | a",
    "flag:nvidia_gpu AND NOT type:award                | a",
    "title:中标 OR flag:aws                            | b c d",
    "(A100 OR 亚马逊云) AND publishedAt:[2024-03 TO *]  | b c",
    "region:四川 AND type:award                         | d",
  })
  void queriesFindTheRightNotices(String query, String expected) throws Exception {
    assertEquals(expected.isEmpty() ? List.of() : List.of(expected.split(" ")), ids(query));
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', value = {
    "publishedAt:[2024-13-01 TO *]        | publishedAt: '2024-13-01' is not a date",
    "publishedAt:[2024-02-30 TO *]        | publishedAt: '2024-02-30' is not a date",
    "publishedAt:yesterday                | publishedAt: 'yesterday' is not a date; write 2024-04-12, 2024-04 or 2024 (column 1)",
    "A100 AND awardCny:[lots TO *]        | awardCny: 'lots' is not an amount in yuan; write 100000, 100000.50, 10万 or 1.5亿 (column 10)",
    "budgetCny:5*                         | budgetCny: '5*' is not a value; budgetCny takes one value or a range",
    "awardCny:10000~                      | awardCny: '10000~' is not a value",
    "A100 AND                             | it ends too early, after \"AND\" (column 8)",
    "(A100 OR H800                        | it ends too early",
    "A100 AND ) H800                      | unexpected \")\" at column 10",
    "\"算力租赁                            | a \" opens a phrase that is never closed (column 1)",
    "amount:[1 TO 2]                      | unknown field 'amount'; fields are title, text, buyer, agency, supplier, source, type, flag, region, projectNo, publishedAt, budgetCny, awardCny",
    "byuer:四川大学                        | unknown field 'byuer'",
    "'   '                                | the query is empty",
  })
  void badQueriesSayWhatAndWhere(String query, String message) {
    QuerySyntaxException e = assertThrows(QuerySyntaxException.class, () -> index.search(query, 10));
    assertTrue(e.getMessage().contains(message), e.getMessage());
  }

  @Test
  void facetsCountEveryMatchNotOnlyThePage() throws Exception {
    SearchResult r = index.search(new SearchRequest("publishedAt:2024", SearchRequest.Sort.date, 1, 1, true));
    assertEquals(4, r.total());
    assertEquals(1, r.hits().size());
    assertEquals(List.of(new SearchResult.FacetCount("award", 2), new SearchResult.FacetCount("tender", 2)),
        r.facets().get("type"));
    assertEquals(List.of(new SearchResult.FacetCount("nvidia_gpu", 2), new SearchResult.FacetCount("aws", 1)),
        r.facets().get("flag"));
    assertEquals(4, r.facets().get("month").size());
    assertEquals(new SearchResult.FacetCount("四川省", 2), r.facets().get("region").getFirst());
    assertEquals(List.of(new SearchResult.FacetCount("ccgp", 4)), r.facets().get("source"));
  }

  @ParameterizedTest(name = "{0} page {1} size {2} → {3}")
  @CsvSource(delimiter = '|', value = {
    "date      | 1 | 10 | d c b a g1",  // newest first, no date last
    "date      | 2 | 2  | b a",
    "date      | 3 | 2  | g1",
    "date      | 4 | 2  | ''",           // past the end: empty page, total still right
    "amount    | 1 | 10 | b a d c g1",  // award else budget, largest first, no amount last
    "amount    | 2 | 3  | c g1",
  })
  void sortAndPaging(SearchRequest.Sort sort, int page, int size, String expected) throws Exception {
    SearchResult r = index.search(new SearchRequest("公告 OR 采购 OR 服务", sort, page, size, false));
    assertEquals(expected.isEmpty() ? List.of() : List.of(expected.split(" ")),
        r.hits().stream().map(SearchHit::id).toList());
    assertEquals(5, r.total());
  }

  @Test
  void relevanceSortHighlightsAndAmountsOnHits() throws Exception {
    SearchResult r = index.search(new SearchRequest("算力租赁", SearchRequest.Sort.relevance, 1, 10, false));
    assertEquals(List.of("a", "b"), r.hits().stream().map(SearchHit::id).sorted().toList());
    SearchHit b = r.hits().stream().filter(h -> h.id().equals("b")).findFirst().orElseThrow();
    assertEquals(0, new BigDecimal("165360000.00").compareTo(b.awardCny()));
    assertTrue(b.highlight().contains("«算力租赁»"), b.highlight());
    assertEquals("http://example.org/b", b.url());
  }
}
