package org.tenderwatch.crawl.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.tenderwatch.config.ConfigLoader;
import org.tenderwatch.config.SearchConfig;

/**
 * A bxsearch result page read with the shipped selectors. The markup is written by hand after the DOM PORTALS.md
 * §2.2 gives (the keyword highlighted in a font tag, the span "date | 采购人：… | 代理机构：…", the pager script);
 * not a saved live page.
 */
class ResultPageTest {
  private static final String PAGE = """
      <html><head><meta charset="utf-8"></head><body><div class="vT_z"><div class="vT-srch-result">
      <p>共找到 <span style="color:#c00000">1234</span> 条内容</p>
      <div class="vT-srch-result-list"><ul class="vT-srch-result-list-bid">
      <li><a href="http://www.ccgp.gov.cn/cggg/dfgg/gkzb/202505/t20250527_24660000.htm" target="_blank">
        某大学<font color="red">A100</font>服务器采购项目公开招标公告</a>
        <p>……GPU服务器（<font color="red">A100</font>）8台……</p>
        <span>2025.05.27 20:20:00 | 采购人：某大学 | 代理机构：某招标代理有限公司 | <br>
        <strong>公开招标公告</strong>|北京 | <strong>货物/设备</strong></span></li>
      <li><a href="http://www.ccgp.gov.cn/cggg/zygg/zbgg/202505/t20250526_24650000.htm">某研究所中标公告</a>
        <span>2025.05.26 09:05:07 | 采购人：某研究所 | 代理机构：某公司</span></li>
      </ul></div>
      <p class="pager"><script type="text/javascript">Pager({size:62, current:0, prefix:'',suffix:''});</script></p>
      </div></div></body></html>
      """;

  @Test
  void hitsDatesAndCountsAreReadWithTheShippedSelectors() {
    SearchConfig cfg = ConfigLoader.load(Path.of("config/tenderwatch.yaml")).source("ccgp-search").search();
    ResultPage page = ResultPage.read(Jsoup.parse(PAGE, "https://search.ccgp.gov.cn/bxsearch?kw=A100"), cfg);
    assertEquals(List.of(
        new ResultPage.Hit(URI.create("http://www.ccgp.gov.cn/cggg/dfgg/gkzb/202505/t20250527_24660000.htm"),
            LocalDateTime.of(2025, 5, 27, 20, 20)),
        new ResultPage.Hit(URI.create("http://www.ccgp.gov.cn/cggg/zygg/zbgg/202505/t20250526_24650000.htm"),
            LocalDateTime.of(2025, 5, 26, 9, 5))), page.hits()); // the project reads dates to the minute
    assertEquals(1234, page.results());
    assertEquals(62, page.pages());
    assertEquals(62, page.pagesFor(cfg.pageSize()), "1234 results at 20 a page");
  }
}
