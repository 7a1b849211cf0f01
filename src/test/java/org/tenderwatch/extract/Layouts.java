package org.tenderwatch.extract;

import org.jsoup.Jsoup;

/** The two ways the layout tests hand a made-up notice to the extractor: a page's markup, or lines of kept text. */
final class Layouts {
  private Layouts() {}

  /** A page in a portal's markup, at a plain notice address (not ccgp's: the plain-page path reads it). */
  static Notice page(String html) {
    return page(html, "https://example.org/notice/1.html");
  }

  static Notice page(String html, String uri) {
    return NoticeExtractor.fromHtml(Jsoup.parse(html, uri));
  }

  /** Text as a crawler kept it, each line a paragraph of a bare page (as the golden text blocks are read). */
  static Notice block(String text) {
    return NoticeExtractor.fromHtml(GoldenNoticesTest.blockPage(text));
  }
}
