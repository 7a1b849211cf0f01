package org.tenderwatch.web;

import static org.tenderwatch.web.Html.esc;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.tenderwatch.cases.CaseView;
import org.tenderwatch.store.NoticeStore;
import org.tenderwatch.store.NoticeView;

/**
 * Notice detail (fields, flags with evidence, linked notices, screening, original URL, archived copy, attachments)
 * and case detail (the notices of one procurement with what they add up to).
 */
final class NoticePages {
  private final NoticeStore store;
  private final ReadModel read;
  private final Labels labels;

  NoticePages(NoticeStore store, ReadModel read, Labels labels) {
    this.store = store;
    this.read = read;
    this.labels = labels;
  }

  String notice(Html.Request r, NoticeView n) {
    StringBuilder b = new StringBuilder();
    b.append("<p class=\"kicker\">").append(esc(Labels.type(n.type()))).append("</p><h1 id=\"notice-title\">")
        .append(esc(n.title())).append("</h1>");
    String caseId = read.caseOf(n.id());
    if (caseId != null) {
      b.append("<p><a href=\"").append(Html.caseHref(caseId)).append("\" id=\"case-link\">Case view</a>: this notice"
          + " with the notices linked to it by project number.</p>");
    }
    b.append(fields(n));
    b.append("<h2>Flags and evidence</h2>").append(evidence(n.id()));
    b.append("<h2>Entity List screening</h2>").append(screening(n.screening()));
    b.append("<h2>Linked notices</h2>").append(linked(n.linked()));
    b.append("<h2>Archived copy</h2>").append(archive(n));
    b.append("<h2>").append(esc(Labels.field("attachments"))).append("</h2>").append(attachments(n.id()));
    return Html.page(n.title(), "search", r, b.toString());
  }

  private static String fields(NoticeView n) {
    StringBuilder b = new StringBuilder("<dl class=\"fields\">");
    row(b, "publishedAt", esc(n.publishedAt() == null ? null : n.publishedAt().replace('T', ' ')));
    row(b, "buyer", esc(n.buyer()));
    row(b, "agency", esc(n.agency()));
    row(b, "projectNo", esc(n.projectNo()));
    row(b, "budgetCny", esc(Html.yuan(n.budgetCny())));
    row(b, "awardCny", esc(Html.yuan(n.awardCny())));
    row(b, "suppliers", suppliers(n.suppliers()));
    row(b, "source", esc(n.source()));
    row(b, "url", Html.external(n.url(), n.url()));
    // what extraction could not find: an empty field above is then a gap in the page, not a lost value
    row(b, "problems", n.problems().isEmpty() ? "" : "<ul class=\"plain\" id=\"notice-problems\">"
        + n.problems().stream().map(p -> "<li>" + esc(p) + "</li>").collect(Collectors.joining()) + "</ul>");
    return b.append("</dl>").toString();
  }

  private static void row(StringBuilder b, String field, String html) {
    if (html != null && !html.isEmpty()) {
      b.append("<dt>").append(esc(Labels.field(field))).append("</dt><dd>").append(html).append("</dd>");
    }
  }

  static String suppliers(List<NoticeView.Supplier> suppliers) {
    if (suppliers.isEmpty()) {
      return "";
    }
    return "<ul class=\"plain\">" + suppliers.stream().map(s -> "<li>" + esc(s.name())
        + (s.lot() == null ? "" : " <span class=\"muted\">(" + esc(s.lot()) + ")</span>")
        + (s.amountCny() == null ? "" : " " + esc(Html.yuan(s.amountCny()))) + "</li>").collect(Collectors.joining())
        + "</ul>";
  }

