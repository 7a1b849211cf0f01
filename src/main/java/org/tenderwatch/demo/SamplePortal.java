package org.tenderwatch.demo;

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
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A static mirror on loopback. A request for path P is answered with the file {@code root/P}; one with a query
 * string Q with {@code root/P/Q} (so {@code /oss/download?uuid=ab12} is {@code root/oss/download/uuid=ab12}, the
 * way the download host's attachments are stored in samples/). Everything else is a 404, as on a real portal.
 */
public final class SamplePortal implements AutoCloseable {
  private final Path root;
  private final HttpServer server;
  private final AtomicInteger requests = new AtomicInteger();

  private SamplePortal(Path root, HttpServer server) {
    this.root = root.toAbsolutePath().normalize();
    this.server = server;
  }

  /** Starts serving {@code root} on 127.0.0.1 at a free port. */
  public static SamplePortal start(Path root) throws IOException {
    if (!Files.isDirectory(root)) {
      throw new IOException("no sample portal at " + root.toAbsolutePath()
          + " (run from the tenderwatch folder, or pass --samples DIR)");
    }
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    SamplePortal portal = new SamplePortal(root, server);
    server.createContext("/", portal::handle);
    server.start();
    return portal;
  }

  /** The mirror's base URL, e.g. http://127.0.0.1:41234 */
  public URI uri() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  public int requests() {
    return requests.get();
  }

  private void handle(HttpExchange ex) throws IOException {
    requests.incrementAndGet();
    try (ex) {
      ex.getRequestBody().close(); // a static mirror ignores request bodies
      Path file = resolve(ex.getRequestURI());
      if (file == null || !Files.isRegularFile(file)) {
        byte[] body = "<html><body><h1>404 Not Found</h1></body></html>".getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        ex.sendResponseHeaders(404, body.length);
        ex.getResponseBody().write(body);
        return;
      }
      byte[] body = Files.readAllBytes(file);
      ex.getResponseHeaders().set("Content-Type", contentType(file, body));
      ex.sendResponseHeaders(200, body.length);
      ex.getResponseBody().write(body);
    }
  }

  /** Maps a request onto a file under the root; null for anything that would leave it. */
  Path resolve(URI uri) {
    String path = URLDecoder.decode(uri.getRawPath(), StandardCharsets.UTF_8);
    if (uri.getRawQuery() != null) {
      path = path + "/" + URLDecoder.decode(uri.getRawQuery(), StandardCharsets.UTF_8);
    }
    Path file = root.resolve(path.replaceFirst("^/+", "")).normalize();
    if (!file.startsWith(root)) {
      return null;
    }
    return Files.isDirectory(file) ? file.resolve("index.htm") : file;
  }

  /** By extension, else by the bytes: the download host serves attachments without an extension. */
  private static String contentType(Path file, byte[] body) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".htm") || name.endsWith(".html")) {
      return "text/html";
    }
    if (name.endsWith(".json")) {
      return "application/json; charset=utf-8";
    }
    if (name.endsWith(".pdf") || (body.length > 4 && body[0] == '%' && body[1] == 'P' && body[2] == 'D')) {
      return "application/pdf";
    }
    if (name.endsWith(".txt")) {
      return "text/plain; charset=utf-8";
    }
    return "application/octet-stream";
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
