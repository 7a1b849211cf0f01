package org.tenderwatch.crawl.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.tenderwatch.bench.BenchNotice;
import org.tenderwatch.bench.CcgpTemplate;
import org.tenderwatch.crawl.FixtureServer;

/**
 * www.ccgp.gov.cn and search.ccgp.gov.cn on 127.0.0.1: notice pages and channel lists (files written from the
 * planted notices with the real page frames) and /bxsearch answering like the real search (PORTALS.md §2.2):
 * every parameter the real form sends is honoured or refused (an unknown one, or a filter this fixture does not
 * model, answers 400, so a config cannot send something silently ignored); results newest first, 20 a page, the
 * count in "共找到 N 条内容" and the pager script; pages past the paging cap come back empty; more than
 * {@code burst} requests within {@code burstMs} get the rate-limit page; {@link #challenge} turns every answer
 * into a slider captcha.
 */
final class BxsearchFixture implements AutoCloseable {
  static final int PAGE = 20;
  private static final DateTimeFormatter COLON = DateTimeFormatter.ofPattern("yyyy:MM:dd", Locale.ROOT);
  private static final DateTimeFormatter DOTS = DateTimeFormatter.ofPattern("yyyy.MM.dd HH:mm:ss", Locale.ROOT);
  private static final Set<String> PARAMS = Set.of("searchtype", "page_index", "bidSort", "buyerName", "projectId",
      "pinMu", "bidType", "dbselect", "kw", "start_time", "end_time", "timeType", "displayZone", "zoneId",
      "pppStatus", "agentName");
  /** bidType codes → the ccgp channel whose notices they are (PORTALS.md §2.2). */
  private static final Map<String, String> BID_TYPES = Map.of("1", "gkzb", "3", "jzxtpgg", "4", "dylygg",
      "7", "zbgg", "8", "gzgg", "10", "jzxcs", "11", "cjgg", "12", "fblbgg");

  private final FixtureServer server;
  private final List<BenchNotice> published = new ArrayList<>();
  private final LocalDate today;
  private final int maxPages;
  private volatile int burst = Integer.MAX_VALUE;
  private volatile long burstMs;
  private final ConcurrentLinkedDeque<Long> recent = new ConcurrentLinkedDeque<>();
  final AtomicInteger rateLimited = new AtomicInteger();
  volatile boolean challenge;
  /** False: result pages state neither the count nor the page count (a portal that does not say). */
  volatile boolean statesCount = true;

  BxsearchFixture(Path root, LocalDate today, int maxPages) throws IOException {
    this.server = FixtureServer.serve(root);
    this.today = today;
    this.maxPages = maxPages;
    server.handle("/bxsearch", this::search);
  }

  FixtureServer server() {
    return server;
  }

  /** More than {@code n} search requests within {@code ms} get the rate-limit page. */
  BxsearchFixture rateLimit(int n, long ms) {
    this.burst = n;
    this.burstMs = ms;
    return this;
  }

  /** Puts notices on the site: their pages, and every channel list rewritten newest first. */
  synchronized void publish(List<BenchNotice> notices) throws IOException {
    for (BenchNotice n : notices) {
      Path f = server.root().resolve(n.path());
      Files.createDirectories(f.getParent());
      Files.write(f, CcgpTemplate.noticeBytes(n));
      published.add(n);
    }
    writeLists();
  }

