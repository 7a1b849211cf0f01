package org.tenderwatch.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The winner names in the value of a winner label. The value ends where the next label begins ("X有限公司 联 系 人：…")
 * or where a name that ended as an organisation's does is followed by other cells ("X有限公司 品目类别 品目分类 …", a
 * table flattened with single spaces). Several names in one value ("A公司、B公司", "A公司；B公司") are several
 * winners, when each part is an organisation's name; otherwise the value is one name, as written
 * ("X公司（联合体成员：A、B）").
 */
final class SupplierNames {

  /** How an organisation's name ends (公司, 厂, 研究所, 经销处, 商行 …), for names without a label after them. */
  static final String ORG_END = "(?:公司|厂|院|所|中心|社|店|行|站|部|处|局|馆|集团|大学|学校|学院|医院|工作室|合伙\\))";
  /** The next label: a space, then a few Chinese letters (maybe letter-spaced: "联 系 人") and a colon. */
  private static final Pattern NEXT_LABEL = Pattern.compile("\\s+(?:\\p{IsHan}\\s*){1,12}[:：]");
  /** An organisation's name and then a space: the cells after it are not the name. */
  private static final Pattern ORG_THEN_SPACE = Pattern.compile(ORG_END + "(?=\\s)");
  /**
   * A score's label run straight on after the name, with no space ("X公司评审总得分：91.71（分）", 辽宁's 更正内容 lines):
   * no name holds a label's colon, so the name ends where the label begins. "X得分科技公司" (no colon) is left alone.
   */
  private static final Pattern RUN_ON_SCORE = Pattern.compile("(?:评审|综合|最终|技术|商务|价格)?总?得分\\s*(?:\\([^()]{0,4}\\)\\s*)?:");
  private static final Pattern ORG = Pattern.compile(".{2,60}" + ORG_END + "(?:\\(.*\\))?");
  /** A consortium's marks on its members ("（联合体牵头人）", "（牵头方）", "（成员）", "（主）" / "（成）", "…联合体"). */
  private static final Pattern CONSORTIUM = Pattern.compile("联合体|\\((?:牵头|成员)[^()]{0,4}\\)|\\((?:主体?|成)\\)");
  /**
   * The lead a consortium's value marks: its name before "（牵头人）", "（联合体牵头人）", "（主）", or after a 牵头 label
   * ("联合体（牵头人：X；成员：Y）"). The labelling convention takes the lead as the winner; a value that marks no lead
   * ("X、Y联合体", "X（联合体成员：Y）") is kept as written.
   */
  private static final Pattern LEAD = Pattern.compile("^\\s*([^()、,，;；]{2,60}?)\\s*\\((?:联合体)?(?:牵头[^()]{0,3}|主体?)\\)"
      + "|牵头(?:人|方|单位|供应商|企业)?\\s*:\\s*([^()、,，;；:]{2,60}?" + ORG_END + ")(?=\\s*[)、,，;；]|\\s*$)");
  private static final String SEPARATORS = "、，,;；";

  private SupplierNames() {}

  /** The names in a winner label's value (one, or several when it lists organisations). */
  static List<String> split(String value) {
    String v = value.replace(TextRender.GAP, ' ').strip();
    List<String> lots = lotRun(v);
    if (lots != null) {
      return lots; // each keeps its lot's prefix, which Suppliers.add reads as the lot
    }
    List<String> listed = numbered(v);
    if (listed != null) {
      return listed;
    }
    Matcher label = NEXT_LABEL.matcher(v);
    if (label.find()) {
      v = v.substring(0, label.start());
    }
    Matcher score = RUN_ON_SCORE.matcher(Fold.fold(v));
    if (score.find() && score.start() > 0) {
      v = v.substring(0, score.start());
    }
    Matcher org = ORG_THEN_SPACE.matcher(Fold.fold(v));
    if (org.find()) {
      v = v.substring(0, org.end());
    }
    if (CONSORTIUM.matcher(Fold.fold(v)).find()) {
      return List.of(lead(v)); // "X公司（联合体牵头人）、Y院（联合体成员）": one winner, a consortium, its lead
    }
    List<String> parts = parts(v);
    boolean allOrgs = parts.size() > 1 && parts.stream().allMatch(p -> ORG.matcher(Fold.fold(p)).matches());
    if (!allOrgs && parts.size() > 1 && ORG.matcher(Fold.fold(parts.getFirst())).matches()) {
      return List.of(parts.getFirst().strip()); // "X公司，某市某路1号": the name, then its address
    }
    return allOrgs ? parts : List.of(v.strip());
  }

