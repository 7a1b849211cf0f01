package org.tenderwatch.crawl;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
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

  public static NoticePage parse(SourceConfig source, Capture c) {
    return parse(source, c, null);
  }

  /** @param listedTitle the title the list page gave the link: the notice's title when the page has none */
  public static NoticePage parse(SourceConfig source, Capture c, String listedTitle) {
    return switch (source.kind()) {
      case html -> html(source.html(), c, listedTitle);
      case json -> "html".equals(source.json().detailFormat()) ? htmlDetail(source.json(), c, listedTitle)
          : json(source.json(), c, listedTitle);
    };
  }

  private static NoticePage html(SourceConfig.Html cfg, Capture c, String listedTitle) {
    Document doc = HtmlDecoder.decode(c.body(), c.header("content-type"), c.logicalUri().toString());
    Notice notice = NoticeExtractor.fromHtml(doc, listedTitle);
    return new NoticePage(notice, c.logicalUri().toString(), attachments(doc, cfg.attachments()));
  }

  /** A JSON-listed portal whose notices are HTML pages (ggzy): the page read as it is, its links as attachments. */
  private static NoticePage htmlDetail(SourceConfig.Json cfg, Capture c, String listedTitle) {
    Document doc = HtmlDecoder.decode(c.body(), c.header("content-type"), c.logicalUri().toString());
    Map<String, String> sel = cfg.detailFields();
    Element content = sel.get("content") == null ? null : doc.selectFirst(sel.get("content"));
    Notice notice;
    if (content == null) {
      notice = NoticeExtractor.fromHtml(doc, listedTitle);
    } else {
      // the page's own title and time elements (ggzy: h4, p span), the notice text from its content element only
      Element title = sel.get("title") == null ? null : doc.selectFirst(sel.get("title"));
      Notice n = NoticeExtractor.fromFragment(title == null || title.text().isBlank() ? listedTitle : title.text(),
          content.outerHtml(),
          c.logicalUri().toString());
      LocalDateTime date = null;
      if (sel.get("date") != null) {
        for (Element d : doc.select(sel.get("date"))) {
          date = date != null ? date : Dates.parse(d.text());
        }
      }
      notice = date == null ? n : new Notice(n.type(), n.title(), date, n.buyer(), n.agency(), n.projectNo(),
          n.budget(), n.award(), n.suppliers(), n.region(), n.summary(), n.parts(), n.buyerAddress(), n.category(),
          n.maxPrice(), n.bidDeadline(), n.bidOpening(), n.problems());
    }
    List<SourceConfig.AttachmentRule> rules = List.of(new SourceConfig.AttachmentRule(
        "a[href~=(?i)\\.(pdf|docx?|xlsx?|zip|rar)$]", null));
    return new NoticePage(notice, c.logicalUri().toString(), attachments(doc, rules));
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

  private static NoticePage json(SourceConfig.Json cfg, Capture c, String listedTitle) {
    JsonNode root = JSON.readTree(c.body());
    JsonNode item = cfg.detailRoot() == null ? root : JsonPaths.at(root, cfg.detailRoot());
    Map<String, String> f = cfg.detailFields();
    String title = JsonPaths.text(item, f.get("title"));
    title = title == null || title.isBlank() ? listedTitle : title;
    String content = JsonPaths.text(item, f.get("content"));
    String id = c.logicalUri().toString();
    String display = cfg.page() == null ? id : cfg.page().replace("{id}", idOf(c.logicalUri(), cfg));
    Notice base = NoticeExtractor.fromFragment(title, content == null ? "" : content, display);
    Notice notice = overlay(base, item, f);
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
  private static Notice overlay(Notice n, JsonNode item, Map<String, String> f) {
    String title = orElse(JsonPaths.text(item, f.get("title")), n.title());
    LocalDateTime date = orElse(Dates.parse(JsonPaths.text(item, f.get("date"))), n.publishedAt());
    String buyer = orElse(JsonPaths.text(item, f.get("buyer")), n.buyer());
    String agency = orElse(JsonPaths.text(item, f.get("agency")), n.agency());
    String projectNo = orElse(JsonPaths.text(item, f.get("projectNo")), n.projectNo());
    String budgetText = JsonPaths.text(item, f.get("budget"));
    var budget = budgetText == null ? n.budget() : orElse(Amounts.parse(budgetText + "元"), n.budget());
    String region = orElse(JsonPaths.text(item, f.get("region")), n.region());
    return NoticeExtractor.recheck(new Notice(n.type(), title, date, buyer, agency, projectNo, budget, n.award(),
        n.suppliers(), region, n.summary(), n.parts(), n.buyerAddress(), n.category(), n.maxPrice(), n.bidDeadline(),
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
