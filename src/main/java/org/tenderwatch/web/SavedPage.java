package org.tenderwatch.web;

import static org.tenderwatch.web.Html.esc;

import java.util.List;
import org.tenderwatch.saved.SavedSearch;

/** Saved searches: the list (with edit and delete), the create form with a preview count, the edit form. */
final class SavedPage {
  private SavedPage() {}

  /**
   * @param form what the create form shows again (after a preview or an error), or null for an empty form
   * @param message a confirmation or an error for the form
   */
  static String list(Html.Request r, List<SavedSearch> searches, Form form, String message, boolean error) {
    StringBuilder b = new StringBuilder("<h1>Saved searches</h1><p>A saved search is kept and run on every new"
        + " notice as it is crawled; its new hits go into the daily digest and <code>tenderwatch saved run</code>.</p>");
    if (message != null) {
      b.append("<p class=\"").append(error ? "error" : "ok").append("\" id=\"saved-message\" role=\"")
          .append(error ? "alert" : "status").append("\">").append(esc(message)).append("</p>");
    }
    b.append("<table id=\"saved-table\"><thead><tr><th>Name</th><th>Query</th><th>Owner</th><th>Hits</th>"
        + "<th>New since last run</th><th>Changed</th><th></th></tr></thead><tbody>");
    for (SavedSearch s : searches) {
      b.append("<tr data-name=\"").append(esc(s.name())).append("\"><td>").append(esc(s.name()))
          .append("</td><td><a href=\"/search?q=").append(Html.url(s.query())).append("\"><code>").append(esc(s.query()))
          .append("</code></a></td><td>").append(esc(s.owner())).append("</td><td class=\"num\">").append(s.hits())
          .append("</td><td class=\"num\">").append(s.unseen()).append("</td><td>")
          .append(esc(String.valueOf(s.updatedAt()).replace('T', ' ').replaceFirst("\\.\\d+Z$", "Z")))
          .append("</td><td><a href=\"/saved/").append(Html.url(s.name())).append("/edit\">Edit</a> ")
          .append("<form method=\"post\" action=\"/saved/").append(Html.url(s.name()))
          .append("/delete\" class=\"inline\">").append(Html.csrfField(r.csrf()))
          .append("<button type=\"submit\" class=\"danger\">Delete</button></form></td></tr>");
    }
    if (searches.isEmpty()) {
      b.append("<tr><td colspan=\"7\" class=\"muted\">None yet.</td></tr>");
    }
    b.append("</tbody></table><h2>New saved search</h2>")
        .append(form(r, "/saved", form == null ? new Form("", "", "", null) : form, true))
        .append(SearchPage.SYNTAX_HELP);
    return Html.page("Saved searches", "saved", r, b.toString());
  }

  static String edit(Html.Request r, SavedSearch s, Form form, String message) {
    StringBuilder b = new StringBuilder("<h1>Edit saved search ").append(esc(s.name())).append("</h1>");
    if (message != null) {
      b.append("<p class=\"error\" id=\"saved-message\" role=\"alert\">").append(esc(message)).append("</p>");
    }
    b.append("<p>Notices the new query already matches count as seen: only later ones are new.</p>")
        .append(form(r, "/saved/" + Html.url(s.name()), form, false)).append(SearchPage.SYNTAX_HELP);
    return Html.page("Edit " + s.name(), "saved", r, b.toString());
  }

  /**
   * What a form shows.
   *
   * @param preview how many notices the query matches now, or null before a preview
   */
  record Form(String name, String query, String owner, Long preview) {}

  private static String form(Html.Request r, String action, Form f, boolean withName) {
    return "<form method=\"post\" action=\"" + esc(action) + "\" class=\"saved-form\" id=\"saved-form\">"
        + Html.csrfField(r.csrf())
        + (withName ? "<label>Name <input name=\"name\" id=\"saved-name\""
            + " value=\"" + esc(f.name()) + "\" placeholder=\"gpu-universities\"></label>" : "")
        + "<label>Query <input name=\"q\" id=\"saved-query\" required size=\"60\" value=\"" + esc(f.query()) + "\"></label>"
        + "<label>Owner (e-mail, optional) <input name=\"owner\" id=\"saved-owner\" value=\"" + esc(f.owner()) + "\"></label>"
        + (withName ? "<label class=\"check\"><input type=\"checkbox\" name=\"notifyExisting\" id=\"notify-existing\">"
            + " Report the notices that match now in the next digest (else only new ones)</label>" : "")
        + (f.preview() == null ? "" : "<p class=\"preview\" id=\"preview-count\">" + f.preview()
            + (f.preview() == 1 ? " notice matches" : " notices match") + " this query now.</p>")
        + "<button type=\"submit\" name=\"action\" value=\"preview\" id=\"preview-button\">Preview count</button> "
        + "<button type=\"submit\" name=\"action\" value=\"save\" id=\"save-button\">Save</button></form>";
  }
}