  /** Each flag with its term, snippet, and a link to the archived text where it was found. */
  String evidence(String noticeId) {
    List<ReadModel.FlagAt> flags = read.flags(noticeId);
    if (flags.isEmpty()) {
      return "<p class=\"muted\">Not flagged.</p>";
    }
    List<ReadModel.Attachment> atts = read.attachments(noticeId);
    NoticeView.Archive page = store.notice(noticeId) == null ? null : store.notice(noticeId).archive();
    StringBuilder b = new StringBuilder("<table class=\"evidence\"><thead><tr><th>Category</th><th>Term as written</th>"
        + "<th>Snippet</th><th>Found in</th></tr></thead><tbody>");
    for (ReadModel.FlagAt f : flags) {
      b.append("<tr><td>").append(esc(labels.category(f.category()))).append(" <code>").append(esc(f.category()))
          .append("</code></td><td><mark>").append(esc(f.term())).append("</mark></td><td>")
          .append(Html.marked(f.snippet())).append("</td><td>").append(where(f, atts, page)).append("</td></tr>");
    }
    return b.append("</tbody></table>").toString();
  }

  private static String where(ReadModel.FlagAt f, List<ReadModel.Attachment> atts, NoticeView.Archive page) {
    String label = new org.tenderwatch.text.Location(f.attachment(), f.page(), f.section()).describe();
    String recordId = null;
    if (f.attachment() == null) {
      recordId = page == null ? null : page.warc().substring(page.warc().indexOf('#') + 1);
    } else {
      recordId = atts.stream().filter(a -> f.attachment().equals(a.name()) && a.recordId() != null)
          .map(ReadModel.Attachment::recordId).findFirst().orElse(null);
    }
    if (recordId == null) {
      return esc(label);
    }
    String href = "/archive/" + ArchiveRecords.uuidOf(recordId) + "?term=" + Html.url(f.term())
        + (f.page() == null ? "" : "#p" + f.page());
    return "<a class=\"found-in\" href=\"" + esc(href) + "\">" + esc(label) + "</a>";
  }

  private static String screening(List<NoticeView.Screening> screening) {
    if (screening == null || screening.isEmpty()) {
      return "<p class=\"muted\">No Entity List match recorded for the buyer or the suppliers.</p>";
    }
    StringBuilder b = new StringBuilder("<table><thead><tr><th>Party</th><th>Name in the notice</th>"
        + "<th>Listed as</th><th>List</th><th>Match</th></tr></thead><tbody>");
    for (NoticeView.Screening s : screening) {
      b.append("<tr><td>").append(esc(s.party())).append("</td><td>").append(esc(s.name())).append("</td><td>")
          .append(esc(s.listedName())).append("</td><td>").append(esc(s.list())).append("</td><td>")
          .append(esc(s.match())).append("</td></tr>");
    }
    return b.append("</tbody></table>").toString();
  }

  private String linked(List<String> ids) {
    if (ids.isEmpty()) {
      return "<p class=\"muted\">No other notice shares this notice's project number.</p>";
    }
    StringBuilder b = new StringBuilder("<ul class=\"linked\">");
    for (String id : ids) {
      NoticeView l = store.notice(id);
      if (l != null) {
        b.append("<li>").append(esc(Html.date(l.publishedAt()))).append(" · ").append(esc(Labels.type(l.type())))
            .append(" · <a href=\"").append(Html.noticeHref(id)).append("\">").append(esc(l.title())).append("</a></li>");
      }
    }
    return b.append("</ul>").toString();
  }

  private static String archive(NoticeView n) {
    if (n.archive() == null) {
      return "<p class=\"muted\">No archived copy.</p>";
    }
    String warc = n.archive().warc();
    String recordId = warc.substring(warc.indexOf('#') + 1);
    String uuid = ArchiveRecords.uuidOf(recordId);
    return "<dl class=\"fields\"><dt>SHA-256</dt><dd><code id=\"notice-sha256\">" + esc(n.archive().sha256())
        + "</code></dd><dt>WARC record</dt><dd><code>" + esc(warc) + "</code></dd></dl>"
        + "<p><a href=\"/archive/" + esc(uuid) + "\" id=\"archived-copy\">View the archived page (sanitized)</a> · "
        + "<a href=\"/archive/" + esc(uuid) + "/download\">Download the original bytes</a></p>";
  }

