package org.tenderwatch.crawl;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tenderwatch.archive.ArchivedRecord;
import org.tenderwatch.archive.Capture;
import org.tenderwatch.archive.WarcArchive;
import org.tenderwatch.config.Proxies;
import org.tenderwatch.config.Settings;
import org.tenderwatch.config.SourceConfig;
import org.tenderwatch.extract.HtmlDecoder;
import org.tenderwatch.crawl.Frontier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One pass over one source: list pages newest first, each new notice with its attachments, then the known notices
 * that are due again (conditional GET; a 304 or an unchanged SHA-256 costs no re-extraction). Every response is
 * archived before it is parsed, every outcome recorded in the frontier. Paging stops at the end of a list, at a
 * page whose entries are all known already (incremental), at a page older than {@code since}, or at
 * crawl.maxListPages. robots.txt is obeyed (a disallowed URL is stored as blocked with its cause); a captcha or JS
 * challenge stops the source's pass and is reported as its status, never worked around.
 */
public final class SourceCrawler {
  private static final Logger LOG = LoggerFactory.getLogger(SourceCrawler.class);
  private static final JsonMapper JSON = JsonMapper.builder().build();
  /** Known notices refetched per pass at most (at 2 s a request: about half an hour). */
  static final int REFRESH_LIMIT = 1000;

  /** One entry of a list page. */
  /** A list row: the notice's URL, the date and the title the list gives it (either may be null). */
  record ListItem(URI url, LocalDateTime date, String title) {}

  private final SourceConfig source;
  private final Settings.Crawl cfg;
  private final HttpFetcher fetcher;
  private final BaseUrls baseUrls;
  private final WarcArchive archive;
  private final Frontier frontier;
  private final Clock clock;
  private final Consumer<FetchedNotice> sink;
  private final long delayMs;
  private final String proxy;
  private final Robots robots;
  private RecrawlPolicy policy;
  private BooleanSupplier stop = () -> false;
  private Consumer<CrawlReport> progress = r -> { };

  private Instant start;
  private int listPages;
  private int notices;
  private int updated;
  private int notModified;
  private int gone;
  private int known;
  private int older;
  private int attachments;
  private int requests;
  private int parseFailures;
  private String blocked;
  private final List<String> failures = new ArrayList<>();

  public SourceCrawler(SourceConfig source, Settings.Crawl cfg, HttpFetcher fetcher, BaseUrls baseUrls,
      WarcArchive archive, Frontier frontier, Clock clock, Consumer<FetchedNotice> sink) {
    this.source = source;
    this.cfg = cfg;
    this.fetcher = fetcher;
    this.baseUrls = baseUrls;
    this.archive = archive;
    this.frontier = frontier;
    this.clock = clock;
    this.sink = sink;
    this.delayMs = source.delayMs() != null ? source.delayMs() : cfg.delayMs();
    this.proxy = Proxies.effective(cfg.proxy(), source.proxy());
    this.policy = new RecrawlPolicy(cfg.recrawl(), ZoneId.of("Asia/Shanghai"));
    this.robots = new Robots(cfg.userAgent(), this::fetchRobots);
  }

  /** The portals' time zone, for "published within recentDays". */
  public SourceCrawler zone(ZoneId zone) {
    this.policy = new RecrawlPolicy(cfg.recrawl(), zone);
    return this;
  }

  /** Asked between URLs: true ends the pass early (daemon shutdown). */
  public SourceCrawler stopWhen(BooleanSupplier s) {
    this.stop = s;
    return this;
  }

  /** Told the counts so far after every list page and notice. */
  public SourceCrawler progress(Consumer<CrawlReport> p) {
    this.progress = p;
    return this;
  }

  /** Crawls every list of the source, then the known notices due again; {@code since} may be null. */
  public CrawlReport crawl(LocalDate since) {
    start = clock.instant();
    for (String list : source.lists()) {
      if (stopped()) {
        break;
      }
      switch (source.kind()) {
        case html -> crawlHtmlList(source.rewrite(URI.create(list)), since);
        case json -> crawlJsonList(list, since);
      }
    }
    refresh();
    return snapshot();
  }

