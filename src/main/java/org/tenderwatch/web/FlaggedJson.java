package org.tenderwatch.web;

import org.tenderwatch.store.CaseView;
import org.tenderwatch.store.NoticeView;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * One flagged case in the JSON contract of {@code flagged --format json} (DESIGN.md): the flagged notice, with the
 * case's winners and award amount where the notice itself has none, all flags of the case, its id and status.
 * The same shape as the CLI's; {@code ApiTest} compares the two outputs.
 */
final class FlaggedJson {
  private FlaggedJson() {}

  static JsonNode of(JsonMapper json, CaseView c) {
    ObjectNode n = json.valueToTree(c.notice());
    NoticeView notice = c.notice();
    if (notice.suppliers().isEmpty()) {
      n.set("suppliers", json.valueToTree(c.winners()));
    }
    if (notice.awardCny() == null && c.awardCny() != null) {
      n.put("awardCny", c.awardCny());
    }
    n.set("flags", json.valueToTree(c.flags()));
    n.put("caseId", c.caseId());
    n.put("status", c.status());
    return n;
  }
}
