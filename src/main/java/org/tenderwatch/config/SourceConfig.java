package org.tenderwatch.config;

import static org.tenderwatch.config.FlagConfig.require;

import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * config/sources/ID.yaml: one portal. It says how to list notices (HTML list pages or a JSON API), how to
 * find a notice's page and attachments, its politeness and its schedule.
 *
 * @param id short stable id; part of every notice id, so never rename a source that has data
 * @param hosts every scheme+host the source names (list, notice and download hosts); {@code --base-url}
 *     replaces each with one mirror
 * @param delayMs overrides crawl.delayMs for this portal, or null
 * @param schedule Quartz cron expression for the daemon, in the settings' time zone
 * @param lists entry URLs (HTML list pages, or for JSON the list endpoint template)
 * @param proxy this portal's HTTP(S) proxy ("http://host:port"), "direct" for none, null for crawl.proxy
 * @param rewrites notice-link rewrites applied to every link a list yields (ggzy: the /a/ page → the /b/ frame)
 * @param search how to query the portal's own search (kind search only)
 */
public record SourceConfig(
    String id,
    String name,
    Kind kind,
    List<URI> hosts,
    Long delayMs,
    String schedule,
    List<String> lists,
    Html html,
    Json json,
    String proxy,
    List<Rewrite> rewrites,
    SearchConfig search) {

  /** html and json walk channel lists; search asks the portal's search for the lexicon's terms. */
  public enum Kind {
    html,
    json,
    search
  }

  public SourceConfig {
    require(id != null && id.matches("[a-z][a-z0-9-]*"), "id: missing or not lower-case-with-dashes");
    require(name != null && !name.isBlank(), "name: missing");
    require(kind != null, "kind: missing (html or json)");
    require(hosts != null && !hosts.isEmpty(), "hosts: at least the portal's own host is needed");
    hosts.forEach(h -> require(h.getScheme() != null && h.getHost() != null, "hosts: '" + h + "' is not scheme://host"));
    require(kind == Kind.search || lists != null && !lists.isEmpty(), "lists: at least one list URL is needed");
    require(kind != Kind.search || search != null, "search: needed for kind search");
    require(kind != Kind.html || html != null, "html: needed for kind html");
    require(kind != Kind.json || json != null, "json: needed for kind json");
    require(delayMs == null || delayMs >= 0, "delayMs: must be 0 or more milliseconds");
    hosts = List.copyOf(hosts);
    lists = lists == null ? List.of() : List.copyOf(lists);
    require(proxy == null || proxy.isBlank() || Proxies.DIRECT.equals(proxy.trim()) || Proxies.valid(proxy.trim()),
        "proxy: not http://host:port or direct");
    rewrites = rewrites == null ? List.of() : List.copyOf(rewrites);
  }

  /** The foundation's nine keys: no proxy of its own, no rewrites. */
  public SourceConfig(String id, String name, Kind kind, List<URI> hosts, Long delayMs, String schedule,
      List<String> lists, Html html, Json json) {
    this(id, name, kind, hosts, delayMs, schedule, lists, html, json, null, null, null);
  }

  /** The eleven keys before search sources. */
  public SourceConfig(String id, String name, Kind kind, List<URI> hosts, Long delayMs, String schedule,
      List<String> lists, Html html, Json json, String proxy, List<Rewrite> rewrites) {
    this(id, name, kind, hosts, delayMs, schedule, lists, html, json, proxy, rewrites, null);
  }

  /** The same source with another delay (mirrors on loopback). */
  public SourceConfig withDelay(Long delay) {
    return new SourceConfig(id, name, kind, hosts, delay, schedule, lists, html, json, proxy, rewrites, search);
  }

  /** A notice link as the crawler stores it: every rewrite applied in order. */
  public URI rewrite(URI link) {
    String s = link.toString();
    for (Rewrite r : rewrites) {
      s = s.replaceAll(r.pattern(), r.replacement());
    }
    return URI.create(s);
  }

  /**
   * One notice-link rewrite: a regular expression and its replacement ($1 …).
   *
   * @param pattern what to find in the link
   * @param replacement what to put instead
   */
  public record Rewrite(String pattern, String replacement) {
    public Rewrite {
      require(pattern != null && !pattern.isEmpty(), "rewrites.pattern: missing");
      try {
        java.util.regex.Pattern.compile(pattern);
      } catch (java.util.regex.PatternSyntaxException e) {
        throw new IllegalArgumentException("rewrites.pattern: not a regular expression: " + e.getDescription());
      }
      replacement = replacement == null ? "" : replacement;
    }
  }

  /**
   * How to read an HTML portal.
   *
   * @param pagePattern the URL of the list pages after the first, relative to the first list page ("index_{n}.htm",
   *     "list_{n}.html"), or a query that replaces the first page's ("?page={n}"), or null
   * @param nextLink a selector for a "next page" link, used when there is no pagePattern
   * @param pageCount a regular expression whose group 1 is the number of list pages, found in the first list
   *     page's HTML (ccgp writes it in a script: {@code Pager({size:5, …})}); null = page until a 404 or an empty page
   * @param container selector of the element holding the items; a page without it is a parse failure (the
   *     portal changed its layout), a page with it but no items is an empty list
   * @param item selector of one list item
   * @param link selector, inside an item, of the link to the notice
   * @param date selector, inside an item, of elements one of which holds the publication date
   * @param attachments how to find attachment links on a notice page
   * @param pageFrom the {n} of the second list page: 1 when the first page is index.htm and the second index_1.htm
   *     (ccgp), 2 when the first is list_1.html (old table CMSs) or ?page=1; null = 1
   * @param detail CSS selectors on a notice page: content (the notice text, without navigation and footer), title,
   *     date; each optional (without content the whole page is read)
   */
  public record Html(
      String pagePattern,
      String nextLink,
      String pageCount,
      String container,
      String item,
      String link,
      String date,
      List<AttachmentRule> attachments,
      Integer pageFrom,
      Map<String, String> detail) {
    public Html {
      require(pageFrom == null || pageFrom >= 0, "html.pageFrom: must be 0 or more");
      detail = detail == null ? Map.of() : Map.copyOf(detail);
      detail.keySet().forEach(k -> require(List.of("content", "title", "date").contains(k),
          "html.detail." + k + ": unknown (content, title, date)"));
      if (pageCount != null) {
        try {
          require(java.util.regex.Pattern.compile(pageCount).matcher("").groupCount() >= 1,
              "html.pageCount: needs a group (…) around the number");
        } catch (java.util.regex.PatternSyntaxException e) {
          throw new IllegalArgumentException("html.pageCount: not a regular expression: " + e.getDescription());
        }
      }
      require(pagePattern != null || nextLink != null, "html: pagePattern or nextLink is needed");
      require(container != null && !container.isBlank(), "html.container: missing");
      require(item != null && !item.isBlank(), "html.item: missing");
      require(link != null && !link.isBlank(), "html.link: missing");
      CssSelectors.check("html.nextLink", nextLink);
      CssSelectors.check("html.container", container);
      CssSelectors.check("html.item", item);
      CssSelectors.check("html.link", link);
      CssSelectors.check("html.date", date);
      attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    /** The eight keys before pageFrom and detail selectors. */
    public Html(String pagePattern, String nextLink, String pageCount, String container, String item, String link,
        String date, List<AttachmentRule> attachments) {
      this(pagePattern, nextLink, pageCount, container, item, link, date, attachments, null, null);
    }

    /** The URL of list page {@code index} (0 = the first) after {@code first}, by the page pattern. */
    public URI page(URI first, int index) {
      String n = Integer.toString(index - 1 + (pageFrom == null ? 1 : pageFrom));
      String rel = pagePattern.replace("{n}", n);
      if (rel.startsWith("?")) {
        // a query-only reference keeps the path (RFC 3986); java.net.URI.resolve would drop the last segment
        String s = first.toString();
        int q = s.indexOf('?');
        return URI.create((q < 0 ? s : s.substring(0, q)) + rel);
      }
      return first.resolve(rel);
    }
  }

  /**
   * One way a notice page names attachments.
   *
   * @param selector the link elements
   * @param url a template with {attr} placeholders taken from the element's attributes
   *     ("https://download.ccgp.gov.cn/oss/download?uuid={id}"); null = the element's href
   */
  public record AttachmentRule(String selector, String url) {
    public AttachmentRule {
      require(selector != null && !selector.isBlank(), "attachments.selector: missing");
      CssSelectors.check("attachments.selector", selector);
    }
  }

  /**
   * How to read a JSON portal. Paths are dot paths into the response ("data.rows", "title").
   *
   * @param method GET or POST for the list endpoint
   * @param body the POST body template ({page} is replaced), or null
   * @param contentType the POST body's content type
   * @param firstPage the number of the first page
   * @param items path to the array of list rows
   * @param fields list-row fields: id (required), title, date
   * @param detail the detail endpoint template, {id} replaced
   * @param page the human-readable notice page template for analysts, {id} replaced, or null
   * @param detailRoot path to the notice object in the detail response, or null for the root
   * @param detailFields detail fields: content (HTML, required), title, date, buyer, agency, projectNo, budget, region,
   *     category;
   *     with detailFormat html: CSS selectors title, date and content on the notice page (all optional)
   * @param attachments path to the attachment array in the detail object, or null
   * @param attachmentFields name and url paths inside one attachment object
   * @param detailFormat json (default: the detail endpoint answers JSON with the content HTML) or html (the
   *     list links straight to HTML notice pages, read like an html source's notices)
   * @param link path to a list-row field holding the notice URL itself, instead of id + detail template
   * @param relatedItems path, in the detail object, to the portal's list of the other notices of the same project
   *     (政采云 announcementLinkDtoList), or null
   * @param relatedId the id field inside one of those entries; its notice URL is the page template (or the detail
   *     template) with that id, so it matches the related notice's own stored URL
   */
  public record Json(
      String method,
      String body,
      String contentType,
      int firstPage,
      String items,
      Map<String, String> fields,
      String detail,
      String page,
      String detailRoot,
      Map<String, String> detailFields,
      String attachments,
      Map<String, String> attachmentFields,
      String detailFormat,
      String link,
      String relatedItems,
      String relatedId) {
    public Json {
      require("GET".equals(method) || "POST".equals(method), "json.method: GET or POST");
      require(items != null, "json.items: missing");
      detailFormat = detailFormat == null ? "json" : detailFormat;
      require("json".equals(detailFormat) || "html".equals(detailFormat), "json.detailFormat: json or html");
      if (link == null) {
        require(fields != null && fields.containsKey("id"), "json.fields.id: missing (or json.link)");
        require(detail != null && detail.contains("{id}"), "json.detail: missing or without {id}");
      }
      fields = fields == null ? Map.of() : Map.copyOf(fields);
      require("html".equals(detailFormat) || detailFields != null && detailFields.containsKey("content"),
          "json.detailFields.content: missing");
      detailFields = detailFields == null ? Map.of() : Map.copyOf(detailFields);
      attachmentFields = attachmentFields == null ? Map.of() : Map.copyOf(attachmentFields);
      require(relatedItems == null || relatedId != null, "json.relatedId: needed with json.relatedItems");
    }

    /** The fourteen keys before related links. */
    public Json(String method, String body, String contentType, int firstPage, String items,
        Map<String, String> fields, String detail, String page, String detailRoot, Map<String, String> detailFields,
        String attachments, Map<String, String> attachmentFields, String detailFormat, String link) {
      this(method, body, contentType, firstPage, items, fields, detail, page, detailRoot, detailFields, attachments,
          attachmentFields, detailFormat, link, null, null);
    }

    /** The foundation's twelve keys: JSON details found by id. */
    public Json(String method, String body, String contentType, int firstPage, String items,
        Map<String, String> fields, String detail, String page, String detailRoot, Map<String, String> detailFields,
        String attachments, Map<String, String> attachmentFields) {
      this(method, body, contentType, firstPage, items, fields, detail, page, detailRoot, detailFields, attachments,
          attachmentFields, null, null, null, null);
    }
  }
}
