package org.tenderwatch.cases;

import java.math.BigDecimal;
import java.util.List;

/**
 * One supplier across every case it won: how often, for how much, how many of those cases were flagged, and which
 * listed buyers it sold to. A small company that keeps winning flagged cases of listed buyers is the intermediary
 * pattern analysts look for.
 *
 * @param wins cases won (an award naming it in several lots counts once)
 * @param totalCny the sum of its award amounts where the notice states one
 * @param flaggedWins won cases with at least one flag
 * @param listedBuyers buyers of its won cases that are on a screening list, "四川大学 = Sichuan University"
 * @param listed the supplier's own listing, or null
 */
public record SupplierSummary(
    String name, int wins, BigDecimal totalCny, int flaggedWins, List<String> listedBuyers, String listed) {}
