package org.tenderwatch.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a winner's name cell ends in a winners table row a copy ran together with no separator ({@link GluedRows}):
 * no gap parts it from the address after it, so it ends where an organisation's name does. ccgp writes a consortium's
 * cell as its lead and then its members, with a line break between ("牵头供应商：甲公司" / "投标联合体：甲公司、乙事务所");
 * that cell ends after its last member and stands for its lead. Pure: folded text in, an offset or a name out.
 */
final class GluedNames {

  /** A company's name and, run on after it, its branch's ("某某有限公司某某分公司"). */
  private static final Pattern COMPANY = Pattern.compile("[^:;,。]{2,40}?公司(?:\\p{IsHan}{1,12}?分公司)?");
  /** Another organisation's name: 社, 院 or 所 alone would end "某某社会工作服务中心" at its 社. */
  private static final Pattern OTHER_ORG = Pattern.compile("[^:;,。]{2,40}?(?:中心|事务所|研究院|研究所|设计院|医院|学院|大学"
      + "|学校|合作社|工作室|经营部|服务部|门市部|商行|商店|书店|厂|合伙\\))");
  private static final String ORG = "(?:" + COMPANY.pattern() + "|" + OTHER_ORG.pattern() + ")";
  /**
   * A consortium's cell: its lead under its label ("牵头供应商：", "联合体牵头人："), then maybe its members under
   * theirs, the lead again among them ("投标联合体：", "联合体成员："), parted by "、".
   */
  private static final Pattern CONSORTIUM = Pattern.compile("(?:联合体)?牵头(?:供应商|人|单位|方):\\s*(" + ORG
      + ")\\s*(?:(?:投标)?联合体(?:成员)?(?:单位)?:\\s*" + ORG + "(?:、" + ORG + ")*)?");

  /** A 项目名称 label's whole line ("二、项目名称：X", "采购项目名称：X"): a glued row's 标项名称 cell often repeats X. */
  private static final Pattern PROJECT_NAME =
      Pattern.compile("^(?:[一二三四五六七八九十]+、)?\\s*(?:采购)?项目名称\\s*:\\s*(\\S.{1,79}?)\\s*$");

  private GluedNames() {}

  /** The project's names the page's 项目名称 lines state, folded, each once. */
  static List<String> projectNames(List<TextRender.Line> lines) {
    List<String> out = new ArrayList<>();
    for (TextRender.Line l : lines) {
      Matcher m = l.isRow() || !l.text().contains("项目名称") ? null : PROJECT_NAME.matcher(Fold.fold(l.text().strip()));
      if (m != null && m.matches() && !out.contains(m.group(1))) {
        out.add(m.group(1));
      }
    }
    return out;
  }

  /** Where the name cell from {@code at} of the folded row ends, or -1 when no name starts there. */
  static int end(String folded, int at) {
    if (at == folded.length() || Character.isDigit(folded.charAt(at))) {
      return -1; // a figure before it ran on into it ("磋商报价：667113某某公司")
    }
    for (Pattern p : new Pattern[] {CONSORTIUM, COMPANY, OTHER_ORG}) {
      Matcher m = p.matcher(folded).region(at, folded.length());
      if (m.lookingAt()) {
        return m.end();
      }
    }
    return -1;
  }

  /** A consortium's cell as its lead's name, the winner the notice names first; any other name as cut. */
  static String lead(String cell) {
    Matcher m = CONSORTIUM.matcher(Fold.fold(cell));
    return m.matches() ? cell.substring(m.start(1), m.end(1)) : cell;
  }
}
