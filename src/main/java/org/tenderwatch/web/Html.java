package org.tenderwatch.web;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.jsoup.nodes.Entities;

/**
 * The one escape helper every page uses, and the page frame. Pages are built as strings: a literal in the code is
 * markup, anything else (notice text, a query, a name) goes through {@link #esc} or {@link #marked} first.
 */
final class Html {
  private Html() {}

  /**
   * Text or attribute value → HTML that shows it as written: jsoup's escaper ({@code & < > " '} and no-break
   * space become entities), the one the digest uses too; null shows as nothing.
   */
  static String esc(String s) {
    return s == null ? "" : Entities.escape(s);
  }

  /**
   * A highlight or snippet with its matches written «term» (the index and the flagger mark them so): escaped
   * first, then the guillemets become {@code <mark>}, so nothing of the text can become markup.
   */
  static String marked(String s) {
    return esc(s).replace("«", "<mark>").replace("»", "</mark>");
  }

  /** A query-string value. */
  static String url(String s) {
    return URLEncoder.encode(s == null ? "" : s, StandardCharsets.UTF_8);
  }

  static String yuan(BigDecimal v) {
    return v == null ? "" : "¥" + String.format(Locale.ROOT, "%,.2f", v);
  }

  static String date(String iso) {
    return iso == null ? "" : iso.substring(0, Math.min(10, iso.length()));
  }

  /** A link to a notice's page in this UI. */
  static String noticeHref(String id) {
    return "/notices/" + url(id);
  }

  static String caseHref(String caseId) {
    return "/cases/" + url(caseId);
  }

  /** An outside link (the portal): no referrer, no window handle for the opened page. */
  static String external(String href, String text) {
    if (href == null || !(href.startsWith("http://") || href.startsWith("https://"))) {
      return esc(text);
    }
    return "<a href=\"" + esc(href) + "\" rel=\"noopener noreferrer nofollow\" target=\"_blank\">" + esc(text) + "</a>";
  }

  /** The hidden field every POST form carries. */
  static String csrfField(String token) {
    return "<input type=\"hidden\" name=\"csrf\" value=\"" + esc(token) + "\">";
  }

  /** The whole document: head, navigation, the page's own body. */
  static String page(String title, String active, Request r, String body) {
    StringBuilder nav = new StringBuilder();
    String[][] items = {{"/search", "Search", "search"}, {"/flagged", "Flagged", "flagged"},
        {"/saved", "Saved searches", "saved"}, {"/health", "Source health", "health"}};
    for (String[] it : items) {
      nav.append("<a href=\"").append(it[0]).append('"').append(it[2].equals(active) ? " class=\"active\"" : "")
          .append('>').append(it[1]).append("</a>");
    }
    String user = r.user() == null ? "" : "<form method=\"post\" action=\"/logout\" class=\"logout\">"
        + csrfField(r.csrf()) + "<span>" + esc(r.user()) + "</span> <button type=\"submit\">Sign out</button></form>";
    return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        + "<title>" + esc(title) + " · tenderwatch</title><link rel=\"stylesheet\" href=\"/static/app.css\"></head>"
        + "<body><header><a class=\"brand\" href=\"/\">tenderwatch</a><nav>" + nav + "</nav>" + user + "</header>"
        + "<main>" + body + "</main></body></html>";
  }

  /**
   * What a page needs to know about the request it answers.
   *
   * @param csrf the token every form of the page carries
   * @param user the signed-in user, or null when sign-in is off
   */
  record Request(String csrf, String user) {}
}
