package org.tenderwatch.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.tenderwatch.extract.Notice;
import org.tenderwatch.extract.NoticeExtractor;

/** What a stored notice says of its attachments that failed, whether reading or fetching failed. */
class IngestKeptTest {

  @Test
  void eachFailedAttachmentIsOneProblemNamingItOnce() {
    Notice n = NoticeExtractor.fromHtml(Jsoup.parse("<h1>某局设备采购公告</h1><p>采购人：某局</p>", "https://x.cn/1.htm"));
    Notice kept = Ingest.kept(n, "https://x.cn/1.htm", List.of(
        new NoticeRecord.AttachmentResult("https://x.cn/a.pdf", "a.pdf", "application/pdf", "failed",
            "a.pdf: encrypted PDF", 0, null),
        new NoticeRecord.AttachmentResult("https://x.cn/b.doc", "b.doc", null, "failed", "HTTP 404", 0, null)));
    assertEquals(List.of("attachment failed: a.pdf: encrypted PDF", "attachment failed: b.doc: HTTP 404"),
        kept.problems().stream().filter(p -> p.startsWith("attachment")).toList());
  }
}
