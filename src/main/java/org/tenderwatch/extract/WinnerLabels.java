package org.tenderwatch.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The labels a winner and its amount stand under when a label is alone on its line or in a cell, so no colon says
 * it is one. The seen spellings first (their order is the readers' priority), then every other combination of the
 * same words, since a portal may write any of them: 中标/成交/中标（成交）/中选, with 拟/预 for a proposed winner, then
 * 供应商/人/单位/公司/企业, with or without 名称 ("中标单位名称", "成交单位名称" and "中选供应商名称" were missing from the
 * hand list while their siblings were in it).
 */
final class WinnerLabels {

  /**
   * Winners under words other than 中标/成交: a framework purchase's 入围供应商 (its 入围结果公告 names every supplier
   * let into the agreement; not 入围候选人), a contract notice's party "供应商（乙方）" (folded brackets), and a label
   * naming the winner with its address ("中标供应商名称及地址：X，某市某路1号": SupplierNames keeps the name).
   */
  static final String OTHER_WINNER = "入围(?:供应商|单位|企业)(?:名称)?|供应商\\(乙方\\)(?:名称)?|乙方\\(供应商\\)(?:名称)?"
      + "|" + Suppliers.WINNER + "?供应商名称(?:及|和|、)(?:联系)?地址";
  private static final List<String> WINNERS = List.of("中标（成交）", "中标", "成交", "中选");
  private static final List<String> PROPOSED = List.of("", "拟", "预");

  static final List<String> NAMES = combined(List.of("中标（成交）供应商名称", "中标供应商名称", "成交供应商名称",
      "中标供应商", "成交供应商", "中标人", "中标人名称", "中标单位", "成交单位", "中标公司名称", "中标公司", "供应商名称",
      "预中标单位", "拟中标单位", "拟中标人", "拟中标供应商", "拟成交供应商", "拟成交单位"),
      List.of("供应商", "人", "单位", "公司", "企业"), List.of("名称", ""));
  static final List<String> AMOUNTS = combined(List.of("中标（成交）金额", "中标金额", "成交金额", "中标价格", "成交价格",
      "中标价", "成交价", "中标报价", "成交报价", "拟中标金额", "拟成交金额", "拟中标价", "拟成交价"),
      List.of("金额", "价格", "价", "总价", "总金额", "报价"), List.of(""));

  private static List<String> combined(List<String> seen, List<String> roles, List<String> endings) {
    Set<String> out = new LinkedHashSet<>(seen);
    for (String proposed : PROPOSED) {
      for (String winner : WINNERS) {
        for (String role : roles) {
          for (String ending : endings) {
            out.add(proposed + winner + role + ending);
          }
        }
      }
    }
    return List.copyOf(new ArrayList<>(out));
  }

  private WinnerLabels() {}
}
