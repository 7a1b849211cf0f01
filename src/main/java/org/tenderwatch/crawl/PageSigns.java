package org.tenderwatch.crawl;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * Pages that are not what was asked for, told apart by what they say: a rate-limit page (back off and retry, like
 * a 429), a page a person must solve (captcha, JS challenge: never worked around) or an error page served with
 * 200. Only short pages count: a real notice may mention 验证码 in its text, a challenge page has little else.
 * Challenges are known by what they do, not only by name: a short page whose script sets a cookie, reloads or
 * redirects (the {@code __jsl_clearance} style), a meta refresh, a slider or an image captcha.
 */
public final class PageSigns {
  /** Visible text shorter than this, with a sign on the page, makes it a sign page. */
  static final int SHORT_TEXT = 600;

  /** Only the head of a body is looked at: sign pages are small, a 50 MB PDF is not one. */
  private static final int SCAN_BYTES = 64 * 1024;

  /** A sign: the text or markup it shows (a regular expression), and what it means. */
  record Sign(java.util.regex.Pattern marker, Kind kind, String why) {
    Sign(String regex, Kind kind, String why) {
      this(java.util.regex.Pattern.compile(regex, java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.DOTALL), kind, why);
    }
  }

  /** What a sign page means for the crawl. */
  public enum Kind {
    rate_limit,
    challenge,
    error
  }

  /**
   * What the portals show (PORTALS.md §1 2.1, §5) and what challenge pages do: the table the rules are, first match
   * wins. Named challenges first (a better cause), then the generic ones.
   */
  static final List<Sign> SIGNS = List.of(
      new Sign("访问过于频繁", Kind.rate_limit, "rate-limit page (访问过于频繁)"),
      new Sign("稍后再试", Kind.rate_limit, "rate-limit page (稍后再试)"),
      new Sign("/_bot_sbu/", Kind.challenge, "JS challenge (_bot_sbu script, no content)"),
      new Sign("/_ws_sbu/", Kind.challenge, "JS challenge (_ws_sbu script, no content)"),
      new Sign("__jsl_clearance", Kind.challenge, "JS challenge (__jsl_clearance cookie script)"),
      new Sign("acw_sc__v2|acw_tc", Kind.challenge, "JS challenge (Aliyun WAF acw cookie script)"),
      new Sign("滑块|slider|nc_wrapper|geetest|tcaptcha", Kind.challenge, "slider captcha"),
      new Sign("验证码|captcha|verifycode|verify_?code", Kind.challenge, "captcha (验证码)"),
      // words only a browser check says (not 安全检查: a short notice may buy one)
      new Sign("正在验证您?的?浏览器|人机验证|浏览器安全检测|请(开启|启用)\\s*JavaScript|enable JavaScript"
          + "|Checking your browser", Kind.challenge, "challenge page (browser check)"),
      new Sign("<script\\b[^>]*>(?:(?!</script>).)*?document\\.cookie\\s*=", Kind.challenge,
          "JS challenge (a short page whose script sets a cookie)"),
      new Sign("<script\\b[^>]*>(?:(?!</script>).)*?(location\\.(reload|replace|assign)\\s*\\(|location(\\.href)?\\s*=)", Kind.challenge,
          "JS challenge (a short page whose script reloads or redirects)"),
      new Sign("<meta[^>]+http-equiv\\s*=\\s*[\"']?refresh", Kind.challenge,
          "challenge (a short page that refreshes itself)"),
      new Sign("404 Not Found|页面不存在|页面未找到|找不到(该|您)|Not Found", Kind.error, "not found"),
      new Sign("系统错误|系统异常|服务器错误|出错了|Internal Server Error|Service Unavailable|Bad Gateway",
          Kind.error, "server error"));

  /** Visible characters below which a page of inline script is a challenge, whatever the script says. */
  static final int SCRIPT_ONLY_TEXT = 20;

  private static final java.util.regex.Pattern INLINE_SCRIPT =
      java.util.regex.Pattern.compile("(?is)<script(?![^>]*\\bsrc\\s*=)[^>]*>\\s*[^<\\s]");

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
      if (s.marker().matcher(head).find()) {
        return new Found(s.kind(), s.why());
      }
    }
    if (visibleLength(head) < SCRIPT_ONLY_TEXT && INLINE_SCRIPT.matcher(head).find()) {
      // whatever its script does (names obfuscated, cookie set through document[...]), a page that is nothing but
      // inline code is a challenge; an app shell loads its code by <script src> and is not caught here
      return new Found(Kind.challenge, "JS challenge (a page of inline script and no text)");
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
