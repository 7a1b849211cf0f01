package org.tenderwatch.web;

import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HttpResponseException;
import io.javalin.http.UnauthorizedResponse;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.tenderwatch.config.Settings;

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

  /** Names a browser on this machine uses; anything else must be the configured public name. */
  private static final Set<String> LOOPBACK_NAMES = Set.of("localhost", "127.0.0.1", "[::1]", "::1");

  private final WebUsers users;
  private final boolean csp;
  private final boolean secure;
  private final Set<String> allowedHosts;

  Security(WebUsers users, boolean csp, Settings.Web web) {
    this.users = users;
    this.csp = csp;
    this.secure = web.secure();
    Set<String> hosts = new HashSet<>(LOOPBACK_NAMES);
    if (!web.publicHost().isEmpty()) {
      hosts.add(web.publicHost());
    }
    this.allowedHosts = Set.copyOf(hosts);
  }

  /** A Set-Cookie value: never readable by script, never sent cross-site, Secure when people come over TLS. */
  static String cookie(String name, String value, long maxAgeSeconds, boolean secure) {
    return name + "=" + value + "; Path=/; HttpOnly; SameSite=Strict" + (maxAgeSeconds >= 0 ? "; Max-Age="
        + maxAgeSeconds : "") + (secure ? "; Secure" : "");
  }

  /**
   * DNS rebinding: a foreign site whose name resolves to 127.0.0.1 reaches this server from the victim's browser
   * with its own name in Host, and its pages count as same-origin. Only loopback names and web.publicUrl's host are
   * served; the port is not part of the test (the server may run on port 0).
   */
  boolean hostAllowed(String hostHeader) {
    if (hostHeader == null) {
      return false;
    }
    String h = hostHeader.strip().toLowerCase(Locale.ROOT);
    if (h.startsWith("[")) {
      int end = h.indexOf(']');
      h = end < 0 ? h : h.substring(0, end + 1);
    } else if (h.indexOf(':') >= 0 && h.indexOf(':') == h.lastIndexOf(':')) {
      h = h.substring(0, h.indexOf(':'));
    }
    return allowedHosts.contains(h);
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
    if (!hostAllowed(ctx.header("Host"))) {
      throw new MisdirectedRequest("this server answers only to loopback names and web.publicUrl, not Host "
          + ctx.header("Host") + " (set web.publicUrl to the name people use)");
    }
    String csrf = ctx.cookie(CSRF_COOKIE);
    if (csrf == null || csrf.length() < 20) {
      csrf = Passwords.token();
      ctx.res().addHeader("Set-Cookie", cookie(CSRF_COOKIE, csrf, -1, secure));
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

  /** 421 Misdirected Request: the Host header names a server this is not. */
  static final class MisdirectedRequest extends HttpResponseException {
    MisdirectedRequest(String message) {
      super(421, message);
    }
  }

  static Html.Request request(Context ctx) {
    Html.Request r = ctx.attribute(ATTR_REQUEST);
    return r == null ? new Html.Request("", null) : r;
  }
}
