package org.tenderwatch.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Each lot's budget or max price stated in a sentence of its own, no label and colon the readers know: "一标段招标控制价：
 * 120万元；二标段招标控制价：80万元", "标项一：预算金额120万元，最高限价118万元；" / "标项二：预算金额80万元，…". The lot is named
 * before its figure, after the previous one's; with no total stated, the notice's amount is their sum (noted).
 */
final class LotSentences {

  /** A lot's name: "一标段", "第2包", "包1", "标项二", "A包" (group 1 or 2 its number). */
  private static final Pattern LOT = Pattern.compile("(?:第?\\s*(" + LotNames.NO + ")\\s*(?:" + LotNames.AFTER
      + ")|(?:" + LotNames.BEFORE + ")\\s*(" + LotNames.NO + "))");

  /** How far before its figure's words a lot's name may stand. */
  private static final int REACH = 20;

  private LotSentences() {}

  /**
   * The sum of the sentence's amounts when two or more each follow their own lot's name (the last named since the
   * previous amount and near it), noted by {@code problem} (a format of their count); else null.
   */
  static Budgets.Found sum(String text, Pattern sentence, String problem) {
    String folded = Fold.fold(text);
    Matcher m = sentence.matcher(folded);
    List<String> marks = new ArrayList<>();
    List<Amount> amounts = new ArrayList<>();
    int from = 0;
    while (m.find()) {
      // a run-on line is cut before a label, so the lot's name may end the line above ("一标段" / "招标控制价：…")
      String mark = lastLot(folded.substring(Math.max(from, m.start() - REACH), m.start()));
      Amount a = Amounts.parse(figure(m));
      if (mark == null || a == null || a.cny() == null) {
        return null;
      }
      int seen = marks.indexOf(mark);
      if (seen >= 0) { // the same lot again: restated (the text read twice, a summary and the body) or a conflict
        if (amounts.get(seen).cny().compareTo(a.cny()) != 0) {
          return null;
        }
        from = m.end();
        continue;
      }
      marks.add(mark);
      amounts.add(a);
      from = m.end();
    }
    return amounts.size() < 2 ? null
        : new Budgets.Found(Budgets.sum(amounts), String.format(Locale.ROOT, problem, amounts.size()));
  }

  /** The figure a sentence pattern caught: its first group that matched. */
  private static String figure(Matcher m) {
    for (int g = 1; g <= m.groupCount(); g++) {
      if (m.group(g) != null) {
        return m.group(g);
      }
    }
    return null;
  }

  private static String lastLot(String before) {
    Matcher lot = LOT.matcher(before);
    String last = null;
    while (lot.find()) {
      last = lot.group(1) != null ? lot.group(1) : lot.group(2);
    }
    return last;
  }
}
