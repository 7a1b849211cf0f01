package org.tenderwatch.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tenderwatch.extract.FormatRewrites.AmountForm;
import org.tenderwatch.extract.DateRewrites.DateForm;
import tools.jackson.databind.JsonNode;

/**
 * Real portals write the same amount and the same date in many forms (PORTALS.md §2 and §4; each form and a real page
 * writing it in {@link FormatRewrites}). Every TUNING golden page, kept one cell a line (the "cells" shape of
 * {@link ShapeInvarianceTest}), has each hand-labelled amount (budget, max price, award, suppliers' amounts) and date
 * (publication, bid deadline, opening) found in its text by its written form and rewritten in another form of exactly
 * the same value, then read back: a field right in the cells text and wrong once rewritten is a miss, listed in
 * {@code golden/format-known.txt} ("form page field"; the form is the amount form for an amount field or the
 * suppliers, the date form for a date field, both for another field), so a new one fails and a fixed one asks to be
 * dropped. Every place a value is written is rewritten alike (a portal writes one way throughout); a value the text
 * does not write in a form found here (a sum of lots, a figure under a table's 万元 header) is left as it is. Seven
 * variants per page, the i-th with the i-th amount form and the i-th date form. Held-out pages are never read here.
 */
class FormatInvarianceTest {

  private static final List<String> AMOUNT_FIELDS = List.of("budgetCny", "awardCny", "maxPriceCny", "suppliers");
  private static final List<String> DATE_FIELDS = List.of("publishedAt", "bidDeadline", "bidOpening");

  @Test
  void tuningPagesReadTheSameInEveryFormat() throws IOException {
    Set<String> misses = new ConcurrentSkipListSet<>();
    Map<String, AtomicInteger> located = new TreeMap<>();
    AMOUNT_FIELDS.forEach(f -> located.put(f, new AtomicInteger()));
    DATE_FIELDS.forEach(f -> located.put(f, new AtomicInteger()));
    Map<String, JsonNode> labels = Probes.tuningLabels();
    labels.entrySet().parallelStream().forEach(e -> probe(e.getKey(), e.getValue(), misses, located));
    report(labels.size(), misses, located);
    Probes.assertKnown("format", misses);
  }