  private CrawlReport snapshot() {
    return new CrawlReport(source.id(), listPages, notices, known, older, attachments, requests,
        List.copyOf(failures), Duration.between(start, clock.instant()), updated, notModified, gone, parseFailures,
        blocked);
  }

  private boolean stopped() {
    return blocked != null || stop.getAsBoolean();
  }

  private void crawlHtmlList(URI first, LocalDate since) {
    boolean resume = beginWalk(first);
    URI page = first;
    int pages = cfg.maxListPages();
    for (int n = 0; n < pages && page != null && !stopped(); n++) {
      Fetched f = fetchAndArchive(page, Capture.Kind.list, null, null, null, null);
      Capture c = f.capture();
      if (c != null && c.status() == 404 && n > 0) {
        endWalk(first); // index_N.htm past the last page: the normal end of a ccgp list
        return;
      }
      if (!usable(f, page, "list", null)) {
        return;
      }
      listPages++;
      Document doc = HtmlDecoder.decode(c.body(), c.header("content-type"), page.toString());
      if (doc.selectFirst(source.html().container()) == null) {
        noContainer(page, c);
        return;
      }
      if (n == 0) {
        pages = Math.min(pages, pageCount(doc));
      }
      List<ListItem> items = htmlItems(doc);
      progress.accept(snapshot());
      if (items.isEmpty() || !visit(items, since, resume)) {
        endWalk(first);
        return;
      }
      page = nextHtmlPage(first, doc, n + 1);
    }
    endWalk(first);
  }

  /**
   * Marks the walk of one list as begun (its first page's frontier row, kind list, status discovered) and says
   * whether the previous walk was cut short (killed, stopped, blocked, a failed page). Only a walk that ended
   * normally lets the next one stop at a page of known notices: after a cut walk the pages past the cut may hold
   * notices nobody fetched yet, behind a first page that is all known.
   */
  private boolean beginWalk(URI first) {
    Frontier.Entry e = frontier.entry(first.toString());
    boolean resume = e != null && "list".equals(e.kind()) && e.status() != Frontier.Status.fetched;
    frontier.record(new Frontier.Outcome(first.toString(), source.id(), "list", null, Frontier.Status.discovered,
        null, resume ? "walk resumed after an interrupted pass" : "walk in progress", null, null, null, null, null),
        clock.instant());
    return resume;
  }

  /** The list was walked to its end, a known page, {@code since} or the page cap: the next pass may stop early. */
  private void endWalk(URI first) {
    if (stopped()) {
      return;
    }
    frontier.record(new Frontier.Outcome(first.toString(), source.id(), "list", null, Frontier.Status.fetched,
        null, null, null, null, null, null, null), clock.instant());
  }

  /** Links a page needs to be the site's own page rather than a challenge (a challenge page has none). */
  private static final int SITE_LINKS = 5;

  /** A list page without its container: a challenge page (the source is blocked) or a changed layout. */
  private void noContainer(URI page, Capture c) {
    // a real list page carries the portal's bot script too; one with the site's links is a page whose layout (or
    // whose configured selector) does not match, not a challenge, which shows a script and nothing to follow
    boolean site = org.jsoup.Jsoup.parse(new String(c.body(), java.nio.charset.StandardCharsets.UTF_8))
        .select("a[href]").size() >= SITE_LINKS;
    PageSigns.Found sign = PageSigns.read(c.body(), c.header("content-type"), site);
    if (sign != null && sign.kind() == PageSigns.Kind.challenge) {
      block(page, "list", null, sign.why());
      return;
    }
    parseFailures++;
    String cause = "parse failure: no '" + source.html().container()
        + "' on the list page (did the portal change its layout?)";
    failures.add(page + ": " + cause);
    recordFailure(page, "list", null, c.status(), cause, null);
  }

