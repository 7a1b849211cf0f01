package org.tenderwatch.crawl;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.jsoup.nodes.Document;
import org.tenderwatch.archive.Capture;
import org.tenderwatch.archive.WarcArchive;
import org.tenderwatch.config.Proxies;
import org.tenderwatch.config.Settings;
import org.tenderwatch.config.SourceConfig;
import org.tenderwatch.extract.HtmlDecoder;

/**
 * One pass over one source: list pages newest first ({@link HtmlListWalk}, {@link JsonListWalk}), each new notice
 * with its attachments, then the known notices that are due again ({@link NoticeFetch}). Every response is
 * archived before it is parsed ({@link PageFetcher}), every outcome recorded in the frontier ({@link FrontierLog}).
 * robots.txt is obeyed; a captcha or challenge in place of a list, or notice pages that are all challenges, end
 * the source's pass and are reported as its status, never worked around. A search pass drives a crawler page by
 * page ({@link #listPage}) and hit by hit ({@link #offer}) instead of calling {@link #crawl}.
 */
public final class SourceCrawler {
  /** Known notices refetched per pass at most (at 2 s a request: about half an hour). */
  static final int REFRESH_LIMIT = 1000;
  private static final tools.jackson.databind.json.JsonMapper JSON = tools.jackson.databind.json.JsonMapper.builder()
      .build();

  /**
   * A channel walk that read every page it may (crawl.maxListPages) without meeting a known notice: notices older
   * than {@code oldestSeen} and newer than the last pass may never have been listed to us.
   */
  public record CapReached(String source, String channel, LocalDateTime oldestSeen) {}

  private final SourceConfig source;
  private final Settings.Crawl cfg;
  private final HttpFetcher fetcher;
  private final BaseUrls baseUrls;
  private final WarcArchive archive;
  private final Frontier frontier;
  private final Clock clock;
  private final ZoneId zone;
  private final Consumer<FetchedNotice> sink;
  private BooleanSupplier stop = () -> false;
  private Consumer<CrawlReport> progress = r -> { };
  private Consumer<CapReached> capReached = g -> { };
  /** The state of the current pass (a crawl starts a new one; a search pass uses one for all its calls). */
  private Pass pass;

  /** One pass's counts, frontier log, page fetcher and notice fetcher. */
  private record Pass(CrawlTally tally, BooleanSupplier stopped, Runnable told, FrontierLog log, PageFetcher pages,
      NoticeFetch notices) {}

