package org.tenderwatch.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tenderwatch.config.ConfigLoader;
import org.tenderwatch.config.Settings;

/** The fetcher against a real server on 127.0.0.1: politeness, User-Agent, size cap, retries as values. */
class HttpFetcherTest {
  private HttpServer server;
  private final List<Long> arrivals = new CopyOnWriteArrayList<>();
  private final List<String> agents = new CopyOnWriteArrayList<>();
  private final java.util.Map<String, Integer> hits = new java.util.concurrent.ConcurrentHashMap<>();
  /** Every wait the fetcher asked for: no test here sleeps through a back-off. */
  private final List<java.time.Duration> waits = new CopyOnWriteArrayList<>();

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", ex -> {
      arrivals.add(System.nanoTime());
      agents.add(ex.getRequestHeaders().getFirst("User-Agent"));
      String path = ex.getRequestURI().getPath();
      int status = path.equals("/500") ? 500 : path.equals("/404") ? 404 : 200;
      if (path.equals("/busy-date") && hits.merge(path, 1, Integer::sum) == 1) {
        status = 503; // the HTTP-date form, five seconds from now
        ex.getResponseHeaders().set("Retry-After", java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME.format(
            java.time.ZonedDateTime.now(java.time.ZoneOffset.UTC).plusSeconds(5)));
      }
      if (path.startsWith("/busy/") && hits.merge(path, 1, Integer::sum) == 1) {
        status = 429; // /busy/N: the first request is told to come back in N seconds
        ex.getResponseHeaders().set("Retry-After", path.substring("/busy/".length()));
      }
      byte[] body = path.equals("/big") ? new byte[5000] : "ok".getBytes(java.nio.charset.StandardCharsets.UTF_8);
      ex.sendResponseHeaders(status, body.length);
      ex.getResponseBody().write(body);
      ex.close();
    });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private URI uri(String path) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
  }

  private static Settings.Crawl settings(long maxBody, int attempts) {
    return ConfigLoader.defaultSettings().crawl().withAgent("tenderwatch/test", "ops@example.org").withDelay(0)
        .withLimits(2000, 5000, maxBody, attempts);
  }

  @Test
  void noTwoRequestsToOneHostCloserThanTheDelay() {
    long delayMs = 150;
    try (HttpFetcher f = new HttpFetcher(settings(1000, 1), Clock.systemUTC())) {
      for (int i = 0; i < 4; i++) {
        assertTrue(f.get(uri("/p" + i), delayMs).ok());
      }
    }
    for (int i = 1; i < arrivals.size(); i++) {
      long gapMs = (arrivals.get(i) - arrivals.get(i - 1)) / 1_000_000;
      assertTrue(gapMs >= delayMs - 5, "gap " + gapMs + " ms < " + delayMs + " ms"); // 5 ms: clock granularity
    }
    assertEquals("tenderwatch/test (+ops@example.org)", agents.get(0));
  }

  @Test
  void aBodyOverTheCapIsCutAndSaidSo() {
    try (HttpFetcher f = new HttpFetcher(settings(1000, 1), Clock.systemUTC())) {
      FetchResult r = f.get(uri("/big"), 0);
      assertTrue(r.truncated());
      assertEquals(1000, r.body().length);
      assertFalse(r.ok());
      assertTrue(r.cause().contains("body over 1000 bytes"), r.cause());
    }
  }

  @Test
  void serverErrorsAreRetriedThenReturnedAsAFailure() {
    try (HttpFetcher f = new HttpFetcher(settings(1000, 2), Clock.systemUTC())) {
      FetchResult r = f.get(uri("/500"), 0);
      assertEquals(500, r.status());
      assertEquals(2, r.attempts());
      assertEquals("HTTP 500", r.cause());
      assertEquals(2, arrivals.size());
    }
  }

  @Test
  void notFoundIsNotRetried() {
    try (HttpFetcher f = new HttpFetcher(settings(1000, 3), Clock.systemUTC())) {
      assertEquals(404, f.get(uri("/404"), 0).status());
      assertEquals(1, arrivals.size());
    }
  }

  @Test
  void aRefusedConnectionIsAValueNotAnException() throws IOException {
    int port;
    try (var s = new java.net.ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = s.getLocalPort();
    }
    try (HttpFetcher f = new HttpFetcher(settings(1000, 1), Clock.systemUTC())) {
      FetchResult r = f.get(URI.create("http://127.0.0.1:" + port + "/"), 0);
      assertEquals(0, r.status());
      assertTrue(r.error().startsWith("I/O error"), r.error());
      assertNull(r.header("content-type"));
    }
  }

  @Test
  void retryAfterIsWhatTheFetcherWaits() {
    try (HttpFetcher f = new HttpFetcher(settings(1000, 3), Clock.systemUTC(), waits::add)) {
      FetchResult r = f.get(uri("/busy/7"), 0);
      assertTrue(r.ok(), r.cause());
      assertEquals(2, r.attempts());
    }
    // without the header the back-off would be 1 s (max(delay, 1 s)): only the server's 7 s passes this
    assertEquals(List.of(java.time.Duration.ofSeconds(7)), waits);
  }

  @Test
  void aRetryAfterOverTheCapIsLeftToTheNextPass() {
    try (HttpFetcher f = new HttpFetcher(settings(1000, 3), Clock.systemUTC(), waits::add)) {
      FetchResult r = f.get(uri("/busy/3600"), 0);
      assertEquals(429, r.status());
      assertEquals(1, r.attempts(), "not retried in this pass");
      assertEquals(List.of(), waits, "and not waited for");
      assertTrue(r.cause().contains("Retry-After 3600 s") && r.cause().contains("later pass"), r.cause());
      assertEquals(java.time.Duration.ofSeconds(3600), Backoff.deferredFor(r.cause()));
    }
  }

  @Test
  void retryAfterAsAnHttpDateIsWaitedFor() {
    try (HttpFetcher f = new HttpFetcher(settings(1000, 3), Clock.systemUTC(), waits::add)) {
      assertTrue(f.get(uri("/busy-date"), 0).ok());
    }
    assertEquals(1, waits.size());
    long s = waits.get(0).toSeconds(); // the date has whole seconds: 4 or 5 from when the request left
    assertTrue(s >= 4 && s <= 5, "waited " + waits.get(0) + " for a date 5 s ahead");
  }
}