  /** The list's page count when the page states it (saves a 404 per channel and pass), else no limit. */
  private int pageCount(Document doc) {
    if (source.html().pageCount() == null) {
      return Integer.MAX_VALUE;
    }
    var m = java.util.regex.Pattern.compile(source.html().pageCount()).matcher(doc.html());
    return m.find() ? Math.max(1, Integer.parseInt(m.group(1))) : Integer.MAX_VALUE;
  }

  private List<ListItem> htmlItems(Document doc) {
    List<ListItem> items = new ArrayList<>();
    for (Element li : doc.select(source.html().item())) {
      Element a = li.selectFirst(source.html().link());
      if (a == null || a.absUrl("href").isBlank()) {
        continue;
      }
      LocalDateTime date = null;
      if (source.html().date() != null) {
        for (Element d : li.select(source.html().date())) {
          date = date != null ? date : Dates.parse(d.text());
        }
      }
      String title = a.hasAttr("title") && !a.attr("title").isBlank() ? a.attr("title") : a.text();
      items.add(new ListItem(source.rewrite(URI.create(a.absUrl("href").replace(" ", "%20"))), date, title));
    }
    return items;
  }

  private URI nextHtmlPage(URI first, Document doc, int n) {
    SourceConfig.Html h = source.html();
    if (h.pagePattern() != null) {
      return first.resolve(h.pagePattern().replace("{n}", Integer.toString(n)));
    }
    Element next = doc.selectFirst(h.nextLink());
    return next == null || next.absUrl("href").isBlank() ? null : URI.create(next.absUrl("href"));
  }

  /**
   * Fetches the new notices of one list page (and failed ones whose retry is due); false when paging should stop:
   * every entry was known or older than {@code since}.
   */
  private boolean visit(List<ListItem> items, LocalDate since, boolean resume) {
    int skipped = 0;
    int tooOld = 0;
    Instant now = clock.instant();
    for (ListItem item : items) {
      if (stopped()) {
        return false;
      }
      Frontier.Entry e = frontier.entry(item.url().toString());
      if (since != null && item.date() != null && item.date().toLocalDate().isBefore(since)) {
        older++;
        skipped++;
        tooOld++;
      } else if (e == null || e.status() == Frontier.Status.discovered
          || e.status() == Frontier.Status.failed && e.dueAt(now)) {
        fetchNotice(item.url(), e, item.date(), item.title());
      } else {
        known++;
        skipped++;
      }
    }
    return resume ? tooOld < items.size() : skipped < items.size();
  }

  private void crawlJsonList(String template, LocalDate since) {
    SourceConfig.Json j = source.json();
    URI first = URI.create(template.replace("{page}", Integer.toString(j.firstPage())));
    boolean resume = beginWalk(first);
    for (int p = j.firstPage(); p < j.firstPage() + cfg.maxListPages() && !stopped(); p++) {
      URI page = URI.create(template.replace("{page}", Integer.toString(p)));
      byte[] body = j.body() == null ? null : j.body().replace("{page}", Integer.toString(p))
          .getBytes(StandardCharsets.UTF_8);
      Fetched f = fetchAndArchive(page, Capture.Kind.list, null, body, null, null);
      if (!usable(f, page, "list", null)) {
        return;
      }
      listPages++;
      List<ListItem> items = jsonItems(f.capture(), page);
      progress.accept(snapshot());
      if (items == null) {
        return;
      }
      if (items.isEmpty() || !visit(items, since, resume)) {
        endWalk(first);
        return;
      }
    }
    endWalk(first);
  }

