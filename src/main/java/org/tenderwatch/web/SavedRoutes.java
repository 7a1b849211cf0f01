package org.tenderwatch.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import org.tenderwatch.index.QuerySyntaxException;
import org.tenderwatch.saved.SavedSearch;
import org.tenderwatch.saved.SavedSearchException;
import org.tenderwatch.saved.SavedSearches;

/** The saved-search pages: list, preview, save (optionally reporting what already matches), edit, delete. */
final class SavedRoutes {
  private final WebParts parts;

  SavedRoutes(WebParts parts) {
    this.parts = parts;
  }

  void register(RoutesConfig r) {
    r.get("/saved", ctx -> ctx.html(SavedPage.list(Security.request(ctx), parts.saved().list(), null,
        ctx.queryParam("done"), false)));
    r.post("/saved", this::create);
    r.get("/saved/{name}/edit", this::editForm);
    r.post("/saved/{name}", this::edit);
    r.post("/saved/{name}/delete", this::delete);
  }

  private void create(Context ctx) throws IOException {
    SavedPage.Form f = new SavedPage.Form(strip(ctx.formParam("name")), strip(ctx.formParam("q")),
        strip(ctx.formParam("owner")), null);
    SavedSearches saved = parts.saved();
    try {
      if ("save".equals(ctx.formParam("action"))) {
        boolean notifyExisting = ctx.formParam("notifyExisting") != null;
        SavedSearches.Added a = saved.add(f.name(), f.query(), f.owner().isEmpty() ? null : f.owner(),
            notifyExisting);
        ctx.redirect("/saved?done=" + Html.url("Saved " + a.search().name() + ": " + a.preview()
            + " notices match it now; " + (notifyExisting ? "they and new ones will be in the next digest."
            : "new ones will be reported.")));
        return;
      }
      ctx.html(SavedPage.list(Security.request(ctx), saved.list(), preview(f), null, false));
    } catch (QuerySyntaxException | SavedSearchException e) {
      ctx.status(400).html(SavedPage.list(Security.request(ctx), saved.list(), f, message(e), true));
    }
  }

  private SavedPage.Form preview(SavedPage.Form f) throws QuerySyntaxException, IOException {
    return new SavedPage.Form(f.name(), f.query(), f.owner(), parts.index().search(f.query(), 0).total());
  }

  private void editForm(Context ctx) {
    SavedSearch s = savedOr404(ctx.pathParam("name"));
    ctx.html(SavedPage.edit(Security.request(ctx), s, new SavedPage.Form(s.name(), s.query(),
        s.owner() == null ? "" : s.owner(), null), null));
  }

  private void edit(Context ctx) throws IOException {
    SavedSearch s = savedOr404(ctx.pathParam("name"));
    SavedPage.Form f = new SavedPage.Form(s.name(), strip(ctx.formParam("q")), strip(ctx.formParam("owner")), null);
    try {
      if ("save".equals(ctx.formParam("action"))) {
        SavedSearches.Added a = parts.saved().edit(s.name(), f.query(), f.owner().isEmpty() ? null : f.owner());
        ctx.redirect("/saved?done=" + Html.url("Changed " + s.name() + ": " + a.preview() + " notices match it now."));
        return;
      }
      ctx.html(SavedPage.edit(Security.request(ctx), s, preview(f), null));
    } catch (QuerySyntaxException | SavedSearchException e) {
      ctx.status(400).html(SavedPage.edit(Security.request(ctx), s, f, message(e)));
    }
  }

  private void delete(Context ctx) {
    SavedSearch s = savedOr404(ctx.pathParam("name"));
    parts.saved().remove(s.name());
    ctx.redirect("/saved?done=" + Html.url("Deleted " + s.name() + "."));
  }

  static String message(Exception e) {
    return e instanceof QuerySyntaxException ? "Bad query: " + e.getMessage() : e.getMessage();
  }

  private SavedSearch savedOr404(String name) {
    SavedSearch s = parts.saved().find(name);
    if (s == null) {
      throw new NotFoundResponse("no saved search named '" + name + "'");
    }
    return s;
  }

  private static String strip(String s) {
    return s == null ? "" : s.strip();
  }
}
