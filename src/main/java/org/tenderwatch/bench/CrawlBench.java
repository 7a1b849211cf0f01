package org.tenderwatch.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;
import org.tenderwatch.config.Config;
import org.tenderwatch.config.Settings;
import org.tenderwatch.config.SourceConfig;
import org.tenderwatch.crawl.BaseUrls;
import org.tenderwatch.crawl.CrawlReport;
import org.tenderwatch.demo.SamplePortal;
import org.tenderwatch.pipeline.Pipeline;

/**
 * The whole pipeline on a loopback mirror of the generated corpus (crawl → WARC → extract → flag → link → SQLite +
 * index, delay 0), beside a bare sequential HTTP fetch of the same files; then crawl efficiency: requests per new
 * notice on the first crawl and on a recrawl after 1 % new notices appear at the top of the lists.
 */
final class CrawlBench {
  static final String SOURCE = "ccgp";

  private CrawlBench() {}

  static void run(BenchPlan plan, CorpusGenerator gen, PdfWriter pdfs, Config loaded, Report report) throws Exception {
    int first = plan.crawlNotices();
    int extra = Math.max(1, first / 100);
    Path root = plan.workDir().resolve("site-" + plan.seed() + "-" + first);
    deleteTree(root);
    SiteWriter.Site site = SiteWriter.write(root, gen.notices(0, first), pdfs);
    Path data = plan.workDir().resolve("crawl-data");
    deleteTree(data);
    Config config = withUnlimitedLists(loaded.withDataDir(data).withDelay(0));
    SourceConfig ccgp = config.source(SOURCE);
    try (SamplePortal portal = SamplePortal.start(root)) {
      BaseUrls base = BaseUrls.of(ccgp.hosts(), portal.uri());
      double bareNs = bareFetch(root, portal.uri());
      CrawlReport r1;
      CrawlReport r2;
      try (Pipeline p = Pipeline.open(config, Clock.systemUTC())) {
        r1 = p.crawl(ccgp, base, null);
        SiteWriter.write(root, gen.notices(0, first + extra), pdfs);
        r2 = p.crawl(ccgp, base, null);
      }
      report(plan, site, r1, r2, extra, bareNs, report);
    }
  }

  private static void report(BenchPlan plan, SiteWriter.Site site, CrawlReport r1, CrawlReport r2, int extra,
      double bareNs, Report report) {
    double pipelineRate = r1.notices() / (r1.elapsed().toNanos() / 1e9);
    double bareRate = site.notices() / (bareNs / 1e9);
    double ratio = pipelineRate / bareRate;
    double firstPerNew = (double) r1.requests() / Math.max(1, r1.notices());
    double recrawlPerNew = (double) r2.requests() / Math.max(1, r2.notices());
    report.stage("pipeline").put("notices", r1.notices()).put("attachments", r1.attachments())
        .put("seconds", r1.elapsed().toMillis() / 1e3).put("noticesPerS", pipelineRate)
        .put("bareFetchNoticesPerS", bareRate).put("ratio", ratio).put("failures", r1.failures().size());
    report.stage("crawl").put("firstNotices", r1.notices()).put("firstRequests", r1.requests())
        .put("firstListPages", r1.listPages()).put("firstRequestsPerNewNotice", firstPerNew)
        .put("recrawlNewPublished", extra).put("recrawlNotices", r2.notices()).put("recrawlRequests", r2.requests())
        .put("recrawlListPages", r2.listPages()).put("recrawlAttachments", r2.attachments())
        .put("recrawlRequestsPerNewNotice", recrawlPerNew);
    report.table(new Report.Table("Whole pipeline on a loopback site",
        "The generated corpus as a www.ccgp.gov.cn mirror (" + site.notices() + " notices, " + site.pdfs() + " PDFs, "
            + site.listPages() + " list pages) served by `SamplePortal` on 127.0.0.1, crawled by `Pipeline` with the"
            + " real ccgp source config and delay 0: fetch, WARC archive, extraction, PDF text, flags, award→tender links,"
            + " SQLite and Lucene. One run (a crawl is not repeatable on the same data). Bare: every file of the site"
            + " fetched once with `java.net.http.HttpClient`, sequentially, body discarded.",
        List.of("", "notices", "seconds", "notices/s", "ratio (ours / bare fetch)", "failures"),
        List.of(List.of("tenderwatch pipeline", Report.f(r1.notices(), 0), Report.f(r1.elapsed().toMillis() / 1e3, 1),
                Report.f(pipelineRate, 1), Report.f(ratio, 3), Report.f(r1.failures().size(), 0)),
            List.of("bare HTTP fetch", Report.f(site.notices(), 0), Report.f(bareNs / 1e9, 1), Report.f(bareRate, 1), "1", "–"))));
    report.table(new Report.Table("Crawl efficiency",
        "Requests per new notice. The recrawl runs after " + extra + " new notices (1 %) were published at the top of"
            + " their channel lists; list pages are counted in the requests, attachments too.",
        List.of("pass", "new notices", "requests", "list pages", "attachments", "requests per new notice"),
        List.of(List.of("first crawl", Report.f(r1.notices(), 0), Report.f(r1.requests(), 0), Report.f(r1.listPages(), 0),
                Report.f(r1.attachments(), 0), Report.f(firstPerNew, 2)),
            List.of("recrawl, 1 % new", Report.f(r2.notices(), 0), Report.f(r2.requests(), 0), Report.f(r2.listPages(), 0),
                Report.f(r2.attachments(), 0), Report.f(recrawlPerNew, 2)))));
  }

  /** Nanoseconds to GET every file of the site once. */
  private static double bareFetch(Path root, URI base) throws IOException, InterruptedException {
    List<String> paths;
    try (Stream<Path> files = Files.walk(root)) {
      paths = files.filter(Files::isRegularFile).map(f -> root.relativize(f).toString().replace('\\', '/'))
          .map(p -> p.startsWith("oss/download/") ? p.replace("download/", "download?") : p).sorted().toList();
    }
    try (HttpClient client = HttpClient.newHttpClient()) {
      long t0 = System.nanoTime();
      for (String p : paths) {
        client.send(HttpRequest.newBuilder(base.resolve("/" + p)).build(), HttpResponse.BodyHandlers.discarding());
      }
      return System.nanoTime() - t0;
    }
  }

  /** The configured crawl settings, but no cap on list pages: the benchmark lists run past the default 50. */
  private static Config withUnlimitedLists(Config c) {
    Settings s = c.settings();
    return new Config(c.home(), s.withCrawl(s.crawl().withMaxListPages(100_000)), c.sources(), c.flags());
  }

  static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
