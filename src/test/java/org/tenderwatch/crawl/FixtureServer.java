package org.tenderwatch.crawl;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * A portal on 127.0.0.1 made of fixture files plus small handlers. GET {@code /P} answers the file {@code root/P},
 * {@code /P?Q} the file {@code root/P/Q} (the samples/ convention); a handler registered for a path answers
 * instead (POST lists, JSON endpoints keyed by a parameter). An optional delay before each answer stretches a
 * crawl over seconds (the kill -9 test needs time to kill it in).
 */
public final class FixtureServer implements AutoCloseable {
  /** One request as it arrived. */
  public record Request(String method, String path, String query, String contentType, String body) {
    /** A form or query parameter, URL-decoded, or null. */
    public String param(String name) {
      for (String src : new String[] {query, "application/x-www-form-urlencoded".equals(contentType) ? body : null}) {
        if (src == null) {
          continue;
        }
        for (String kv : src.split("&")) {
          int eq = kv.indexOf('=');
          if (eq > 0 && URLDecoder.decode(kv.substring(0, eq), StandardCharsets.UTF_8).equals(name)) {
            return URLDecoder.decode(kv.substring(eq + 1), StandardCharsets.UTF_8);
          }
        }
      }
      return null;
    }
  }

  /** An answer: status, content type, body. */
  public record Response(int status, String contentType, byte[] body) {
    public static Response json(String text) {
      return new Response(200, "application/json; charset=utf-8", text.getBytes(StandardCharsets.UTF_8));
    }

    public static Response file(Path f) throws IOException {
      return new Response(200, FixtureServer.contentType(f), Files.readAllBytes(f));
    }
  }

  /** Answers one request. */
  @FunctionalInterface
  public interface Handler {
    Response answer(Request r) throws IOException;
  }

  private final Path root;
  private final HttpServer server;
  private final Map<String, Handler> handlers = new ConcurrentHashMap<>();
  private final AtomicInteger requests = new AtomicInteger();
  private volatile long delayMs;
  private volatile IntConsumer onRequest = n -> { };
  /** Every request, in arrival order. */
  public final List<Request> log = new CopyOnWriteArrayList<>();

  private FixtureServer(Path root) throws IOException {
    this.root = root.toAbsolutePath().normalize();
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
    server.createContext("/", this::handle);
    server.start();
  }

  public static FixtureServer serve(Path root) throws IOException {
    return new FixtureServer(root);
  }

  public FixtureServer delay(long ms) {
    this.delayMs = ms;
    return this;
  }

  public FixtureServer handle(String path, Handler h) {
    handlers.put(path, h);
    return this;
  }

  /** Told the running request count as each request arrives. */
  public FixtureServer onRequest(IntConsumer c) {
    this.onRequest = c;
    return this;
  }

  public URI uri() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  public int requests() {
    return requests.get();
  }

  public Path root() {
    return root;
  }

  private void handle(HttpExchange ex) throws IOException {
    try (ex) {
      byte[] in = ex.getRequestBody().readAllBytes();
      String ct = ex.getRequestHeaders().getFirst("Content-Type");
      Request r = new Request(ex.getRequestMethod(), ex.getRequestURI().getRawPath(), ex.getRequestURI().getRawQuery(),
          ct == null ? null : ct.split(";")[0].trim(), new String(in, StandardCharsets.UTF_8));
      log.add(r);
      onRequest.accept(requests.incrementAndGet());
      if (delayMs > 0) {
        Thread.sleep(delayMs); // the portal's think time, not synchronization
      }
      Handler h = handlers.get(r.path());
      Response out = h != null ? h.answer(r) : staticFile(ex.getRequestURI());
      ex.getResponseHeaders().set("Content-Type", out.contentType());
      ex.sendResponseHeaders(out.status(), out.body().length == 0 ? -1 : out.body().length);
      ex.getResponseBody().write(out.body());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException | RuntimeException e) {
      // the client went away (killed mid-request): nothing to answer
    }
  }

  private Response staticFile(URI uri) throws IOException {
    String path = URLDecoder.decode(uri.getRawPath(), StandardCharsets.UTF_8);
    if (uri.getRawQuery() != null) {
      path = path + "/" + URLDecoder.decode(uri.getRawQuery(), StandardCharsets.UTF_8);
    }
    Path file = root.resolve(path.replaceFirst("^/+", "")).normalize();
    if (file.startsWith(root) && Files.isDirectory(file)) {
      file = file.resolve("index.htm");
    }
    if (!file.startsWith(root) || !Files.isRegularFile(file)) {
      return new Response(404, "text/html; charset=utf-8",
          "<html><body><h1>404 Not Found</h1></body></html>".getBytes(StandardCharsets.UTF_8));
    }
    return Response.file(file);
  }

  static String contentType(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".htm") || name.endsWith(".html") || name.endsWith(".jsp") || name.endsWith(".shtml")) {
      return "text/html; charset=utf-8";
    }
    if (name.endsWith(".json")) {
      return "application/json; charset=utf-8";
    }
    if (name.endsWith(".txt")) {
      return "text/plain; charset=utf-8";
    }
    try {
      byte[] head = Files.readAllBytes(file);
      if (name.endsWith(".pdf") || head.length > 4 && head[0] == '%' && head[1] == 'P' && head[2] == 'D') {
        return "application/pdf";
      }
    } catch (IOException e) {
      return "application/octet-stream";
    }
    return "application/octet-stream";
  }

  @Override
  public void close() {
    server.stop(0);
    ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
  }
}