  private static void probe(String file, JsonNode expected, Set<String> misses, Map<String, AtomicInteger> located) {
    try {
      String base = GoldenNoticesTest.baseName(file);
      String cells = ShapeInvarianceTest.SHAPES.get("cells").apply(
          ShapeInvarianceTest.copied(GoldenNoticesTest.extract(file)));
      Map<String, List<BigDecimal>> amounts = amounts(expected);
      Map<String, List<LocalDateTime>> dates = dates(expected);
      amounts.forEach((f, v) -> {
        if (!FormatRewrites.find(cells, v).isEmpty()) {
          located.get(f).incrementAndGet();
        }
      });
      dates.forEach((f, v) -> {
        if (!DateRewrites.findDates(cells, v).isEmpty()) {
          located.get(f).incrementAndGet();
        }
      });
      List<BigDecimal> allAmounts = amounts.values().stream().flatMap(List::stream).toList();
      List<LocalDateTime> allDates = dates.values().stream().flatMap(List::stream).toList();
      List<FormatRewrites.Found> found = FormatRewrites.find(cells, allAmounts);
      List<DateRewrites.Dated> dated = DateRewrites.findDates(cells, allDates);
      if (found.isEmpty() && dated.isEmpty()) {
        return;
      }
      Set<String> wrongInCells = Probes.fields(Probes.read(cells, expected));
      AmountForm[] amountForms = AmountForm.values();
      DateForm[] dateForms = DateForm.values();
      for (int i = 0; i < amountForms.length; i++) {
        AmountForm af = amountForms[i];
        DateForm df = dateForms[i];
        List<FormatRewrites.Edit> edits = new ArrayList<>(FormatRewrites.amounts(found, af));
        edits.addAll(DateRewrites.dates(dated, df));
        String text = FormatRewrites.apply(cells, edits);
        if (text.equals(cells)) {
          continue;
        }
        for (String f : Probes.fields(Probes.read(text, expected))) {
          if (!wrongInCells.contains(f) && !f.equals("title")) {
            String form = AMOUNT_FIELDS.contains(f) ? af.name() : DATE_FIELDS.contains(f) ? df.name()
                : af.name() + "+" + df.name();
            misses.add(form.toLowerCase(Locale.ROOT) + " " + base + " " + f);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The labelled amounts per field, the suppliers' amounts under "suppliers". */
  private static Map<String, List<BigDecimal>> amounts(JsonNode e) {
    Map<String, List<BigDecimal>> out = new TreeMap<>();
    for (String f : List.of("budgetCny", "awardCny", "maxPriceCny")) {
      JsonNode v = e.get(f);
      if (v != null && v.isNumber()) {
        out.put(f, List.of(v.decimalValue()));
      }
    }
    List<BigDecimal> suppliers = new ArrayList<>();
    for (JsonNode s : e.get("suppliers")) {
      JsonNode v = s.get("amountCny");
      if (v != null && v.isNumber()) {
        suppliers.add(v.decimalValue());
      }
    }
    if (!suppliers.isEmpty()) {
      out.put("suppliers", suppliers);
    }
    return out;
  }

  private static Map<String, List<LocalDateTime>> dates(JsonNode e) {
    Map<String, List<LocalDateTime>> out = new TreeMap<>();
    for (String f : DATE_FIELDS) {
      JsonNode v = e.get(f);
      if (v != null && v.isString() && v.asString().matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}")) {
        out.put(f, List.of(LocalDateTime.parse(v.asString())));
      }
    }
    return out;
  }

  /** The forms themselves, on values of real pages (each must read back to the same value). */
  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      1798196    | CAPITAL   | 壹佰柒拾玖万捌仟壹佰玖拾陆元整（¥1,798,196.00）
      2288231.72 | CAPITAL   | 贰佰贰拾捌万捌仟贰佰叁拾壹元柒角贰分（¥2,288,231.72）
      138797.55  | CAPITAL   | 壹拾叁万捌仟柒佰玖拾柒元伍角伍分（¥138,797.55）
      1008000    | CAPITAL   | 壹佰万零捌仟元整（¥1,008,000.00）
      560000     | CCGP      | ￥56.000000万元（人民币）
      2776825487 | CCGP      | ￥277682.548700万元（人民币）
      8192150    | RMB       | 人民币8,192,150.00元
      644269     | LABEL_WAN | 64.4269
      """)
  void amountFormsAreWrittenAsRealPagesWriteThem(String yuan, AmountForm form, String written) {
    assertEquals(written, FormatRewrites.written(new BigDecimal(yuan), form));
    assertEquals(0, new BigDecimal(yuan).compareTo(Amounts.parse(written, form == AmountForm.LABEL_WAN).cny()));
  }

  @Test
  void aLabelsUnitMovesWithItsFigure() {
    String text = "预算金额（元）：560000\n最高限价：\n56万元\n开标时间：2026年03月16日 09:30";
    List<BigDecimal> v = List.of(new BigDecimal("560000"));
    assertEquals("预算金额（万元）：56\n最高限价（万元）：\n56\n开标时间：2026年03月16日 09:30",
        FormatRewrites.apply(text, FormatRewrites.amounts(text, v, AmountForm.LABEL_WAN)));
    assertEquals("预算金额：人民币1,798,196.00元", FormatRewrites.apply("预算金额（万元）：179.8196",
        FormatRewrites.amounts("预算金额（万元）：179.8196", List.of(new BigDecimal("1798196")), AmountForm.RMB)));
    List<LocalDateTime> d = List.of(LocalDateTime.of(2026, 3, 16, 9, 30), LocalDateTime.of(2026, 3, 20, 0, 0));
    assertEquals("开标时间：2026年3月16日（星期一）9:30\n2026年3月20日（星期五）", FormatRewrites.apply(
        "开标时间：2026-03-16 09:30:00\n2026年03月20日", DateRewrites.dates(
            "开标时间：2026-03-16 09:30:00\n2026年03月20日", d, DateForm.WEEKDAY)));
  }

  private static void report(int pages, Set<String> misses, Map<String, AtomicInteger> located) throws IOException {
    List<String> out = new ArrayList<>(List.of("Tuning pages probed: " + pages, "",
        "| field | tuning pages whose labelled value is found in the text |", "|---|---|"));
    located.forEach((f, n) -> out.add("| " + f + " | " + n.get() + " |"));
    Map<String, Integer> perForm = new TreeMap<>();
    misses.forEach(m -> perForm.merge(m.substring(0, m.indexOf(' ')), 1, Integer::sum));
    out.add("");
    out.add("Field misses per form: " + perForm + " (" + misses.size() + " in all)");
    Path target = Path.of("target");
    Files.createDirectories(target);
    Files.write(target.resolve("format-invariance.md"), out, StandardCharsets.UTF_8);
  }
}
