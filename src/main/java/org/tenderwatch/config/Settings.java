package org.tenderwatch.config;

import java.nio.file.Path;
import java.time.ZoneId;

/**
 * config/tenderwatch.yaml: the one documented defaults file. Every key is documented there, with its unit.
 *
 * @param dataDir where the database, the WARC archive and the index live (relative to the working directory)
 * @param timezone the portals' time zone, used for their local dates and for schedules
 */
public record Settings(Path dataDir, ZoneId timezone, Crawl crawl, Web web, Mail mail, Digest digest) {

  public Settings {
    FlagConfig.require(dataDir != null, "dataDir: missing");
    FlagConfig.require(timezone != null, "timezone: missing");
    FlagConfig.require(crawl != null, "crawl: missing");
    FlagConfig.require(web != null, "web: missing");
    FlagConfig.require(mail != null, "mail: missing");
    if (digest == null) {
      // a settings file from before the digest existed: the documented defaults (tenderwatch.yaml)
      digest = new Digest(java.time.LocalTime.of(7, 30), timezone, 30, "");
    }
  }

  /** Settings without a digest block (files written before the digest existed). */
  public Settings(Path dataDir, ZoneId timezone, Crawl crawl, Web web, Mail mail) {
    this(dataDir, timezone, crawl, web, mail, null);
  }

  /**
   * Politeness and limits for every source (a source may override {@code delayMs}).
   *
   * @param userAgent sent with every request; names the tool
   * @param contact a URL or e-mail appended to the User-Agent so portal operators can reach the user
   * @param delayMs the least time between two requests to one host
   * @param connectTimeoutMs TCP connect timeout
   * @param readTimeoutMs the longest wait for a whole response
   * @param maxBodyBytes a body over this size is cut and recorded as such
   * @param maxAttachmentsPerNotice attachments past this count are recorded, not fetched
   * @param maxListPages the most list pages one pass reads per channel
   * @param maxAttempts failed fetches are retried up to this many times in one pass
   */
  public record Crawl(
      String userAgent,
      String contact,
      long delayMs,
      long connectTimeoutMs,
      long readTimeoutMs,
      long maxBodyBytes,
      int maxAttachmentsPerNotice,
      int maxListPages,
      int maxAttempts) {

    public Crawl {
      FlagConfig.require(userAgent != null && !userAgent.isBlank(), "crawl.userAgent: missing");
      FlagConfig.require(delayMs >= 0, "crawl.delayMs: must be 0 or more milliseconds");
      FlagConfig.require(connectTimeoutMs > 0, "crawl.connectTimeoutMs: must be positive");
      FlagConfig.require(readTimeoutMs > 0, "crawl.readTimeoutMs: must be positive");
      FlagConfig.require(maxBodyBytes > 0, "crawl.maxBodyBytes: must be positive");
      FlagConfig.require(maxAttachmentsPerNotice >= 0, "crawl.maxAttachmentsPerNotice: must be 0 or more");
      FlagConfig.require(maxListPages > 0, "crawl.maxListPages: must be positive");
      FlagConfig.require(maxAttempts > 0, "crawl.maxAttempts: must be positive");
    }

    /** The User-Agent header: the tool and, when configured, how to reach its operator. */
    public String userAgentHeader() {
      return contact == null || contact.isBlank() ? userAgent : userAgent + " (+" + contact + ")";
    }
  }

  /** The web UI and JSON API (the web issue builds them). */
  public record Web(String host, int port) {
    public Web {
      FlagConfig.require(host != null && !host.isBlank(), "web.host: missing");
      FlagConfig.require(port >= 0 && port < 65536, "web.port: must be 0..65535");
    }
  }

  /**
   * The daily digest.
   *
   * @param time local time of day the digest is built and sent
   * @param timezone the zone of {@code time} and of digest dates
   * @param retryMinutes after a failed send, the scheduler tries again this many minutes later
   * @param webBaseUrl the web UI's base URL for links to a notice's archived copy; empty = no link, the WARC record
   *     and its SHA-256 are shown instead
   */
  public record Digest(java.time.LocalTime time, ZoneId timezone, int retryMinutes, String webBaseUrl) {
    public Digest {
      FlagConfig.require(time != null, "digest.time: missing (HH:mm, e.g. \"07:30\")");
      FlagConfig.require(timezone != null, "digest.timezone: missing");
      FlagConfig.require(retryMinutes > 0, "digest.retryMinutes: must be a positive number of minutes");
      webBaseUrl = webBaseUrl == null ? "" : webBaseUrl.strip().replaceAll("/+$", "");
    }
  }

  /** Outgoing mail for the daily digest (the digest issue builds it); host null = write .eml files. */
  public record Mail(String host, int port, String from, String usernameEnv, String passwordEnv) {}
}
