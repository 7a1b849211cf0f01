package org.tenderwatch.config;

import java.nio.file.Path;
import java.time.ZoneId;

/**
 * config/tenderwatch.yaml: the one documented defaults file. Every key is documented there, with its unit. The
 * loader reads a settings file over the bundled copy of that file ({@link ConfigLoader#defaultSettings()}), so
 * every key here is present and no record below holds a fallback value of its own.
 *
 * @param dataDir where the database, the WARC archive and the index live (relative to the working directory)
 * @param timezone the portals' time zone, used for their local dates and for schedules
 * @param attachments how much of one attachment is read (extract's limits, bound from the attachments block)
 * @param index how often a crawl pass commits the index for other processes
 * @param store the SQL store: SQLite in dataDir, or a PostgreSQL server
 * @param schedule the run daemon's schedules: in memory, or clustered over the PostgreSQL store
 * @param archive where the WARC archive lives (a folder every node mounts, in a cluster)
 * @param search what the search sources query besides their lexicon and own terms
 */
public record Settings(Path dataDir, ZoneId timezone, Crawl crawl, Web web, Mail mail, Digest digest,
    AttachmentLimits attachments, Index index, StoreSettings store, ScheduleSettings schedule,
    ArchiveSettings archive, Search search) {

  public Settings {
    FlagConfig.require(dataDir != null, "dataDir: missing");
    FlagConfig.require(timezone != null, "timezone: missing");
    FlagConfig.require(crawl != null, "crawl: missing");
    FlagConfig.require(web != null, "web: missing");
    FlagConfig.require(mail != null, "mail: missing");
    FlagConfig.require(digest != null, "digest: missing");
    FlagConfig.require(attachments != null, "attachments: missing");
    FlagConfig.require(index != null, "index: missing");
    FlagConfig.require(store != null, "store: missing");
    FlagConfig.require(schedule != null, "schedule: missing");
    FlagConfig.require(archive != null, "archive: missing");
    FlagConfig.require(search != null, "search: missing");
  }

  /** The same settings with another crawl block. */
  public Settings withCrawl(Crawl c) {
    return new Settings(dataDir, timezone, c, web, mail, digest, attachments, index, store, schedule, archive, search);
  }

  /** The same settings writing data somewhere else. */
  public Settings withDataDir(Path dir) {
    return new Settings(dir, timezone, crawl, web, mail, digest, attachments, index, store, schedule, archive, search);
  }

  /** The same settings with another store. */
  public Settings withStore(StoreSettings s) {
    return new Settings(dataDir, timezone, crawl, web, mail, digest, attachments, index, s, schedule, archive, search);
  }

  /** The same settings with another schedule block (one node of a cluster). */
  public Settings withSchedule(ScheduleSettings s) {
    return new Settings(dataDir, timezone, crawl, web, mail, digest, attachments, index, store, s, archive, search);
  }

  /** The same settings with another archive folder. */
  public Settings withArchive(ArchiveSettings a) {
    return new Settings(dataDir, timezone, crawl, web, mail, digest, attachments, index, store, schedule, a, search);
  }

  /** The same settings with another index block. */
  public Settings withIndex(Index i) {
    return new Settings(dataDir, timezone, crawl, web, mail, digest, attachments, i, store, schedule, archive, search);
  }

  /**
   * What search sources (kind: search) query.
   *
   * @param savedSearches true: also the plain words and phrases of every saved search, besides the lexicon terms
   */
  public record Search(Boolean savedSearches) {
    public Search {
      FlagConfig.require(savedSearches != null, "search.savedSearches: missing");
    }
  }

  /**
   * The Lucene index as other processes see it.
   *
   * @param commitEverySeconds during a crawl pass the index is committed at least this often, so that `search` in
   *     another process (which reads the last commit) sees new notices at most this late; 0 = only at the end of
   *     each pass
   */
  public record Index(Integer commitEverySeconds) {
    public Index {
      FlagConfig.require(commitEverySeconds != null && commitEverySeconds >= 0,
          "index.commitEverySeconds: missing or negative");
    }
  }

  /**
   * Politeness and limits for every source (a source may override {@code delayMs} and {@code proxy}).
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
   * @param maxRedirects redirects followed per request; one more is a failure ("redirect cap")
   * @param maxBodyBytesByType caps per content type prefix ("text/html": 5 MiB); others get maxBodyBytes
   * @param proxy an HTTP(S) proxy for every source, "http://host:port"; empty = direct
   * @param recrawl when known notices are fetched again
   * @param zeroYieldRuns the zero-yield alarm goes off after this many runs with no new notice
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
      int maxAttempts,
      int maxRedirects,
      java.util.Map<String, Long> maxBodyBytesByType,
      String proxy,
      Recrawl recrawl,
      int zeroYieldRuns) {

    public Crawl {
      FlagConfig.require(userAgent != null && !userAgent.isBlank(), "crawl.userAgent: missing");
      FlagConfig.require(delayMs >= 0, "crawl.delayMs: must be 0 or more milliseconds");
      FlagConfig.require(connectTimeoutMs > 0, "crawl.connectTimeoutMs: must be positive");
      FlagConfig.require(readTimeoutMs > 0, "crawl.readTimeoutMs: must be positive");
      FlagConfig.require(maxBodyBytes > 0, "crawl.maxBodyBytes: must be positive");
      FlagConfig.require(maxAttachmentsPerNotice >= 0, "crawl.maxAttachmentsPerNotice: must be 0 or more");
      FlagConfig.require(maxListPages > 0, "crawl.maxListPages: must be positive");
      FlagConfig.require(maxAttempts > 0, "crawl.maxAttempts: must be positive");
      FlagConfig.require(maxRedirects >= 0, "crawl.maxRedirects: must be 0 or more");
      FlagConfig.require(maxBodyBytesByType != null, "crawl.maxBodyBytesByType: missing ({} for none)");
      maxBodyBytesByType = java.util.Map.copyOf(maxBodyBytesByType);
      maxBodyBytesByType.forEach((k, v) -> FlagConfig.require(v != null && v > 0,
          "crawl.maxBodyBytesByType." + k + ": must be positive"));
      FlagConfig.require(proxy != null, "crawl.proxy: missing (\"\" for direct)");
      proxy = proxy.trim();
      FlagConfig.require(proxy.isEmpty() || Proxies.valid(proxy), "crawl.proxy: not http://host:port");
      FlagConfig.require(recrawl != null, "crawl.recrawl: missing");
      FlagConfig.require(zeroYieldRuns > 0, "crawl.zeroYieldRuns: must be positive");
    }

    /** The same settings with another delay (mirrors on loopback, tests). */
    public Crawl withDelay(long delay) {
      return new Crawl(userAgent, contact, delay, connectTimeoutMs, readTimeoutMs, maxBodyBytes,
          maxAttachmentsPerNotice, maxListPages, maxAttempts, maxRedirects, maxBodyBytesByType, proxy, recrawl,
          zeroYieldRuns);
    }

    /** The same settings with other timeouts and attempts (fault tests). */
    public Crawl withLimits(long connectMs, long readMs, long maxBody, int attempts) {
      return new Crawl(userAgent, contact, delayMs, connectMs, readMs, maxBody, maxAttachmentsPerNotice,
          maxListPages, attempts, maxRedirects, maxBodyBytesByType, proxy, recrawl, zeroYieldRuns);
    }

    /** The same settings with another cap on list pages (the crawl benchmark reads past the default). */
    public Crawl withMaxListPages(int pages) {
      return new Crawl(userAgent, contact, delayMs, connectTimeoutMs, readTimeoutMs, maxBodyBytes,
          maxAttachmentsPerNotice, pages, maxAttempts, maxRedirects, maxBodyBytesByType, proxy, recrawl,
          zeroYieldRuns);
    }

    /** The same settings with another User-Agent and contact (tests). */
    public Crawl withAgent(String agent, String contactUrl) {
      return new Crawl(agent, contactUrl, delayMs, connectTimeoutMs, readTimeoutMs, maxBodyBytes,
          maxAttachmentsPerNotice, maxListPages, maxAttempts, maxRedirects, maxBodyBytesByType, proxy, recrawl,
          zeroYieldRuns);
    }

    /** The same settings with another recrawl policy. */
    public Crawl withRecrawl(Recrawl r) {
      return new Crawl(userAgent, contact, delayMs, connectTimeoutMs, readTimeoutMs, maxBodyBytes,
          maxAttachmentsPerNotice, maxListPages, maxAttempts, maxRedirects, maxBodyBytesByType, proxy, r,
          zeroYieldRuns);
    }

    /** The cap for a response of this content type: the longest matching maxBodyBytesByType prefix, else maxBodyBytes. */
    public long capFor(String contentType) {
      String ct = contentType == null ? "" : contentType.toLowerCase(java.util.Locale.ROOT);
      String best = null;
      for (String prefix : maxBodyBytesByType.keySet()) {
        if (ct.startsWith(prefix.toLowerCase(java.util.Locale.ROOT)) && (best == null || prefix.length() > best.length())) {
          best = prefix;
        }
      }
      return best == null ? maxBodyBytes : maxBodyBytesByType.get(best);
    }

    /** The User-Agent header: the tool and, when configured, how to reach its operator. */
    public String userAgentHeader() {
      return contact == null || contact.isBlank() ? userAgent : userAgent + " (+" + contact + ")";
    }
  }

  /**
   * When a known notice is fetched again (corrections happen; portals delete notices). A notice published within
   * {@code recentDays} is due every {@code recentEveryHours}; an older one every {@code olderEveryHours} (0 = never).
   * A failed URL is due again after {@code retryMinutes} × 2^(attempts-1), at most a day.
   */
  public record Recrawl(int recentDays, int recentEveryHours, int olderEveryHours, int retryMinutes) {
    public Recrawl {
      FlagConfig.require(recentDays >= 0, "crawl.recrawl.recentDays: must be 0 or more");
      FlagConfig.require(recentEveryHours > 0, "crawl.recrawl.recentEveryHours: must be positive");
      FlagConfig.require(olderEveryHours >= 0, "crawl.recrawl.olderEveryHours: must be 0 (never) or more");
      FlagConfig.require(retryMinutes > 0, "crawl.recrawl.retryMinutes: must be positive");
    }
  }

  /**
   * Where the web UI and JSON API listen (loopback unless users are configured, see web.Security).
   *
   * @param publicUrl the address people use when the UI sits behind a proxy or TLS ("https://tw.example.org");
   *     empty on loopback. Its host joins the Host allow-list; an https address turns on Secure cookies
   * @param signInFailures wrong passwords in a row (per user name and per client address) before sign-in locks
   * @param signInLockMinutes how long a locked name or address must wait
   */
  public record Web(String host, int port, String publicUrl, int signInFailures, int signInLockMinutes) {
    public Web {
      FlagConfig.require(host != null && !host.isBlank(), "web.host: missing");
      FlagConfig.require(port >= 0 && port < 65536, "web.port: must be 0..65535");
      publicUrl = publicUrl == null ? "" : publicUrl.strip().replaceAll("/+$", "");
      FlagConfig.require(publicUrl.isEmpty() || publicUrl.matches("(?i)https?://[^/?#\\s]+"),
          "web.publicUrl: an address like https://tw.example.org (scheme and host, no path), or empty");
      FlagConfig.require(signInFailures > 0, "web.signInFailures: must be a positive number of attempts");
      FlagConfig.require(signInLockMinutes > 0, "web.signInLockMinutes: must be a positive number of minutes");
    }

    /** The same settings on another host and port ({@code serve --host --port}, tests on port 0). */
    public Web listen(String newHost, int newPort) {
      return new Web(newHost, newPort, publicUrl, signInFailures, signInLockMinutes);
    }

    /** Whether people reach the UI over TLS, so cookies must say Secure. */
    public boolean secure() {
      return publicUrl.regionMatches(true, 0, "https://", 0, 8);
    }

    /** The host name of {@link #publicUrl}, lower case, without port; empty when none is set. */
    public String publicHost() {
      return publicUrl.isEmpty() ? "" : java.net.URI.create(publicUrl).getHost().toLowerCase(java.util.Locale.ROOT);
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
  public record Digest(java.time.LocalTime time, ZoneId timezone, int retryMinutes, String webBaseUrl,
      java.math.BigDecimal cnyPerUsd, java.time.LocalDate usdRateDate) {
    public Digest {
      FlagConfig.require(time != null, "digest.time: missing (HH:mm, e.g. \"07:30\")");
      FlagConfig.require(timezone != null, "digest.timezone: missing");
      FlagConfig.require(retryMinutes > 0, "digest.retryMinutes: must be a positive number of minutes");
      FlagConfig.require(webBaseUrl != null, "digest.webBaseUrl: missing (\"\" for no link)");
      webBaseUrl = webBaseUrl.strip().replaceAll("/+$", "");
      FlagConfig.require(cnyPerUsd == null || cnyPerUsd.signum() > 0, "digest.cnyPerUsd: must be a positive rate");
      FlagConfig.require((cnyPerUsd == null) == (usdRateDate == null),
          "digest.cnyPerUsd and digest.usdRateDate go together: a rate is quoted with its date");
    }

    /** Without a USD rate (amounts in yuan only). */
    public Digest(java.time.LocalTime time, ZoneId timezone, int retryMinutes, String webBaseUrl) {
      this(time, timezone, retryMinutes, webBaseUrl, null, null);
    }

    /** "USD 23,290,000 at 7.10 CNY/USD of 2024-06-28", or "" without a configured rate. */
    public String usd(java.math.BigDecimal cny) {
      if (cny == null || cnyPerUsd == null) {
        return "";
      }
      return String.format(java.util.Locale.ROOT, "USD %,.0f at %s CNY/USD of %s",
          cny.divide(cnyPerUsd, 0, java.math.RoundingMode.HALF_UP), cnyPerUsd.toPlainString(), usdRateDate);
    }
  }

  /** Outgoing mail for the daily digest; an empty host writes .eml files to the outbox instead. */
  public record Mail(String host, int port, String from, String usernameEnv, String passwordEnv) {}
}