  private List<ListItem> jsonItems(Capture c, URI page) {
    SourceConfig.Json j = source.json();
    JsonNode rows;
    try {
      rows = JsonPaths.at(JSON.readTree(c.body()), j.items());
    } catch (RuntimeException e) {
      PageSigns.Found sign = PageSigns.read(c.body(), c.header("content-type"), false);
      if (sign != null && sign.kind() == PageSigns.Kind.challenge) {
        block(page, "list", null, sign.why());
        return null;
      }
      parseFailures++;
      String cause = "parse failure: the list response is not the JSON the config expects: " + e.getMessage();
      failures.add(page + ": " + cause);
      recordFailure(page, "list", null, c.status(), cause, null);
      return null;
    }
    if (!rows.isArray()) {
      // valid JSON without the rows: gpcms answers {"code":"500","msg":"验证码错误"} when it wants its image captcha
      PageSigns.Found sign = PageSigns.read(c.body(), c.header("content-type"), false);
      if (sign != null && sign.kind() == PageSigns.Kind.challenge) {
        block(page, "list", null, sign.why());
        return null;
      }
      parseFailures++;
      String cause = "parse failure: no list rows at '" + j.items() + "' (did the API change?)";
      failures.add(page + ": " + cause);
      recordFailure(page, "list", null, c.status(), cause, null);
      return null;
    }
    List<ListItem> items = new ArrayList<>();
    for (JsonNode row : rows) {
      URI detail = detailUri(row, page);
      if (detail != null) {
        items.add(new ListItem(source.rewrite(detail), Dates.parse(JsonPaths.text(row, j.fields().get("date"))),
            JsonPaths.text(row, j.fields().get("title"))));
      }
    }
    return items;
  }

  /** The notice URL of a list row: its link field, or its id in the detail template. */
  private URI detailUri(JsonNode row, URI page) {
    SourceConfig.Json j = source.json();
    if (j.link() != null) {
      String link = JsonPaths.text(row, j.link());
      return link == null || link.isBlank() ? null : page.resolve(link.trim().replace(" ", "%20"));
    }
    String id = JsonPaths.text(row, j.fields().get("id"));
    return id == null ? null
        : page.resolve(j.detail().replace("{id}", java.net.URLEncoder.encode(id, StandardCharsets.UTF_8)));
  }

  /** Known notices (and failed ones) due again, the longest overdue first. */
  private void refresh() {
    for (Frontier.Entry e : frontier.due(source.id(), "notice", clock.instant(), REFRESH_LIMIT)) {
      if (stopped()) {
        return;
      }
      fetchNotice(URI.create(e.url()), e, e.publishedAt(), null);
    }
  }

  /**
   * Fetches a notice, new ({@code known} null) or known and due: a conditional GET with the stored validators; a
   * 304 or the same SHA-256 is "not modified" and costs no re-extraction; 404/410 marks it gone (it stays).
   */
  /** @param listedTitle the title the list page gave the link, the page's title when it has none (or null) */
  private void fetchNotice(URI url, Frontier.Entry known, LocalDateTime listed, String listedTitle) {
    String id = NoticeIds.of(source.id(), url);
    boolean stored = known != null
        && (known.status() == Frontier.Status.fetched || known.status() == Frontier.Status.not_modified);
    if (known == null) {
      frontier.discovered(url.toString(), source.id(), "notice", id, clock.instant());
    }
    Fetched fetched = fetchAndArchive(url, Capture.Kind.notice, id, null, null, stored ? known : null);
    Capture c = fetched.capture();
    try {
      if (fetched.blocked() != null) {
        return;
      }
      if (stored && c != null && (c.status() == 304 || c.status() == 200 && fetched.error() == null
          && fetched.archived().sha256().equals(known.sha256()))) {
        notModified++;
        record(url, id, Frontier.Status.not_modified, c, null, null, known.failures(),
            orElse(known.publishedAt(), listed));
        return;
      }
      if (c != null && !c.truncated() && fetched.error() == null && (c.status() == 404 || c.status() == 410)) {
        if (stored) {
          gone++;
        } else {
          failures.add(url + ": HTTP " + c.status() + " (gone)");
        }
        record(url, id, Frontier.Status.gone, c, "HTTP " + c.status(), null, 0, null);
        return;
      }
      if (!usable(fetched, url, "notice", id)) {
        return;
      }
      PageSigns.Found sign = PageSigns.read(c.body(), c.header("content-type"), false);
      if (sign != null && sign.kind() == PageSigns.Kind.challenge) {
        block(url, "notice", id, sign.why());
        return;
      }
      process(url, id, c, fetched.archived(), stored, listed, listedTitle);
    } finally {
      progress.accept(snapshot());
    }
  }

