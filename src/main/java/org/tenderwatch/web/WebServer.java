package org.tenderwatch.web;

import static org.tenderwatch.web.Html.esc;

import io.javalin.Javalin;
import io.javalin.config.RoutesConfig;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.NotFoundResponse;
import io.javalin.json.JavalinJackson3;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tenderwatch.config.Settings;
import org.tenderwatch.index.QuerySyntaxException;
import org.tenderwatch.index.SearchRequest;
import org.tenderwatch.saved.SavedSearch;
import org.tenderwatch.saved.SavedSearchException;
import org.tenderwatch.saved.SavedSearches;
import org.tenderwatch.cases.CaseView;
import org.tenderwatch.store.NoticeView;
import tools.jackson.databind.json.JsonMapper;

/**
 * The web UI and the JSON API on one port. {@link #start} is what {@code serve}, {@code run} and {@code demo --serve}
 * call; {@link #close} stops it. Javalin 7 (Jetty 12) with the Jackson 3 mapper the rest of tenderwatch uses.
 */
public final class WebServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);

  private final Javalin app;
  private final URI uri;

  private WebServer(Javalin app, URI uri) {
    this.app = app;
    this.uri = uri;
  }

  /** Starts on {@code web.host}:{@code web.port} (port 0: a free one). */
  public static WebServer start(WebParts parts, Settings.Web web) {
    return start(parts, web, Clock.systemUTC(), true);
  }

  /**
   * @param csp whether to send the Content-Security-Policy; only tests turn it off, to show that escaping alone
   *     already keeps a planted script from running
   * @throws IllegalStateException when the host is not loopback and no user is configured
   */
  static WebServer start(WebParts parts, Settings.Web web, Clock clock, boolean csp) {
    WebUsers users = new WebUsers(parts.db(), clock);
    if (!Security.isLoopback(web.host()) && !users.any()) {
      throw new IllegalStateException("web.host " + web.host() + " is reachable from other machines: add a user"
          + " first (tenderwatch users add NAME), or listen on 127.0.0.1");
    }
    JsonMapper json = JsonMapper.builder().build();
    Routes routes = new Routes(parts, users, json);
    Security security = new Security(users, csp);
    Javalin app = Javalin.create(cfg -> {
      cfg.jsonMapper(new JavalinJackson3(json, false));
      cfg.startup.showJavalinBanner = false;
      cfg.startup.showOldJavalinVersionWarning = false;
      cfg.jetty.host = web.host();
      cfg.jetty.port = web.port();
      cfg.routes.before(security::before);
      routes.register(cfg.routes);
      new Api(parts, json).routes(cfg.routes);
    });
    try {
      app.start();
    } catch (RuntimeException e) {
      // Jetty reports a taken port as a wrapped BindException with a long trace; the user needs one line
      Throwable cause = e;
      while (cause.getCause() != null && !(cause instanceof java.net.BindException)) {
        cause = cause.getCause();
      }
      if (cause instanceof java.net.BindException) {
        throw new IllegalStateException("cannot listen on " + web.host() + ":" + web.port() + ": "
            + cause.getMessage() + " (set web.port, or --port 0 for a free one)", e);
      }
      throw e;
    }
    URI uri = URI.create("http://" + (web.host().contains(":") ? "[" + web.host() + "]" : web.host()) + ":"
        + app.port() + "/");
    LOG.info("web UI at {}", uri);
    return new WebServer(app, uri);
  }

  /** Where it listens, e.g. {@code http://127.0.0.1:8080/}. */
  public URI uri() {
    return uri;
  }

  @Override
  public void close() {
    app.stop();
  }

  /** The pages, sign-in, the stylesheet and the error handling. */
  private static final class Routes {
    private final WebParts parts;
    private final WebUsers users;
    private final ReadModel read;
    private final Labels labels;
    private final NoticePages notices;
    private final ArchiveRecords archive;
    private final byte[] css;

    Routes(WebParts parts, WebUsers users, JsonMapper json) {
      this.parts = parts;
      this.users = users;
      this.read = new ReadModel(parts.db());
      this.labels = new Labels(parts.flags());
      this.notices = new NoticePages(parts.store(), read, labels);
      this.archive = new ArchiveRecords(parts.archiveDir());
      this.css = resource("/web/app.css");
    }

    void register(RoutesConfig r) {
      r.get("/", ctx -> ctx.redirect("/flagged"));
      r.get("/static/app.css", ctx -> ctx.contentType("text/css; charset=utf-8").result(css));
      r.get("/search", this::search);
      r.get("/notices/{id}", this::notice);
      r.get("/cases/{id}", this::caseView);
      r.get("/flagged", ctx -> ctx.html(new DashboardPage(labels).render(req(ctx), parts.cases().flaggedCases(),
          ctx.queryParam("category"))));
      r.get("/saved", ctx -> ctx.html(SavedPage.list(req(ctx), parts.saved().list(), null,
          ctx.queryParam("done"), false)));
      r.post("/saved", this::createSaved);
      r.get("/saved/{name}/edit", this::editForm);
      r.post("/saved/{name}", this::editSaved);
      r.post("/saved/{name}/delete", this::deleteSaved);
      r.get("/health", ctx -> {
        HealthPage h = new HealthPage(parts.db());
        ctx.html(h.render(req(ctx), h.sections()));
      });
      r.get("/archive/{uuid}", this::archived);
      r.get("/archive/{uuid}/download", this::download);
      r.get("/login", ctx -> ctx.html(login(req(ctx), ctx.queryParam("next"), null)));
      r.post("/login", this::signIn);
      r.post("/logout", this::signOut);
      r.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), e.getMessage()));
      r.exception(QuerySyntaxException.class, (e, ctx) -> error(ctx, 400, "bad query: " + e.getMessage()));
      r.exception(SavedSearchException.class, (e, ctx) -> error(ctx, 400, e.getMessage()));
      r.exception(IllegalArgumentException.class, (e, ctx) -> error(ctx, 400, e.getMessage()));
      r.exception(Exception.class, (e, ctx) -> {
        LOG.warn("{} {} failed", ctx.method(), ctx.path(), e);
        error(ctx, 500, "internal error: " + e);
      });
      r.error(404, ctx -> {
        if (ctx.result() == null || ctx.result().isEmpty()) {
          error(ctx, 404, "no page at " + ctx.path());
        }
      });
    }

    private static Html.Request req(Context ctx) {
      return Security.request(ctx);
    }

    /** API callers get {"error": …}; people get a page that says what went wrong. */
    private static void error(Context ctx, int status, String message) {
      ctx.status(status);
      if (ctx.path().startsWith("/api/")) {
        ctx.json(Map.of("error", message == null ? "error " + status : message));
      } else {
        ctx.html(Html.page("Error " + status, "", req(ctx), "<h1>Error " + status + "</h1><p class=\"error\""
            + " role=\"alert\">" + esc(message) + "</p><p><a href=\"/search\">Search</a></p>"));
      }
    }

    private void search(Context ctx) throws IOException {
      String q = ctx.queryParam("q");
      SearchRequest.Sort sort = Api.sort(ctx.queryParam("sort"));
      SearchPage page = new SearchPage(labels);
      if (q == null || q.isBlank()) {
        ctx.html(page.form(req(ctx), "", sort, null));
        return;
      }
      int p = Math.max(1, Api.intParam(ctx, "page", 1));
      try {
        ctx.html(page.results(req(ctx), q, sort,
            parts.index().search(new SearchRequest(q, sort, p, SearchPage.PAGE_SIZE, true))));
      } catch (QuerySyntaxException e) {
        ctx.status(400).html(page.form(req(ctx), q, sort, "Bad query: " + e.getMessage()));
      }
    }

    private void notice(Context ctx) {
      NoticeView n = parts.store().notice(ctx.pathParam("id"));
      if (n == null) {
        throw new NotFoundResponse("no notice with id " + ctx.pathParam("id"));
      }
      ctx.html(notices.notice(req(ctx), n));
    }

    private void caseView(Context ctx) {
      CaseView c = parts.cases().caseView(ctx.pathParam("id"));
      if (c == null) {
        throw new NotFoundResponse("no case with id " + ctx.pathParam("id"));
      }
      ctx.html(notices.caseView(req(ctx), c));
    }

    private void createSaved(Context ctx) throws IOException {
      SavedPage.Form f = new SavedPage.Form(strip(ctx.formParam("name")), strip(ctx.formParam("q")),
          strip(ctx.formParam("owner")), null);
      SavedSearches saved = parts.saved();
      try {
        if ("save".equals(ctx.formParam("action"))) {
          SavedSearches.Added a = saved.add(f.name(), f.query(), f.owner().isEmpty() ? null : f.owner());
          ctx.redirect("/saved?done=" + Html.url("Saved " + a.search().name() + ": " + a.preview()
              + " notices match it now; new ones will be reported."));
          return;
        }
        ctx.html(SavedPage.list(req(ctx), saved.list(), preview(f), null, false));
      } catch (QuerySyntaxException | SavedSearchException e) {
        ctx.status(400).html(SavedPage.list(req(ctx), saved.list(), f, message(e), true));
      }
    }

    private SavedPage.Form preview(SavedPage.Form f) throws QuerySyntaxException, IOException {
      return new SavedPage.Form(f.name(), f.query(), f.owner(), parts.index().search(f.query(), 0).total());
    }

    private void editForm(Context ctx) {
      SavedSearch s = savedOr404(ctx.pathParam("name"));
      ctx.html(SavedPage.edit(req(ctx), s, new SavedPage.Form(s.name(), s.query(), s.owner() == null ? "" : s.owner(),
          null), null));
    }

    private void editSaved(Context ctx) throws IOException {
      SavedSearch s = savedOr404(ctx.pathParam("name"));
      SavedPage.Form f = new SavedPage.Form(s.name(), strip(ctx.formParam("q")), strip(ctx.formParam("owner")), null);
      try {
        if ("save".equals(ctx.formParam("action"))) {
          SavedSearches.Added a = parts.saved().edit(s.name(), f.query(), f.owner().isEmpty() ? null : f.owner());
          ctx.redirect("/saved?done=" + Html.url("Changed " + s.name() + ": " + a.preview() + " notices match it now."));
          return;
        }
        ctx.html(SavedPage.edit(req(ctx), s, preview(f), null));
      } catch (QuerySyntaxException | SavedSearchException e) {
        ctx.status(400).html(SavedPage.edit(req(ctx), s, f, message(e)));
      }
    }

    private void deleteSaved(Context ctx) {
      SavedSearch s = savedOr404(ctx.pathParam("name"));
      parts.saved().remove(s.name());
      ctx.redirect("/saved?done=" + Html.url("Deleted " + s.name() + "."));
    }

    private static String message(Exception e) {
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

    /** The archived record named by its UUID, looked up in the database first; never a path from the request. */
    private ArchiveLookup lookup(Context ctx) throws IOException {
      String uuid = ctx.pathParam("uuid");
      if (!ArchiveRecords.UUID.matcher(uuid).matches()) {
        throw new BadRequestResponse("an archive address is a WARC record UUID, not '" + uuid + "'");
      }
      ReadModel.ArchiveEntry e = read.archiveEntry(ArchiveRecords.recordIdOf(uuid));
      if (e == null) {
        throw new NotFoundResponse("no archived record " + uuid);
      }
      ArchiveRecords.Record rec = archive.read(e.warcFile(), e.recordId());
      if (rec == null) {
        throw new NotFoundResponse("record " + uuid + " is no longer in the archive file " + e.warcFile());
      }
      return new ArchiveLookup(e, rec);
    }

    private record ArchiveLookup(ReadModel.ArchiveEntry entry, ArchiveRecords.Record record) {}

    private void archived(Context ctx) throws IOException {
      ArchiveLookup a = lookup(ctx);
      ctx.html(ArchivePage.render(req(ctx), a.entry(), a.record(), ctx.queryParam("term"),
          "text".equals(ctx.queryParam("view"))));
    }

    /** The original bytes as a download: never rendered by the browser, with their hash in a header. */
    private void download(Context ctx) throws IOException {
      ArchiveLookup a = lookup(ctx);
      String name = a.entry().kind().equals("notice") ? "notice-" + ArchiveRecords.uuidOf(a.entry().recordId()) + ".html"
          : a.entry().name();
      String ascii = name.replaceAll("[^A-Za-z0-9._-]", "_");
      ctx.header("Content-Disposition", "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
          + Html.url(name).replace("+", "%20"));
      ctx.header("X-Tenderwatch-SHA256", a.record().sha256());
      ctx.contentType("application/octet-stream").result(a.record().body());
    }

    private String login(Html.Request r, String next, String error) {
      return Html.page("Sign in", "", r, "<h1>Sign in</h1>" + (error == null ? "" : "<p class=\"error\" role=\"alert\">"
          + esc(error) + "</p>") + "<form method=\"post\" action=\"/login\" class=\"login\">" + Html.csrfField(r.csrf())
          + "<input type=\"hidden\" name=\"next\" value=\"" + esc(next) + "\">"
          + "<label>User <input name=\"user\" id=\"user\" autocomplete=\"username\" required></label>"
          + "<label>Password <input type=\"password\" name=\"password\" id=\"password\" autocomplete=\"current-password\""
          + " required></label><button type=\"submit\" id=\"sign-in\">Sign in</button></form>");
    }

    private void signIn(Context ctx) {
      String next = ctx.formParam("next");
      String token = users.signIn(strip(ctx.formParam("user")),
          ctx.formParam("password") == null ? new char[0] : ctx.formParam("password").toCharArray());
      if (token == null) {
        ctx.status(401).html(login(req(ctx), next, "Wrong user or password."));
        return;
      }
      ctx.res().addHeader("Set-Cookie", Security.SESSION_COOKIE + "=" + token + "; Path=/; HttpOnly; SameSite=Strict;"
          + " Max-Age=" + WebUsers.SESSION.toSeconds());
      // only a path on this site: "//evil.example" or "https://…" would be an open redirect
      boolean local = next != null && next.startsWith("/") && !next.startsWith("//") && !next.startsWith("/\\");
      ctx.redirect(local ? next : "/flagged");
    }

    private void signOut(Context ctx) {
      users.signOut(ctx.cookie(Security.SESSION_COOKIE));
      ctx.res().addHeader("Set-Cookie", Security.SESSION_COOKIE + "=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0");
      ctx.redirect("/login");
    }

    private static byte[] resource(String name) {
      try (InputStream in = WebServer.class.getResourceAsStream(name)) {
        if (in == null) {
          throw new IllegalStateException(name + " missing from the jar");
        }
        return in.readAllBytes();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

}
