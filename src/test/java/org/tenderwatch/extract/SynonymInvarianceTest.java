package org.tenderwatch.extract;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Portals write the same field under different labels (PORTALS.md §4): every TUNING golden page, read back as a text
 * block (kept one cell a line, and with tab-set cells, as in {@link ShapeInvarianceTest}), with each label swapped
 * for another of its class (same meaning, all seen on real portals), must give the same fields. Each page is read with
 * every label moved k places along its class, k = 1…5, so each class member stands in on some page. A field right in
 * the shape itself and wrong once labels are swapped is a miss, listed in {@code golden/synonym-known.txt} ("page k
 * field"), so a new one fails and a fixed one asks to be dropped. Held-out pages are never read here. A label is
 * swapped only where it stands as a label: after a line start, a space or an item number, before a colon, a tab or
 * the line's end (a unit in brackets between), never inside a longer word.
 */
class SynonymInvarianceTest {

  static final List<List<String>> CLASSES = List.of(
      List.of("中标供应商名称", "成交供应商名称", "中标人名称", "中标（成交）供应商名称", "中标单位名称", "成交人名称"),
      List.of("中标供应商", "成交供应商", "中标人", "中标单位", "成交单位", "成交人", "中选供应商"),
      List.of("中标金额", "成交金额", "中标（成交）金额", "中标价格", "成交价格", "中标价", "成交价"),
      List.of("总中标金额", "总成交金额", "中标总金额"),
      List.of("预算总金额", "项目总预算", "预算总额"),
      List.of("预算金额", "采购预算", "项目预算", "项目预算金额", "采购预算金额"),
      List.of("最高限价", "最高投标限价", "招标控制价", "控制价"),
      List.of("采购人", "采购单位", "采购人名称", "采购单位名称"),
      List.of("采购代理机构", "代理机构", "招标代理机构", "采购代理机构名称", "代理机构名称"),
      List.of("项目编号", "采购项目编号", "招标编号", "采购编号", "招标项目编号"),
      List.of("发布时间", "公告时间", "发布日期", "公告日期", "信息发布时间", "公告发布时间"),
      List.of("投标截止时间", "提交投标文件截止时间", "递交投标文件截止时间", "投标文件递交截止时间", "响应文件提交截止时间", "递交响应文件截止时间"),
      List.of("开标时间", "开启时间", "开标日期", "响应文件开启时间"),
      List.of("行政区域", "行政区划"),
      List.of("品目", "采购品目"),
      List.of("采购人地址", "采购单位地址"));
  private static final Pattern LABEL;

  static {
    List<String> all = new ArrayList<>(CLASSES.stream().flatMap(List::stream).toList());
    all.sort(Comparator.comparingInt(String::length).reversed());
    String alt = String.join("|", all.stream().map(Pattern::quote).toList());
    LABEL = Pattern.compile("(?<=^|\\s|[、.．)）])(" + alt + ")(?=\\s*(?:[（(][^)）]{0,8}[)）])?\\s*(?:[:：]|$(?!\\n\\s*信息)|\\t))",
        Pattern.MULTILINE);
  }

  static String swap(String text, int k) {
    Matcher m = LABEL.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String label = m.group(1);
      List<String> cls = CLASSES.stream().filter(c -> c.contains(label)).findFirst().orElseThrow();
      String to = cls.get((cls.indexOf(label) + k) % cls.size());
      m.appendReplacement(out, Matcher.quoteReplacement(to));
    }
    m.appendTail(out);
    return out.toString();
  }

  @Test
  void tuningPagesReadTheSameUnderEverySynonym() throws IOException {
    Set<String> misses = new TreeSet<>();
    for (var labelled : Probes.tuningLabels().entrySet()) {
      String file = labelled.getKey();
      String base = GoldenNoticesTest.baseName(file);
      JsonNode expected = labelled.getValue();
      String copied = ShapeInvarianceTest.copied(GoldenNoticesTest.extract(file));
      for (String shape : List.of("cells", "tabs")) {
        String text = ShapeInvarianceTest.SHAPES.get(shape).apply(copied);
        Set<String> wrongInShape = Probes.fields(Probes.read(text, expected));
        for (int k = 1; k <= 5; k++) {
          for (String f : Probes.fields(Probes.read(swap(text, k), expected))) {
            if (!wrongInShape.contains(f) && !f.equals("title")) {
              misses.add(shape + " " + base + " k" + k + " " + f);
            }
          }
        }
      }
    }
    Probes.assertKnown("synonym", misses);
  }
}
