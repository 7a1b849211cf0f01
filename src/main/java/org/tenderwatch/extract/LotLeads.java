package org.tenderwatch.extract;

import java.util.ArrayList;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A lot's heading left before a label on a run-on line: "… 一标段 中标人：X 中标价：Y 二标段 中标人：…" or "【包1】
 * 中标供应商：…" is a heading over the lot's lines in a copy that kept its breaks. {@link RunOn} cuts before the label;
 * without a cut before the heading too, the heading stays at the end of the previous lot's last value and the lot
 * is lost. A cut there sets the heading on a line of its own, where the lot heading readers take it.
 */
final class LotLeads {

  /** A lot heading (a lot's name, or one in 【】 / []) after a space, ending right before the cut. */
  private static final Pattern LEAD = Pattern.compile(
      "(?<=\\s)(?:" + LotNames.LEADING + "|[【\\[](?:" + LotNames.LEADING + ")[】\\]])\\s*$");
  /**
   * A lot's heading with its colon after a space, a note in brackets too long for a label's ("… 第六包（申威）：
   * 第七包（Intel和AMD）："): ccgp batch purchases list their lots so before the winners' blocks.
   */
  private static final Pattern NOTED = Pattern.compile("(?<=\\s)(?:" + LotNames.LEADING + ")\\s*\\([^()]{1,20}\\)\\s*:");
  /**
   * A lot's heading and its colon closing a piece after a space: "某某采购结果公告 包1：" once {@link SpacedLabels} cut
   * off the bare labels after it ("包1： 中标供应商 X 中标金额 Y 包2： …", a lot heading over a label table, run on).
   */
  private static final Pattern CLOSING = Pattern.compile("(?<=\\s)(?:" + LotNames.LEADING + ")\\s*:\\s*$");
  /** How far before a cut a heading is looked for. */
  private static final int REACH = 16;

  private LotLeads() {}

  /** Where a piece's closing lot heading starts ("… 包1：", {@link #CLOSING}), or -1. */
  static int closing(String piece) {
    Matcher m = CLOSING.matcher(Fold.fold(piece));
    return m.find() ? m.start() : -1;
  }

  /** Adds a cut before each lot heading that sits right before one of the cuts, and before each noted heading. */
  static void add(String folded, TreeSet<Integer> cuts) {
    Matcher noted = NOTED.matcher(folded);
    while (noted.find()) {
      cuts.add(noted.start());
    }
    for (int at : new ArrayList<>(cuts)) {
      Matcher m = LEAD.matcher(folded.substring(Math.max(0, at - REACH), at));
      if (m.find()) {
        cuts.add(Math.max(0, at - REACH) + m.start());
      }
    }
  }
}
