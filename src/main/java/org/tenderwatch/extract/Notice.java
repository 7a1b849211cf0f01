package org.tenderwatch.extract;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.tenderwatch.text.TextPart;

/**
 * What extraction makes of one notice page (and, once attachments are read, their text parts).
 * Every field but {@code type}, {@code title}, {@code summary}, {@code suppliers} and {@code parts} may be null.
 *
 * @param publishedAt local time in China (Asia/Shanghai) as the portal writes it
 * @param summary the 公告概要 rows, label → value, as written
 * @param parts every text part, the notice page first
 * @param buyerAddress the buyer's address as written (采购单位地址, 采购人信息 → 地址)
 * @param category the 品目 as written ("服务/信息技术服务/运行维护服务"), several joined by commas
 * @param maxPrice the 最高限价; for several lots the sum, its text as written
 * @param bidDeadline when bids (投标/响应文件) are due, China local time
 * @param bidOpening when bids are opened (开标, 响应文件开启, 磋商会议), China local time
 * @param problems what extraction could not find or had to guess ("buyer: not found", "title: taken from the
 *     URL"), one line each; stored and shown with the notice, so a thin notice says why it is thin
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
    List<TextPart> parts,
    String buyerAddress,
    String category,
    Amount maxPrice,
    LocalDateTime bidDeadline,
    LocalDateTime bidOpening,
    List<String> problems) {

  /** A notice without the tender-detail fields (address, 品目, maximum price, deadline, opening). */
  public Notice(NoticeType type, String title, LocalDateTime publishedAt, String buyer, String agency,
      String projectNo, Amount budget, Amount award, List<SupplierAward> suppliers, String region,
      Map<String, String> summary, List<TextPart> parts) {
    this(type, title, publishedAt, buyer, agency, projectNo, budget, award, suppliers, region, summary, parts, null,
        null, null, null, null);
  }

  /** A notice without problems noted. */
  public Notice(NoticeType type, String title, LocalDateTime publishedAt, String buyer, String agency,
      String projectNo, Amount budget, Amount award, List<SupplierAward> suppliers, String region,
      Map<String, String> summary, List<TextPart> parts, String buyerAddress, String category, Amount maxPrice,
      LocalDateTime bidDeadline, LocalDateTime bidOpening) {
    this(type, title, publishedAt, buyer, agency, projectNo, budget, award, suppliers, region, summary, parts,
        buyerAddress, category, maxPrice, bidDeadline, bidOpening, List.of());
  }

  public Notice {
    problems = problems == null ? List.of() : List.copyOf(problems);
    suppliers = List.copyOf(suppliers);
    summary = Map.copyOf(summary);
    parts = List.copyOf(parts);
  }

  /** The same notice with more text parts (attachments) appended. */
  public Notice withParts(List<TextPart> more) {
    var all = new java.util.ArrayList<>(parts);
    all.addAll(more);
    return new Notice(type, title, publishedAt, buyer, agency, projectNo, budget, award, suppliers, region, summary, all,
        buyerAddress, category, maxPrice, bidDeadline, bidOpening, problems);
  }

  /** The same notice with more problems noted (an attachment that failed, a title that had to be made up). */
  public Notice withProblems(List<String> more) {
    var all = new java.util.ArrayList<>(problems);
    all.addAll(more);
    return new Notice(type, title, publishedAt, buyer, agency, projectNo, budget, award, suppliers, region, summary,
        parts, buyerAddress, category, maxPrice, bidDeadline, bidOpening, all);
  }

  /** The same notice under another title (the list page's, when the page itself gave none). */
  public Notice withTitle(String newTitle) {
    return new Notice(type, newTitle, publishedAt, buyer, agency, projectNo, budget, award, suppliers, region,
        summary, parts, buyerAddress, category, maxPrice, bidDeadline, bidOpening, problems);
  }
}
