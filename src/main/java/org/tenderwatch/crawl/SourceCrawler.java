package org.tenderwatch.crawl;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tenderwatch.archive.ArchivedRecord;
import org.tenderwatch.archive.Capture;
import org.tenderwatch.archive.WarcArchive;
import org.tenderwatch.config.Settings;
import org.tenderwatch.config.SourceConfig;
import org.tenderwatch.extract.HtmlDecoder;
import org.tenderwatch.store.Frontier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One pass over one source: list pages newest first, each new notice with its attachments, each response archived
 * before it is parsed, each outcome recorded in the frontier. Paging stops at the end of a list, at a page whose
 * entries are all known already (incremental), at a page older than {@code since}, or at crawl.maxListPages.
 */
public final class SourceCrawler {
  private static final Logger LOG = LoggerFactory.getLogger(SourceCrawler.class);
  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** One entry of a list page. */
  record ListItem(URI url, LocalDateTime date) {}

  private final SourceConfig source;
  private final Settings.Crawl cfg;
  private final HttpFetcher fetcher;
  private final BaseUrls baseUrls;
  private final WarcArchive archive;
  private final Frontier frontier;
  private final Clock clock;
  private final Consumer<FetchedNotice> sink;
  private final long delayMs;

  private int listPages;
  private int notices;
  private int known;
  private int older;
  private int attachments;
  private int requests;
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
  }

  /** Crawls every list of the source; {@code since} (nullable) is the oldest publication date to go back to. */
  public CrawlReport crawl(LocalDate since) {
    Instant start = clock.instant();
    for (String list : source.lists()) {
      switch (source.kind()) {
        case html -> crawlHtmlList(URI.create(list), since);
        case json -> crawlJsonList(list, since);
      }
    }
    return new CrawlReport(source.id(), listPages, notices, known, older, attachments, requests,
        List.copyOf(failures), Duration.between(start, clock.instant()));
  }

  private void crawlHtmlList(URI first, LocalDate since) {
    URI page = first;
    int pages = cfg.maxListPages();
    for (int n = 0; n < pages && page != null; n++) {
      Capture c = fetchAndArchive(page, Capture.Kind.list, null, null, null).capture();
      if (c == null) {
        return;
      }
      if (c.status() == 404 && n > 0) {
        return; // index_N.htm past the last page: the normal end of a ccgp list
      }
      if (!ok(c, page, "list")) {
        return;
      }
      listPages++;
      Document doc = HtmlDecoder.decode(c.body(), c.header("content-type"), page.toString());
      if (n == 0) {
        pages = Math.min(pages, pageCount(doc));
      }
      List<ListItem> items = htmlItems(doc);
      if (items.isEmpty()) {
        if (doc.selectFirst(source.html().container()) == null) {
          failures.add(page + ": parse failure: no '" + source.html().container()
              + "' on the list page (did the portal change its layout?)");
        }
        return;
      }
      if (!visit(items, since)) {
        return;
      }
      page = nextHtmlPage(first, doc, n + 1);
    }
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
      items.add(new ListItem(URI.create(a.absUrl("href").replace(" ", "%20")), date));
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

  /** Fetches the new notices of one list page; false when paging should stop. */
  private boolean visit(List<ListItem> items, LocalDate since) {
    int pageKnown = 0;
    int pageOlder = 0;
    for (ListItem item : items) {
      if (since != null && item.date() != null && item.date().toLocalDate().isBefore(since)) {
        older++;
        pageOlder++;
      } else if (frontier.isDone(item.url().toString())) {
        known++;
        pageKnown++;
      } else {
        fetchNotice(item.url());
      }
    }
    return pageKnown + pageOlder < items.size();
  }

  private void crawlJsonList(String template, LocalDate since) {
    SourceConfig.Json j = source.json();
    for (int p = j.firstPage(); p < j.firstPage() + cfg.maxListPages(); p++) {
      URI page = URI.create(template.replace("{page}", Integer.toString(p)));
      byte[] body = j.body() == null ? null : j.body().replace("{page}", Integer.toString(p))
          .getBytes(StandardCharsets.UTF_8);
      Capture c = fetchAndArchive(page, Capture.Kind.list, null, body, null).capture();
      if (c == null || !ok(c, page, "list")) {
        return;
      }
      listPages++;
      List<ListItem> items = jsonItems(c, page);
      if (items == null || items.isEmpty() || !visit(items, since)) {
        return;
      }
    }
  }

  private List<ListItem> jsonItems(Capture c, URI page) {
    SourceConfig.Json j = source.json();
    try {
      JsonNode rows = JsonPaths.at(JSON.readTree(c.body()), j.items());
      List<ListItem> items = new ArrayList<>();
      for (JsonNode row : rows) {
        String id = JsonPaths.text(row, j.fields().get("id"));
        if (id != null) {
          URI detail = page.resolve(j.detail().replace("{id}",
              java.net.URLEncoder.encode(id, StandardCharsets.UTF_8)));
          items.add(new ListItem(detail, Dates.parse(JsonPaths.text(row, j.fields().get("date")))));
        }
      }
      return items;
    } catch (RuntimeException e) {
      failures.add(page + ": list response is not the JSON the config expects: " + e.getMessage());
      return null;
    }
  }

  private void fetchNotice(URI url) {
    String id = NoticeIds.of(source.id(), url);
    String key = url.toString();
    frontier.discovered(key, source.id(), "notice", id, clock.instant());
    Fetched fetched = fetchAndArchive(url, Capture.Kind.notice, id, null, null);
    Capture c = fetched.capture();
    if (c == null) {
      return;
    }
    if (!c.truncated() && (c.status() == 404 || c.status() == 410)) {
      frontier.record(key, source.id(), "notice", id, Frontier.Status.gone, c.status(), "HTTP " + c.status(),
          null, clock.instant());
      failures.add(url + ": HTTP " + c.status() + " (gone)");
      return;
    }
    if (!ok(c, url, "notice")) {
      return;
    }
    ArchivedRecord archived = fetched.archived();
    try {
      NoticePage page = NoticePage.parse(source, c);
      List<FetchedNotice.FetchedAttachment> atts = fetchAttachments(id, page.attachments());
      sink.accept(new FetchedNotice(id, c, archived, page, atts));
      notices++;
      frontier.record(key, source.id(), "notice", id, Frontier.Status.fetched, c.status(), null, archived.sha256(),
          clock.instant());
    } catch (RuntimeException e) {
      // one bad page never stops the crawl: its bytes are archived, its failure is stored with the cause
      LOG.warn("notice {} could not be processed", url, e);
      String cause = "processing failed: " + e;
      failures.add(url + ": " + cause);
      frontier.record(key, source.id(), "notice", id, Frontier.Status.failed, c.status(), cause, archived.sha256(),
          clock.instant());
    }
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
      Fetched fetched = fetchAndArchive(link.url(), Capture.Kind.attachment, noticeId, null, link.name());
      Capture c = fetched.capture();
      String cause = c == null ? fetched.error() : c.status() >= 200 && c.status() < 300 ? null : "HTTP " + c.status();
      if (c != null && c.truncated()) {
        cause = "body cut at crawl.maxBodyBytes (" + cfg.maxBodyBytes() + " bytes)";
      }
      String status = cause == null ? "fetched" : "failed";
      frontier.record(link.url().toString(), source.id(), "attachment", noticeId, Frontier.Status.valueOf(status),
          c == null ? null : c.status(), cause, c == null ? null : fetched.archived().sha256(), clock.instant());
      if (cause == null) {
        attachments++;
      } else {
        failures.add(link.url() + ": " + cause);
      }
      out.add(new FetchedNotice.FetchedAttachment(link, cause == null ? c : null, fetched.archived(), cause));
    }
    return out;
  }

  /** A response and where it was archived, or (capture null) why none arrived. */
  private record Fetched(Capture capture, ArchivedRecord archived, String error) {}

  /** Fetches a portal URL (through the mirror, if any) and archives whatever response arrives. */
  private Fetched fetchAndArchive(URI logical, Capture.Kind kind, String noticeId, byte[] postBody, String name) {
    URI physical = baseUrls.physical(logical);
    FetchResult r = postBody == null ? fetcher.get(physical, delayMs)
        : fetcher.post(physical, postBody, source.json().contentType(), delayMs);
    requests += r.attempts();
    if (r.status() == 0) {
      if (kind != Capture.Kind.attachment) {
        failures.add(logical + ": " + r.error());
        frontier.record(logical.toString(), source.id(), kind.name(), noticeId, Frontier.Status.failed, null,
            r.error(), null, clock.instant());
      }
      return new Fetched(null, null, r.error());
    }
    Capture c = new Capture(physical, logical, kind, source.id(), noticeId, name, r.fetchedAt(), r.status(),
        r.headers(), r.body(), r.truncated());
    return new Fetched(c, archive.write(c), null);
  }

  private boolean ok(Capture c, URI url, String what) {
    if (c.status() >= 200 && c.status() < 300 && !c.truncated()) {
      return true;
    }
    String cause = c.truncated() ? "body cut at crawl.maxBodyBytes" : "HTTP " + c.status();
    failures.add(url + ": " + what + " " + cause);
    frontier.record(url.toString(), source.id(), what, null, Frontier.Status.failed, c.status(), cause, null,
        clock.instant());
    return false;
  }
}
