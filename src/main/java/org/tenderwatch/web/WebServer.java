package org.tenderwatch.web;

import static org.tenderwatch.web.Html.esc;

import io.javalin.Javalin;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.json.JavalinJackson3;
import java.net.URI;
import java.time.Clock;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tenderwatch.config.Settings;
import org.tenderwatch.index.QuerySyntaxException;
import org.tenderwatch.saved.SavedSearchException;
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
    Security security = new Security(users, csp, web);
    Javalin app = Javalin.create(cfg -> {
      cfg.jsonMapper(new JavalinJackson3(json, false));
      cfg.startup.showJavalinBanner = false;
      cfg.startup.showOldJavalinVersionWarning = false;
      cfg.jetty.host = web.host();
      cfg.jetty.port = web.port();
      cfg.routes.before(security::before);
      register(cfg.routes, parts, users, web, clock, json);
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

  /** Every route, then the error handling: API callers get {"error": …}, people a page. */
  private static void register(RoutesConfig r, WebParts parts, WebUsers users, Settings.Web web, Clock clock,
      JsonMapper json) {
    ReadModel read = new ReadModel(parts.db());
    new PageRoutes(parts, read).register(r);
    new ExportRoutes(parts, new HitCases(parts.cases(), read), json).register(r);
    new SavedRoutes(parts).register(r);
    new ArchiveRoutes(read, new ArchiveRecords(parts.archiveDir())).register(r);
    new SignIn(users, web, clock).register(r);
    new Api(parts, json).routes(r);
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

  private static void error(Context ctx, int status, String message) {
    ctx.status(status);
    if (ctx.path().startsWith("/api/")) {
      ctx.json(Map.of("error", message == null ? "error " + status : message));
    } else {
      ctx.html(Html.page("Error " + status, "", Security.request(ctx), "<h1>Error " + status
          + "</h1><p class=\"error\" role=\"alert\">" + esc(message) + "</p><p><a href=\"/search\">Search</a></p>"));
    }
  }
}
