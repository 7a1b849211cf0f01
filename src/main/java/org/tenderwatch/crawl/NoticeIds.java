package org.tenderwatch.crawl;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Stable notice ids: the source id and a hash of the portal URL without its scheme (ccgp serves the same page
 * over http and https). Derived from the portal's own URL, never a mirror's, so a crawl through a mirror and a
 * crawl of the real portal give the same ids.
 */
public final class NoticeIds {
  private NoticeIds() {}

  public static String of(String source, URI logicalUrl) {
    String key = logicalUrl.getHost().toLowerCase(Locale.ROOT) + logicalUrl.getRawPath()
        + (logicalUrl.getRawQuery() == null ? "" : "?" + logicalUrl.getRawQuery());
    try {
      byte[] h = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      // 64 bits: collisions stay negligible below ~10^8 notices per source
      return source + ":" + HexFormat.of().formatHex(h, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
