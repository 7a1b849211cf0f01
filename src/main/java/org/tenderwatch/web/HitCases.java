package org.tenderwatch.web;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tenderwatch.index.SearchHit;
import org.tenderwatch.cases.CaseStore;
import org.tenderwatch.cases.CaseView;

/**
 * The case of each search hit: what decides whether a hit matters (flagged or not, status, winner, Entity List).
 * A page of hits from one procurement reads its case once.
 */
final class HitCases {
  private final CaseStore store;
  private final ReadModel read;

  HitCases(CaseStore store, ReadModel read) {
    this.store = store;
    this.read = read;
  }

  /** Hit id → its case; a notice in no case (none yet linked) is absent. */
  Map<String, CaseView> of(List<SearchHit> hits) {
    Map<String, CaseView> byCase = new HashMap<>();
    Map<String, CaseView> out = new LinkedHashMap<>();
    for (SearchHit h : hits) {
      String caseId = read.caseOf(h.id());
      if (caseId != null) {
        CaseView c = byCase.computeIfAbsent(caseId, store::caseView);
        if (c != null) {
          out.put(h.id(), c);
        }
      }
    }
    return out;
  }
}
