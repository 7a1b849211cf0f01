package org.tenderwatch.crawl;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.tenderwatch.config.Proxies;
import org.tenderwatch.config.Settings;

/**
 * A polite HTTP client. Per host: one request at a time (so one connection, HTTP/1.1 keep-alive), each at least
 * the delay after the previous one ended (the source's, or the host's robots.txt Crawl-delay when longer). A User-Agent naming the tool;
 * connect and read timeouts; a body-size cap per content type; redirects followed by hand up to a cap (so a mirror
 * under --base-url is never left and a loop ends); retries with back-off on transport errors, 429, 5xx and
 * rate-limit pages (访问过于频繁), honouring Retry-After ({@link Backoff}: one longer than two minutes ends the
 * fetch, the next pass retries). Results are values: a failure never throws. One fetcher per process: the per-host
 * clock is shared by every source that names the host.
 */
public final class HttpFetcher implements AutoCloseable {
  /** Waits: the real clock in production, a recorder in tests (so a test sees exactly what was waited). */
  @FunctionalInterface
  public interface Sleeper {
    void sleep(Duration d);
  }

  static {
    // The JDK client silently re-sends an idempotent request up to 5 times when a connection dies before the
    // response (a reset), with no delay: three requests within 2 ms to a host that is already in trouble. Retries
    // are ours to make, politely; the client gets one attempt (redirects are followed by hand, so the shared
    // limit costs nothing). Read once when the client classes load: a user's own setting wins.
    if (System.getProperty("jdk.httpclient.redirects.retrylimit") == null) {
      System.setProperty("jdk.httpclient.redirects.retrylimit", "1");
    }
    if (System.getProperty("jdk.httpclient.disableRetryConnect") == null) {
      System.setProperty("jdk.httpclient.disableRetryConnect", "true");
    }
  }

