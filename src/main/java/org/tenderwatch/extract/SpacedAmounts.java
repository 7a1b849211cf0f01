package org.tenderwatch.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts an award amount's label and its figure out of a line that lost its breaks and colons: a label table copied
 * as one run-on line ("中标人 某公司 中标价（元） 876543.21 工期 60日历天") keeps "label value" pairs apart by single
 * spaces only, and no colon tells {@link RunOn} where a label starts. The amount's label is cut off the text before
 * it, and the text after its figure off it, so the winner's and the amount's readers each see their own line, as a
 * copy that kept its breaks gives them. Only a winner's amount label followed by a bare figure is cut: a spaced
 * figure is no value of any other label. Pure: a line in, its pieces out.
 */
final class SpacedAmounts {

  /**
   * "中标价（元） 876543.21", "成交金额 ￥32,800.00元": a winner's amount label, a space, then a figure; not a bare
   * number of three digits at most, the row number after a flattened table's header ("中标金额（元） 1 某公司 …").
   */
  private static final Pattern LABEL_FIGURE = Pattern.compile("(?<=\\s)[预拟]?" + Suppliers.WINNER
      + "(?:总?金额|价格|总?价|报价)\\s*(?:\\(\\s*(?:人民币)?\\s*(?:亿元|万元|元)\\s*\\))?"
      + "\\s+(?![0-9]{1,3}(?:\\s|$))(?:人民币)?\\s*[¥￥]?\\s*[0-9][0-9,.]*\\s*(?:亿元|万元|元)?(?=\\s|$)");

  private SpacedAmounts() {}

  /** The line's pieces: cut before each spaced amount label and after its figure; the line itself if none. */
  static List<String> cut(String line) {
    if (line.indexOf(':') >= 0 || line.indexOf('：') >= 0) {
      return List.of(line); // a line with colons is cut at its labels (RunOn)
    }
    Matcher m = LABEL_FIGURE.matcher(Fold.fold(line));
    List<String> pieces = new ArrayList<>();
    int from = 0;
    while (m.find()) {
      RunOn.addPiece(pieces, line.substring(from, m.start()));
      RunOn.addPiece(pieces, line.substring(m.start(), m.end()));
      from = m.end();
    }
    if (from == 0) {
      return List.of(line);
    }
    RunOn.addPiece(pieces, line.substring(from));
    return pieces;
  }
}
