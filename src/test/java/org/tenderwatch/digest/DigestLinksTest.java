package org.tenderwatch.digest;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tenderwatch.cases.CaseView;
import org.tenderwatch.store.NoticeView;

/** With digest.webBaseUrl set, the archived-copy link is the web UI's archive page, addressed by WARC record id. */
class DigestLinksTest {

  @Test
  void archivedCopyLinksToTheWebArchivePageByRecordId() {
    var flag = new NoticeView.FlagEvidence("nvidia_gpu", "A100", "8卡 «A100»", "招标文件.pdf p.3");
    var notice = new NoticeView("ccgp:1", "https://www.ccgp.gov.cn/t1.htm", "ccgp", "tender", "GPU服务器采购",
        "2024-04-18T09:30", "中国科学技术大学", null, "AHZC-1", null, null, List.of(), List.of(flag), List.of(),
        List.of(), new NoticeView.Archive("ab12", "tw-0001.warc.gz#urn:uuid:0ff54248-0a60-4322-8c78-4efc5d30c002"));
    var kase = new CaseView("p:AHZC1", "awarded", notice,
        List.of(new NoticeView.Supplier("合肥智域算力科技有限公司", null, new BigDecimal("165360000"))),
        new BigDecimal("165360000"), List.of(flag), List.of(notice), List.of());
    RenderedDigest d = new DigestRenderer(Map.of("nvidia_gpu", "Nvidia GPUs"), "https://tw.example.org")
        .render(LocalDate.parse("2024-05-29"), List.of(new DigestItem(kase, List.of("nvidia_gpu"), List.of())));
    String url = "https://tw.example.org/archive/0ff54248-0a60-4322-8c78-4efc5d30c002";
    assertTrue(d.html().contains("href=\"" + url + "\""), d.html());
    assertTrue(d.text().contains(url), d.text());
  }
}
