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

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", ex -> {
      arrivals.add(System.nanoTime());
      agents.add(ex.getRequestHeaders().getFirst("User-Agent"));
      String path = ex.getRequestURI().getPath();
      int status = path.equals("/500") ? 500 : path.equals("/404") ? 404 : 200;
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
}
