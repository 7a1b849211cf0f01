package org.tenderwatch.config;

import java.net.InetSocketAddress;
import java.net.ProxySelector;
import java.net.URI;

/** Proxy settings as written in the config ("http://host:port", "" = global/none, "direct" = none). */
public final class Proxies {
  /** A source's proxy value that turns the global proxy off for it. */
  public static final String DIRECT = "direct";

  private Proxies() {}

  static boolean valid(String proxy) {
    try {
      URI u = URI.create(proxy);
      return ("http".equals(u.getScheme()) || "https".equals(u.getScheme())) && u.getHost() != null
          && u.getPort() > 0;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** The proxy a source uses: its own, else the global one; null means a direct connection. */
  public static String effective(String global, String source) {
    if (source != null && !source.isBlank()) {
      return DIRECT.equals(source.trim()) ? null : source.trim();
    }
    return global == null || global.isBlank() ? null : global.trim();
  }

  /** A java.net selector for a proxy string (null = no proxy). */
  public static ProxySelector selector(String proxy) {
    if (proxy == null) {
      return HttpNoProxy.INSTANCE;
    }
    URI u = URI.create(proxy);
    return ProxySelector.of(InetSocketAddress.createUnresolved(u.getHost(), u.getPort()));
  }

  /** No proxy, whatever the JVM's system properties say: the config is the one place that decides. */
  private static final class HttpNoProxy extends ProxySelector {
    static final HttpNoProxy INSTANCE = new HttpNoProxy();

    @Override
    public java.util.List<java.net.Proxy> select(URI uri) {
      return java.util.List.of(java.net.Proxy.NO_PROXY);
    }

    @Override
    public void connectFailed(URI uri, java.net.SocketAddress sa, java.io.IOException ioe) {
      // nothing to learn: there is only the direct route
    }
  }
}
