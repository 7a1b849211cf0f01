package org.tenderwatch.crawl;

import org.tenderwatch.archive.Capture;
import org.tenderwatch.config.SourceConfig;
import org.tenderwatch.extract.HtmlDecoder;
import org.tenderwatch.extract.Notice;
import org.tenderwatch.text.TextPart;

/**
 * Is a 200 answer to a notice URL a notice? A challenge in any form (a short page of scripts that set cookies,
 * reload or redirect; a slider or image captcha) or an error page is not: no page, only the cause. A page without
 * notice content (empty, or without the source's content element) is kept, so nothing the portal published is
 * lost, but it carries the cause too: its URL is stored failed and fetched again on a later pass. Pure: the same
 * capture always gets the same verdict.
 */
final class PageCheck {
  /**
   * Non-blank characters of notice text below which a page holds no notice. The shortest real notice in the golden
   * set and realdata/ has well over a hundred; a page of navigation around an empty frame has a handful.
   */
  static final int MIN_TEXT = 20;

  /**
   * The notice a page holds (null for a challenge or an error page) and why it is not a full notice (null when it
   * is); {@code challenge}: a page a person must solve.
   */
  record Verdict(NoticePage page, String cause, boolean challenge) {}

  private PageCheck() {}

  static Verdict notice(SourceConfig source, Capture c, java.time.ZoneId zone, String listedTitle) {
    PageSigns.Found sign = PageSigns.read(c.body(), c.header("content-type"), false);
    if (sign != null) {
      return switch (sign.kind()) {
        case challenge -> new Verdict(null, "challenge page instead of the notice: " + sign.why(), true);
        case rate_limit -> new Verdict(null, "rate-limit page instead of the notice: " + sign.why(), false);
        case error -> new Verdict(null, "error page served with HTTP " + c.status() + ": " + sign.why(), false);
      };
    }
    NoticePage page = NoticePage.parse(source, c, zone, listedTitle);
    String content = contentSelector(source);
    if (content != null && HtmlDecoder.decode(c.body(), c.header("content-type"), c.logicalUri().toString())
        .selectFirst(content) == null) {
      return new Verdict(page, "no notice content: no '" + content + "' on the notice page (an empty page, or a"
          + " layout the source does not know)", false);
    }
    int text = textLength(page.notice());
    if (text < MIN_TEXT) {
      return new Verdict(page, "no notice content (" + text + " characters of text: an empty page, or a layout"
          + " the source's selectors do not match)", false);
    }
    return new Verdict(page, null, false);
  }

  /** The element a notice page of this source must have, when the source names one. */
  private static String contentSelector(SourceConfig source) {
    return switch (source.kind()) {
      case html -> source.html().detail().get("content");
      case json -> "html".equals(source.json().detailFormat()) ? source.json().detailFields().get("content") : null;
      case search -> null; // never reached: a search source's hits are checked as the notice source's pages
    };
  }

  private static int textLength(Notice n) {
    int len = 0;
    for (TextPart p : n.parts()) {
      len += p.text() == null ? 0 : p.text().replaceAll("\\s+", "").length();
    }
    return len;
  }
}
