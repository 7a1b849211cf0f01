package org.tenderwatch.access;

import java.io.IOException;
import java.io.StringReader;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Properties;

/** Hands a write command to the process that holds a data folder's writer lock, when it listens for them. */
public final class AdminClient {
  private AdminClient() {}

  /**
   * Runs the command in the writer process.
   *
   * @return its reply, or null when no writer listens (no token file, a stale one, a daemon stopping): the caller
   *     then waits for the lock instead
   */
  public static AdminCall.Reply exec(Path dataDir, AdminCall.Request request) {
    Properties p = new Properties();
    try {
      p.load(new StringReader(Files.readString(dataDir.resolve(AdminEndpoint.TOKEN_FILE))));
    } catch (NoSuchFileException e) {
      return null;
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + dataDir.resolve(AdminEndpoint.TOKEN_FILE) + ": "
          + e.getMessage(), e);
    }
    String port = p.getProperty("port");
    String token = p.getProperty("token");
    if (port == null || token == null) {
      return null;
    }
    try (HttpClient http = HttpClient.newBuilder().proxy(HttpClient.Builder.NO_PROXY).build()) {
      HttpRequest req = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + Integer.parseInt(port) + "/exec"))
          .header(AdminEndpoint.TOKEN_HEADER, token)
          .header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofByteArray(AdminEndpoint.JSON.writeValueAsBytes(request)))
          .build();
      HttpResponse<byte[]> res = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
      if (res.statusCode() == 503) {
        return null;
      }
      AdminCall.Reply reply = AdminEndpoint.JSON.readValue(res.body(), AdminCall.Reply.class);
      if (res.statusCode() != 200) {
        throw new IllegalStateException(reply.err().strip());
      }
      return reply;
    } catch (ConnectException e) {
      return null;
    } catch (IOException e) {
      throw new IllegalStateException("the writer process's admin endpoint failed: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while the writer process ran the command", e);
    }
  }
}
