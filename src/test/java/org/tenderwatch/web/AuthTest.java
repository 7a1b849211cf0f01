package org.tenderwatch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tenderwatch.config.Config;
import org.tenderwatch.config.ConfigLoader;
import org.tenderwatch.config.Settings;
import org.tenderwatch.pipeline.Pipeline;

/** Users, sign-in and sessions on a real server over an empty data folder. */
class AuthTest {
  private static final String PASSWORD = "correct horse battery staple";

  Pipeline open(Path dir) {
    return Pipeline.open(config(dir), Clock.systemUTC());
  }

  /** The shipped config on {@code dir}; {@link AuthOnPostgresTest} keeps the store on PostgreSQL instead. */
  Config config(Path dir) {
    return ConfigLoader.load(Path.of("config/tenderwatch.yaml")).withDataDir(dir);
  }

  @Test
  void listeningBeyondLoopbackNeedsAUser(@TempDir Path dir) {
    try (Pipeline p = open(dir)) {
      IllegalStateException e = assertThrows(IllegalStateException.class,
          () -> WebServer.start(org.tenderwatch.cli.Wiring.web(p), WebFixture.web("0.0.0.0")));
      assertTrue(e.getMessage().contains("add a user first"), e.getMessage());
    }
  }

  @Test
  void withUsersEveryPageAsksToSignInAndASessionOpensThem(@TempDir Path dir) throws Exception {
    try (Pipeline p = open(dir)) {
      WebUsers users = new WebUsers(p.database(), Clock.systemUTC());
      users.put("alice", PASSWORD.toCharArray());
      try (WebServer s = WebServer.start(org.tenderwatch.cli.Wiring.web(p), WebFixture.web("127.0.0.1"))) {
        Http http = new Http(s.uri().toString());
        HttpResponse<String> page = http.get("/flagged");
        assertEquals(302, page.statusCode());
        assertEquals("/login?next=%2Fflagged", page.headers().firstValue("Location").orElseThrow());
        assertEquals(401, http.get("/api/flagged").statusCode());
        String csrf = Http.csrf(http.get("/login").body());
        HttpResponse<String> wrong = http.form("/login", Map.of("user", "alice", "password", "wrong password!!",
            "csrf", csrf, "next", "/flagged"));
        assertEquals(401, wrong.statusCode());
        assertTrue(wrong.body().contains("Wrong user or password."));
        HttpResponse<String> ok = http.form("/login", Map.of("user", "alice", "password", PASSWORD, "csrf", csrf,
            "next", "//evil.example/"));
        assertEquals(302, ok.statusCode());
        assertEquals("/flagged", ok.headers().firstValue("Location").orElseThrow(), "no open redirect");
        String cookie = ok.headers().firstValue("Set-Cookie").orElseThrow();
        assertTrue(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"), cookie);
        HttpResponse<String> in = http.get("/flagged");
        assertEquals(200, in.statusCode());
        assertTrue(in.body().contains("alice"));
        assertEquals(200, http.get("/api/flagged").statusCode(), "the session cookie opens the API too");
        http.form("/logout", Map.of("csrf", Http.csrf(in.body())));
        assertEquals(302, http.get("/flagged").statusCode(), "signed out");
        Http script = new Http(s.uri().toString());
        String basic = "Basic " + Base64.getEncoder().encodeToString(("alice:" + PASSWORD)
            .getBytes(StandardCharsets.UTF_8));
        assertEquals(200, script.get("/api/saved", "Authorization", basic).statusCode(), "HTTP Basic on the API");
        assertEquals(401, script.get("/api/saved", "Authorization", "Basic " + Base64.getEncoder()
            .encodeToString("alice:nope".getBytes(StandardCharsets.UTF_8))).statusCode());
      }
    }
  }

  @Test
  void passwordsAreSaltedSlowHashes() {
    String a = Passwords.hash("s3cret-password".toCharArray(), 1000);
    String b = Passwords.hash("s3cret-password".toCharArray(), 1000);
    assertTrue(a.startsWith("pbkdf2-sha256$1000$"));
    assertFalse(a.equals(b), "a fresh salt each time");
    assertTrue(Passwords.verify("s3cret-password".toCharArray(), a));
    assertFalse(Passwords.verify("s3cret-passwore".toCharArray(), a));
    assertFalse(Passwords.verify("x".toCharArray(), "garbage"));
    assertTrue(Passwords.hash("x".toCharArray()).startsWith("pbkdf2-sha256$" + Passwords.ITERATIONS + "$"));
    assertTrue(Passwords.ITERATIONS >= 600_000);
  }

  @Test
  void shortPasswordsAndOddNamesAreRefused(@TempDir Path dir) {
    try (Pipeline p = open(dir)) {
      WebUsers users = new WebUsers(p.database(), Clock.systemUTC());
      assertThrows(IllegalArgumentException.class, () -> users.put("bob", "short".toCharArray()));
      assertThrows(IllegalArgumentException.class, () -> users.put("bob smith", PASSWORD.toCharArray()));
      assertEquals(java.util.List.of(), users.names());
    }
  }
}
