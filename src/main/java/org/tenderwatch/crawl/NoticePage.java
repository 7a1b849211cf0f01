package org.tenderwatch.crawl;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.tenderwatch.archive.Capture;
import org.tenderwatch.config.SourceConfig;
import org.tenderwatch.extract.Amounts;
import org.tenderwatch.extract.HtmlDecoder;
import org.tenderwatch.extract.Notice;
import org.tenderwatch.extract.NoticeExtractor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What one archived notice response says, read the way its source is configured: an HTML page (extract package)
 * or a JSON detail whose {@code content} holds the notice HTML. Pure: the same capture always gives the same
 * page, so a replay of the archive rebuilds exactly what the crawl stored.
 *
 * @param notice the extracted notice (attachment text is added later)
 * @param url the page an analyst opens (for JSON portals the human page, not the API)
 * @param attachments the attachments the notice names, in order, without duplicates
 */
public record NoticePage(Notice notice, String url, List<AttachmentLink> attachments, List<String> relatedUrls) {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  /**
   * @param relatedUrls the portal's own links to the other notices of the same project (政采云), as the URLs those
   *     notices are stored under; empty when the portal gives none
   */
  public NoticePage {
    relatedUrls = relatedUrls == null ? List.of() : List.copyOf(relatedUrls);
  }

  public NoticePage(Notice notice, String url, List<AttachmentLink> attachments) {
    this(notice, url, attachments, List.of());
  }

  /** @param zone the portals' time zone (epoch-millisecond dates are read in it) */
  public static NoticePage parse(SourceConfig source, Capture c, ZoneId zone) {
    return parse(source, c, zone, null);
  }

  /** @param listedTitle the title the list page gave the link: the notice's title when the page has none */
  public static NoticePage parse(SourceConfig source, Capture c, ZoneId zone, String listedTitle) {
    return switch (source.kind()) {
      case html -> html(source.html(), c, zone, listedTitle);
      case json -> "html".equals(source.json().detailFormat()) ? htmlDetail(source.json(), c, zone, listedTitle)
          : json(source.json(), c, zone, listedTitle);
      // a search source stores its hits as the notices of search.notices, parsed by that source's rules
      case search -> throw new IllegalArgumentException(source.id() + " is a search source: its notices belong to "
          + source.search().notices());
    };
  }

  private static NoticePage html(SourceConfig.Html cfg, Capture c, ZoneId zone, String listedTitle) {
    Document doc = HtmlDecoder.decode(c.body(), c.header("content-type"), c.logicalUri().toString());
    return new NoticePage(selected(doc, cfg.detail(), c, zone, listedTitle), c.logicalUri().toString(),
        attachments(doc, cfg.attachments()));
  }

  /** A JSON-listed portal whose notices are HTML pages (ggzy): the page read as it is, its links as attachments. */
  private static NoticePage htmlDetail(SourceConfig.Json cfg, Capture c, ZoneId zone, String listedTitle) {
    Document doc = HtmlDecoder.decode(c.body(), c.header("content-type"), c.logicalUri().toString());
    List<SourceConfig.AttachmentRule> rules = List.of(new SourceConfig.AttachmentRule(
        "a[href~=(?i)\\.(pdf|docx?|xlsx?|zip|rar)$]", null));
    return new NoticePage(selected(doc, cfg.detailFields(), c, zone, listedTitle), c.logicalUri().toString(),
        attachments(doc, rules));
  }

  /**
   * A notice page read through its source's selectors: the text of the content element only (no navigation, no
   * footer), the title and date elements when named. Without a content selector, or when the page lacks the
   * element, the whole page is read as the extract package reads any notice.
   */
  private static Notice selected(Document doc, Map<String, String> sel, Capture c, ZoneId zone,
      String listedTitle) {
    Element content = sel.get("content") == null ? null : doc.selectFirst(sel.get("content"));
    if (content == null) {
      return NoticeExtractor.fromHtml(doc, listedTitle);
    }
    Element title = sel.get("title") == null ? null : doc.selectFirst(sel.get("title"));
    Notice n = NoticeExtractor.fromFragment(title == null || title.text().isBlank() ? listedTitle : title.text(),
        content.outerHtml(), c.logicalUri().toString());
    LocalDateTime date = null;
    if (sel.get("date") != null) {
      for (Element d : doc.select(sel.get("date"))) {
        date = date != null ? date : Dates.parse(d.text(), zone);
      }
    }
    return date == null ? n : new Notice(n.type(), n.title(), date, n.buyer(), n.agency(), n.projectNo(),
        n.budget(), n.award(), n.suppliers(), n.region(), n.summary(), n.parts(), n.buyerAddress(), n.category(),
        n.maxPrice(), n.bidDeadline(), n.bidOpening(), n.problems());
  }

  static List<AttachmentLink> attachments(Element root, List<SourceConfig.AttachmentRule> rules) {
    var seen = new LinkedHashSet<AttachmentLink>();
    for (SourceConfig.AttachmentRule rule : rules) {
      for (Element a : root.select(rule.selector())) {
        String url = rule.url() == null ? a.absUrl("href") : fill(rule.url(), a);
        if (url == null || url.isBlank() || url.startsWith("javascript:")) {
          continue;
        }
        String name = a.text().isBlank() ? lastSegment(url) : a.text().trim();
        seen.add(new AttachmentLink(URI.create(url.replace(" ", "%20")), name));
      }
    }
    return List.copyOf(seen);
  }