  private void writeLists() throws IOException {
    Map<String, List<BenchNotice>> byChannel = new java.util.TreeMap<>();
    newestFirst(published).forEach(n -> byChannel.computeIfAbsent(n.scope() + "/" + n.channel(),
        k -> new ArrayList<>()).add(n));
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

  private static List<BenchNotice> newestFirst(List<BenchNotice> l) {
    return l.stream().sorted(Comparator.comparing(BenchNotice::published).reversed()
        .thenComparing(BenchNotice::id, Comparator.reverseOrder())).toList();
  }

  private FixtureServer.Response search(FixtureServer.Request r) {
    if (challenge) {
      return html(200, "<html><body><div id=\"nc_wrapper\">请拖动滑块完成验证</div></body></html>");
    }
    if (limited()) {
      rateLimited.incrementAndGet();
      return html(200, "<html><body><p>您的访问过于频繁，请稍后再试。</p></body></html>");
    }
    for (String kv : r.query() == null ? new String[0] : r.query().split("&")) {
      String name = kv.split("=", 2)[0];
      if (!PARAMS.contains(name)) {
        return html(400, "<html><body>unknown parameter " + name + "</body></html>");
      }
    }
    for (String unmodelled : List.of("zoneId", "projectId", "pppStatus")) {
      String v = r.param(unmodelled);
      if (v != null && !v.isEmpty() && !("pppStatus".equals(unmodelled) && "0".equals(v))) {
        return html(400, "<html><body>this fixture does not model " + unmodelled + "</body></html>");
      }
    }
    List<BenchNotice> hits;
    try {
      hits = newestFirst(published.stream().filter(filter(r)).toList());
    } catch (IllegalArgumentException e) {
      return html(400, "<html><body>" + e.getMessage() + "</body></html>");
    }
    int page = Integer.parseInt(orElse(r.param("page_index"), "1"));
    List<BenchNotice> shown = page < 1 || page > maxPages ? List.of()
        : hits.subList(Math.min(hits.size(), (page - 1) * PAGE), Math.min(hits.size(), page * PAGE));
    String body = resultPage(hits.size(), shown, page);
    return html(200, statesCount ? body : body.replaceAll("共找到.*?条内容|Pager\\(\\{[^}]*}\\)", ""));
  }

  private boolean limited() {
    long now = System.nanoTime();
    recent.addLast(now);
    while (!recent.isEmpty() && now - recent.peekFirst() > burstMs * 1_000_000L) {
      recent.pollFirst();
    }
    return recent.size() > burst;
  }

  /** Every parameter as the real search reads it. */
  private Predicate<BenchNotice> filter(FixtureServer.Request r) {
    String kw = orElse(r.param("kw"), "").toLowerCase(Locale.ROOT);
    boolean titleOnly = "1".equals(orElse(r.param("searchtype"), "1"));
    LocalDate[] range = range(r);
    String sort = orElse(r.param("bidSort"), "0");
    String pinMu = orElse(r.param("pinMu"), "0");
    String bidType = orElse(r.param("bidType"), "0");
    String buyer = orElse(r.param("buyerName"), "");
    String agent = orElse(r.param("agentName"), "");
    String zone = orElse(r.param("displayZone"), "");
    if (!"0".equals(bidType) && !BID_TYPES.containsKey(bidType)) {
      return n -> false; // 询价, 资格预审, 邀请, 其他: no such notices here
    }
    return n -> (titleOnly ? n.title() : n.text()).toLowerCase(Locale.ROOT).contains(kw)
        && !n.published().toLocalDate().isBefore(range[0]) && !n.published().toLocalDate().isAfter(range[1])
        && ("0".equals(sort) || "1".equals(sort) == "zygg".equals(n.scope()))
        && ("0".equals(pinMu) || "1".equals(pinMu) && !n.isAward() || "3".equals(pinMu) && n.isAward())
        && ("0".equals(bidType) || BID_TYPES.get(bidType).equals(n.channel()))
        && n.buyer().contains(buyer) && n.agency().contains(agent) && n.region().contains(zone);
  }

  /** timeType 0 today … 5 half a year back from the fixture's today, 6 start_time..end_time (yyyy:MM:dd). */
  private LocalDate[] range(FixtureServer.Request r) {
    String t = orElse(r.param("timeType"), "0");
    return switch (t) {
      case "0" -> new LocalDate[] {today, today};
      case "1" -> new LocalDate[] {today.minusDays(3), today};
      case "2" -> new LocalDate[] {today.minusWeeks(1), today};
      case "3" -> new LocalDate[] {today.minusMonths(1), today};
      case "4" -> new LocalDate[] {today.minusMonths(3), today};
      case "5" -> new LocalDate[] {today.minusMonths(6), today};
      case "6" -> new LocalDate[] {LocalDate.parse(r.param("start_time"), COLON),
          LocalDate.parse(r.param("end_time"), COLON)};
      default -> throw new IllegalArgumentException("timeType " + t);
    };
  }

  /** The result page as the real one is built (PORTALS.md §2.2), shortened around the list. */
  private static String resultPage(int total, List<BenchNotice> shown, int page) {
    StringBuilder li = new StringBuilder();
    for (BenchNotice n : shown) {
      li.append("<li><a href=\"http://www.ccgp.gov.cn/").append(n.path()).append("\" style=\"line-height:18px\" ")
          .append("target=\"_blank\">").append(n.title()).append("</a><p>").append(n.lines().get(0))
          .append("</p><span>").append(n.published().format(DOTS)).append(" | 采购人：").append(n.buyer())
          .append(" | 代理机构：").append(n.agency()).append(" | <br><strong>").append(n.isAward() ? "中标公告" : "公开招标公告")
          .append("</strong>|").append(n.region()).append("</span></li>\n");
    }
    int pages = Math.max(1, (total + PAGE - 1) / PAGE);
    return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>中国政府采购网搜索</title></head><body>"
        + "<div class=\"vT_z\"><div class=\"vT-srch-result\"><p style=\"float:left\">共找到 <span "
        + "style=\"color:#c00000\">" + total + "</span> 条内容</p>"
        + "<div class=\"vT-srch-result-list\"><ul class=\"vT-srch-result-list-bid\">\n" + li + "</ul></div>"
        + "<p class=\"pager\"><script type=\"text/javascript\">Pager({size:" + pages + ", current:" + (page - 1)
        + ", prefix:'',suffix:''});</script></p></div></div></body></html>";
  }

  private static FixtureServer.Response html(int status, String body) {
    return new FixtureServer.Response(status, "text/html; charset=utf-8", body.getBytes(StandardCharsets.UTF_8));
  }

  private static String orElse(String a, String b) {
    return a == null ? b : a;
  }

  @Override
  public void close() {
    server.close();
  }
}
