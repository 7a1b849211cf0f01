package org.tenderwatch.extract;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A notice body written in Word and pasted or saved into a portal's page (the {@code word_} family, most county,
 * school and hospital CMS pages) carries Word's markup around the same text: every paragraph and cell
 * {@code <p class=MsoNormal>}, each run of Chinese and of Latin letters and digits in a span of its own (Word switches
 * fonts between scripts: "2024" {@code <span lang=EN-US>}, "年" in the 宋体 span), runs of spaces as
 * {@code &nbsp;} with {@code mso-spacerun}, an {@code <o:p>} closing each paragraph. Every TUNING golden page is
 * rewritten so (a clone of the page as the golden test reads it; its text unchanged) and must give the same fields; a
 * field right on the page and wrong in Word's markup is a miss, listed in {@code golden/word-known.txt} ("word page
 * field") so a new one fails and a fixed one asks to be dropped. Held-out pages are never read here.
 */
class WordInvarianceTest {

  @Test
  void tuningPagesReadTheSameInWordMarkup() throws IOException {
    Set<String> misses = new TreeSet<>();
    Map<String, Integer> perField = new TreeMap<>();
    int pages = 0;
    for (var labelled : Probes.tuningLabels().entrySet()) {
      String file = labelled.getKey();
      JsonNode expected = labelled.getValue();
      Document page = GoldenNoticesTest.document(file);
      Set<String> right = new TreeSet<>(GoldenNoticesTest.FIELDS);
      right.removeAll(Probes.fields(GoldenNoticesTest.mismatches(NoticeExtractor.fromHtml(page.clone()), expected)));
      Set<String> wrong = Probes.fields(GoldenNoticesTest.mismatches(NoticeExtractor.fromHtml(word(page)), expected));
      wrong.retainAll(right);
      pages++;
      for (String field : wrong) {
        misses.add("word " + GoldenNoticesTest.baseName(file) + " " + field);
        perField.merge(field, 1, Integer::sum);
      }
    }
    Files.createDirectories(Path.of("target"));
    Files.write(Path.of("target", "word-invariance.md"), List.of("Tuning pages: " + pages + "; fields lost in Word"
        + " markup: " + misses.size() + " " + perField), StandardCharsets.UTF_8);
    Probes.assertKnown("word", misses);
  }

  /** The page with Word's markup around its text; the text itself unchanged. */
  static Document word(Document original) {
    Document doc = original.clone();
    for (Element cell : doc.body().select("td, th")) {
      if (cell.select("p, div, table").isEmpty() && !cell.childNodes().isEmpty()) {
        Element p = new Element("p").addClass("MsoNormal");
        List<Node> kids = new ArrayList<>(cell.childNodes());
        cell.appendChild(p);
        kids.forEach(p::appendChild);
      }
    }
    List<TextNode> texts = new ArrayList<>();
    doc.body().traverse((node, depth) -> {
      if (node instanceof TextNode t && !t.isBlank() && !inCode(t)) {
        texts.add(t);
      }
    });
    texts.forEach(WordInvarianceTest::runs);
    for (Element block : doc.body().select("p, h1, h2, h3, h4, h5, h6, li")) {
      block.addClass("MsoNormal");
      block.appendElement("o:p");
    }
    return doc;
  }

  private static boolean inCode(TextNode t) {
    for (Element e = (Element) t.parent(); e != null; e = e.parent()) {
      if (e.nameIs("script") || e.nameIs("style") || e.nameIs("title") || e.nameIs("textarea")) {
        return true;
      }
    }
    return false;
  }

  /** The text node replaced by one span per run of one script; a run of spaces by Word's spacerun. */
  private static void runs(TextNode t) {
    String text = t.getWholeText();
    List<Node> spans = new ArrayList<>();
    int start = 0;
    for (int i = 1; i <= text.length(); i++) {
      if (i == text.length() || kind(text.charAt(i)) != kind(text.charAt(start))) {
        spans.add(span(text.substring(start, i)));
        start = i;
      }
    }
    Node at = t;
    for (Node s : spans) {
      at.after(s);
      at = s;
    }
    t.remove();
  }

  /** 0 Chinese (Han, CJK and full-width marks), 1 spaces, 2 the rest (Latin letters, digits, ASCII marks). */
  private static int kind(char c) {
    if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
      return 1;
    }
    return c >= 0x2E80 ? 0 : 2;
  }

  private static Node span(String run) {
    return switch (kind(run.charAt(0))) {
      case 0 -> new Element("span").attr("style", "font-family:宋体;mso-ascii-font-family:Calibri").appendText(run);
      case 1 -> run.length() < 2 ? new TextNode(run)
          : new Element("span").attr("style", "mso-spacerun:yes").appendText("\u00a0".repeat(run.length() - 1) + " ");
      default -> new Element("span").attr("lang", "EN-US").attr("style", "font-family:'Times New Roman'")
          .appendText(run);
    };
  }
}
