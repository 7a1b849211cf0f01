package org.tenderwatch.extract;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.tenderwatch.extract.TextRender.Line;

/**
 * A table row kept as one line of space-separated cells, without colons ("招标人 某市重点工程建设管理局 招标代理机构
 * 某某咨询有限公司", as crawlers keep ggzy tables and tab-separated text): the line opens with a known label, and
 * each known label among its cells starts a pair, its value the cells up to the next label. The pairs are given as
 * "label：value" lines for the buyer, agency, project number and name, and date readers; other labels only end the
 * value before them, so amounts and winners stay with their own readers.
 */
final class SpacedPairs {

  /** The labels whose pairs are given. */
  private static final Set<String> GIVEN = Stream.of(FieldLabels.BUYER, FieldLabels.AGENCY, FieldLabels.PROJECT_NO,
          FieldLabels.PROJECT_NAME, FieldLabels.PROJECT_NAME_AND_NO, FieldLabels.BUYER_ADDRESS,
          FieldLabels.DEADLINE_AND_OPENING, FieldLabels.DEADLINE, FieldLabels.OPENING, FieldLabels.PUBLISHED)
      .flatMap(List::stream).map(Fold::fold).collect(Collectors.toUnmodifiableSet());
  private static final Pattern SPACE = Pattern.compile(" ");

  private SpacedPairs() {}

  /** The "label：value" lines of the lines that are such rows, one per line; empty when there are none. */
  static String pairs(List<Line> body) {
    StringBuilder out = new StringBuilder();
    for (Line l : body) {
      String t = l.text();
      int space = t.indexOf(' ');
      if (l.isRow() || space < 0 || !GIVEN.contains(Fold.fold(t.substring(0, space)))) {
        continue; // most lines fail here: they do not open with a known label and a space
      }
      pairs(SPACE.split(t), out);
    }
    return out.toString();
  }

  private static void pairs(String[] cells, StringBuilder out) {
    String label = null;
    StringBuilder value = new StringBuilder();
    for (String cell : cells) {
      if (LabelRows.isLabel(cell) || GIVEN.contains(Fold.fold(cell))) {
        given(label, value, out);
        label = cell;
        value.setLength(0);
      } else if (label != null) {
        value.append(value.isEmpty() ? "" : " ").append(cell);
      }
    }
    given(label, value, out);
  }

  private static void given(String label, StringBuilder value, StringBuilder out) {
    if (label != null && !value.isEmpty() && GIVEN.contains(Fold.fold(label))) {
      out.append(label).append('：').append(value).append('\n');
    }
  }
}
