package org.tenderwatch.extract;

import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A ccgp 公告概要 summary that a copy of the page flattened into one run of text, labels without colons
 * ("公告概要：公告信息：采购项目名称详见公告正文品目采购单位珠海市教育局行政区域珠海市公告时间2016年11月14日 17:52…"): aggregators
 * copy ccgp pages so. The summary's labels are a fixed set (PORTALS.md §2), so they delimit the values. Read as
 * "label：value" lines, appended after the text so that labels the body writes win.
 */
final class FlatSummary {

  /** The ccgp summary's row labels (award and tender layouts, 2017+ and ≤2016). */
  private static final List<String> LABELS = List.of("采购项目名称", "品目", "采购单位", "行政区域", "公告时间",
      "本项目招标公告日期", "中标日期", "成交日期", "评审专家名单", "总中标金额", "总成交金额", "项目联系人", "项目联系电话",
      "采购单位地址", "采购单位联系方式", "代理机构名称", "代理机构地址", "代理机构联系方式", "获取招标文件时间",
      "招标文件售价", "获取招标文件的地点", "开标时间", "开标地点", "预算金额", "公告信息", "联系人及联系方式");
  private static final Pattern LABEL = Pattern.compile(LABELS.stream()
      .sorted(Comparator.comparingInt(String::length).reversed()).map(Pattern::quote)
      .collect(Collectors.joining("|", "(?:", ")[:：]?")));
  /** A line the summary runs on in: it starts with a label glued to its value, as no body line's label is. */
  private static final Pattern LABEL_FIRST = Pattern.compile("^" + LABEL.pattern().replace("[:：]?", "(?![:：])"));
  /**
   * A line whose last label's value was broken onto the next line ("…采购项目名称某某设备采购品目", "公告信息："), or the
   * mark's own colon alone ("公告概要：" over its rows).
   */
  private static final Pattern LABEL_LAST = Pattern.compile("(?:^|" + LABEL.pattern().replace("[:：]?", ")")
      + "\\s*[:：]?$");
  /**
   * The one value a tender's summary writes over two lines, so that a copy breaks it: the document period's dates,
   * then its daily hours ("获取招标文件时间2026年07月29日至2026年08月05日" over "每日上午:9:00 至 11:00 下午:…（北京时间…）").
   */
  private static final Pattern PERIOD_DATES = Pattern.compile("获取招标文件时间[\\d年月日至\\s]+$");
  private static final Pattern DAILY_HOURS = Pattern.compile("^每[日天]\\s*上午");
  /** A crawler's copy breaks the summary over its rows at most: one row a line, each opening with its label. */
  private static final int MAX_LINES = LABELS.size() + 1;
  private static final String MARK = "公告概要";
  /** A value the summary leaves to the body. */
  private static final Pattern NO_VALUE = Pattern.compile("^(?:详见公告正文|详见正文|无|/|-)?$");
  /**
   * The summary's labels stand close: the longest value seen between two of them is a 开标地点 sentence of some 210
   * chars. A copy that lost its line breaks runs the body on after the summary, and the body's own words ("品目号" of
   * its item table, 500 chars on) are no summary labels: the summary ends at a label further than this from the last.
   */
  private static final int MAX_GAP = 300;
  /** Fewer labels than this is a sentence naming a few of them, not a summary. */
  private static final int MIN_LABELS = 5;

  /**
   * The line set before the summary's pairs: what comes after it restates the notice, so a reader that adds up what
   * the body states (lots' budgets) reads the page's own text first ({@link #own}).
   */
  private static final String HEAD = "\n〔公告概要〕\n";

  private FlatSummary() {}

  /** The text before the flattened summary's pairs ({@link #pairs} appended after it), or all of it. */
  static String own(String text) {
    int at = text.indexOf(HEAD);
    return at < 0 ? text : text.substring(0, at);
  }

  /** "label：value" lines of the flattened summary in the text, under {@link #HEAD}, or "" when there is none. */
  static String pairs(String text) {
    int at = text.indexOf(MARK);
    if (at < 0) {
      return "";
    }
    List<String> after = text.substring(at + MARK.length()).lines().toList();
    String line = summaryLine(after.subList(0, Math.min(MAX_LINES, after.size())));
    int end = line.indexOf(TextRender.GAP);
    String pairs = read(end < 0 ? line : line.substring(0, end)); // the summary ends where the body's text begins
    return pairs.isEmpty() ? "" : HEAD + pairs;
  }

  /**
   * The summary's line, with the lines a copy broke it into joined back: a line goes on while the one before ends
   * with a label whose value it holds ("品目" over "货物/设备/…") or while it starts with a label glued to its value
   * ("采购单位某某局行政区域北京市…", also a summary kept one row a line: "品目服务/…", "行政区域上海市公告时间…") or
   * while it holds the document period's hours under its dates; a body line ("一、项目编号：…") ends it.
   */
  private static String summaryLine(List<String> lines) {
    StringBuilder out = new StringBuilder(lines.isEmpty() ? "" : lines.getFirst());
    for (int i = 1; i < lines.size(); i++) {
      String next = lines.get(i).strip();
      if (next.isEmpty() || !LABEL_LAST.matcher(out).find() && !LABEL_FIRST.matcher(next).find()
          && !(PERIOD_DATES.matcher(out).find() && DAILY_HOURS.matcher(next).find())) {
        break;
      }
      out.append(next);
    }
    return out.toString();
  }

  private static String read(String summary) {
    Matcher m = LABEL.matcher(summary);
    StringBuilder out = new StringBuilder();
    String label = null;
    int from = 0;
    int labels = 0;
    while (m.find() && (label == null || m.start() - from <= MAX_GAP)) {
      add(out, label, summary.substring(from, m.start()));
      label = m.group().replaceAll("[:：]$", "");
      from = m.end();
      labels++;
    }
    // the last label's value: the rest of the summary, or (a run-on copy, its body on the same line) no more than a gap
    add(out, label, summary.substring(from, Math.min(summary.length(), from + MAX_GAP)));
    return labels < MIN_LABELS ? "" : out.toString();
  }

  private static void add(StringBuilder out, String label, String value) {
    String v = value.strip();
    if (label != null && !NO_VALUE.matcher(v).matches()) {
      out.append(label).append('：').append(v).append('\n');
    }
  }
}
