package org.tenderwatch.web;

import static org.tenderwatch.web.Html.esc;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.Duration;
import org.tenderwatch.config.Settings;

/** The sign-in form, signing in (throttled) and out, and where a successful sign-in may send the browser. */
final class SignIn {
  private final WebUsers users;
  private final SignInThrottle throttle;
  private final boolean secure;

  SignIn(WebUsers users, Settings.Web web, Clock clock) {
    this.users = users;
    this.throttle = new SignInThrottle(web.signInFailures(), Duration.ofMinutes(web.signInLockMinutes()), clock);
    this.secure = web.secure();
  }

  void register(RoutesConfig r) {
    r.get("/login", ctx -> ctx.html(page(Security.request(ctx), ctx.queryParam("next"), null)));
    r.post("/login", this::signIn);
    r.post("/logout", this::signOut);
  }

  /**
   * The path to go to after signing in: only a path on this site. Browsers drop TAB, CR and LF inside a URL, so
   * "/\t/evil.example/" would become "//evil.example/", another site: control characters go first, then the
   * test. Anything else (a scheme, "//host", "/\host") goes to the dashboard.
   */
  static String localPath(String next) {
    if (next == null) {
      return "/flagged";
    }
    String s = next.replaceAll("[\\p{Cntrl}\\s&&[^ ]]", "").strip();
    boolean local = s.startsWith("/") && !s.startsWith("//") && !s.startsWith("/\\");
    return local ? s : "/flagged";
  }

  private String page(Html.Request r, String next, String error) {
    return Html.page("Sign in", "", r, "<h1>Sign in</h1>" + (error == null ? "" : "<p class=\"error\" role=\"alert\">"
        + esc(error) + "</p>") + "<form method=\"post\" action=\"/login\" class=\"login\">" + Html.csrfField(r.csrf())
        + "<input type=\"hidden\" name=\"next\" value=\"" + esc(next) + "\">"
        + "<label>User <input name=\"user\" id=\"user\" autocomplete=\"username\" required></label>"
        + "<label>Password <input type=\"password\" name=\"password\" id=\"password\" autocomplete=\"current-password\""
        + " required></label><button type=\"submit\" id=\"sign-in\">Sign in</button></form>");
  }

  private void signIn(Context ctx) {
    String next = ctx.formParam("next");
    String user = ctx.formParam("user") == null ? "" : ctx.formParam("user").strip();
    String address = ctx.ip();
    Duration wait = throttle.waitFor(user, address);
    if (!wait.isZero()) {
      long minutes = Math.max(1, (wait.toSeconds() + 59) / 60);
      ctx.header("Retry-After", Long.toString(wait.toSeconds()));
      ctx.status(429).html(page(Security.request(ctx), next, "Too many wrong passwords: sign-in for this user or"
          + " address is locked for " + minutes + " more minute" + (minutes == 1 ? "" : "s") + "."));
      return;
    }
    String token = users.signIn(user,
        ctx.formParam("password") == null ? new char[0] : ctx.formParam("password").toCharArray());
    if (token == null) {
      throttle.failed(user, address);
      ctx.status(401).html(page(Security.request(ctx), next, "Wrong user or password."));
      return;
    }
    throttle.succeeded(user, address);
    ctx.res().addHeader("Set-Cookie", Security.cookie(Security.SESSION_COOKIE, token, WebUsers.SESSION.toSeconds(),
        secure));
    ctx.redirect(localPath(next));
  }

  private void signOut(Context ctx) {
    users.signOut(ctx.cookie(Security.SESSION_COOKIE));
    ctx.res().addHeader("Set-Cookie", Security.cookie(Security.SESSION_COOKIE, "", 0, secure));
    ctx.redirect("/login");
  }
}
