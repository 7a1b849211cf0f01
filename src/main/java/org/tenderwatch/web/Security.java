package org.tenderwatch.web;

import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.UnauthorizedResponse;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Locale;

/**
 * Runs before every handler: security headers, the CSRF token, sign-in. Sign-in is on whenever users exist, and
 * users must exist before the UI listens beyond loopback ({@link WebServer#start} refuses otherwise).
 */
final class Security {
  static final String CSRF_COOKIE = "tw_csrf";
  static final String SESSION_COOKIE = "tw_session";
  static final String ATTR_REQUEST = "tw.request";

  /**
   * No script, no frame, no plug-in, no foreign origin; styles only from our stylesheet. Pages need no JavaScript,
   * so even a notice string that escaped escaping could not run. Inline SVG needs no source of its own.
   */
  static final String CSP = "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self';"
      + " frame-ancestors 'none'; base-uri 'none'";

  private final WebUsers users;
  private final boolean csp;

  Security(WebUsers users, boolean csp) {
    this.users = users;
    this.csp = csp;
  }

  static boolean isLoopback(String host) {
    try {
      return InetAddress.getByName(host).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }

  void before(Context ctx) {
    headers(ctx);
    String csrf = ctx.cookie(CSRF_COOKIE);
    if (csrf == null || csrf.length() < 20) {
      csrf = Passwords.token();
      ctx.res().addHeader("Set-Cookie", CSRF_COOKIE + "=" + csrf + "; Path=/; HttpOnly; SameSite=Strict");
    }
    boolean api = ctx.path().startsWith("/api/");
    boolean writes = !ctx.method().name().equals("GET") && !ctx.method().name().equals("HEAD");
    if (writes) {
      checkOrigin(ctx);
    }
    String user = null;
    if (users.any()) {
      user = users.user(ctx.cookie(SESSION_COOKIE));
      if (user == null && api) {
        user = basicUser(ctx);
      }
      if (user == null && !open(ctx.path())) {
        if (api) {
          ctx.header("WWW-Authenticate", "Basic realm=\"tenderwatch\", charset=\"UTF-8\"");
          throw new UnauthorizedResponse("sign in first (a session cookie from /login, or HTTP Basic)");
        }
        ctx.redirect("/login?next=" + Html.url(ctx.path() + (ctx.queryString() == null ? "" : "?" + ctx.queryString())));
        ctx.skipRemainingHandlers();
        return;
      }
    }
    if (writes && api && ctx.method().name().matches("POST|PUT") && !ctx.isJson()) {
      // a cross-site page can post a form or text/plain without asking; application/json needs a CORS
      // preflight, which this server never grants
      throw new ForbiddenResponse("the API takes Content-Type: application/json");
    }
    if (writes && !api) {
      String sent = ctx.formParam("csrf");
      if (sent == null || !MessageDigest.isEqual(sent.getBytes(StandardCharsets.UTF_8),
          csrf.getBytes(StandardCharsets.UTF_8))) {
        throw new ForbiddenResponse("the form's CSRF token is missing or stale: reload the page and send it again");
      }
    }
    ctx.attribute(ATTR_REQUEST, new Html.Request(csrf, user));
  }

  /** Pages anybody may see: the sign-in form and the stylesheet. */
  private static boolean open(String path) {
    return path.equals("/login") || path.startsWith("/static/");
  }

  private void headers(Context ctx) {
    if (csp) {
      ctx.header("Content-Security-Policy", CSP);
    }
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("X-Frame-Options", "DENY");
    // same-origin, not no-referrer: with no-referrer a browser sends "Origin: null" on our own form posts, which the
    // origin check must refuse; other sites still learn nothing (portal links also carry rel=noreferrer)
    ctx.header("Referrer-Policy", "same-origin");
    ctx.header("Cross-Origin-Opener-Policy", "same-origin");
    ctx.header("Cache-Control", "no-store");
  }

  /** A browser names the page that sent a write; it must be one of ours. */
  private static void checkOrigin(Context ctx) {
    String origin = ctx.header("Origin");
    if (origin == null) {
      return;
    }
    String host = ctx.header("Host");
    if (host == null || !origin.toLowerCase(Locale.ROOT).equals("http://" + host.toLowerCase(Locale.ROOT))
        && !origin.toLowerCase(Locale.ROOT).equals("https://" + host.toLowerCase(Locale.ROOT))) {
      throw new ForbiddenResponse("cross-origin request refused (Origin " + origin + ")");
    }
  }

  private String basicUser(Context ctx) {
    String h = ctx.header("Authorization");
    if (h == null || !h.regionMatches(true, 0, "Basic ", 0, 6)) {
      return null;
    }
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(h.substring(6).strip()), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return null;
    }
    int colon = decoded.indexOf(':');
    if (colon < 0) {
      return null;
    }
    String name = decoded.substring(0, colon);
    return users.check(name, decoded.substring(colon + 1).toCharArray()) ? name : null;
  }

  static Html.Request request(Context ctx) {
    Html.Request r = ctx.attribute(ATTR_REQUEST);
    return r == null ? new Html.Request("", null) : r;
  }
}
