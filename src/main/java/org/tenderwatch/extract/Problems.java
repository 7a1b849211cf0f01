package org.tenderwatch.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * What a notice of each type should state, as a table: a field it lacks is noted as "field: not found" among the
 * notice's problems. A tender states its buyer, project number and budget; an award its buyer, project number and
 * winners. Problems are kept with the notice (never a reason to drop it) and counted by {@code status}.
 */
final class Problems {

  private record Expected(String field, Predicate<Notice> present) {}

  private static final Expected BUYER = new Expected("buyer", n -> n.buyer() != null);
  private static final Expected PROJECT_NO = new Expected("projectNo", n -> n.projectNo() != null);
  private static final Expected BUDGET = new Expected("budget", n -> n.budget() != null);
  private static final Expected WINNERS = new Expected("winners", n -> !n.suppliers().isEmpty());

  private static final Map<NoticeType, List<Expected>> EXPECTED = Map.of(
      NoticeType.TENDER, List.of(BUYER, PROJECT_NO, BUDGET),
      NoticeType.AWARD, List.of(BUYER, PROJECT_NO, WINNERS),
      NoticeType.CORRECTION, List.of(BUYER),
      NoticeType.TERMINATION, List.of(BUYER));

  private static final String NOT_FOUND = ": not found";

  /** The line noted when the notice page has no text at all. */
  static final String TEXT_EMPTY = "text: the notice page has no text";

  private Problems() {}

  /** The notice without the "field: not found" lines of fields it now has. */
  static Notice recheck(Notice n) {
    List<String> missing = missing(n);
    List<String> kept = n.problems().stream()
        .filter(p -> !p.endsWith(NOT_FOUND) || missing.contains(p)).toList();
    return new Notice(n.type(), n.title(), n.publishedAt(), n.buyer(), n.agency(), n.projectNo(), n.budget(),
        n.award(), n.suppliers(), n.region(), n.summary(), n.parts(), n.buyerAddress(), n.category(), n.maxPrice(),
        n.bidDeadline(), n.bidOpening(), kept);
  }

  static List<String> missing(Notice n) {
    List<String> out = new ArrayList<>();
    if (n.parts().isEmpty() || n.parts().getFirst().text().isBlank()) {
      out.add(TEXT_EMPTY);
    }
    for (Expected e : EXPECTED.getOrDefault(n.type(), List.of())) {
      if (!e.present().test(n)) {
        out.add(e.field() + NOT_FOUND);
      }
    }
    return out;
  }
}