  /** A consortium's value as its marked lead's name, or as written when it marks none. */
  private static String lead(String v) {
    Matcher m = LEAD.matcher(Fold.fold(v));
    if (!m.find()) {
      return v.strip();
    }
    int g = m.group(1) != null ? 1 : 2;
    return v.substring(m.start(g), m.end(g)).strip();
  }

  /** The winner's amount in a note after its name: "（成交价：人民币86,500.00元）", "（中标金额：12万元）". */
  private static final String AMOUNT_NOTE = "(?:中标|成交|中选)?(?:总?价|总?金额|价格|报价)";
  /** A note in brackets after a name: its credit code or its address ("（统一社会信用代码：91…）", "（地址：某路1号）"). */
  private static final Pattern NAME_NOTE =
      Pattern.compile("[(（]\\s*(?:(?:统一)?(?:社会)?信用代码|(?:联系|注册)?地址|住所|" + AMOUNT_NOTE + ")[:：]?[^()（）]*[)）]$");
  private static final Pattern NOTED_AMOUNT =
      Pattern.compile("[(（]\\s*" + AMOUNT_NOTE + "\\s*[:：]\\s*([^()（）]*[0-9零壹贰叁肆伍陆柒捌玖拾][^()（）]*)[)）]$");

  /** The amount a note after the winner's name states, or null. */
  static Amount noteAmount(String name) {
    Matcher m = NOTED_AMOUNT.matcher(name.strip());
    return m.find() ? Amounts.parse(m.group(1)) : null;
  }

  /** A winner's name without what ends a sentence after it ("X公司；") or a note in brackets after it. */
  static String clean(String name) {
    String n = NAME_NOTE.matcher(name.strip().replaceAll("[；;，,。、]+$", "")).replaceAll("").strip();
    return UNCLOSED_NOTE.matcher(n).replaceAll("").strip(); // "X公司（地址" cut at the note's colon
  }

  /** A bracket opened after a name and not closed: its note was cut off ("X公司（地址：…）" at its colon). */
  private static final Pattern UNCLOSED_NOTE = Pattern.compile("(?<=" + ORG_END + ")\\s*[(（][^()（）]{0,8}$");
  /** An item number opening a name in a list ("1、X公司 2、Y公司", "1.X公司<br>2.Y公司"). */
  private static final Pattern ITEM_NO = Pattern.compile("(?:^|\\s)[0-9]{1,2}[、.)]\\s*(?=\\D)");

  /** The names of a numbered list, when the value is one ("1、X公司 2、Y公司"), else null. */
  private static List<String> numbered(String v) {
    String folded = Fold.fold(v);
    Matcher m = ITEM_NO.matcher(folded);
    if (!m.lookingAt()) {
      return null;
    }
    List<String> out = new ArrayList<>();
    int from = m.end();
    while (m.find()) {
      out.add(v.substring(from, m.start()).strip());
      from = m.end();
    }
    out.add(v.substring(from).strip());
    return out.size() > 1 && out.stream().allMatch(p -> ORG.matcher(Fold.fold(p)).matches()) ? out : null;
  }

  /** A lot's prefix and an organisation's name ("包件二：X公司"). */
  private static final Pattern LOT_WINNER =
      Pattern.compile("^(?:" + LotNames.LEADING + ")\\s*:\\s*" + ORG.pattern() + "$");

  /**
   * Several lots' winners run on in one value, a full stop between ("包件一：A公司。包件二：B公司。", a university
   * CMS's 成交供应商 line): the winners, each with its prefix, or null when a part is not a lot's winner.
   */
  private static List<String> lotRun(String v) {
    List<String> out = new ArrayList<>();
    for (String part : v.split("。")) {
      addPart(out, part);
    }
    boolean all = out.size() > 1 && out.stream().allMatch(p -> LOT_WINNER.matcher(Fold.fold(p)).matches());
    return all ? out : null;
  }

  /** The value cut at list separators outside brackets. */
  private static List<String> parts(String v) {
    List<String> out = new ArrayList<>();
    int depth = 0;
    int from = 0;
    for (int i = 0; i < v.length(); i++) {
      char c = Fold.fold(v.charAt(i));
      depth += c == '(' ? 1 : c == ')' ? -1 : 0;
      if (depth == 0 && SEPARATORS.indexOf(v.charAt(i)) >= 0) {
        addPart(out, v.substring(from, i));
        from = i + 1;
      }
    }
    addPart(out, v.substring(from));
    return out;
  }

  private static void addPart(List<String> out, String part) {
    if (!part.isBlank()) {
      out.add(part.strip());
    }
  }
}
