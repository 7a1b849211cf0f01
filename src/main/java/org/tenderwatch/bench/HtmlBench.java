package org.tenderwatch.bench;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.tenderwatch.extract.HtmlDecoder;
import org.tenderwatch.extract.Notice;
import org.tenderwatch.extract.NoticeExtractor;

/** HTML stage: HtmlDecoder + NoticeExtractor against bare {@code Jsoup.parse(bytes) + text()} on the same pages. */
final class HtmlBench {
  private HtmlBench() {}

  /** @return the extracted notices, in input order, for the later stages */
  static List<Notice> run(BenchPlan plan, List<BenchNotice> notices, Report report) {
    List<byte[]> pages = new ArrayList<>();
    List<String> urls = new ArrayList<>();
    long bytes = 0;
    for (BenchNotice n : notices) {
      byte[] b = CcgpTemplate.noticeBytes(n);
      pages.add(b);
      urls.add("https://www.ccgp.gov.cn/" + n.path());
      bytes += b.length;
    }
    List<Notice> out = new ArrayList<>();
    long[] sink = new long[1];
    double[] t = Timing.alternate(plan.warmups(), plan.runs(), () -> {
      out.clear();
      for (int i = 0; i < pages.size(); i++) {
        out.add(NoticeExtractor.fromHtml(HtmlDecoder.decode(pages.get(i), "text/html", urls.get(i))));
      }
    }, () -> {
      for (int i = 0; i < pages.size(); i++) {
        sink[0] += Jsoup.parse(new ByteArrayInputStream(pages.get(i)), null, urls.get(i)).text().length();
      }
    });
    int right = 0;
    int gbk = 0;
    for (int i = 0; i < notices.size(); i++) {
      right += notices.get(i).projectNo().equals(out.get(i).projectNo()) ? 1 : 0;
      gbk += notices.get(i).gbk() ? 1 : 0;
    }
    int n = pages.size();
    double ratio = Timing.ratio(t[0], t[1]);
    var j = report.stage("html");
    j.put("pages", n).put("gbkPages", gbk).put("avgPageBytes", bytes / Math.max(1, n))
        .put("oursUsPerPage", t[0] / n / 1e3).put("bareUsPerPage", t[1] / n / 1e3).put("ratio", ratio)
        .put("projectNoRight", right);
    report.table(new Report.Table("HTML: parse + extraction vs bare jsoup",
        n + " notice pages in the ccgp vF template (" + gbk + " GBK, avg " + bytes / Math.max(1, n) / 1024
            + " KB). Ours: `HtmlDecoder.decode` (meta charset read from the bytes, then one parse) + "
            + "`NoticeExtractor.fromHtml` (every field). Bare: `Jsoup.parse(bytes, null, url).text()`. "
            + "Project number extracted right on " + right + "/" + n + " pages.",
        List.of("", "µs per page (median of " + plan.runs() + ")", "pages/s", "ratio (bare time / ours)"),
        List.of(List.of("tenderwatch", Report.f(t[0] / n / 1e3, 0), Report.f(n / (t[0] / 1e9), 0), Report.f(ratio, 2)),
            List.of("bare jsoup", Report.f(t[1] / n / 1e3, 0), Report.f(n / (t[1] / 1e9), 0), "1.00"))));
    return List.copyOf(out);
  }
}
