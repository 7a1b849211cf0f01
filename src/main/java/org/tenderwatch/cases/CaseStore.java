package org.tenderwatch.cases;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.tenderwatch.store.NoticeStore;

/** The cases as analysts read them: the notices sharing a case id, assembled by {@link Cases}. */
public final class CaseStore {
  private final NoticeStore notices;

  public CaseStore(NoticeStore notices) {
    this.notices = notices;
  }

  /**
   * Every case with at least one flag, newest first: its flagged notice, its winners from the award notices,
   * its status.
   */
  public List<CaseView> flaggedCases() {
    List<CaseView> cases = new ArrayList<>();
    for (String caseId : notices.flaggedCaseIds()) {
      cases.add(caseView(caseId));
    }
    cases.sort(Comparator.comparing((CaseView c) -> nullToEmpty(c.notice().publishedAt())).reversed());
    return cases;
  }

  /** One case (the notices sharing a case id), assembled like {@link #flaggedCases()}; null if there is none. */
  public CaseView caseView(String caseId) {
    var members = notices.caseMembers(caseId);
    return members.isEmpty() ? null : Cases.assemble(caseId, members);
  }

  /** Every supplier that won a case, most wins first (see {@link SupplierSummary}). */
  public List<SupplierSummary> suppliers() {
    return SupplierSums.of(notices.awardedCaseIds().stream().map(this::caseView).toList());
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