  /**
   * @param fetcher the process's one fetcher: its per-host clock keeps every source polite to a shared host
   * @param zone the portals' time zone (the {@code timezone} setting): list dates, epoch dates, recent notices
   */
  public SourceCrawler(SourceConfig source, Settings.Crawl cfg, HttpFetcher fetcher, BaseUrls baseUrls,
      WarcArchive archive, Frontier frontier, Clock clock, ZoneId zone, Consumer<FetchedNotice> sink) {
    this.source = source;
    this.cfg = cfg;
    this.fetcher = fetcher;
    this.baseUrls = baseUrls;
    this.archive = archive;
    this.frontier = frontier;
    this.clock = clock;
    this.zone = zone;
    this.sink = sink;
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

  /** Told when a channel walk ends at the page cap without meeting a known notice (a possible gap). */
  public SourceCrawler onCapReached(Consumer<CapReached> c) {
    this.capReached = c;
    return this;
  }

  /** Crawls every list of the source, then the known notices due again; {@code since} may be null. */
  public CrawlReport crawl(LocalDate since) {
    Pass p = newPass();
    for (String list : source.lists()) {
      if (p.stopped().getAsBoolean()) {
        break;
      }
      switch (source.kind()) {
        case html -> new HtmlListWalk(walkParts(p), capReached).walk(source.rewrite(URI.create(list)), since);
        case json -> new JsonListWalk(walkParts(p), capReached).walk(list, since);
        // a search source has no channel lists: its passes drive listPage and offer (crawl.search.SearchPass)
        case search -> throw new IllegalArgumentException(source.id() + " is a search source: run it as a search pass");
      }
    }
    p.notices().refresh(REFRESH_LIMIT);
    CrawlTally tally = p.tally();
    if (tally.blocked == null && tally.challenges > 0 && tally.contentPages == 0) {
      p.log().blockSource(URI.create(source.lists().get(0)), "every notice page this pass was a challenge ("
          + tally.challenges + "), none held a notice");
    }
    return tally.snapshot();
  }

  /** The counts so far (a search pass drives this crawler hit by hit and reads them at the end). */
  public CrawlReport report() {
    return current().tally().snapshot();
  }

  /**
   * Fetches, archives and parses one result or list page of this source with every crawl's rules (robots.txt,
   * politeness, mirror); null when it cannot be used: the failure is recorded, and a challenge page blocks the
   * source. A backfill's result page is journalled under {@code key} (null: not journalled): when the archive holds
   * that page from a run killed before its hits were all handled, it is read from there and not asked again.
   */
  public Document listPage(URI page, String container, String key) {
    Pass p = current();
    PageFetcher.Fetched f = key == null ? p.pages().fetch(page, Capture.Kind.list, null, null, null, null)
        : p.pages().result(page, null, key, c -> html(c, page).selectFirst(container) != null);
    if (!p.pages().usable(f, page, "list", null)) {
      return null;
    }
    p.tally().listPages++;
    Capture c = f.capture();
    Document doc = html(c, page);
    if (doc.selectFirst(container) == null) {
      HtmlListWalk.noContainer(p.log(), p.tally(), page, c, container);
      return null;
    }
    p.told().run();
    return doc;
  }

  /**
   * Forgets the journalled result pages under {@code keys}: their backfill window is done or split, so no resume
   * reads them again.
   */
  public void forgetResultPages(java.util.Collection<String> keys) {
    current().pages().forgetResults(keys);
  }

  /**
   * Requests the last {@link #listPage} took: more than one when a rate-limit page or an error was retried (the
   * host's robots.txt, asked once per pass, is not counted: it is no sign of a busy portal).
   */
  public int lastAttempts() {
    return current().pages().lastAttempts();
  }

  /**
   * A notice met outside a list walk (a search hit): fetched exactly as a new list entry would be (new, or failed
   * and due), else counted as known. Its URL goes through this source's rewrites, so it is the channel walk's URL.
   */
  public void offer(URI url, LocalDateTime listed) {
    current().notices().visit(List.of(new NoticeFetch.ListItem(source.rewrite(url), listed, null)), null, false);
  }

  /**
   * Fetches, archives and reads one JSON result page of this source (GET, or POST with {@code body}) with every
   * crawl's rules: the whole response, or null when it cannot be used or holds no array at {@code rowsPath} (the
   * failure is recorded; a challenge page, such as gpcms's {"code":"500","msg":"验证码错误"}, blocks the source);
   * journalled under {@code key} as {@link #listPage}.
   */
  public tools.jackson.databind.JsonNode jsonPage(URI page, byte[] body, String rowsPath, String key) {
    Pass p = current();
    PageFetcher.Fetched f = key == null ? p.pages().fetch(page, Capture.Kind.list, null, body, null, null)
        : p.pages().result(page, body, key, c -> hasRows(c, rowsPath));
    if (!p.pages().usable(f, page, "list", null)) {
      return null;
    }
    p.tally().listPages++;
    if (JsonListWalk.rows(f.capture(), page, rowsPath, p.log(), p.tally()) == null) {
      return null;
    }
    p.told().run();
    return JSON.readTree(f.capture().body());
  }

  private static Document html(Capture c, URI page) {
    return HtmlDecoder.decode(c.body(), c.header("content-type"), page.toString());
  }

  /** True when the response is JSON with an array at {@code rowsPath} (checked quietly: nothing is recorded). */
  private static boolean hasRows(Capture c, String rowsPath) {
    try {
      return JsonPaths.at(JSON.readTree(c.body()), rowsPath).isArray();
    } catch (RuntimeException e) {
      return false;
    }
  }

  /**
   * The notice URL of a JSON search hit, by the channel walk's rule: its field {@code linkPath} resolved against the
   * result page, else its field {@code idPath} in this JSON source's json.detail (the URL the walk gives that id),
   * before rewrites; null when the row has neither.
   */
  public URI noticeUrl(tools.jackson.databind.JsonNode row, String linkPath, String idPath, URI page) {
    return JsonListWalk.detailUri(row, linkPath, idPath, linkPath != null ? null : source.json().detail(), page);
  }

  /** A list date as this source reads it: text, or epoch milliseconds in the portals' time zone. */
  public LocalDateTime listed(String text) {
    return Dates.parse(text, zone);
  }

  private ListWalk.Parts walkParts(Pass p) {
    return new ListWalk.Parts(source, cfg.maxListPages(), zone, p.pages(), p.log(), p.tally(), p.notices(), p.stopped(),
        p.told());
  }

  private Pass current() {
    return pass != null ? pass : newPass();
  }

  private Pass newPass() {
    CrawlTally tally = new CrawlTally(source.id(), clock);
    BooleanSupplier stopped = () -> tally.blocked != null || stop.getAsBoolean();
    Runnable told = () -> progress.accept(tally.snapshot());
    FrontierLog log = new FrontierLog(source.id(), frontier, new RecrawlPolicy(cfg.recrawl(), zone), clock, tally);
    long delayMs = source.delayMs() != null ? source.delayMs() : cfg.delayMs();
    PageFetcher pages = new PageFetcher(source, cfg.userAgent(), delayMs, Proxies.effective(cfg.proxy(),
        source.proxy()), fetcher, baseUrls, archive, log, tally, frontier.journal(archive.dir(), clock));
    NoticeFetch notices = new NoticeFetch(source, zone, cfg.maxAttachmentsPerNotice(), pages, log, tally, sink,
        stopped, told, clock);
    pass = new Pass(tally, stopped, told, log, pages, notices);
    return pass;
  }
}
