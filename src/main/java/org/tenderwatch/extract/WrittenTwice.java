package org.tenderwatch.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tenderwatch.extract.TextRender.Line;

/**
 * An amount's label alone on its line over the amount written twice, in capitals and in figures, each on a line of
 * its own: 北京市政府采购网's result and correction template ("成交金额：" / "人民币大写：壹拾壹万…元" / "人民币小写：￥119789.00元").
 * The label's readers take the value on the label's line, so the writings are joined to it ("成交金额：人民币大写：… 人民币小写：…",
 * the one-line form they already read). A writing may stand as "人民币小写：X", "（小写）X", "小写（万元）：X", as a
 * two-cell row ("人民币小写 | X") or as its label alone over its value; either may come first, either alone. Pure: lines
 * in, lines out; a page without the shape comes out as it went in.
 */
final class WrittenTwice {

  /** A label naming a sum, alone with its colon ("成交金额：", "2.中标价（元）：", "预算金额（人民币）："), width-folded. */
  private static final Pattern MONEY_LABEL = Pattern.compile(
      "^[^:,，。;；]{0,16}(?:金额|价格?|报价|预算|限价|资金)(?:\\s*\\([^()]{1,10}\\))?\\s*:$");
  /**
   * One writing's label and what follows it on its line, width-folded: "人民币大写：", "(小写)", "小写金额：", "小写(万元)：";
   * group 1 is 大写 or 小写, group 2 the value (empty when it stands on the next line).
   */
  private static final Pattern WRITING = Pattern.compile("^(?:人民币)?\\s*\\(?(大写|小写)\\)?(?:金额)?"
      + "(?:\\s*\\((?:人民币|单位:)?(?:亿元|万元|元)\\))?\\s*:?\\s*(.*)$");
  /** How a written sum opens: a capital numeral, a figure, a currency's sign or name. */
  private static final Pattern SUM_START = Pattern.compile("^(?:[零壹贰叁肆伍陆柒捌玖拾佰仟万亿¥$0-9]|人民币|RMB)");

  /** A writing found at a line: which one (大写, 小写), its text as one "label：value", and the lines it took. */
  private record Writing(String kind, String text, int lineCount) {}

  private WrittenTwice() {}

  /** The lines with each money label alone over its writings made one line. */
  static List<Line> joined(List<Line> lines) {
    List<Line> out = new ArrayList<>(lines.size());
    for (int i = 0; i < lines.size(); i++) {
      Line l = lines.get(i);
      String t = l.isRow() ? "" : l.text().strip(); // a money label ends in its colon: most lines are not folded
      if (!LineShapes.endsWithColon(t) || !MONEY_LABEL.matcher(Fold.fold(t)).matches()) {
        out.add(l);
        continue;
      }
      StringBuilder joined = new StringBuilder(l.text().strip());
      Set<String> kinds = new HashSet<>();
      int next = i + 1;
      for (Writing w = writing(lines, next); w != null && kinds.add(w.kind()); w = writing(lines, next)) {
        joined.append(kinds.size() == 1 ? "" : " ").append(w.text());
        next += w.lineCount();
      }
      out.add(kinds.isEmpty() ? l : new Line(joined.toString(), null));
      i = next - 1;
    }
    return out;
  }

  /** Whether a line is a writing's label alone ("人民币大写", "小写："): a label, never the value of the label above it. */
  static boolean isLabel(String folded) {
    Matcher m = WRITING.matcher(folded.strip());
    return m.matches() && m.group(2).isEmpty();
  }

  /** The writing at a line, or null when the line is none. */
  private static Writing writing(List<Line> lines, int at) {
    if (at >= lines.size()) {
      return null;
    }
    Line l = lines.get(at);
    if (l.isRow()) { // "人民币小写 | ￥45600.00元"
      return l.cells().size() == 2 && isLabel(Fold.fold(l.cells().get(0))) ? writing(l.cells().get(0), l.cells().get(1), 1)
          : null;
    }
    String text = l.text().strip();
    Matcher m = WRITING.matcher(Fold.fold(text));
    if (!m.matches()) {
      return null;
    }
    if (!m.group(2).isEmpty()) {
      return SUM_START.matcher(m.group(2)).lookingAt() ? new Writing(m.group(1), text, 1) : null;
    }
    Line value = at + 1 < lines.size() ? lines.get(at + 1) : null;
    return value == null || value.isRow() ? null : writing(text, value.text(), 2);
  }

  /** A writing's label and its value given apart, when the value is a sum. */
  private static Writing writing(String label, String value, int lineCount) {
    Matcher m = WRITING.matcher(Fold.fold(label.strip()));
    String v = value.strip();
    if (!m.matches() || !SUM_START.matcher(Fold.fold(v)).lookingAt()) {
      return null;
    }
    String bare = label.strip().replaceFirst("[:：]$", "");
    return new Writing(m.group(1), bare + "：" + v, lineCount);
  }
}
