package org.tenderwatch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tenderwatch.config.Config;
import org.tenderwatch.config.ConfigLoader;
import org.tenderwatch.config.Settings;
import org.tenderwatch.pipeline.Pipeline;

/** DNS rebinding, foreign origins, the sign-in redirect, password guessing and TLS cookies, on a real server. */
class WebSecurityTest {
  private static final String PASSWORD = "correct horse battery staple";

  /** A clock the test moves, so a lock can be seen to end without waiting. */
  static final class TestClock extends Clock {
    private Instant now = Instant.parse("2026-01-05T08:00:00Z");

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }

    void advance(Duration d) {
      now = now.plus(d);
    }
  }

  private static Pipeline open(Path dir) {
    Config config = ConfigLoader.load(Path.of("config/tenderwatch.yaml")).withDataDir(dir);
    return Pipeline.open(config, Clock.systemUTC());
  }

  private static Settings.Web web(String publicUrl) {
    Settings.Web w = WebFixture.web("127.0.0.1");
    return new Settings.Web(w.host(), w.port(), publicUrl, w.signInFailures(), w.signInLockMinutes());
  }

  /** A raw request: java.net.http will not send a Host header of our choosing, a rebinding browser does. */
  static String statusLine(WebServer s, String method, String path, String host, String... headers)
      throws IOException {
    try (Socket sock = new Socket("127.0.0.1", s.uri().getPort())) {
      StringBuilder req = new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: " + host + "\r\n");
      for (int i = 0; i < headers.length; i += 2) {
        req.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
      }
      req.append("Content-Length: 0\r\nConnection: close\r\n\r\n");
      OutputStream out = sock.getOutputStream();
      out.write(req.toString().getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = sock.getInputStream();
      String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return response.lines().findFirst().orElse("") + "\n" + response;
    }
  }

  @ParameterizedTest(name = "Host {0} → {1}")
  @CsvSource(delimiter = '|', textBlock = """
      127.0.0.1:PORT          | 200
      localhost:PORT          | 200
      LOCALHOST               | 200
      [::1]:PORT              | 200
      tw.example.org          | 200
      evil.example:PORT       | 421
      evil.example            | 421
      127.0.0.1.evil.example  | 421
      tw.example.org.evil     | 421
      """)
  void onlyLoopbackNamesAndThePublicNameAreServed(String host, int status, @TempDir Path dir) throws IOException {
    try (Pipeline p = open(dir);
        WebServer s = WebServer.start(org.tenderwatch.cli.Wiring.web(p), web("https://tw.example.org"), Clock.systemUTC(), true)) {
      String h = host.replace("PORT", Integer.toString(s.uri().getPort()));
      String r = statusLine(s, "GET", "/search", h);
      assertTrue(r.startsWith("HTTP/1.1 " + status), r);
      if (status == 421) {
        assertTrue(r.contains("web.publicUrl"), "one line that says what to set: " + r);
      }
    }
  }

  @Test
  void aWriteFromAForeignOriginIsRefusedEvenWithAMatchingHost(@TempDir Path dir) throws IOException {
    try (Pipeline p = open(dir);
        WebServer s = WebServer.start(org.tenderwatch.cli.Wiring.web(p), web(""), Clock.systemUTC(), true)) {
      String evil = "evil.example:" + s.uri().getPort();
      String r = statusLine(s, "POST", "/api/saved", evil, "Origin", "http://" + evil, "Content-Type",
          "application/json");
      assertTrue(r.startsWith("HTTP/1.1 421"), r);
      String local = "127.0.0.1:" + s.uri().getPort();
      r = statusLine(s, "POST", "/api/saved", local, "Origin", "http://" + evil, "Content-Type", "application/json");
      assertTrue(r.startsWith("HTTP/1.1 403"), r);
    }
  }

  @ParameterizedTest(name = "next={0} → {1}")
  @CsvSource(delimiter = '|', textBlock = """
      /search?q=A100           | /search?q=A100
      /cases/abc               | /cases/abc
      //evil.example/          | /flagged
      '/\t/evil.example/'      | /flagged
      '/\r\n/evil.example/'    | /flagged
      '\t//evil.example/'      | /flagged
      /\\evil.example/         | /flagged
      https://evil.example/    | /flagged
      javascript:alert(1)      | /flagged
      """)
  void signInRedirectsOnlyToALocalPath(String next, String location) {
    assertEquals(location, SignIn.localPath(next.replace("\\t", "\t").replace("\\r", "\r").replace("\\n", "\n")));
  }

  @Test
  void aTabInNextDoesNotRedirectOffSite(@TempDir Path dir) throws Exception {
    try (Pipeline p = open(dir)) {
      new WebUsers(p.database(), Clock.systemUTC()).put("alice", PASSWORD.toCharArray());
      try (WebServer s = WebServer.start(org.tenderwatch.cli.Wiring.web(p), web(""), Clock.systemUTC(), true)) {
        Http http = new Http(s.uri().toString());
        String csrf = Http.csrf(http.get("/login").body());
        HttpResponse<String> ok = http.form("/login", Map.of("user", "alice", "password", PASSWORD, "csrf", csrf,
            "next", "/\t/evil.example/"));
        assertEquals(302, ok.statusCode());
        assertEquals("/flagged", ok.headers().firstValue("Location").orElseThrow());
        assertFalse(ok.headers().firstValue("Set-Cookie").orElseThrow().contains("Secure"), "plain http: no Secure");
      }
    }
  }

  @Test
  void wrongPasswordsLockTheNameForAWhile(@TempDir Path dir) throws Exception {
    TestClock clock = new TestClock();
    try (Pipeline p = open(dir)) {
      new WebUsers(p.database(), clock).put("alice", PASSWORD.toCharArray());
      Settings.Web w = web("");
      try (WebServer s = WebServer.start(org.tenderwatch.cli.Wiring.web(p), w, clock, true)) {
        Http http = new Http(s.uri().toString());
        String csrf = Http.csrf(http.get("/login").body());
        for (int i = 0; i < w.signInFailures(); i++) {
          assertEquals(401, http.form("/login", Map.of("user", "alice", "password", "guess number " + i, "csrf",
              csrf)).statusCode());
        }
        HttpResponse<String> locked = http.form("/login", Map.of("user", "alice", "password", PASSWORD, "csrf",
            csrf));
        assertEquals(429, locked.statusCode(), "even the right password waits");
        assertTrue(locked.body().contains("Too many wrong passwords"), locked.body());
        assertTrue(locked.headers().firstValue("Retry-After").isPresent());
        clock.advance(Duration.ofMinutes(w.signInLockMinutes()).plusSeconds(1));
        assertEquals(302, http.form("/login", Map.of("user", "alice", "password", PASSWORD, "csrf", csrf))
            .statusCode(), "the lock ends after web.signInLockMinutes");
      }
    }
  }

  @Test
  void anHttpsPublicUrlMakesTheCookiesSecure(@TempDir Path dir) throws Exception {
    try (Pipeline p = open(dir)) {
      new WebUsers(p.database(), Clock.systemUTC()).put("alice", PASSWORD.toCharArray());
      try (WebServer s = WebServer.start(org.tenderwatch.cli.Wiring.web(p), web("https://tw.example.org"), Clock.systemUTC(), true)) {
        Http http = new Http(s.uri().toString());
        HttpResponse<String> login = http.get("/login");
        assertTrue(login.headers().allValues("Set-Cookie").stream().allMatch(c -> c.contains("; Secure")),
            login.headers().allValues("Set-Cookie").toString());
      }
    }
  }
}
