package org.tenderwatch.cases;

import org.tenderwatch.store.NoticeView;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * One flagged case in the JSON contract (DESIGN.md), shared by {@code flagged --format json} and the web API: the
 * flagged notice, with the case's winners and award amount where the notice itself has none, the flags and the
 * screening of every notice of the case, its id and status.
 */
public final class CaseJson {
  private CaseJson() {}

  public static JsonNode of(JsonMapper json, CaseView c) {
    ObjectNode n = json.valueToTree(c.notice());
    NoticeView notice = c.notice();
    if (notice.suppliers().isEmpty()) {
      n.set("suppliers", json.valueToTree(c.winners()));
    }
    if (notice.awardCny() == null && c.awardCny() != null) {
      n.put("awardCny", c.awardCny());
    }
    n.set("flags", json.valueToTree(c.flags()));
    // screening of the whole case: each notice screened at its own date, so the award after a listing carries
    // the hit that the tender before it does not
    n.set("screening", json.valueToTree(c.screening()));
    n.set("winners", json.valueToTree(c.winners()));
    n.put("caseId", c.caseId());
    n.put("status", c.status());
    return n;
  }
}
