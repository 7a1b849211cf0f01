package org.tenderwatch.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.params.provider.Arguments;

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

  /**
   * A made-up notice as the winners tables write it: HTML (a body fragment), or a text block with "⇥" for a tab run
   * and "¶" for a line break.
   */
  static Notice written(String page) {
    if (page.startsWith("<")) {
      return NoticeExtractor.fromFragment("某项目中标公告", page, "https://portal.example.cn/n/1.htm");
    }
    return block(page.replace("⇥", "\t\t").replace("¶", "\n"));
  }

  /** The winners as the tables write them: "name/lot/amount" joined by "; ", "-" for none. */
  static String suppliers(Notice n) {
    if (n.suppliers().isEmpty()) {
      return "-";
    }
    return n.suppliers().stream().map(s -> s.name() + "/" + (s.lot() == null ? "" : s.lot()) + "/" + yuan(s.amount(), ""))
        .collect(java.util.stream.Collectors.joining("; "));
  }

  /** An amount in yuan as the tables write it, "-" for none. */
  static String yuan(Amount a) {
    return yuan(a, "-");
  }

  private static String yuan(Amount a, String none) {
    return a == null || a.cny() == null ? none : a.cny().stripTrailingZeros().toPlainString();
  }

  /** Text as a crawler kept it, each line a paragraph of a bare page (as the golden text blocks are read). */
  static Notice block(String text) {
    return NoticeExtractor.fromHtml(GoldenNoticesTest.blockPage(text));
  }

  /**
   * The rows of a table of whole pages: each page "== what it is", then "title: …" and "publishedAt: …" ("none" for no
   * value), then its markup up to the next page; a row per field (name, field, markup, expected).
   */
  static Stream<Arguments> wholePages(String pages) {
    List<Arguments> rows = new ArrayList<>();
    for (String block : pages.split("(?m)^== ")) {
      if (block.isBlank()) {
        continue;
      }
      List<String> lines = block.lines().toList();
      String html = String.join("\n", lines.subList(3, lines.size()));
      for (String fieldLine : lines.subList(1, 3)) {
        String field = fieldLine.substring(0, fieldLine.indexOf(':'));
        String expected = fieldLine.substring(fieldLine.indexOf(':') + 1).strip();
        String name = lines.getFirst().strip() + " — " + field;
        rows.add(Arguments.of(name, field, html, expected.equals("none") ? null : expected));
      }
    }
    return rows.stream();
  }

  /** The notice's title, or its publication as the tables write it ("2023-05-06T09:12", null for none). */
  static String titleOrDate(Notice n, String field) {
    if (field.equals("title")) {
      return n.title();
    }
    return n.publishedAt() == null ? null : n.publishedAt().toString();
  }
}
