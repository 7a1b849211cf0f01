package org.tenderwatch.web;

import java.util.Map;
import org.tenderwatch.config.FlagConfig;

/**
 * What the UI calls things. Labels and help are English (many analysts do not read Chinese); a field's label also
 * carries the Chinese the notices use for it, so an analyst can find it on the original page.
 */
final class Labels {
  /** Field → "English 中文", the Chinese as ccgp notices write it in their 公告概要 and body. */
  static final Map<String, String> FIELDS = Map.ofEntries(
      Map.entry("title", "Title 标题"),
      Map.entry("type", "Notice type 公告类型"),
      Map.entry("publishedAt", "Published 发布时间"),
      Map.entry("buyer", "Buyer 采购单位"),
      Map.entry("agency", "Agency 采购代理机构"),
      Map.entry("projectNo", "Project number 项目编号"),
      Map.entry("budgetCny", "Budget 预算金额"),
      Map.entry("awardCny", "Award amount 中标金额"),
      Map.entry("suppliers", "Winning suppliers 中标供应商"),
      Map.entry("region", "Region 地域"),
      Map.entry("source", "Source 来源"),
      Map.entry("url", "Original page 原文链接"),
      Map.entry("attachments", "Attachments 附件"),
      Map.entry("problems", "Extraction problems 提取问题"),
      Map.entry("month", "Month 月份"),
      Map.entry("flag", "Flag category"));

  private static final Map<String, String> TYPES = Map.of(
      "tender", "Tender 招标/采购公告",
      "award", "Award 中标/成交公告",
      "correction", "Correction 更正公告",
      "termination", "Termination 终止/废标公告",
      "other", "Other 其他公告");

  private final FlagConfig flags;

  Labels(FlagConfig flags) {
    this.flags = flags;
  }

  static String field(String key) {
    return FIELDS.getOrDefault(key, key);
  }

  static String type(String type) {
    return type == null ? "" : TYPES.getOrDefault(type, type);
  }

  /** The English label of a flag category from flags.yaml, or its id for a category the lexicon no longer has. */
  String category(String id) {
    FlagConfig.Category c = flags.categories().get(id);
    return c == null || c.label() == null ? id : c.label();
  }

  /** Category ids in flags.yaml order (the chart's colours follow it). */
  java.util.List<String> categories() {
    return java.util.List.copyOf(flags.categories().keySet());
  }
}
