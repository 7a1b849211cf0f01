package org.tenderwatch.web;

import static org.tenderwatch.web.Html.esc;

import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;
import org.tenderwatch.config.AttachmentLimits;
import org.tenderwatch.config.ConfigLoader;
import org.tenderwatch.extract.AttachmentException;
import org.tenderwatch.extract.HtmlDecoder;
import org.tenderwatch.extract.Attachments;
import org.tenderwatch.text.TextPart;

/**
 * An archived response as the analyst may see it: where it lies, its SHA-256 (stored and recomputed), and its
 * content, never raw: an HTML page through jsoup's Safelist (no script, no handler, no image, no style), a PDF or
 * other attachment as extracted text, one section per page so that evidence can link to {@code #p3}.
 */
final class ArchivePage {
  /** Formatting and links survive; scripts, event handlers, images, frames, forms and styles do not. */
  private static final Safelist SAFE = Safelist.relaxed().removeTags("img").addEnforcedAttribute("a", "rel",
      "noopener noreferrer nofollow");

  /** The documented attachment limits: the page shows an archived file as the default ingest reads it. */
  private static final AttachmentLimits LIMITS = ConfigLoader.defaultSettings().attachments();

  private ArchivePage() {}

  static String render(Html.Request r, ReadModel.ArchiveEntry e, ArchiveRecords.Record rec, String term, boolean text) {
    StringBuilder b = new StringBuilder();
    String uuid = ArchiveRecords.uuidOf(e.recordId());
    boolean intact = rec.sha256().equals(e.sha256());
    b.append("<p class=\"kicker\">Archived ").append(e.kind().equals("notice") ? "notice page" : "attachment")
        .append("</p><h1>").append(esc(e.name())).append("</h1><dl class=\"fields\">")
        .append("<dt>Notice</dt><dd><a href=\"").append(Html.noticeHref(e.noticeId())).append("\">")
        .append(esc(e.noticeId())).append("</a></dd>")
        .append("<dt>").append(esc(Labels.field("url"))).append("</dt><dd>").append(Html.external(e.url(), e.url()))
        .append("</dd><dt>Fetched</dt><dd>").append(esc(String.valueOf(rec.fetchedAt()))).append(" (HTTP ")
        .append(rec.status()).append(", ").append(esc(rec.contentType())).append(", ").append(rec.body().length)
        .append(" bytes)</dd><dt>WARC record</dt><dd><code>").append(esc(e.warcFile())).append(" ")
        .append(esc(e.recordId())).append("</code></dd><dt>SHA-256</dt><dd><code id=\"archive-sha256\">")
        .append(esc(rec.sha256())).append("</code> <span id=\"sha-check\" class=\"").append(intact ? "ok" : "error")
        .append("\">").append(intact ? "matches the hash stored at crawl time" : "DIFFERS from the stored hash "
            + esc(e.sha256())).append("</span></dd></dl>")
        .append("<p><a href=\"/archive/").append(esc(uuid)).append("/download\">Download the original bytes</a>");
    boolean html = e.kind().equals("notice") || (rec.contentType() != null
        && rec.contentType().toLowerCase(Locale.ROOT).contains("html"));
    if (html) {
      b.append(" · ").append(text ? "<a href=\"/archive/" + esc(uuid) + "\">Show formatted (sanitized)</a>"
          : "<a href=\"/archive/" + esc(uuid) + "?view=text\">Show as plain text</a>");
    }
    b.append("</p>");
    if (html) {
      b.append(html(rec, e.url(), text));
    } else {
      b.append(parts(e, rec, term));
    }
    return Html.page(e.name(), "search", r, b.toString());
  }

  private static String html(ArchiveRecords.Record rec, String url, boolean text) {
    Document doc = HtmlDecoder.decode(rec.body(), rec.contentType(), url == null ? "" : url);
    if (text) {
      return "<pre class=\"archived text\">" + esc(doc.body() == null ? doc.text() : doc.body().wholeText().strip())
          + "</pre>";
    }
    String body = doc.body() == null ? "" : doc.body().html();
    return "<div class=\"archived\" id=\"archived\">" + Jsoup.clean(body, url == null ? "" : url, SAFE) + "</div>";
  }

  private static String parts(ReadModel.ArchiveEntry e, ArchiveRecords.Record rec, String term) {
    List<TextPart> parts;
    try {
      parts = Attachments.attachment(e.name(), rec.contentType(), rec.body(), LIMITS);
    } catch (AttachmentException ex) {
      return "<p class=\"error\">This file cannot be shown as text: " + esc(ex.getMessage())
          + ". Download the original bytes to open it.</p>";
    }
    StringBuilder b = new StringBuilder();
    int n = 0;
    for (TextPart p : parts) {
      n++;
      int page = p.location().page() == null ? n : p.location().page();
      b.append("<section class=\"page\" id=\"p").append(page).append("\"><h2>Page ").append(page).append("</h2><pre>")
          .append(highlight(p.text(), term)).append("</pre></section>");
    }
    return b.toString();
  }

  /** Escapes the text, then marks the term where the escaped text contains it as written. */
  static String highlight(String text, String term) {
    String t = esc(text);
    if (term == null || term.isBlank()) {
      return t;
    }
    String needle = esc(term);
    return t.replace(needle, "<mark>" + needle + "</mark>");
  }
}
