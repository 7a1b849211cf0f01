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
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A label is read wherever it stands (issue 11): every TUNING golden page's text (as {@link ShapeInvarianceTest#copied}
 * gives it) has its "标签：值" lines (one label the extractor reads, {@link FieldLabels#all()}, and its value, an item
 * number before it dropped) laid out the other ways real portals set a label beside its value, the other lines kept
 * as paragraphs, and must give the same fields as the unchanged text read as paragraphs:
 * <ul>
 *   <li>{@code table2}: a two-column label | value table, a run of consecutive pairs in one table (old provincial and
 *       municipal CMS, README "成交供应商：│X over 成交金额：│Y"; 公告概要 of the ≤2016 ccgp "vT" template);</li>
 *   <li>{@code table4}: two pairs a row, label | value | label | value, an odd last pair's value spanning the rest
 *       (ccgp 公告概要, PORTALS.md §2.1: {@code td.title} = label, next td = value, "总中标金额 | colspan=3";
 *       realdata/ccgp_detail_guizhou_qingzhen_solar_streetlight_award.html);</li>
 *   <li>{@code dl}: {@code <dl><dt>label</dt><dd>value</dd></dl>};</li>
 *   <li>{@code colon}/{@code bare}: the label alone on its line, with or without its colon, over its value (ggzy
 *       content frames and crawler dumps kept one cell a line, ShapeInvarianceTest's "cells").</li>
 * </ul>
 * A run of pairs takes in the lines next to it shaped as a pair of a label the extractor does not read ("项目联系人：X",
 * "地址：Y", "中标供应商联系地址：Z"): a portal sets the whole block in its table (the ccgp 公告概要 holds 项目联系人 and
 * 项目联系电话 beside 采购单位; 张北's 2015 CMS table 采购人联系方式 beside 采购人地址). A field right in the unchanged text
 * and wrong in a layout is a miss, listed in {@code golden/layout-known.txt}
 * ("layout page field"), so a new one fails and a fixed one asks to be dropped. Held-out pages are never read.
 */
class LayoutInvarianceTest {

  /** "一、项目编号：X", "3.预算金额（元）：Y": an optional item number, the label, its colon, the value. */
  private static final Pattern PAIR = Pattern.compile(
      "^(?:[（(]?[0-9一二三四五六七八九十]{1,3}[)）、.．]\\s*)?([^:：|\\d][^:：|]{1,19}?)\\s*[:：]\\s*(\\S.*)$");
  /** Another label with its colon inside the value: the line holds more than one pair. */
  private static final Pattern SECOND_LABEL = Pattern.compile("\\p{IsHan}\\s*[)）]?\\s*[:：]");
  static final Map<String, BiConsumer<Element, List<String[]>>> LAYOUTS = Map.of(
      "table2", LayoutInvarianceTest::table2,
      "table4", LayoutInvarianceTest::table4,
      "dl", LayoutInvarianceTest::dl,
      "colon", (body, run) -> run.forEach(p -> {
        body.appendElement("p").text(p[0] + "：");
        body.appendElement("p").text(p[1]);
      }),
      "bare", (body, run) -> run.forEach(p -> {
        body.appendElement("p").text(p[0]);
        body.appendElement("p").text(p[1]);
      }));

  @Test
  void tuningPagesReadTheSameInEveryLayout() throws IOException {
    Set<String> misses = new TreeSet<>();
    int pages = 0;
    int pairs = 0;
    int beside = 0;
    for (var labelled : Probes.tuningLabels().entrySet()) {
      String file = labelled.getKey();
      String base = GoldenNoticesTest.baseName(file);
      JsonNode expected = labelled.getValue();
      String text = ShapeInvarianceTest.copied(GoldenNoticesTest.extract(file));
      List<String> lines = List.of(text.split("\n"));
      List<String[]> found = runs(lines);
      long n = lines.stream().filter(l -> pair(l) != null).count();
      if (n == 0) {
        continue;
      }
      pages++;
      pairs += (int) n;
      beside += (int) (found.stream().filter(p -> p != null).count() - n);
      Set<String> wrongInText = Probes.fields(GoldenNoticesTest.mismatches(
          NoticeExtractor.fromHtml(GoldenNoticesTest.blockPage(text)), expected));
      for (var layout : new TreeMap<>(LAYOUTS).entrySet()) {
        Document page = rebuild(lines, found, layout.getValue());
        for (String f : Probes.fields(GoldenNoticesTest.mismatches(NoticeExtractor.fromHtml(page), expected))) {
          if (!wrongInText.contains(f) && !f.equals("title")) {
            misses.add(layout.getKey() + " " + base + " " + f);
          }
        }
      }
    }
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target/layout-invariance.md"), String.format(java.util.Locale.ROOT,
        "%d tuning pages with label/value lines: %d pairs of a known label and %d beside them laid out %s; %d fields"
        + " lost%n", pages, pairs, beside, new TreeSet<>(LAYOUTS.keySet()), misses.size()), StandardCharsets.UTF_8);
    Probes.assertKnown("layout", misses);
  }

  /** The label (item number dropped) and value of a line that is one known label and its value, else null. */
  static String[] pair(String line) {
    if (line.contains(" | ")) {
      return null;
    }
    Matcher m = PAIR.matcher(line.strip());
    if (!m.matches() || !LabelRows.isKnownLabel(m.group(1)) || SECOND_LABEL.matcher(m.group(2)).find()) {
      return null;
    }
    return new String[] {m.group(1).strip(), m.group(2).strip()};
  }

  /** A line shaped as a label the extractor may not read and its value ("项目联系人：朱某", "联系电话：0851…"). */
  private static final Pattern SHAPED = Pattern.compile(
      "^(?:[（(]?[0-9一二三四五六七八九十]{1,3}[)）、.．]\\s*)?(\\p{IsHan}{2,10})\\s*[:：]\\s*(\\S.*)$");

  /**
   * The pair of each line laid out (else null): the known pairs, and with them the lines next to a run of them shaped
   * as a pair of a label the extractor does not read, since a portal sets the whole block in its table.
   */
  static List<String[]> runs(List<String> lines) {
    List<String[]> out = new ArrayList<>(lines.stream().map(LayoutInvarianceTest::pair).toList());
    for (boolean grew = true; grew; ) {
      grew = false;
      for (int i = 0; i < lines.size(); i++) {
        boolean besideRun = i > 0 && out.get(i - 1) != null || i + 1 < lines.size() && out.get(i + 1) != null;
        Matcher m = SHAPED.matcher(lines.get(i).strip());
        if (out.get(i) == null && besideRun && !lines.get(i).contains(" | ") && m.matches()
            && !SECOND_LABEL.matcher(m.group(2)).find()) {
          out.set(i, new String[] {m.group(1), m.group(2).strip()});
          grew = true;
        }
      }
    }
    return out;
  }

  /** The page with each run of consecutive pairs laid out by the layout, every other line a paragraph. */
  private static Document rebuild(List<String> lines, List<String[]> pairs, BiConsumer<Element, List<String[]>> layout) {
    Document page = Document.createShell("");
    List<String[]> run = new ArrayList<>();
    for (int i = 0; i <= lines.size(); i++) {
      String[] p = i < lines.size() ? pairs.get(i) : null;
      if (p != null) {
        run.add(p);
        continue;
      }
      if (!run.isEmpty()) {
        layout.accept(page.body(), run);
        run = new ArrayList<>();
      }
      if (i < lines.size()) {
        page.body().appendElement("p").text(lines.get(i));
      }
    }
    return page;
  }

  private static void table2(Element body, List<String[]> run) {
    Element table = body.appendElement("table");
    run.forEach(p -> {
      Element tr = table.appendElement("tr");
      tr.appendElement("td").text(p[0]);
      tr.appendElement("td").text(p[1]);
    });
  }

  private static void table4(Element body, List<String[]> run) {
    Element table = body.appendElement("table");
    for (int i = 0; i < run.size(); i += 2) {
      Element tr = table.appendElement("tr");
      tr.appendElement("td").addClass("title").text(run.get(i)[0]);
      if (i + 1 < run.size()) {
        tr.appendElement("td").text(run.get(i)[1]);
        tr.appendElement("td").addClass("title").text(run.get(i + 1)[0]);
        tr.appendElement("td").text(run.get(i + 1)[1]);
      } else {
        tr.appendElement("td").attr("colspan", "3").text(run.get(i)[1]);
      }
    }
  }

  private static void dl(Element body, List<String[]> run) {
    Element dl = body.appendElement("dl");
    run.forEach(p -> {
      dl.appendElement("dt").text(p[0]);
      dl.appendElement("dd").text(p[1]);
    });
  }
}
