package org.tenderwatch.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tenderwatch.extract.TextRender.Line;

/**
 * A winner's lot that the page names apart from the winner's block, for winners read without one: the title of a
 * one-lot award ("某某集中采购项目第29包（显微镜类）中标公告": ccgp's 中央 notices award each lot of a project apart, and
 * only the title says which), or the recommendation sentences of the notice's 其它补充事宜 ("X综合得分为87.69分，排名第一，
 * 推荐为标段一：某某系统的中标供应商", one a winner, in the winners' order). Pure: winners in, winners out.
 */
final class WinnerLots {

  /**
   * A lot as a title names it: 第 and a number ("第29包", "第二标段"), a noun and a figure ("包2", "采购包3"), a lot noun
   * that names nothing else and a numeral ("标段一", "包组一", "采购包二"), a letter ("C包", "A分标"); not 包 alone and a
   * numeral word, which a title's goods may spell ("面包一批").
   */
  private static final Pattern TITLE_LOT = Pattern.compile("第[0-9一二三四五六七八九十]+(?:" + LotNames.AFTER + ")"
      + "|(?:" + LotNames.BEFORE + ")[0-9]+|(?:采购包|合同包|包组|标包|标段|标项|分包)[一二三四五六七八九十]+"
      + "|(?<![A-Za-z0-9])[A-Z0-9]?[A-Z](?:包|标段|分标)");
  /** One of a list or range of lots ("采购包1、2", "第1包、第2包", "第1-3包"): the title names no one lot. */
  private static final Pattern LISTED = Pattern.compile("^\\s*(?:[、,和及与至~-]|－|—)\\s*[0-9一二三四五六七八九十第A-Z]");
  /**
   * A recommendation naming a lot, in one sentence: "推荐为标段一：X的中标供应商", "推荐X为第一包的成交供应商" (group 1 the
   * lot). A ranking of candidates ("推荐为第一包第一中标候选人") names no winner.
   */
  private static final Pattern RECOMMENDED = Pattern.compile("(?:推荐|确定)[^。;]{0,40}?(" + LotNames.MARK + ")[^。;]{0,60}?"
      + "(?:中标|成交)(?:供应商|人|单位)");

  private WinnerLots() {}

  /** The winners, each without a lot given the one its title or a recommendation sentence names, if any. */
  static List<SupplierAward> named(List<SupplierAward> winners, String title, List<Line> lines) {
    if (winners.isEmpty() || winners.stream().anyMatch(w -> w.lot() != null)) {
      return winners;
    }
    List<String> lots = recommended(winners, lines);
    if (lots.isEmpty() && winners.size() == 1) {
      String lot = titleLot(title);
      lots = lot == null ? List.of() : List.of(lot);
    }
    if (lots.isEmpty()) {
      return winners;
    }
    List<SupplierAward> out = new ArrayList<>();
    for (int i = 0; i < winners.size(); i++) {
      SupplierAward w = winners.get(i);
      out.add(new SupplierAward(w.name(), lots.get(i), w.amount()));
    }
    return out;
  }

  /** The one lot the title names, or null (none, or several). */
  private static String titleLot(String title) {
    if (title == null) {
      return null;
    }
    String folded = Fold.fold(title);
    Matcher m = TITLE_LOT.matcher(folded);
    if (!m.find() || LISTED.matcher(folded.substring(m.end())).lookingAt()) {
      return null;
    }
    String lot = title.substring(m.start(), m.end());
    return m.find() ? null : lot;
  }

  /** Each winner's lot from the recommendation sentence naming it, in order; none unless one per winner. */
  private static List<String> recommended(List<SupplierAward> winners, List<Line> lines) {
    List<String> lots = new ArrayList<>();
    for (Line line : lines) {
      String text = line.isRow() ? String.join(" ", line.cells()) : line.text();
      for (String sentence : text.split("。")) {
        Matcher m = RECOMMENDED.matcher(Fold.fold(sentence));
        if (m.find()) {
          if (lots.size() == winners.size() || !sentence.contains(winners.get(lots.size()).name())) {
            return List.of();
          }
          lots.add(sentence.substring(m.start(1), m.end(1)));
        }
      }
    }
    return lots.size() == winners.size() ? lots : List.of();
  }
}
