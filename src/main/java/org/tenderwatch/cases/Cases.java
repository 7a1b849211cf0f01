package org.tenderwatch.cases;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.tenderwatch.store.NoticeView;

/** Puts the notices of one procurement together into what an analyst reads as one case. */
final class Cases {
  private Cases() {}

  static CaseView assemble(String caseId, List<NoticeView> members) {
    NoticeView flagged = members.stream().filter(n -> !n.flags().isEmpty()).findFirst().orElse(members.get(0));
    List<NoticeView.Supplier> winners = new ArrayList<>();
    BigDecimal award = null;
    for (NoticeView n : members) {
      if (n.type().equals("award")) {
        winners.addAll(n.suppliers());
        award = n.awardCny() != null ? n.awardCny() : sum(n.suppliers());
      }
    }
    List<NoticeView.FlagEvidence> flags = members.stream().flatMap(n -> n.flags().stream()).toList();
    // one line per party and listing: the tender and the award name the same buyer
    var seen = new java.util.HashSet<List<String>>();
    List<NoticeView.Screening> screening = members.stream().flatMap(n -> n.screening().stream())
        .filter(s -> seen.add(List.of(s.party(), s.name(), s.listedName()))).toList();
    return new CaseView(caseId, status(members), flagged, winners, award, flags, members, screening);
  }

  /** The latest decisive notice wins: a termination after an award ends the case, and the other way round. */
  private static String status(List<NoticeView> members) {
    String status = "open";
    for (NoticeView n : members) {
      switch (n.type()) {
        case "award" -> status = "awarded";
        case "termination" -> status = "terminated";
        default -> {}
      }
    }
    return status;
  }

  private static BigDecimal sum(List<NoticeView.Supplier> suppliers) {
    BigDecimal total = null;
    for (var s : suppliers) {
      if (s.amountCny() != null) {
        total = total == null ? s.amountCny() : total.add(s.amountCny());
      }
    }
    return total;
  }
}