  private void process(URI url, String id, Capture c, ArchivedRecord archived, boolean stored, LocalDateTime listed,
      String listedTitle) {
    try {
      NoticePage page = NoticePage.parse(source, c, listedTitle);
      List<FetchedNotice.FetchedAttachment> atts = fetchAttachments(id, page.attachments());
      sink.accept(new FetchedNotice(id, c, archived, page, atts));
      if (stored) {
        updated++;
      } else {
        notices++;
      }
      record(url, id, Frontier.Status.fetched, c, null, archived, 0, orElse(page.notice().publishedAt(), listed));
    } catch (RuntimeException e) {
      // one bad page never stops the crawl: its bytes are archived, its failure is stored with the cause
      LOG.warn("notice {} could not be processed", url, e);
      String cause = "processing failed: " + e;
      failures.add(url + ": " + cause);
      recordFailure(url, "notice", id, c.status(), cause, archived.sha256());
    }
  }

  private void record(URI url, String id, Frontier.Status status, Capture c, String cause, ArchivedRecord archived,
      int failuresSoFar, LocalDateTime published) {
    Instant now = clock.instant();
    frontier.record(new Frontier.Outcome(url.toString(), source.id(), "notice", id, status, c.status(), cause,
        archived == null ? null : archived.sha256(), c.header("etag"), c.header("last-modified"),
        policy.next(status, failuresSoFar, published, now), published), now);
  }

  private void recordFailure(URI url, String kind, String id, Integer httpStatus, String cause, String sha) {
    Instant now = clock.instant();
    Frontier.Entry e = frontier.entry(url.toString());
    int failuresSoFar = e == null ? 0 : e.failures();
    frontier.record(new Frontier.Outcome(url.toString(), source.id(), kind, id, Frontier.Status.failed, httpStatus,
        cause, sha, null, null, policy.next(Frontier.Status.failed, failuresSoFar, null, now), null), now);
  }

  /** A page a person must solve: stored as blocked, and the source's pass ends here. */
  private void block(URI url, String kind, String id, String why) {
    blocked = why;
    failures.add(url + ": blocked: " + why);
    Instant now = clock.instant();
    frontier.record(new Frontier.Outcome(url.toString(), source.id(), kind, id, Frontier.Status.blocked, null,
        why, null, null, null, policy.next(Frontier.Status.blocked, 0, null, now), null), now);
    LOG.warn("{}: blocked at {}: {} (not worked around; see `tenderwatch status`)", source.id(), url, why);
  }

  private List<FetchedNotice.FetchedAttachment> fetchAttachments(String noticeId, List<AttachmentLink> links) {
    List<FetchedNotice.FetchedAttachment> out = new ArrayList<>();
    for (int i = 0; i < links.size(); i++) {
      AttachmentLink link = links.get(i);
      if (i >= cfg.maxAttachmentsPerNotice()) {
        out.add(new FetchedNotice.FetchedAttachment(link, null, null,
            "skipped: over crawl.maxAttachmentsPerNotice (" + cfg.maxAttachmentsPerNotice() + ")"));
        continue;
      }
      Fetched fetched = fetchAndArchive(link.url(), Capture.Kind.attachment, noticeId, null, link.name(), null);
      if (fetched.blocked() != null) {
        out.add(new FetchedNotice.FetchedAttachment(link, null, null, "blocked: " + fetched.blocked()));
        continue;
      }
      Capture c = fetched.capture();
      String cause = fetched.error() != null ? fetched.error()
          : c.status() >= 200 && c.status() < 300 ? null : "HTTP " + c.status();
      Instant now = clock.instant();
      frontier.record(new Frontier.Outcome(link.url().toString(), source.id(), "attachment", noticeId,
          cause == null ? Frontier.Status.fetched : Frontier.Status.failed, c == null ? null : c.status(), cause,
          fetched.archived() == null ? null : fetched.archived().sha256(), null, null, null, null), now);
      if (cause == null) {
        attachments++;
      } else {
        failures.add(link.url() + ": " + cause);
      }
      out.add(new FetchedNotice.FetchedAttachment(link, cause == null ? c : null, fetched.archived(), cause));
    }
    return out;
  }

