package org.tenderwatch.crawl.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.tenderwatch.bench.BenchNotice;
import org.tenderwatch.bench.BxsearchSite;
import org.tenderwatch.bench.CcgpTemplate;
import org.tenderwatch.crawl.FixtureServer;

/**
 * www.ccgp.gov.cn and search.ccgp.gov.cn on 127.0.0.1: notice pages and channel lists (files written from the
 * planted notices with the real page frames) and /bxsearch answering like the real search ({@link BxsearchSite}:
 * every parameter honoured or refused, newest first, 20 a page, the count and the pager, nothing past the paging
 * cap); more than {@code burst} requests within {@code burstMs} get the rate-limit page; {@link #challenge} turns
 * every answer into a slider captcha; {@link #statesCount} false drops the count and the pager.
 */
final class BxsearchFixture implements AutoCloseable {
  static final int PAGE = BxsearchSite.PAGE;

  private final FixtureServer server;
  private final BxsearchSite site;
  private final Burst burst = new Burst();
  final AtomicInteger rateLimited = new AtomicInteger();
  volatile boolean challenge;
  /** False: result pages state neither the count nor the page count (a portal that does not say). */
  volatile boolean statesCount = true;

  BxsearchFixture(Path root, LocalDate today, int maxPages) throws IOException {
    this.server = FixtureServer.serve(root);
    this.site = new BxsearchSite(today, maxPages);
    server.handle("/bxsearch", this::search);
  }

  FixtureServer server() {
    return server;
  }

  /** More than {@code n} search requests within {@code ms} get the rate-limit page. */
  BxsearchFixture rateLimit(int n, long ms) {
    burst.limit(n, ms);
    return this;
  }

  /** Puts notices on the site: their pages, and every channel list rewritten newest first. */
  synchronized void publish(List<BenchNotice> notices) throws IOException {
    for (BenchNotice n : notices) {
      Path f = server.root().resolve(n.path());
      Files.createDirectories(f.getParent());
      Files.write(f, CcgpTemplate.noticeBytes(n));
    }
    site.publish(notices);
    writeLists();
  }

  private void writeLists() throws IOException {
    Map<String, List<BenchNotice>> byChannel = new java.util.TreeMap<>();
    BxsearchSite.newestFirst(site.published()).forEach(n -> byChannel.computeIfAbsent(n.scope() + "/"
        + n.channel(), k -> new ArrayList<>()).add(n));
    for (var e : byChannel.entrySet()) {
      List<BenchNotice> all = e.getValue();
      int pages = Math.max(1, (all.size() + PAGE - 1) / PAGE);
      String[] sc = e.getKey().split("/");
      for (int p = 0; p < pages; p++) {
        Path f = server.root().resolve("cggg/" + e.getKey() + "/" + (p == 0 ? "index.htm" : "index_" + p + ".htm"));
        Files.createDirectories(f.getParent());
        Files.writeString(f, CcgpTemplate.listPage(sc[0], sc[1], all.subList(p * PAGE, Math.min(all.size(),
            (p + 1) * PAGE)), p, pages), StandardCharsets.UTF_8);
      }
    }
  }

  private FixtureServer.Response search(FixtureServer.Request r) {
    if (challenge) {
      return html(200, Burst.SLIDER);
    }
    if (burst.over()) {
      rateLimited.incrementAndGet();
      return html(200, Burst.PAGE);
    }
    BxsearchSite.Answer a = site.answer(r.query());
    return html(a.status(), statesCount ? a.html() : a.html().replaceAll("共找到.*?条内容|Pager\\(\\{[^}]*}\\)", ""));
  }

  private static FixtureServer.Response html(int status, String body) {
    return PlantedPortal.html(status, body);
  }

  @Override
  public void close() {
    server.close();
  }
}
