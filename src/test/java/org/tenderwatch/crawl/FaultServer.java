package org.tenderwatch.crawl;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An HTTP/1.1 server on 127.0.0.1 written on plain sockets, so it can misbehave the way real servers do: a reset
 * connection, a body shorter than its Content-Length, a body that stalls, a body of 1 GB streamed lazily. Every
 * request is logged with its arrival time (System.nanoTime) and its headers; each connection serves one request.
 */
final class FaultServer implements AutoCloseable {
  /** One request as it arrived. */
  record Request(String method, String path, Map<String, String> headers, long arrivedNanos) {
    String header(String name) {
      return headers.get(name.toLowerCase(Locale.ROOT));
    }
  }

  /** What a route does with a request: writes the whole raw response (or misbehaves) on the socket. */
  @FunctionalInterface
  interface Handler {
    void handle(Request req, Socket socket, OutputStream out, int nth) throws IOException, InterruptedException;
  }

  private final ServerSocket server;
  private final ExecutorService pool = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "fault-server");
    t.setDaemon(true);
    return t;
  });
  private final Map<String, Handler> routes = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
  final List<Request> log = new CopyOnWriteArrayList<>();

  FaultServer() throws IOException {
    server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    pool.execute(this::acceptLoop);
  }

  URI uri() {
    return URI.create("http://127.0.0.1:" + server.getLocalPort());
  }

  FaultServer route(String path, Handler h) {
    routes.put(path, h);
    return this;
  }

  int hits(String path) {
    AtomicInteger n = hits.get(path);
    return n == null ? 0 : n.get();
  }

  private void acceptLoop() {
    while (!server.isClosed()) {
      try {
        Socket s = server.accept();
        pool.execute(() -> serve(s));
      } catch (IOException e) {
        return; // closed
      }
    }
  }

  private void serve(Socket s) {
    try (s; InputStream in = s.getInputStream(); OutputStream out = s.getOutputStream()) {
      Request req = readRequest(in);
      if (req == null) {
        return;
      }
      log.add(req);
      int nth = hits.computeIfAbsent(req.path(), p -> new AtomicInteger()).incrementAndGet();
      Handler h = routes.getOrDefault(req.path(), (r, sock, o, n) -> send(o, 404, "text/html", "<h1>404</h1>"));
      h.handle(req, s, out, nth);
      out.flush();
    } catch (IOException | InterruptedException e) {
      // the client went away (a cut body, a timeout): what the fault is about
    }
  }

  private static Request readRequest(InputStream in) throws IOException {
    String line = readLine(in);
    if (line == null || line.isEmpty()) {
      return null;
    }
    String[] parts = line.split(" ");
    Map<String, String> headers = new LinkedHashMap<>();
    for (String h = readLine(in); h != null && !h.isEmpty(); h = readLine(in)) {
      int colon = h.indexOf(':');
      headers.put(h.substring(0, colon).trim().toLowerCase(Locale.ROOT), h.substring(colon + 1).trim());
    }
    String len = headers.get("content-length");
    if (len != null) {
      in.readNBytes(Integer.parseInt(len));
    }
    String path = URI.create(parts[1]).getRawPath();
    return new Request(parts[0], path, headers, System.nanoTime());
  }

  private static String readLine(InputStream in) throws IOException {
    StringBuilder b = new StringBuilder();
    for (int c = in.read(); c != -1; c = in.read()) {
      if (c == '\n') {
        return b.toString().replace("\r", "");
      }
      b.append((char) c);
    }
    return b.isEmpty() ? null : b.toString();
  }

  static void send(OutputStream out, int status, String type, String body) throws IOException {
    send(out, status, Map.of("Content-Type", type + "; charset=utf-8"), body.getBytes(StandardCharsets.UTF_8));
  }

  static void send(OutputStream out, int status, Map<String, String> headers, byte[] body) throws IOException {
    StringBuilder head = new StringBuilder("HTTP/1.1 " + status + " X\r\n");
    headers.forEach((k, v) -> head.append(k).append(": ").append(v).append("\r\n"));
    head.append("Content-Length: ").append(body.length).append("\r\nConnection: close\r\n\r\n");
    out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
    out.write(body);
  }

  /** Headers promising {@code length} bytes, then the caller writes what it likes. */
  static void head(OutputStream out, int status, String type, long length) throws IOException {
    String h = "HTTP/1.1 " + status + " X\r\nContent-Type: " + type + "\r\nContent-Length: " + length
        + "\r\nConnection: close\r\n\r\n";
    out.write(h.getBytes(StandardCharsets.ISO_8859_1));
  }

  /** An RST instead of an answer: SO_LINGER 0 then close. */
  static void reset(Socket s) throws SocketException, IOException {
    s.setSoLinger(true, 0);
    s.close();
  }

  @Override
  public void close() throws IOException {
    server.close();
    pool.shutdownNow();
  }
}
