package org.tenderwatch.cases;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.tenderwatch.store.NoticeView;

/** Sums the awarded cases per winning supplier (see {@link SupplierSummary}). Pure. */
final class SupplierSums {
  private SupplierSums() {}

  /** The winners of the given awarded cases, most wins first. */
  static List<SupplierSummary> of(List<CaseView> awarded) {
    Map<String, SupplierTally> tallies = new TreeMap<>();
    for (CaseView c : awarded) {
      List<String> buyers = c.screening().stream().filter(s -> s.party().equals("buyer"))
          .map(s -> s.name() + " = " + s.listedName()).distinct().toList();
      Map<String, BigDecimal> won = new LinkedHashMap<>();
      for (NoticeView.Supplier w : c.winners()) {
        BigDecimal sum = won.get(w.name());
        won.put(w.name(), w.amountCny() == null ? sum : sum == null ? w.amountCny() : sum.add(w.amountCny()));
      }
      won.forEach((name, amount) -> {
        SupplierTally t = tallies.computeIfAbsent(name, SupplierTally::new);
        t.wins++;
        t.total = amount == null ? t.total : t.total.add(amount);
        t.flagged += c.flags().isEmpty() ? 0 : 1;
        buyers.forEach(t.listedBuyers::add);
        c.screening().stream().filter(s -> s.party().equals("supplier") && s.name().equals(name)).findFirst()
            .ifPresent(s -> t.listed = s.listedName());
      });
    }
    return tallies.values().stream().map(SupplierTally::summary)
        .sorted(Comparator.comparingInt(SupplierSummary::wins).reversed()
            .thenComparing(SupplierSummary::flaggedWins, Comparator.reverseOrder())
            .thenComparing(SupplierSummary::name))
        .toList();
  }

  private static final class SupplierTally {
    final String name;
    int wins;
    int flagged;
    BigDecimal total = BigDecimal.ZERO;
    final Set<String> listedBuyers = new LinkedHashSet<>();
    String listed;

    SupplierTally(String name) {
      this.name = name;
    }

    SupplierSummary summary() {
      return new SupplierSummary(name, wins, total, flagged, List.copyOf(listedBuyers), listed);
    }
  }
}
