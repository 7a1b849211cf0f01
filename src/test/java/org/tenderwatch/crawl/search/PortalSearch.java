package org.tenderwatch.crawl.search;

import org.tenderwatch.bench.Planted;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import org.tenderwatch.bench.BenchNotice;
import org.tenderwatch.crawl.NoticeIds;

/**
 * The three JSON portal searches under test: the search source, the channel source whose notices its hits are, its
 * fixture, and the notices a two-year backfill must store (with the ids the channel walk gives them).
 */
enum PortalSearch {
  ggzy("ggzy-search", "ggzy-national", true, 2),
  // 15 rows a page in 7-day windows: one page deep, so the March burst overflows its window
  zcy("zcy-zhejiang-search", "zcy-zhejiang", false, 1),
  gpcms("ccgp-sichuan-search", "ccgp-sichuan", true, 2);

  /** The test terms (the lexicon's A100 and Azure OpenAI; the lexicon as source of terms has its own test). */
  static final List<String> TERMS = List.of("A100", "Azure OpenAI");

  final String search;
  final String channel;
  /** True: the portal filters by keyword; false: the search walks every notice of a category by date. */
  final boolean keyword;
  /** The fixture's paging cap in the tests (and the source's maxPages). */
  final int cap;

  PortalSearch(String search, String channel, boolean keyword, int cap) {
    this.search = search;
    this.channel = channel;
    this.keyword = keyword;
    this.cap = cap;
  }

  PlantedPortal fixture(Path root, List<BenchNotice> planted) throws IOException {
    return fixture(root, planted, Planted.UNTIL, cap);
  }

  /** The fixture on the day {@code today} (ggzy's channel lists its last 3 days), paging to {@code maxPages}. */
  PlantedPortal fixture(Path root, List<BenchNotice> planted, java.time.LocalDate today, int maxPages)
      throws IOException {
    return switch (this) {
      case ggzy -> new GgzyFixture(root, planted, today, maxPages);
      case zcy -> new ZcyFixture(root, planted, today, maxPages);
      case gpcms -> new GpcmsFixture(root, planted, today, maxPages);
    };
  }

  /** The shipped config with no delays, the fixture's paging cap, and the two test terms for a keyword search. */
  Path config(Path dir) throws IOException {
    return config(dir, 50);
  }

  /** {@link #config(Path)} with channel walks read to {@code maxListPages} list pages. */
  Path config(Path dir, int maxListPages) throws IOException {
    Path main = SearchTestConfig.write(dir, cap, maxListPages);
    Path f = dir.resolve("sources/" + search + ".yaml");
    SearchTestConfig.edit(f, "(?m)^delayMs: \\d+", "delayMs: 0");
    SearchTestConfig.edit(f, "(?m)^  maxPages: \\d+", "  maxPages: " + cap);
    if (keyword) {
      SearchTestConfig.edit(f, "(?m)^  lexicon: true", "  lexicon: false");
      SearchTestConfig.edit(f, "(?m)^  terms: \\[\\]", "  terms: [" + String.join(", ", TERMS) + "]");
    }
    return main;
  }

  /** The rows a backfill must find: those whose title names a term, or for the category walk every listed row. */
  boolean found(PlantedPortal.Row r) {
    return keyword ? TERMS.stream().anyMatch(r::titleHas) : ZcyFixture.listed(r);
  }

  /** The id the channel walk gives the row's notice (its link or id, through the channel source's template). */
  String channelId(PlantedPortal.Row r) {
    String url = switch (this) {
      case ggzy -> "http://www.ggzy.gov.cn" + GgzyFixture.path(r, "b");
      case zcy -> "https://zfcg.czt.zj.gov.cn/portal/detail?articleId=" + r.id();
      case gpcms -> "https://www.ccgp-sichuan.gov.cn/gpcms/rest/web/v2/info/getInfoById?id=" + r.id();
    };
    return NoticeIds.of(channel, URI.create(url));
  }
}
