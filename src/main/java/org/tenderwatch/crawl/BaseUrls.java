package org.tenderwatch.crawl;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Maps a source's own hosts to a mirror: with {@code --base-url ccgp=http://127.0.0.1:8000}, every URL on any host
 * the source names (www.ccgp.gov.cn, download.ccgp.gov.cn) is fetched from 127.0.0.1:8000 instead, with the
 * same path and query.
 */
public final class BaseUrls {
  private final Map<String, URI> mirrorByOrigin = new HashMap<>();

  /** No replacement: every URL is fetched where it points. */
  public static BaseUrls none() {
    return new BaseUrls();
  }

  /** Every host in {@code hosts} is replaced by {@code mirror}'s scheme, host and port. */
  public static BaseUrls of(List<URI> hosts, URI mirror) {
    if (mirror.getScheme() == null || mirror.getHost() == null) {
      throw new IllegalArgumentException("--base-url needs scheme://host[:port], got '" + mirror + "'");
    }
    BaseUrls b = new BaseUrls();
    hosts.forEach(h -> b.mirrorByOrigin.put(origin(h), mirror));
    return b;
  }

  /** The URL to fetch for a portal URL. */
  public URI physical(URI logical) {
    URI mirror = mirrorByOrigin.get(origin(logical));
    if (mirror == null) {
      return logical;
    }
    try {
      return new URI(mirror.getScheme(), logical.getRawUserInfo() == null ? null : logical.getUserInfo(),
          mirror.getHost(), mirror.getPort(), logical.getPath(), logical.getQuery(), logical.getFragment());
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("cannot map " + logical + " onto " + mirror, e);
    }
  }

  /**
   * The host, with its port when it is not a default one. The scheme does not count: portals link the same host
   * over http and https (ccgp does), and both must go to the mirror.
   */
  static String origin(URI u) {
    int port = u.getPort();
    boolean defaultPort = port == -1 || port == 80 || port == 443;
    return (u.getHost() + (defaultPort ? "" : ":" + port)).toLowerCase(java.util.Locale.ROOT);
  }
}
