package org.tenderwatch.bench;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * search.ccgp.gov.cn/bxsearch as the real search answers (PORTALS.md §2.2), over published notices: every parameter
 * the real form sends is honoured or refused (an unknown one, or a filter this site does not model, answers 400, so
 * a config cannot send something silently ignored); results newest first, 20 a page, the count in "共找到 N 条内容"
 * and the pager script; pages past the paging cap come back empty. Served by the search tests' fixture and by the
 * discovery benchmark ({@link DiscoveryBench}).
 */
public final class BxsearchSite {
  public static final int PAGE = 20;
  private static final DateTimeFormatter COLON = DateTimeFormatter.ofPattern("yyyy:MM:dd", Locale.ROOT);
  private static final DateTimeFormatter DOTS = DateTimeFormatter.ofPattern("yyyy.MM.dd HH:mm:ss", Locale.ROOT);
  private static final Set<String> PARAMS = Set.of("searchtype", "page_index", "bidSort", "buyerName", "projectId",
      "pinMu", "bidType", "dbselect", "kw", "start_time", "end_time", "timeType", "displayZone", "zoneId",
      "pppStatus", "agentName");
  /** bidType codes → the ccgp channel whose notices they are (PORTALS.md §2.2). */
  private static final Map<String, String> BID_TYPES = Map.of("1", "gkzb", "3", "jzxtpgg", "4", "dylygg",
      "7", "zbgg", "8", "gzgg", "10", "jzxcs", "11", "cjgg", "12", "fblbgg");

  /** An answer: HTTP status and the page. */
  public record Answer(int status, String html) {}

  private final List<BenchNotice> published = new ArrayList<>();
  private final LocalDate today;
  private final int maxPages;

  /** @param today what "today" is for the relative time types; @param maxPages the deepest page served */
  public BxsearchSite(LocalDate today, int maxPages) {
    this.today = today;
    this.maxPages = maxPages;
  }

  public synchronized void publish(List<BenchNotice> notices) {
    published.addAll(notices);
  }

  public synchronized List<BenchNotice> published() {
    return List.copyOf(published);
  }

  /** The answer to one query string (raw, as sent). */
  public Answer answer(String rawQuery) {
    Map<String, String> p = new HashMap<>();
    for (String kv : rawQuery == null || rawQuery.isEmpty() ? new String[0] : rawQuery.split("&")) {
      String[] nv = kv.split("=", 2);
      String name = URLDecoder.decode(nv[0], StandardCharsets.UTF_8);
      if (!PARAMS.contains(name)) {
        return new Answer(400, "<html><body>unknown parameter " + name + "</body></html>");
      }
      p.put(name, nv.length < 2 ? "" : URLDecoder.decode(nv[1], StandardCharsets.UTF_8));
    }
    for (String unmodelled : List.of("zoneId", "projectId", "pppStatus")) {
      String v = p.get(unmodelled);
      if (v != null && !v.isEmpty() && !("pppStatus".equals(unmodelled) && "0".equals(v))) {
        return new Answer(400, "<html><body>this site does not model " + unmodelled + "</body></html>");
      }
    }
    List<BenchNotice> hits;
    int page;
    try { // a malformed page number or filter is the portal's 400, not a server error
      page = Integer.parseInt(p.getOrDefault("page_index", "1"));
      hits = newestFirst(published().stream().filter(filter(p)).toList());
    } catch (IllegalArgumentException | java.time.DateTimeException e) {
      return new Answer(400, "<html><body>" + e.getMessage() + "</body></html>");
    }
    List<BenchNotice> shown = page < 1 || page > maxPages ? List.of()
        : hits.subList(Math.min(hits.size(), (page - 1) * PAGE), Math.min(hits.size(), page * PAGE));
    return new Answer(200, resultPage(hits.size(), shown, page));
  }

  public static List<BenchNotice> newestFirst(List<BenchNotice> l) {
    return l.stream().sorted(Comparator.comparing(BenchNotice::published).reversed()
        .thenComparing(BenchNotice::id, Comparator.reverseOrder())).toList();
  }

  /** Every parameter as the real search reads it. */
  private Predicate<BenchNotice> filter(Map<String, String> p) {
    String kw = p.getOrDefault("kw", "").toLowerCase(Locale.ROOT);
    boolean titleOnly = "1".equals(p.getOrDefault("searchtype", "1"));
    LocalDate[] range = range(p);
    String sort = p.getOrDefault("bidSort", "0");
    String pinMu = p.getOrDefault("pinMu", "0");
    String bidType = p.getOrDefault("bidType", "0");
    String buyer = p.getOrDefault("buyerName", "");
    String agent = p.getOrDefault("agentName", "");
    String zone = p.getOrDefault("displayZone", "");
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

  /** timeType 0 today … 5 half a year back from the site's today, 6 start_time..end_time (yyyy:MM:dd). */
  private LocalDate[] range(Map<String, String> p) {
    String t = p.getOrDefault("timeType", "0");
    return switch (t) {
      case "0" -> new LocalDate[] {today, today};
      case "1" -> new LocalDate[] {today.minusDays(3), today};
      case "2" -> new LocalDate[] {today.minusWeeks(1), today};
      case "3" -> new LocalDate[] {today.minusMonths(1), today};
      case "4" -> new LocalDate[] {today.minusMonths(3), today};
      case "5" -> new LocalDate[] {today.minusMonths(6), today};
      case "6" -> new LocalDate[] {LocalDate.parse(p.get("start_time"), COLON), LocalDate.parse(p.get("end_time"), COLON)};
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
}
