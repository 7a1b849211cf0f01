package org.tenderwatch.crawl.search;

import org.tenderwatch.bench.Planted;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.tenderwatch.bench.BenchNotice;
import org.tenderwatch.crawl.FixtureServer;

/**
 * What the JSON portal fixtures (ggzy, 政采云, gpcms) share: the planted notices as portal rows (the two years of
 * {@link Planted}, each title naming what its notice buys, so a title search finds it), newest first; a paging cap
 * (a page past {@code maxPages} comes back empty, the count still stated); the rate-limit page after more than
 * {@code burst} requests within {@code burstMs}; {@link #challenge} turns every list answer into the portal's
 * challenge. A subclass honours its portal's parameters and answers 400 to any other.
 */
abstract class PlantedPortal implements AutoCloseable {
  /** One planted notice as a portal row: id, title, publication time, text, what it mentions (or "plain"). */
  record Row(String id, String title, LocalDateTime published, String text, String what) {
    boolean titleHas(String word) {
      return word == null || word.isEmpty() || title.toLowerCase(Locale.ROOT).contains(word.toLowerCase(Locale.ROOT));
    }

    boolean within(LocalDate from, LocalDate to) {
      return !published.toLocalDate().isBefore(from) && !published.toLocalDate().isAfter(to);
    }
  }

  final FixtureServer server;
  private final String listPath;
  private final String detailPath;
  /** Every row published so far, newest first ({@link #publish} adds more). */
  volatile List<Row> rows;
  final LocalDate today;
  final int maxPages;
  private final Burst burst = new Burst();
  final AtomicInteger rateLimited = new AtomicInteger();
  volatile boolean challenge;

  /**
   * @param listPath the list endpoint's path
   * @param detailPath the path (or path prefix) of notice pages or the detail endpoint
   */
  PlantedPortal(Path root, List<BenchNotice> planted, LocalDate today, int maxPages, String listPath,
      String detailPath) throws IOException {
    this.server = FixtureServer.serve(root);
    this.listPath = listPath;
    this.detailPath = detailPath;
    this.rows = newestFirst(planted.stream().map(PlantedPortal::row));
    this.today = today;
    this.maxPages = maxPages;
  }

  /** The portal publishes more notices: they are listed from the next request on. */
  PlantedPortal publish(List<BenchNotice> more) throws IOException {
    List<Row> added = more.stream().map(PlantedPortal::row).toList();
    pages(added);
    rows = newestFirst(java.util.stream.Stream.concat(rows.stream(), added.stream()));
    return this;
  }

  /** Writes what a portal serves as files for these rows (nothing here: the details are answered as asked). */
  void pages(List<Row> added) throws IOException {}

  private static List<Row> newestFirst(java.util.stream.Stream<Row> all) {
    return all.sorted(Comparator.comparing(Row::published).reversed().thenComparing(Row::id,
        Comparator.reverseOrder())).toList();
  }

  /** A bench notice as a row: its title rewritten to name what it buys (the ccgp titles leave the model out). */
  private static Row row(BenchNotice n) {
    String what = n.flagCategory() == null ? "plain" : n.flagCategory();
    String item = switch (what) {
      case "a100" -> "NVIDIA A100 GPU服务器";
      case "azure" -> "Azure OpenAI 服务";
      case "both" -> "NVIDIA A100 服务器及 Azure OpenAI 服务";
      default -> "办公家具";
    };
    String title = n.region() + "第" + n.id() + "号大学" + item + (n.isAward() ? "采购项目中标公告" : "采购项目公开招标公告");
    return new Row(Long.toString(n.id()), title, n.published(), String.join("\n", n.lines()), what);
  }

  /** More than {@code n} list requests within {@code ms} get the rate-limit page. */
  PlantedPortal rateLimit(int n, long ms) {
    burst.limit(n, ms);
    return this;
  }

  /** The rows a query keeps, newest first. */
  List<Row> kept(Predicate<Row> keep) {
    return rows.stream().filter(keep).toList();
  }

  /** Page {@code page} (from 1) of {@code size}; a page past the cap is empty, as the portal serves none. */
  List<Row> page(List<Row> kept, int page, int size) {
    if (page < 1 || page > maxPages) {
      return List.of();
    }
    int from = Math.min(kept.size(), (page - 1) * size);
    return kept.subList(from, Math.min(kept.size(), from + size));
  }

  /** The challenge or the rate-limit page when one is due, else null (the list is answered). */
  FixtureServer.Response guard() {
    if (challenge) {
      return challengePage();
    }
    if (burst.over()) {
      rateLimited.incrementAndGet();
      return html(200, Burst.PAGE);
    }
    return null;
  }

  /** What the portal shows instead of the list to a client it does not trust: here an Aliyun slider. */
  FixtureServer.Response challengePage() {
    return html(200, Burst.SLIDER);
  }

  /** A request to the list (search) endpoint. */
  boolean isList(FixtureServer.Request q) {
    return q.path().equals(listPath);
  }

  /** A request for a notice's page or detail. */
  boolean isDetail(FixtureServer.Request q) {
    return q.path().startsWith(detailPath);
  }

  /** Requests to the list endpoint so far. */
  long listRequests() {
    return server.log.stream().filter(this::isList).count();
  }

  /** Requests for each notice's detail (path and query), by notice: none may be asked twice. */
  java.util.Map<String, Long> detailRequests() {
    return server.log.stream().filter(this::isDetail).collect(java.util.stream.Collectors
        .groupingBy(q -> q.path() + "?" + q.query(), java.util.TreeMap::new, java.util.stream.Collectors.counting()));
  }

  static FixtureServer.Response html(int status, String body) {
    return new FixtureServer.Response(status, "text/html; charset=utf-8", body.getBytes(StandardCharsets.UTF_8));
  }

  static FixtureServer.Response json(Object node) {
    return new FixtureServer.Response(200, "application/json; charset=utf-8",
        tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(node)
            .getBytes(StandardCharsets.UTF_8));
  }

  static FixtureServer.Response badRequest(String why) {
    return org.tenderwatch.pipeline.PortalMirrors.badRequest(why);
  }

  /** A page number or page size as the portals read it: a whole number from 1, else null (answered with 400). */
  static Integer positive(String s) {
    return s == null || !s.matches("0*[1-9]\\d{0,5}") ? null : Integer.valueOf(s);
  }

  /** The first name of a query or form not in {@code known}, or null. */
  static String unknown(String query, java.util.Set<String> known) {
    return org.tenderwatch.pipeline.PortalMirrors.unknown(query, known);
  }

  @Override
  public void close() {
    server.close();
  }
}
