package org.tenderwatch.access;

import tools.jackson.databind.json.JsonMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The writer's door for other processes: {@code POST /exec} on loopback, with the token from {@code admin.token}
 * in the data folder (readable by its owner only, so only users who may write the folder anyway get in). Each call
 * runs one command line inside this process, on its open pipeline, and answers its exit code and output.
 */
public final class AdminEndpoint implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(AdminEndpoint.class);
  static final String TOKEN_FILE = "admin.token";
  static final String TOKEN_HEADER = "X-Tenderwatch-Token";
  static final JsonMapper JSON = JsonMapper.builder().build();

  private final HttpServer server;
  private final ExecutorService threads;
  private final Path tokenFile;

  private AdminEndpoint(HttpServer server, ExecutorService threads, Path tokenFile) {
    this.server = server;
    this.threads = threads;
    this.tokenFile = tokenFile;
  }

  /** Listens on a free loopback port and publishes port and token in {@code dataDir/admin.token}. */
  public static AdminEndpoint start(Path dataDir, AdminCall.Runner runner) {
    byte[] secret = new byte[32];
    new SecureRandom().nextBytes(secret);
    String token = HexFormat.of().formatHex(secret);
    try {
      HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
      ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
      server.setExecutor(threads);
      server.createContext("/exec", ex -> handle(ex, token, runner));
      server.start();
      Path file = dataDir.resolve(TOKEN_FILE);
      publish(file, "port=" + server.getAddress().getPort() + "\ntoken=" + token + "\npid="
          + ProcessHandle.current().pid() + "\n");
      file.toFile().deleteOnExit(); // also when the daemon ends by SIGTERM without closing this
      return new AdminEndpoint(server, threads, file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the admin endpoint", e);
    }
  }

  /** Written beside, made owner-only, then moved in place: a reader never sees half a file. */
  private static void publish(Path file, String text) throws IOException {
    Path tmp = Files.createTempFile(file.getParent(), TOKEN_FILE, ".tmp");
    try {
      Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException e) {
      LOG.warn("{}: this file system has no POSIX permissions; the admin token is as readable as the folder", file);
    }
    Files.writeString(tmp, text, StandardCharsets.UTF_8);
    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  public int port() {
    return server.getAddress().getPort();
  }

  private static void handle(HttpExchange ex, String token, AdminCall.Runner runner) throws IOException {
    try (ex) {
      String given = ex.getRequestHeaders().getFirst(TOKEN_HEADER);
      if (given == null || !MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8),
          token.getBytes(StandardCharsets.UTF_8))) {
        respond(ex, 403, new AdminCall.Reply(1, "", "admin endpoint: wrong or missing token\n"));
        return;
      }
      if (!"POST".equals(ex.getRequestMethod())) {
        respond(ex, 405, new AdminCall.Reply(1, "", "admin endpoint: POST only\n"));
        return;
      }
      AdminCall.Request req = JSON.readValue(ex.getRequestBody(), AdminCall.Request.class);
      LOG.info("running for another process: tenderwatch {}", String.join(" ", req.args()));
      AdminCall.Reply reply;
      try {
        reply = runner.run(req);
      } catch (RuntimeException e) {
        // the pipeline closed under the call (daemon stopping): the caller opens the folder itself instead
        respond(ex, 503, new AdminCall.Reply(1, "", "admin endpoint: " + e.getMessage() + "\n"));
        return;
      }
      respond(ex, 200, reply);
    }
  }

  private static void respond(HttpExchange ex, int status, AdminCall.Reply reply) throws IOException {
    byte[] body = JSON.writeValueAsBytes(reply);
    ex.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
    ex.sendResponseHeaders(status, body.length);
    ex.getResponseBody().write(body);
  }

  /** Removes the token file and stops listening; calls in progress finish first. */
  @Override
  public void close() {
    try {
      Files.deleteIfExists(tokenFile);
    } catch (IOException e) {
      LOG.warn("cannot remove {}: {}", tokenFile, e.toString());
    }
    server.stop(0);
    threads.close();
  }
}
