package org.tenderwatch.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tenderwatch.extract.TextRender.Line;

/**
 * Label/value cells as a PDF's text layer gives them, value first (the 中国国际招标网 notices' PDFs): the value with its
 * colon on the line over its label (":0739-264CNEIC2M09" / "招标项目编号"), or a lone colon over the label run into its
 * value (":" / "招标人中国核电工程有限公司"). Each pair is written back as one label line ("招标项目编号：0739-264CNEIC2M09",
 * "招标人：中国核电工程有限公司"), so the label readers see it. No sentence opens with a colon, and the line under it must be
 * a known label ({@link FieldLabels#all}): alone, a bracketed note kept ("投标截止时间（开标时间）"), under a value; at its
 * start with a name after it, under a lone colon. A value over a line that is no label (a clause "投标人是响应招标…", a
 * label no field reads, "招标文件领购开始时间") stays as it is, and so does a colon line under a label alone, which is
 * that label's value with its colon wrapped onto it ("项目编号" / "：SDGP…", a crawler's cell-per-line copy).
 */
final class ValueFirstCells {

  private static final Pattern VALUE = Pattern.compile("^\\s*[:：]\\s*(\\S.*?)\\s*$");
  private static final Pattern LONE_COLON = Pattern.compile("^\\s*[:：]\\s*$");
  /** A label alone on its line, maybe with a bracketed note after it. */
  private static final Pattern LABEL_ALONE = Pattern.compile("^(\\p{IsHan}{2,20})(?:[(（][\\p{IsHan}、]{1,12}[)）])?$");
  /** What a name run into its label never holds: a sentence's punctuation. */
  private static final Pattern NOT_A_NAME = Pattern.compile("[。，,；;：:]");
  private static final int NAME_MAX = 60;
  /** The known labels, longest first, so "招标代理机构" is taken whole before "招标代理". */
  private static final List<String> LABELS =
      FieldLabels.all().distinct().sorted(Comparator.comparingInt(String::length).reversed()).toList();

  private ValueFirstCells() {}

  /** The lines with each value-first pair written back as one label line; other lines as they are. */
  static List<Line> swap(List<Line> lines) {
    List<Line> out = new ArrayList<>(lines.size());
    for (int i = 0; i < lines.size(); i++) {
      Line l = lines.get(i);
      // under a label alone the colon line is that label's value, its colon wrapped ("项目编号" / "：SDGP…")
      boolean underLabel = i > 0 && !lines.get(i - 1).isRow() && labelAlone(lines.get(i - 1).text().strip());
      String pair = i + 1 < lines.size() && !underLabel && !l.isRow() && !lines.get(i + 1).isRow()
          ? pair(l.text(), lines.get(i + 1).text()) : null;
      if (pair == null) {
        out.add(l);
      } else {
        out.add(new Line(pair, null));
        i++;
      }
    }
    return out;
  }

  /** The label line a colon line and the line under it make, or null when they are no value-first cell. */
  static String pair(String line, String next) {
    String below = next.strip();
    if (LONE_COLON.matcher(line).matches()) {
      String label = leadingLabel(below);
      String name = label == null ? "" : below.substring(label.length()).strip();
      return name.length() < 2 || name.length() > NAME_MAX || NOT_A_NAME.matcher(name).find() ? null
          : label + "：" + name;
    }
    Matcher value = VALUE.matcher(line);
    if (!value.matches()) {
      return null;
    }
    return labelAlone(below) ? below + "：" + value.group(1) : null;
  }

  private static boolean labelAlone(String line) {
    Matcher alone = LABEL_ALONE.matcher(line);
    return alone.matches() && (LABELS.contains(line) || LABELS.contains(alone.group(1)));
  }

  private static String leadingLabel(String line) {
    for (String label : LABELS) {
      if (line.startsWith(label)) {
        return label;
      }
    }
    return null;
  }
}