  private final Settings.Crawl cfg;
  private final Clock clock;
  private final Map<String, HttpClient> clientByProxy = new ConcurrentHashMap<>();
  private final Map<String, ReentrantLock> lockByHost = new ConcurrentHashMap<>();
  private final Map<String, Instant> lastRequestByHost = new ConcurrentHashMap<>();
  private final HostDelays delays = new HostDelays();
  private final ScheduledExecutorService watchdog =
      Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "fetch-watchdog");
        t.setDaemon(true);
        return t;
      });

  private final Sleeper sleeper;

  public HttpFetcher(Settings.Crawl cfg, Clock clock) {
    this(cfg, clock, HttpFetcher::sleep);
  }

  public HttpFetcher(Settings.Crawl cfg, Clock clock, Sleeper sleeper) {
    this.cfg = cfg;
    this.clock = clock;
    this.sleeper = sleeper;
  }

  public FetchResult get(URI uri, long delayMs) {
    return fetch(FetchRequest.get(uri, delayMs));
  }

  public FetchResult post(URI uri, byte[] body, String contentType, long delayMs) {
    return fetch(new FetchRequest(uri, body, contentType, delayMs, null, null, null));
  }

  /** The hosts' own delays (robots.txt Crawl-delay, a pass's slow-down after rate-limit pages). */
  public HostDelays delays() {
    return delays;
  }

  public FetchResult fetch(FetchRequest req) {
    FetchResult last = null;
    int requests = 0;
    for (int attempt = 1; attempt <= cfg.maxAttempts(); attempt++) {
      if (attempt > 1) {
        sleeper.sleep(Backoff.before(last, attempt, delays.delayFor(req.uri(), req.delayMs())));
        if (Thread.currentThread().isInterrupted()) {
          break;
        }
      }
      last = followRedirects(req);
      requests += last.attempts();
      if (retryable(last) && Backoff.deferred(last)) {
        return last.withError(Backoff.deferredCause(last)).withAttempts(requests);
      }
      if (!retryable(last)) {
        break;
      }
    }
    return last.withAttempts(requests);
  }

  /** One attempt: the request and the redirects it leads to, each hop a polite request of its own. */
  private FetchResult followRedirects(FetchRequest req) {
    List<URI> chain = new ArrayList<>();
    FetchRequest hop = req;
    for (int n = 0; ; n++) {
      FetchResult r = once(hop);
      chain.add(hop.uri());
      String location = r.header("location");
      if (r.status() < 300 || r.status() > 399 || r.status() == 304 || location == null) {
        return r.withAttempts(n + 1);
      }
      if (n >= cfg.maxRedirects()) {
        return r.withError("redirect cap (" + cfg.maxRedirects() + ") reached: " + chain.get(0) + " → … → "
            + hop.uri()).withAttempts(n + 1);
      }
      URI next;
      try {
        next = hop.uri().resolve(location.trim().replace(" ", "%20"));
      } catch (IllegalArgumentException e) {
        return r.withError("redirect to a malformed Location: " + location).withAttempts(n + 1);
      }
      hop = hop.redirectedTo(req.redirects().apply(next), r.status());
    }
  }

  static boolean retryable(FetchResult r) {
    if (r.error() != null) {
      return !r.error().startsWith("body over") && !r.error().startsWith("redirect")
          && !r.error().equals("interrupted");
    }
    return r.status() == 429 || r.status() >= 500;
  }

  /** One request on the wire, holding the host's lock from its turn to the end of its body. */
  private FetchResult once(FetchRequest req) {
    String host = BaseUrls.origin(req.uri());
    ReentrantLock lock = lockByHost.computeIfAbsent(host, h -> new ReentrantLock(true));
    lock.lock();
    try {
      waitTurn(host, delays.delayFor(req.uri(), req.delayMs()));
      return exchange(req);
    } finally {
      // the delay runs from the end of the exchange: the server sees at least that much quiet between requests,
      // however long a connection setup or a slow body took
      lastRequestByHost.put(host, clock.instant());
      lock.unlock();
    }
  }

  private void waitTurn(String host, long delayMs) {
    Instant last = lastRequestByHost.get(host);
    if (last != null) {
      long wait = delayMs - Duration.between(last, clock.instant()).toMillis();
      if (wait > 0) {
        sleeper.sleep(Duration.ofMillis(wait));
      }
    }
  }

  private HttpClient client(String proxy) {
    return clientByProxy.computeIfAbsent(proxy == null ? "" : proxy, p -> HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofMillis(cfg.connectTimeoutMs()))
        .followRedirects(HttpClient.Redirect.NEVER)
        .proxy(Proxies.selector(p.isEmpty() ? null : p))
        .build());
  }

  private FetchResult exchange(FetchRequest r) {
    Instant at = clock.instant();
    URI uri = r.uri();
    HttpRequest.Builder req = HttpRequest.newBuilder(uri)
        .timeout(Duration.ofMillis(cfg.readTimeoutMs()))
        .header("User-Agent", cfg.userAgentHeader())
        .header("Accept", "text/html,application/json,application/pdf,*/*;q=0.8")
        .header("Accept-Language", "zh-CN,zh;q=0.9,en;q=0.5");
    if (r.etag() != null) {
      req.header("If-None-Match", r.etag());
    }
    if (r.lastModified() != null) {
      req.header("If-Modified-Since", r.lastModified());
    }
    if (r.postBody() != null) {
      req.header("Content-Type", r.contentType()).POST(HttpRequest.BodyPublishers.ofByteArray(r.postBody()));
    }
    try {
      HttpResponse<InputStream> resp = client(r.proxy()).send(req.build(), HttpResponse.BodyHandlers.ofInputStream());
      return read(uri, resp, at);
    } catch (HttpConnectTimeoutException e) {
      return failure(uri, "connect timeout after " + cfg.connectTimeoutMs() + " ms", at);
    } catch (HttpTimeoutException e) {
      return failure(uri, "timeout after " + cfg.readTimeoutMs() + " ms (no response headers)", at);
    } catch (IOException e) {
      // with one attempt allowed, the client reports a connection that died before the response (a reset, a close)
      // as "Too many retries": say what happened instead
      String why = "Too many retries".equals(e.getMessage())
          ? "connection closed or reset before the response (" + (e.getCause() == null ? "no detail" : e.getCause())
              + ")"
          : e.toString();
      return failure(uri, "I/O error: " + why, at);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return failure(uri, "interrupted", at);
    }
  }

  /**
   * Reads the body under its content type's cap, never more (a 1 GB body costs cap + 1 bytes); a watchdog closes
   * the stream when the read deadline passes. A rate-limit page comes back as a failure to retry.
   */
  private FetchResult read(URI uri, HttpResponse<InputStream> resp, Instant at) {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    resp.headers().map().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), List.copyOf(v)));
    String type = resp.headers().firstValue("content-type").orElse(null);
    long cap = cfg.capFor(type);
    java.util.concurrent.atomic.AtomicBoolean timedOut = new java.util.concurrent.atomic.AtomicBoolean();
    ScheduledFuture<?> deadline = watchdog.schedule(() -> {
      timedOut.set(true);
      closeQuietly(resp.body());
    }, cfg.readTimeoutMs(), TimeUnit.MILLISECONDS);
    java.io.ByteArrayOutputStream got = new java.io.ByteArrayOutputStream();
    try (InputStream in = resp.body()) {
      byte[] buf = new byte[16 * 1024];
      long limit = Math.min(Integer.MAX_VALUE - 8, cap + 1);
      for (int n; got.size() < limit && (n = in.read(buf, 0, (int) Math.min(buf.length, limit - got.size()))) != -1; ) {
        got.write(buf, 0, n);
      }
      byte[] body = got.toByteArray();
      boolean truncated = body.length > cap;
      if (truncated) {
        body = java.util.Arrays.copyOf(body, (int) cap);
      }
      String error = truncated ? "body over " + cap + " bytes (" + (type == null ? "no type" : type) + "): cut" : null;
      PageSigns.Found limited = resp.statusCode() == 200 && !truncated ? PageSigns.rateLimit(body, type) : null;
      if (limited != null) {
        error = limited.why();
      }
      return new FetchResult(uri, resp.statusCode(), headers, body, truncated, error, at, 1);
    } catch (IOException e) {
      String length = resp.headers().firstValue("content-length").orElse(null);
      String why = timedOut.get() ? "timeout reading body after " + cfg.readTimeoutMs() + " ms (" + got.size()
          + " bytes arrived)"
          : length != null ? "I/O error reading body: connection closed after " + got.size() + " of " + length
              + " bytes (" + e.getMessage() + ")"
          : "I/O error reading body: " + e;
      return new FetchResult(uri, resp.statusCode(), headers, new byte[0], false, why, at, 1);
    } finally {
      deadline.cancel(false);
    }
  }

  private static FetchResult failure(URI uri, String why, Instant at) {
    return new FetchResult(uri, 0, Map.of(), new byte[0], false, why, at, 1);
  }

  private static void closeQuietly(InputStream in) {
    try {
      in.close();
    } catch (IOException e) {
      // the reader sees the stream closed: that is the timeout's whole effect
    }
  }

  private static void sleep(Duration d) {
    try {
      Thread.sleep(d.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    watchdog.shutdownNow();
    clientByProxy.values().forEach(HttpClient::close);
  }
}