  /**
   * A response and where it was archived; {@code error} says why it is not usable (no response, cut, rate-limited,
   * broken body), {@code blocked} why it was not requested at all (robots.txt).
   */
  private record Fetched(Capture capture, ArchivedRecord archived, String error, String blocked) {}

  /**
   * Fetches a portal URL (through the mirror, if any) after asking its robots.txt, and archives whatever response
   * arrives before anyone parses it.
   */
  private Fetched fetchAndArchive(URI logical, Capture.Kind kind, String noticeId, byte[] postBody, String name,
      Frontier.Entry validators) {
    Robots.Verdict v = robots.check(logical);
    if (!v.allowed()) {
      failures.add(logical + ": blocked: " + v.cause());
      Instant now = clock.instant();
      frontier.record(new Frontier.Outcome(logical.toString(), source.id(), kind.name(), noticeId,
          Frontier.Status.blocked, null, v.cause(), null, null, null,
          policy.next(Frontier.Status.blocked, 0, null, now), null), now);
      return new Fetched(null, null, v.cause(), v.cause());
    }
    URI physical = baseUrls.physical(logical);
    long crawlDelay = robots.crawlDelayMs(logical);
    if (crawlDelay > 0) {
      fetcher.minDelay(physical, crawlDelay); // robots.txt Crawl-delay: the host's word beats our default
    }
    String type = postBody == null ? null : source.json().contentType();
    FetchResult r = fetcher.fetch(new FetchRequest(physical, postBody, type, delayMs, proxy,
        validators == null ? null : validators.etag(), validators == null ? null : validators.lastModified(),
        baseUrls::physical));
    requests += r.attempts();
    if (r.status() == 0) {
      return new Fetched(null, null, r.error(), null);
    }
    Capture c = new Capture(physical, logical, kind, source.id(), noticeId, name, r.fetchedAt(), r.status(),
        r.headers(), r.body(), r.truncated());
    return new Fetched(c, archive.write(c), r.error(), null);
  }

  /** robots.txt of a portal host, fetched through the mirror and archived; its Crawl-delay goes to the fetcher. */
  private Robots.Response fetchRobots(URI logical) {
    URI physical = baseUrls.physical(logical);
    FetchResult r = fetcher.fetch(new FetchRequest(physical, null, null, delayMs, proxy, null, null,
        baseUrls::physical));
    requests += r.attempts();
    if (r.status() == 0) {
      return new Robots.Response(0, new byte[0], null);
    }
    archive.write(new Capture(physical, logical, Capture.Kind.robots, source.id(), null, null, r.fetchedAt(),
        r.status(), r.headers(), r.body(), r.truncated()));
    return new Robots.Response(r.status(), r.body(), r.header("content-type"));
  }

  /** True when the response can be parsed; else the failure is counted and stored with its cause. */
  private boolean usable(Fetched f, URI url, String what, String noticeId) {
    if (f.blocked() != null) {
      return false;
    }
    Capture c = f.capture();
    String cause = f.error() != null ? f.error()
        : c.truncated() ? "body cut at the size cap" : c.status() >= 200 && c.status() < 300 ? null
        : "HTTP " + c.status();
    if (cause == null) {
      return true;
    }
    failures.add(url + ": " + what + " " + cause);
    recordFailure(url, what, noticeId, c == null ? null : c.status(), cause,
        f.archived() == null ? null : f.archived().sha256());
    return false;
  }

  private static <T> T orElse(T a, T b) {
    return a != null ? a : b;
  }
}
