package org.tenderwatch.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tenderwatch.extract.TextRender.Line;

/**
 * A lots table run into one line with nothing between its cells, as 湖南's 政府采购 portal gives its 采购需求 in a
 * copy that lost the table ("包名称最高限价（元）标的名称简要技术要求数量标的预算（元）节能产品进口产品包12,866,410.82…"):
 * the header opens with the lot's name and its max price, and each row with its lot's name glued to that price. The
 * lots are 包1, 包2 … in order, so the lot's number is known before the figure is cut ("包1" + "2,866,410.82"), where
 * the text alone cannot tell "包12" + "866,410.82" from it. Pure.
 */
final class GluedLotRows {

  /** The header's first two cells glued, width-folded: "包名称最高限价（元）"; group 1 the unit. */
  private static final Pattern HEADER = Pattern.compile("包名称最高限价\\((万元|元)\\)");
  /** A figure right after a row's lot name: thousands commas or none, decimals. */
  private static final Pattern FIGURE = Pattern.compile("[0-9]{1,3}(?:,[0-9]{3})+(?:\\.[0-9]+)?|[0-9]+(?:\\.[0-9]+)?");

  private GluedLotRows() {}

  /** The lots' max prices summed (noted when more than one), or a Found of null when no line holds such a table. */
  static Budgets.Found maxPrice(List<Line> body) {
    for (Line l : body) {
      String folded = l.isRow() ? "" : Fold.fold(l.text());
      Matcher header = HEADER.matcher(folded);
      if (!header.find()) {
        continue;
      }
      List<Amount> lots = lots(l.text(), folded, header.end(), header.group(1));
      if (!lots.isEmpty()) {
        return lots.size() == 1 ? new Budgets.Found(lots.getFirst(), null)
            : new Budgets.Found(Budgets.sum(lots), String.format(java.util.Locale.ROOT, MaxPrices.LOTS, lots.size()));
      }
    }
    return new Budgets.Found(null, null);
  }

  /** Each row's max price after the header: "包1" then a figure, "包2" then a figure …, up to the first lot missing. */
  private static List<Amount> lots(String text, String folded, int from, String unit) {
    List<Amount> out = new ArrayList<>();
    int at = from;
    for (int k = 1; ; k++) {
      int lot = folded.indexOf("包" + k, at);
      Matcher figure = lot < 0 ? null : FIGURE.matcher(folded).region(lot + 1 + String.valueOf(k).length(), folded.length());
      if (figure == null || !figure.lookingAt()) {
        return out;
      }
      Amount price = Amounts.parse(text.substring(figure.start(), figure.end()) + unit);
      if (price == null || price.cny() == null) {
        return out;
      }
      out.add(price);
      at = figure.end();
    }
  }
}
