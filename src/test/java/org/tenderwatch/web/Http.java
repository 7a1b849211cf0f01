package org.tenderwatch.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** A small java.net.http client that keeps cookies like a browser, and checks for active content in pages. */
final class Http {
  private final java.net.CookieManager cookies = new java.net.CookieManager();

  /**
   * A fresh client (and so a fresh connection) per request: the crawler's HttpFetcher turns the JDK client's silent
   * re-sends off for the whole JVM, so a pooled connection the server has closed in between would fail the test
   * with "Too many retries" instead of being replaced.
   */
  private HttpClient client() {
    return HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
  }
  private final String base;

  Http(String base) {
    this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
  }

  HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).GET();
    for (int i = 0; i < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    try (HttpClient client = client()) {
      return client.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
  }

  HttpResponse<byte[]> bytes(String path) throws IOException, InterruptedException {
    try (HttpClient client = client()) {
      return client.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
        HttpResponse.BodyHandlers.ofByteArray());
    }
  }

  HttpResponse<String> form(String path, Map<String, String> fields, String... headers)
      throws IOException, InterruptedException {
    List<String> pairs = new ArrayList<>();
    fields.forEach((k, v) -> pairs.add(Html.url(k) + "=" + Html.url(v)));
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(String.join("&", pairs), StandardCharsets.UTF_8));
    for (int i = 0; i < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    try (HttpClient client = client()) {
      return client.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
  }

  HttpResponse<String> json(String method, String path, String body, String... headers)
      throws IOException, InterruptedException {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    for (int i = 0; i < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    try (HttpClient client = client()) {
      return client.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
  }

  /** The CSRF token a page's forms carry. */
  static String csrf(String html) {
    Matcher m = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"").matcher(html);
    if (!m.find()) {
      throw new AssertionError("no CSRF field in the page");
    }
    return m.group(1);
  }

  /**
   * Everything in a page that could run script: script elements, on* attributes, javascript: URLs, frames,
   * objects. A page that shows notice strings must have none.
   */
  static List<String> activeContent(String html) {
    Document d = Jsoup.parse(html);
    List<String> found = new ArrayList<>();
    for (Element e : d.getAllElements()) {
      String tag = e.normalName();
      if (List.of("script", "iframe", "object", "embed", "frame", "base").contains(tag)) {
        found.add("<" + tag + ">");
      }
      for (Attribute a : e.attributes()) {
        String k = a.getKey().toLowerCase(java.util.Locale.ROOT);
        String v = a.getValue().strip().toLowerCase(java.util.Locale.ROOT);
        if (k.startsWith("on") || v.startsWith("javascript:") || (k.equals("src") && tag.equals("img"))) {
          found.add("<" + tag + " " + k + "=" + a.getValue() + ">");
        }
      }
    }
    return found;
  }
}
