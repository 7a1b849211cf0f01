package org.tenderwatch.crawl;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.tenderwatch.config.Settings;

/**
 * A polite HTTP client: at most one request at a time per host, at least {@code delayMs} apart; a User-Agent
 * naming the tool; connect and read timeouts; a body-size cap; retries with back-off on transport errors, 429 and
 * 5xx (honouring Retry-After). Results are values: a failure never throws.
 */
public final class HttpFetcher implements AutoCloseable {
  /** The longest Retry-After we wait inside one pass; longer ones fail the fetch and the next pass retries. */
  private static final Duration MAX_RETRY_AFTER = Duration.ofSeconds(120);

  private final Settings.Crawl cfg;
  private final Clock clock;
  private final HttpClient client;
  private final Map<String, Instant> lastRequestByHost = new HashMap<>();
  private final ScheduledExecutorService watchdog =
      Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "fetch-watchdog");
        t.setDaemon(true);
        return t;
      });

  public HttpFetcher(Settings.Crawl cfg, Clock clock) {
    this.cfg = cfg;
    this.clock = clock;
    this.client = HttpClient.newBuilder()
        .connectTimeout(Duration.ofMillis(cfg.connectTimeoutMs()))
        .followRedirects(HttpClient.Redirect.NORMAL)
        .build();
  }

  public FetchResult get(URI uri, long delayMs) {
    return fetch(uri, null, null, delayMs);
  }

  public FetchResult post(URI uri, byte[] body, String contentType, long delayMs) {
    return fetch(uri, body, contentType, delayMs);
  }

  private FetchResult fetch(URI uri, byte[] postBody, String contentType, long delayMs) {
    FetchResult last = null;
    for (int attempt = 1; attempt <= cfg.maxAttempts(); attempt++) {
      if (attempt > 1) {
        sleep(backoff(last, attempt, delayMs));
      }
      waitTurn(uri, delayMs);
      last = once(uri, postBody, contentType, attempt);
      if (!retryable(last)) {
        return last;
      }
    }
    return last;
  }

  private static boolean retryable(FetchResult r) {
    if (r.error() != null) {
      return !r.error().startsWith("body over");
    }
    return r.status() == 429 || r.status() >= 500;
  }

  /** Exponential from the host delay (at least 1 s), or the server's Retry-After when it says more. */
  private Duration backoff(FetchResult last, int attempt, long delayMs) {
    Duration exp = Duration.ofMillis(Math.max(1000, delayMs) * (1L << (attempt - 2)));
    Duration retryAfter = retryAfter(last);
    Duration wait = retryAfter != null && retryAfter.compareTo(exp) > 0 ? retryAfter : exp;
    return wait.compareTo(MAX_RETRY_AFTER) > 0 ? MAX_RETRY_AFTER : wait;
  }

  private static Duration retryAfter(FetchResult r) {
    String v = r == null ? null : r.header("retry-after");
    if (v == null || !v.trim().matches("\\d{1,6}")) {
      return null; // HTTP-date form: fall back to our own back-off
    }
    return Duration.ofSeconds(Long.parseLong(v.trim()));
  }

  private synchronized void waitTurn(URI uri, long delayMs) {
    String host = BaseUrls.origin(uri);
    Instant last = lastRequestByHost.get(host);
    if (last != null) {
      Duration since = Duration.between(last, clock.instant());
      long wait = delayMs - since.toMillis();
      if (wait > 0) {
        sleep(Duration.ofMillis(wait));
      }
    }
    lastRequestByHost.put(host, clock.instant());
  }

  private FetchResult once(URI uri, byte[] postBody, String contentType, int attempt) {
    Instant at = clock.instant();
    HttpRequest.Builder req = HttpRequest.newBuilder(uri)
        .timeout(Duration.ofMillis(cfg.readTimeoutMs()))
        .header("User-Agent", cfg.userAgentHeader())
        .header("Accept", "text/html,application/json,application/pdf,*/*;q=0.8")
        .header("Accept-Language", "zh-CN,zh;q=0.9,en;q=0.5");
    if (postBody != null) {
      req.header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(postBody));
    }
    try {
      HttpResponse<InputStream> resp = client.send(req.build(), HttpResponse.BodyHandlers.ofInputStream());
      return read(uri, resp, at, attempt);
    } catch (HttpConnectTimeoutException e) {
      return failure(uri, "connect timeout after " + cfg.connectTimeoutMs() + " ms", at, attempt);
    } catch (HttpTimeoutException e) {
      return failure(uri, "timeout after " + cfg.readTimeoutMs() + " ms", at, attempt);
    } catch (IOException e) {
      return failure(uri, "I/O error: " + e, at, attempt);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return failure(uri, "interrupted", at, attempt);
    }
  }

  /** Reads the body under the size cap; a watchdog closes the stream when the read deadline passes. */
  private FetchResult read(URI uri, HttpResponse<InputStream> resp, Instant at, int attempt) {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    resp.headers().map().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), List.copyOf(v)));
    long cap = cfg.maxBodyBytes();
    ScheduledFuture<?> deadline = watchdog.schedule(() -> closeQuietly(resp.body()),
        cfg.readTimeoutMs(), TimeUnit.MILLISECONDS);
    try (InputStream in = resp.body()) {
      byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, cap + 1));
      boolean truncated = body.length > cap;
      if (truncated) {
        body = java.util.Arrays.copyOf(body, (int) cap);
      }
      String error = truncated ? "body over " + cap + " bytes: cut" : null;
      return new FetchResult(uri, resp.statusCode(), headers, body, truncated, error, at, attempt);
    } catch (IOException e) {
      String why = deadline.isDone() ? "timeout reading body after " + cfg.readTimeoutMs() + " ms" : "I/O error: " + e;
      return new FetchResult(uri, resp.statusCode(), headers, new byte[0], false, why, at, attempt);
    } finally {
      deadline.cancel(false);
    }
  }

  private static FetchResult failure(URI uri, String why, Instant at, int attempt) {
    return new FetchResult(uri, 0, Map.of(), new byte[0], false, why, at, attempt);
  }

  private static void closeQuietly(InputStream in) {
    try {
      in.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
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
    client.close();
  }
}
