package org.tenderwatch.crawl;

import java.net.URI;

/**
 * One request as the crawler means it: where (the physical URI), how (GET, or POST with a body), how politely
 * (the source's delay, its proxy) and what is already known (validators for a conditional GET).
 *
 * @param postBody null for GET
 * @param delayMs the least time since the previous request to the same host
 * @param proxy "http://host:port", or null for a direct connection
 * @param etag sent as If-None-Match, or null
 * @param lastModified sent as If-Modified-Since, or null
 * @param redirects maps a redirect target before it is followed (a portal URL onto the mirror, under --base-url)
 */
public record FetchRequest(URI uri, byte[] postBody, String contentType, long delayMs, String proxy, String etag,
    String lastModified, java.util.function.UnaryOperator<URI> redirects) {

  public FetchRequest {
    redirects = redirects == null ? u -> u : redirects;
  }

  public FetchRequest(URI uri, byte[] postBody, String contentType, long delayMs, String proxy, String etag,
      String lastModified) {
    this(uri, postBody, contentType, delayMs, proxy, etag, lastModified, null);
  }

  public static FetchRequest get(URI uri, long delayMs) {
    return new FetchRequest(uri, null, null, delayMs, null, null, null);
  }

  public FetchRequest withUri(URI u) {
    return new FetchRequest(u, postBody, contentType, delayMs, proxy, etag, lastModified, redirects);
  }

  /** The same request with redirect targets mapped (onto a mirror). */
  public FetchRequest mappingRedirects(java.util.function.UnaryOperator<URI> map) {
    return new FetchRequest(uri, postBody, contentType, delayMs, proxy, etag, lastModified, map);
  }

  /** A redirect: 303 (and 301/302 after a POST, as browsers do) turn into a GET without a body. */
  FetchRequest redirectedTo(URI u, int status) {
    boolean keep = status == 307 || status == 308;
    return keep ? withUri(u) : new FetchRequest(u, null, null, delayMs, proxy, null, null, redirects);
  }
}
