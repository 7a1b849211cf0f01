package org.tenderwatch.extract;

import java.util.List;

/**
 * The words a table's column label ends in: one vocabulary for every table reader ({@link CellLines} for tables kept
 * one cell a line, {@link FlatTables} for rows run onto one line or set apart by tabs), so a column one reader knows
 * is known to the other ("项目预算(万元)" and "控制价(万元)" heads 山东's lots table as well as "预算金额(万元)" does). A
 * value ends in none of them ("货物", "审核通过", "冷水江市人民检察院").
 */
final class ColumnWords {

  /** Alternatives for a regex group, each a column's last word. */
  static final String ENDINGS = String.join("|", List.of(
      // a row's number, rank or lot
      "序号", "排名", "名次", "排序", "包号", "包组", "标段号?", "标包号?", "标项号?", "分包号?", "采购包", "合同包", "编号",
      "代码",
      // who: a winner, a candidate, a maker, a person
      "名称", "中标人", "成交人", "供应商", "候选人", "项目经理", "项目负责人", "总监理工程师", "姓名", "职务", "厂商", "厂家", "品牌",
      // how much: sums and prices
      "金额", "价格", "报价", "单价", "总价", "限价", "预算", "中标价", "成交价", "评标价", "控制价", "合同价",
      // a rate awarded instead of a sum (a works supervisor's 中标费率, a discount)
      "费率", "下浮率", "优惠率", "折扣率",
      // what: items and their terms (采购标的: 广东's and 陕西's 采购需求 item column)
      "品目", "品目编码", "标的", "类别", "分类", "型号", "规格", "参数", "指标", "数量", "单位", "工期", "质量", "内容", "明细", "要求",
      "标准", "期限", "交货期", "服务期",
      // where, when, how, and the outcome
      "地址", "地点", "日期", "时间", "方式", "过程", "得分", "评分", "结果", "状态", "原因", "意见", "说明", "备注", "信息",
      "是否中标", "是否成交", "是否中选"));

  /**
   * A party's block heading kept one cell a line ("招标人信息" over "单位名称", "社会信用代码": 重庆's 中标结果公告)
   * opens label/value pairs, not a table ({@link CellLines} reads no column there), though its 信息 ends a column's
   * label elsewhere ("供应商信息 | 资格审查结果 | 报价", 湖南's 供应商投标情况).
   */
  static final String PARTY_BLOCK =
      "(?!(?:招标人|采购人|采购单位|招标代理机构|采购代理机构|代理机构|中标人|成交人|中标供应商|成交供应商)信息$)";

  /** The chars a column word can end with: a cheap test before a header regex. */
  static final String LAST_CHARS = lastChars();
  /** The longest column word's length. */
  static final int LONGEST = java.util.Arrays.stream(ENDINGS.split("\\|")).mapToInt(e -> e.replace("?", "").length())
      .max().orElseThrow();

  /** The chars a column word can end with ("标段号?" ends with 号 or 段). */
  private static String lastChars() {
    StringBuilder out = new StringBuilder();
    for (String word : ENDINGS.split("\\|")) {
      String w = word.strip();
      boolean optional = w.endsWith("?");
      String plain = optional ? w.substring(0, w.length() - 1) : w;
      out.append(plain.charAt(plain.length() - 1));
      if (optional && plain.length() > 1) {
        out.append(plain.charAt(plain.length() - 2));
      }
    }
    return out.toString();
  }

  /** Each column word spelled out, an optional last char both ways ("标段号?": 标段号 and 标段). */
  private static final List<String> WORDS = spelled();
  private static final int HEADER_LEAD = 12;
  private static final String NOT_IN_LEAD = "0123456789:,。;";

  /**
   * Whether a cell is at most 12 chars (a char outside the BMP counts once) with no digit nor ":,。;" in them, then a
   * column word: what the regex {@code ^[^0-9:,。;]{0,12}(?:ENDINGS)$} matches, asking each word once instead of
   * backtracking through all of them at each of 13 offsets.
   */
  static boolean header(String cell) {
    for (String w : WORDS) {
      if (cell.endsWith(w)) {
        int lead = cell.length() - w.length();
        if (cell.codePointCount(0, lead) <= HEADER_LEAD && cell.chars().limit(lead).allMatch(c -> NOT_IN_LEAD.indexOf(c) < 0)) {
          return true;
        }
      }
    }
    return false;
  }

  private static List<String> spelled() {
    List<String> out = new java.util.ArrayList<>();
    for (String word : ENDINGS.split("\\|")) {
      String plain = word.endsWith("?") ? word.substring(0, word.length() - 1) : word;
      if (plain.length() < 2 || !plain.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
        throw new IllegalStateException("a column word is Chinese chars, its last one maybe optional: " + word);
      }
      out.add(plain);
      if (word.endsWith("?")) {
        out.add(plain.substring(0, plain.length() - 1));
      }
    }
    return List.copyOf(out);
  }

  private ColumnWords() {}
}