  /** Fills {attr} placeholders from the element's attributes ("…?uuid={id}"). */
  private static String fill(String template, Element a) {
    var m = java.util.regex.Pattern.compile("\\{([a-zA-Z0-9_-]+)}").matcher(template);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String v = a.attr(m.group(1));
      if (v.isBlank()) {
        return null;
      }
      m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(
          java.net.URLEncoder.encode(v, StandardCharsets.UTF_8)));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String lastSegment(String url) {
    String path = URI.create(url.replace(" ", "%20")).getPath();
    return path == null || path.isEmpty() ? url : path.substring(path.lastIndexOf('/') + 1);
  }

  private static NoticePage json(SourceConfig.Json cfg, Capture c, ZoneId zone, String listedTitle) {
    JsonNode root = JSON.readTree(c.body());
    JsonNode item = cfg.detailRoot() == null ? root : JsonPaths.at(root, cfg.detailRoot());
    Map<String, String> f = cfg.detailFields();
    String title = JsonPaths.text(item, f.get("title"));
    title = title == null || title.isBlank() ? listedTitle : title;
    String content = JsonPaths.text(item, f.get("content"));
    String id = c.logicalUri().toString();
    String display = cfg.page() == null ? id : cfg.page().replace("{id}", idOf(c.logicalUri(), cfg));
    Notice base = NoticeExtractor.fromFragment(title, content == null ? "" : content, display);
    Notice notice = overlay(base, item, f, zone);
    return new NoticePage(notice, display, jsonAttachments(cfg, item, c.logicalUri()), related(cfg, item, c));
  }

  /** The stored URLs of the notices the portal links to this one (政采云 announcementLinkDtoList), itself excluded. */
  private static List<String> related(SourceConfig.Json cfg, JsonNode item, Capture c) {
    List<String> out = new ArrayList<>();
    if (cfg.relatedItems() == null) {
      return out;
    }
    String self = idOf(c.logicalUri(), cfg);
    for (JsonNode link : JsonPaths.at(item, cfg.relatedItems())) {
      String id = JsonPaths.text(link, cfg.relatedId());
      if (id != null && !id.isBlank() && !id.equals(self)) {
        // built exactly as the related notice's own URL is (json() above, SourceCrawler.detailUri)
        out.add(cfg.page() != null ? cfg.page().replace("{id}", id) : c.logicalUri().resolve(
            cfg.detail().replace("{id}", java.net.URLEncoder.encode(id, StandardCharsets.UTF_8))).toString());
      }
    }
    return out;
  }

  /** The id in a detail URL: what stands where the template has {id}. */
  private static String idOf(URI detail, SourceConfig.Json cfg) {
    String t = cfg.detail();
    int at = t.indexOf("{id}");
    var m = java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(t.substring(0, at)) + "(.+?)"
        + java.util.regex.Pattern.quote(t.substring(at + 4)) + "$").matcher(detail.toString());
    return m.find() ? java.net.URLDecoder.decode(m.group(1), StandardCharsets.UTF_8) : detail.toString();
  }

  /** JSON portals give some fields as data; those beat what the HTML text suggests. */
  private static Notice overlay(Notice n, JsonNode item, Map<String, String> f, ZoneId zone) {
    String title = orElse(JsonPaths.text(item, f.get("title")), n.title());
    LocalDateTime date = orElse(Dates.parse(JsonPaths.text(item, f.get("date")), zone), n.publishedAt());
    String buyer = orElse(JsonPaths.text(item, f.get("buyer")), n.buyer());
    String agency = orElse(JsonPaths.text(item, f.get("agency")), n.agency());
    String projectNo = orElse(JsonPaths.text(item, f.get("projectNo")), n.projectNo());
    String budgetText = JsonPaths.text(item, f.get("budget"));
    var budget = budgetText == null ? n.budget() : orElse(Amounts.parse(budgetText + "元"), n.budget());
    String region = orElse(JsonPaths.text(item, f.get("region")), n.region());
    // the 品目 as the portal files it (gpcms catalogueNameList, "货物/设备/…/服务器"), the same words a 品目 label gives
    String category = orElse(NoticeExtractor.category(JsonPaths.text(item, f.get("category"))), n.category());
    return NoticeExtractor.recheck(new Notice(n.type(), title, date, buyer, agency, projectNo, budget, n.award(),
        n.suppliers(), region, n.summary(), n.parts(), n.buyerAddress(), category, n.maxPrice(), n.bidDeadline(),
        n.bidOpening(), n.problems()));
  }

  private static <T> T orElse(T a, T b) {
    return a != null ? a : b;
  }

  private static List<AttachmentLink> jsonAttachments(SourceConfig.Json cfg, JsonNode item, URI base) {
    List<AttachmentLink> out = new ArrayList<>();
    if (cfg.attachments() == null) {
      return out;
    }
    for (JsonNode a : JsonPaths.at(item, cfg.attachments())) {
      String url = JsonPaths.text(a, cfg.attachmentFields().get("url"));
      String name = JsonPaths.text(a, cfg.attachmentFields().get("name"));
      if (url != null) {
        URI u = base.resolve(url.replace(" ", "%20"));
        out.add(new AttachmentLink(u, name == null ? u.getPath() : name));
      }
    }
    return out;
  }
}
