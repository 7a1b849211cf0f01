package org.tenderwatch.extract;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * What extraction makes of one notice page (and, once attachments are read, their text parts).
 * Every field but {@code type}, {@code title}, {@code summary}, {@code suppliers} and {@code parts} may be null.
 *
 * @param publishedAt local time in China (Asia/Shanghai) as the portal writes it
 * @param summary the 公告概要 rows, label → value, as written
 * @param parts every text part, the notice page first
 */
public record Notice(
    NoticeType type,
    String title,
    LocalDateTime publishedAt,
    String buyer,
    String agency,
    String projectNo,
    Amount budget,
    Amount award,
    List<SupplierAward> suppliers,
    String region,
    Map<String, String> summary,
    List<TextPart> parts) {

  public Notice {
    suppliers = List.copyOf(suppliers);
    summary = Map.copyOf(summary);
    parts = List.copyOf(parts);
  }

  /** The same notice with more text parts (attachments) appended. */
  public Notice withParts(List<TextPart> more) {
    var all = new java.util.ArrayList<>(parts);
    all.addAll(more);
    return new Notice(type, title, publishedAt, buyer, agency, projectNo, budget, award, suppliers, region, summary, all);
  }
}