  private String attachments(String noticeId) {
    List<ReadModel.Attachment> atts = read.attachments(noticeId);
    if (atts.isEmpty()) {
      return "<p class=\"muted\">None.</p>";
    }
    List<ReadModel.FlagAt> flags = read.flags(noticeId);
    StringBuilder b = new StringBuilder("<table class=\"attachments\"><thead><tr><th>File</th><th>Status</th>"
        + "<th>Pages</th><th>Terms found</th><th>SHA-256</th></tr></thead><tbody>");
    for (ReadModel.Attachment a : atts) {
      String uuid = ArchiveRecords.uuidOf(a.recordId());
      b.append("<tr><td>").append(a.recordId() == null ? esc(a.name())
          : "<a href=\"/archive/" + esc(uuid) + "\">" + esc(a.name()) + "</a>").append("</td><td>")
          .append(esc(a.status())).append(a.cause() == null ? "" : " <span class=\"muted\">" + esc(a.cause()) + "</span>")
          .append("</td><td>").append(a.parts()).append("</td><td>");
      Set<String> seen = new LinkedHashSet<>();
      for (ReadModel.FlagAt f : flags) {
        if (a.name().equals(f.attachment()) && seen.add(f.term() + "#" + f.page())) {
          String label = f.term() + (f.page() == null ? "" : " p." + f.page());
          b.append(a.recordId() == null ? esc(label) + " " : "<a class=\"term-page\" href=\"" + esc("/archive/" + uuid
              + "?term=" + Html.url(f.term()) + (f.page() == null ? "" : "#p" + f.page())) + "\">" + esc(label) + "</a> ");
        }
      }
      b.append("</td><td><code>").append(esc(a.sha256())).append("</code></td></tr>");
    }
    return b.append("</tbody></table>").toString();
  }

  String caseView(Html.Request r, CaseView c) {
    NoticeView n = c.notice();
    StringBuilder b = new StringBuilder();
    b.append("<p class=\"kicker\">Case ").append(esc(c.caseId())).append("</p><h1 id=\"case-title\">")
        .append(esc(n.title())).append("</h1><dl class=\"fields\">");
    b.append("<dt>Status</dt><dd id=\"case-status\">").append(esc(c.status())).append("</dd>");
    row(b, "buyer", esc(n.buyer()));
    row(b, "projectNo", esc(n.projectNo()));
    row(b, "budgetCny", esc(Html.yuan(n.budgetCny())));
    row(b, "suppliers", suppliers(c.winners()));
    row(b, "awardCny", esc(Html.yuan(c.awardCny())));
    b.append("<dt>Categories</dt><dd>").append(esc(c.flags().stream().map(f -> labels.category(f.category()))
        .distinct().collect(Collectors.joining("; ")))).append("</dd></dl>");
    b.append("<h2>Notices of this case</h2><table><thead><tr><th>Date</th><th>Type</th><th>Title</th>"
        + "<th>Award</th></tr></thead><tbody>");
    for (NoticeView m : c.notices()) {
      b.append("<tr><td>").append(esc(Html.date(m.publishedAt()))).append("</td><td>")
          .append(esc(Labels.type(m.type()))).append("</td><td><a href=\"").append(Html.noticeHref(m.id())).append("\">")
          .append(esc(m.title())).append("</a></td><td>").append(esc(Html.yuan(amount(m)))).append("</td></tr>");
    }
    b.append("</tbody></table>");
    for (NoticeView m : c.notices()) {
      if (!m.flags().isEmpty()) {
        b.append("<h2>Evidence in ").append(esc(m.title())).append("</h2>").append(evidence(m.id()));
      }
    }
    return Html.page(n.title(), "flagged", r, b.toString());
  }

  private static BigDecimal amount(NoticeView m) {
    return m.awardCny();
  }
}
