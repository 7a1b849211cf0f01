package org.tenderwatch.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tenderwatch.config.Config;
import org.tenderwatch.config.ConfigLoader;
import org.tenderwatch.config.SourceConfig;
import org.tenderwatch.crawl.BaseUrls;
import org.tenderwatch.crawl.CrawlReport;
import org.tenderwatch.crawl.FixtureServer;

/**
 * Two sources on one host, crawled at the same time by one process (as the `run` daemon does): the host sees no two
 * requests closer than the delay, because the process keeps one politeness clock per host, not one per source.
 */
class SharedHostPolitenessTest {
  static final long DELAY_MS = 200;
  static final String HOST = "https://www.shared.example.cn";

  private static SourceConfig source(String id, String channel) {
    return new SourceConfig(id, id, SourceConfig.Kind.html, List.of(URI.create(HOST)), DELAY_MS, null,
        List.of(HOST + "/" + channel + "/index.htm"), new SourceConfig.Html("index_{n}.htm", null, null,
            "ul.c_list_bid", "ul.c_list_bid > li", "a[href]", "em", List.of()), null);
  }

  private static FixtureServer.Response html(String body) {
    return new FixtureServer.Response(200, "text/html; charset=utf-8", body.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void twoSourcesOnOneHostShareItsDelay(@TempDir Path tmp) throws Exception {
    List<Long> arrivals = new CopyOnWriteArrayList<>();
    try (FixtureServer s = FixtureServer.serve(tmp).onRequest(n -> arrivals.add(System.nanoTime()))) {
      for (String channel : List.of("a", "b")) {
        StringBuilder list = new StringBuilder("<html><body><ul class=\"c_list_bid\">");
        for (int i = 1; i <= 3; i++) {
          String path = "/" + channel + "/n" + i + ".htm";
          list.append("<li><a href=\"").append(path).append("\">x</a><em>2024-05-02</em></li>");
          s.handle(path, r -> html("<html><body><h2>" + path + "采购公告</h2><p>采购人：共享主机大学。采购需求：服务器"
              + "一批，详见采购文件，预算金额100万元。</p></body></html>"));
        }
        String body = list.append("</ul></body></html>").toString();
        s.handle("/" + channel + "/index.htm", r -> html(body));
      }
      Config config = ConfigLoader.load(Path.of("config/tenderwatch.yaml")).withDataDir(tmp.resolve("data"));
      ExecutorService pool = Executors.newFixedThreadPool(2);
      try (Pipeline p = Pipeline.open(config, Clock.systemUTC())) {
        List<Future<CrawlReport>> runs = new ArrayList<>();
        for (SourceConfig src : List.of(source("src-a", "a"), source("src-b", "b"))) {
          runs.add(pool.submit(() -> p.crawl(src, BaseUrls.of(src.hosts(), s.uri()), null)));
        }
        for (Future<CrawlReport> r : runs) {
          assertEquals(3, r.get().notices());
        }
      } finally {
        pool.shutdownNow();
      }
    }
    long min = Long.MAX_VALUE;
    for (int i = 1; i < arrivals.size(); i++) {
      min = Math.min(min, (arrivals.get(i) - arrivals.get(i - 1)) / 1_000_000);
    }
    System.out.printf(java.util.Locale.ROOT, "shared host: %d requests from two sources, smallest gap %d ms (delay %d ms)%n",
        arrivals.size(), min, DELAY_MS);
    // with a clock per source, the two passes interleave freely and the smallest gap is a few ms
    assertTrue(min >= DELAY_MS - 5, "smallest gap " + min + " ms < " + DELAY_MS + " ms"); // 5 ms: timer granularity
  }
}
