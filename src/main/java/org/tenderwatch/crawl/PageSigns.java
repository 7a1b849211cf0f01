package org.tenderwatch.crawl;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * Pages that are not what was asked for, told apart by what they say: a rate-limit page (back off and retry, like
 * a 429) or a page a person must solve (captcha, JS challenge: the source is blocked, never worked around).
 * Only short pages count: a real notice may mention 验证码 in its text, a challenge page has little else.
 */
public final class PageSigns {
  /** Visible text shorter than this, with a sign on the page, makes it a sign page. */
  static final int SHORT_TEXT = 600;

  /** Only the head of a body is looked at: sign pages are small, a 50 MB PDF is not one. */
  private static final int SCAN_BYTES = 64 * 1024;

  /** A sign: the text or markup it shows, and what it means. */
  record Sign(String marker, Kind kind, String why) {}

  /** What a sign page means for the crawl. */
  public enum Kind {
    rate_limit,
    challenge
  }

  /** What the portals show (PORTALS.md §1 2.1, §5): the table the rules are. */
  static final List<Sign> SIGNS = List.of(
      new Sign("访问过于频繁", Kind.rate_limit, "rate-limit page (访问过于频繁)"),
      new Sign("稍后再试", Kind.rate_limit, "rate-limit page (稍后再试)"),
      new Sign("/_bot_sbu/", Kind.challenge, "JS challenge (_bot_sbu script, no content)"),
      new Sign("/_ws_sbu/", Kind.challenge, "JS challenge (_ws_sbu script, no content)"),
      new Sign("滑块", Kind.challenge, "slider captcha (滑块)"),
      new Sign("nc_wrapper", Kind.challenge, "slider captcha (Aliyun nc)"),
      new Sign("验证码", Kind.challenge, "captcha (验证码)"));

  private PageSigns() {}

  /** A sign found on a page, or null for an ordinary page. */
  public record Found(Kind kind, String why) {}

  /**
   * The first sign on a page whose visible text is short, or null. {@code hasContent} is what the caller knows
   * about the page's own content (a list page with its container): a page with content carries no sign.
   */
  public static Found read(byte[] body, String contentType, boolean hasContent) {
    if (hasContent || body == null || !textual(contentType)) {
      return null;
    }
    String head = new String(body, 0, Math.min(body.length, SCAN_BYTES), StandardCharsets.UTF_8);
    if (visibleLength(head) >= SHORT_TEXT) {
      return null;
    }
    for (Sign s : SIGNS) {
      if (head.contains(s.marker())) {
        return new Found(s.kind(), s.why());
      }
    }
    return null;
  }

  /** A rate-limit page, judged by its bytes alone (the fetcher knows no selectors). */
  public static Found rateLimit(byte[] body, String contentType) {
    Found f = read(body, contentType, false);
    return f != null && f.kind() == Kind.rate_limit ? f : null;
  }

  private static boolean textual(String contentType) {
    if (contentType == null) {
      return true;
    }
    String ct = contentType.toLowerCase(Locale.ROOT);
    return ct.startsWith("text/") || ct.contains("html") || ct.contains("json") || ct.contains("javascript");
  }

  /** Characters outside tags, scripts and whitespace: a cheap measure that needs no parser. */
  static int visibleLength(String html) {
    String noScripts = html.replaceAll("(?is)<script\\b.*?</script>|<style\\b.*?</style>", "");
    String noTags = noScripts.replaceAll("(?s)<[^>]*>", "");
    return noTags.replaceAll("\\s+|&nbsp;", "").length();
  }
}
