package org.tenderwatch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tenderwatch.cases.CaseView;
import org.tenderwatch.store.NoticeView;

class MonthChartTest {
  private static CaseView flagged(String date, String... categories) {
    List<NoticeView.FlagEvidence> flags = java.util.Arrays.stream(categories)
        .map(c -> new NoticeView.FlagEvidence(c, "t", "s", "notice page")).toList();
    NoticeView n = new NoticeView("id" + date, "u", "ccgp", "tender", "t", date, null, null, null, null, null,
        List.of(), flags, List.of(), List.of(), null);
    return new CaseView("c" + date, "open", n, List.of(), null, flags, List.of(n), List.of());
  }

  @Test
  void countsEachCaseOncePerCategoryAndFillsEmptyMonths() {
    Map<YearMonth, Map<String, Integer>> m = MonthChart.count(List.of(
        flagged("2024-04-12T10:00", "aws", "aws", "nvidia_gpu"),
        flagged("2024-04-18T09:30", "nvidia_gpu"),
        flagged("2024-07-01T00:00", "bedrock"),
        flagged(null, "aws")));
    assertEquals(List.of(YearMonth.of(2024, 4), YearMonth.of(2024, 5), YearMonth.of(2024, 6), YearMonth.of(2024, 7)),
        List.copyOf(m.keySet()));
    assertEquals(Map.of("aws", 1, "nvidia_gpu", 2), m.get(YearMonth.of(2024, 4)));
    assertEquals(Map.of(), m.get(YearMonth.of(2024, 5)));
  }

  @Test
  void drawsOneBarSegmentPerMonthAndCategoryWithItsCount() {
    String svg = MonthChart.svg(MonthChart.count(List.of(flagged("2024-04-12T10:00", "aws", "nvidia_gpu"),
        flagged("2024-04-20T10:00", "aws"))), List.of("nvidia_gpu", "aws"), c -> "<" + c + ">");
    assertTrue(svg.contains("data-month=\"2024-04\" data-category=\"aws\" data-count=\"2\""), svg);
    assertTrue(svg.contains("data-month=\"2024-04\" data-category=\"nvidia_gpu\" data-count=\"1\""));
    assertTrue(svg.contains("&lt;aws&gt;") && !svg.contains("<aws>"), "labels are escaped");
    assertEquals("<p class=\"muted\">No flagged case has a publication date yet.</p>",
        MonthChart.svg(Map.of(), List.of("aws"), c -> c));
  }
}
