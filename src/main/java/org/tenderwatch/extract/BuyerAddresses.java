package org.tenderwatch.extract;

import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The buyer's address where no address label names the buyer ("采购人地址"): the 地址 that follows the buyer's name
 * in its contact lines, before the agency's, or the buyer's side of a two-party contact table.
 */
final class BuyerAddresses {

  /**
   * "地址：", also "联系地址：" / "通讯地址：" in a contact block; glued to the name before it when that name ends as a
   * body's does ("采购人：柳州市国土资源局地址：…", a copy that lost its spaces), never inside another word (交货地址, 项目地址).
   */
  /**
   * The address label's words ("地址", "地 址", "联系地址", "通讯地址", "详细地址", "单位地址", "办公地址"): one vocabulary
   * for every address reader.
   */
  static final String ADDRESS_WORD = "(?:联系|通讯|详细|单位|办公)?地\\s*址";
  private static final Pattern ADDRESS_LABEL = Pattern.compile(
      "(?<![\\p{IsHan}&&[^局院司校心会所队站厅部委室处馆社府团]])" + ADDRESS_WORD + "\\s*[:：]\\s*");
  /** A contact table's cell naming the buyer's side ("采购人联系人", "采购单位名称", "招标人"). */
  private static final Pattern BUYER_CELL = Pattern.compile("^(?:采购人|采购单位|招标人|招标单位|建设单位|项目业主)");
  /** A table cell that is an address label alone. */
  private static final Pattern ADDRESS_CELL = Pattern.compile("^" + ADDRESS_WORD + "\\s*[:：]?\\s*$");
  /** A line of a label with its colon and its value, width-folded ("联系地址:某某路5号", "电话:/"). */
  private static final Pattern LABEL_VALUE = Pattern.compile("^([^:\\s0-9]{2,14}?)\\s*:\\s*(.*)$");
  /** An address label glued to the value before it ("…公司地址："), to be spaced off. */
  private static final Pattern GLUED_ADDRESS = Pattern.compile("(?<=\\p{IsHan})(?=地\\s*址)");
  /** A contact section's heading: "六、本次招标联系事项", "八、联系方式". */
  private static final Pattern CONTACT_HEADING = Pattern.compile("[一二三四五六七八九十]{1,3}\\s*[、.．][^\\n：:]{0,10}联系(?:事项|方式)");
  /** Parties other than the buyer whose address a contact section may give first. */
  private static final Pattern OTHER_PARTY = Pattern.compile("代理|供应商|中标|成交|投标人|监督|投诉|质疑");
  /** Who oversees the procurement: a section headed for them ("九、监督部门联系方式") gives their address. */
  private static final Pattern OVERSEER = Pattern.compile("监督|投诉|质疑");
  /** A line that is a label with its colon, a list number maybe before it: another field's, never an address. */
  private static final Pattern LABELLED_LINE = Pattern.compile("^\\S{0,4}?\\p{IsHan}{2,20}\\s*:");
  /** How far after a buyer label its address may follow ("采购人名称：X 地址：Y", "采购人：X\n地 址：Y"). */
  private static final int ADDRESS_WINDOW = 160;

  /**
   * A space before the house number ("某某路 6号", "龙眼井 237号5楼", "枣乡街 19-6号"): a copy that lost its line breaks
   * keeps the break a Word body put inside the address as a space; the address is one word.
   */
  private static final Pattern BROKEN_NUMBER = Pattern.compile("(?<=\\p{IsHan})\\s+(?=[0-9]{1,5}(?:-[0-9]{1,4})?号)");

  /**
   * The building, park or floor an address goes on to after a comma ("北京市朝阳区北辰西路一号院，中国科学院奥运科技园区
   * 104楼", "某路12号，某某大厦5层"): the name reader stops at the comma, but a part that ends in a building's word and
   * holds no label, no space and no other punctuation is the address's. A phone, a contact or a postal code after the
   * comma is not.
   */
  private static final Pattern BUILDING_AFTER =
      Pattern.compile("^[，,][^，,；;。:：\\s]{2,30}?(?:楼|层|室|座|幢|栋|单元)");
  /** How many places the address is looked for in the text. */
  private static final int MAX_PLACES = 4;
  /**
   * A phone number run on after the address, glued to its last char or after a space or comma ("…北太平庄路27号010-51949968",
   * "…8号 13912345678"): a landline with its area code's dash (an extension after it) or a mobile, closing the value; a
   * house or room number never has that shape ("19-6号", "1201室", "2号楼0101").
   */
  private static final Pattern PHONE_AFTER = Pattern.compile(
      "(?<=[\\p{IsHan})）])[\\s,，;；]*(?:0[0-9]{2,3}-[0-9]{7,8}(?:-[0-9]{1,5})?|1[3-9][0-9]{9})$");

  private BuyerAddresses() {}

  /**
   * The first address the readers give that is not the buyer's name again: 政采云's summary row fills 采购单位地址 with
   * the buyer's name when the buyer gave no address there ("采购单位地址东阳市某某中学", ccgp's copy of it), and the
   * 采购人信息 block below states the address. Such a value stands only when no reader gives another (a page whose
   * one 地址 after the buyer repeats its name: "采购人：济南市某某医院 地址：济南市某某医院").
   */
  @SafeVarargs
  static String first(String buyer, Supplier<String>... readers) {
    String name = null;
    for (Supplier<String> reader : readers) {
      String v = reader.get();
      if (v != null && !v.isBlank() && !isBuyer(v, buyer)) {
        return v.strip();
      }
      name = name == null && v != null && !v.isBlank() ? v.strip() : name;
    }
    return name;
  }

  /** Whether the value is the buyer's name, spaces and widths aside. */
  private static boolean isBuyer(String value, String buyer) {
    return buyer != null && squeezed(value).equals(squeezed(buyer));
  }

  private static String squeezed(String s) {
    return Fold.fold(s).replaceAll("\\s+", "");
  }

  /** The address with the building it goes on to after a comma where the text writes one ({@link #BUILDING_AFTER}). */
  static String continued(String address, String text) {
    if (address == null || address.isEmpty()) {
      return address;
    }
    int at = text.indexOf(address);
    for (int n = 0; at >= 0 && n < MAX_PLACES; n++, at = text.indexOf(address, at + 1)) {
      int end = at + address.length();
      Matcher m = BUILDING_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 40)));
      if (m.find()) {
        return address + m.group();
      }
    }
    return address;
  }

  /**
   * The address as one value: a space before its house number closed up ({@link #BROKEN_NUMBER}), a phone number run
   * on after it dropped ({@link #PHONE_AFTER}); null stays null.
   */
  static String tidy(String address) {
    return address == null ? null
        : PHONE_AFTER.matcher(BROKEN_NUMBER.matcher(address).replaceAll("")).replaceFirst("");
  }

  /** "采购人名称：X 地址：Y" or "采购人：X" with "地 址：Y" on a following line, before the agency's block. */
  static String nearBuyer(String text) {
    String folded = Fold.fold(text);
    for (String label : FieldLabels.BUYER) {
      LabelFinder m = Labels.finder(label, folded);
      boolean found = false;
      while (m.find()) { // the buyer named again in the contact block ("十、联系方式 采购人：X 地址：Y")
        found = true;
        String window = folded.substring(m.end(), Math.min(folded.length(), m.end() + ADDRESS_WINDOW));
        int agency = window.indexOf("代理");
        Matcher a = ADDRESS_LABEL.matcher(window);
        if (find(a, window) && (agency < 0 || a.start() < agency || pairedColumns(window, a))) {
          int at = m.end() + a.end();
          String rest = text.substring(at).lines().findFirst().orElse("").replaceFirst("^[\\s|]+", "");
          if (ADDRESS_LABEL.matcher(Fold.fold(rest)).lookingAt()) {
            return null; // "地 址： | 地 址：Y": the buyer's cell is blank, the next cell is the agency's
          }
          if (LABELLED_LINE.matcher(Fold.fold(rest)).lookingAt()) {
            return null; // "地址：" left blank over the next party's numbered line ("3、同级政府采购监督管理部门名称：…")
          }
          String address = closed(Labels.name(rest));
          if (address != null && Labels.isName(address)) { // "地址：" left blank over "联系人：…" is no address
            return address;
          }
        }
      }
      if (found) {
        return null;
      }
    }
    return null;
  }

  /**
   * Whether the address label stands in a place's line ("开标地点：某某中心（地址：…）", "递交投标文件地点：…，地址：…"),
   * or opens the line after it: that address is the place's, not the buyer's.
   */
  private static boolean inPlaceLine(String window, int at) {
    int start = window.lastIndexOf('\n', at - 1) + 1;
    if (start > 0 && window.substring(start, at).isBlank()) { // the label opens its line (a run-on line cut before it)
      start = window.lastIndexOf('\n', start - 2) + 1;
    }
    return window.substring(start, at).contains("地点");
  }

  /** "某某县某路5号）" read from "采购人：X（地址：某某县某路5号）": the bracket closes the note, not the address. */
  private static String closed(String address) {
    if (address == null || !(address.endsWith("）") || address.endsWith(")"))) {
      return address;
    }
    String body = address.substring(0, address.length() - 1);
    return body.contains("（") || body.contains("(") ? address : body.strip();
  }

  /**
   * The first address label in the window: one glued to a name only on the buyer's own value, no label between
   * ("采购人：某局地址：…"); after another label, a glued "公司地址：" is another party's ("中标单位：X 公司地址：Y"); one
   * in a place's line is the place's.
   */
  private static boolean find(Matcher a, String window) {
    while (a.find()) {
      boolean glued = a.start() > 0
          && Character.UnicodeScript.of(window.charAt(a.start() - 1)) == Character.UnicodeScript.HAN;
      if ((!glued || window.substring(0, a.start()).indexOf(':') < 0) && !inPlaceLine(window, a.start())) {
        return true;
      }
    }
    return false;
  }

  /**
   * The first address of a contact section when no other party is named before it ("六、本次招标联系事项 国资处联系人：孔老师
   * 地址：Y"): a buyer's own notice (a university's, a school's) with no agency gives its own address there. Read only
   * when the notice names no agency (the caller's check): an agency's notice may give its own address first.
   */
  static String inContactSection(String text) {
    String folded = Fold.fold(text);
    Matcher h = CONTACT_HEADING.matcher(folded);
    if (!h.find() || OVERSEER.matcher(h.group()).find()) {
      return null; // "九、监督部门联系方式": the supervisor's section
    }
    String section = folded.substring(h.end(), Math.min(folded.length(), h.end() + ADDRESS_WINDOW));
    Matcher a = ADDRESS_LABEL.matcher(section);
    if (!a.find() || OTHER_PARTY.matcher(section.substring(0, a.start())).find()) {
      return null; // after an agency, a winner or a complaints office, the address is theirs
    }
    String rest = text.substring(h.end() + a.end()).lines().findFirst().orElse("");
    String address = Labels.name(rest);
    return address != null && Labels.isName(address) ? address : null;
  }

  /**
   * A two-party contact table of label | value | label | value rows whose one side's first label names the buyer
   * ("购买招标文件联系人：| 彭先生 | 采购人联系人：| 某医院设备科", 广东 2015): that side's value in the row with an address
   * label on both sides.
   */
  static String pairedTable(List<TextRender.Line> lines) {
    for (int i = 0; i < lines.size(); i++) {
      int side = buyerSide(lines.get(i));
      for (int j = i + 1; side >= 0 && j < Math.min(lines.size(), i + 10) && lines.get(j).isRow(); j++) {
        List<String> c = lines.get(j).cells();
        if (c.size() == 4 && ADDRESS_CELL.matcher(c.get(0).strip()).matches()
            && ADDRESS_CELL.matcher(c.get(2).strip()).matches()) {
          String address = Labels.name(c.get(side + 1));
          return address != null && Labels.isName(address) ? address : null;
        }
      }
    }
    return null;
  }

  /** 0 or 2, the buyer's label column of a four-cell row where only one side names the buyer; else -1. */
  private static int buyerSide(TextRender.Line row) {
    return !row.isRow() || row.cells().size() != 4 ? -1 : buyerSide(row.cells());
  }

  private static int buyerSide(List<String> cells) {
    boolean left = BUYER_CELL.matcher(Fold.fold(cells.get(0).strip())).lookingAt();
    boolean right = BUYER_CELL.matcher(Fold.fold(cells.get(2).strip())).lookingAt();
    return left == right ? -1 : left ? 0 : 2;
  }

  /**
   * The same two-party table kept one cell a line or tab-set, its labels ending in colons, so each cell pair came back
   * as a "label：value" line and a row as two such lines ("购买招标文件联系人：彭先生" / "采购人联系人：某医院设备科" /
   * "电话：…" / "电话：…" / "联系地址：A" / "联系地址：B"): read two lines at a time from the pair naming one side the
   * buyer's, each pair after it with one label on both sides (a table's row, not a list of labels), up to the address
   * pair.
   */
  static String pairedLines(List<TextRender.Line> lines) {
    for (int i = 0; i + 1 < lines.size(); i++) {
      List<String> head = linePair(lines, i);
      int side = head == null ? -1 : buyerSide(head);
      for (int j = i + 2; side >= 0 && j + 1 < Math.min(lines.size(), i + 20); j += 2) {
        List<String> c = linePair(lines, j);
        if (c == null || !Fold.fold(c.get(0)).equals(Fold.fold(c.get(2)))) {
          break;
        }
        if (ADDRESS_CELL.matcher(c.get(0)).matches()) {
          String address = Labels.name(c.get(side + 1));
          return address != null && Labels.isName(address) ? address : null;
        }
      }
    }
    return null;
  }

  /** A short label with its colon and a value, as lines {@code i} and {@code i + 1} give them, as four cells; else null. */
  private static List<String> linePair(List<TextRender.Line> lines, int i) {
    String s = lines.get(i).isRow() ? "" : lines.get(i).text().strip();
    String t = lines.get(i + 1).isRow() ? "" : lines.get(i + 1).text().strip();
    if (!LineShapes.opensLabel(s, 14) || !LineShapes.opensLabel(t, 14)) {
      return null; // LABEL_VALUE's label and colon not there: no line is folded nor matched
    }
    Matcher a = LABEL_VALUE.matcher(Fold.fold(s));
    Matcher b = LABEL_VALUE.matcher(Fold.fold(t));
    if (!a.matches() || !b.matches()) {
      return null;
    }
    return List.of(a.group(1) + ":", a.group(2), b.group(1) + ":", b.group(2));
  }

  /**
   * A buyer | agency contact table flattened into lines ("采购人名称：A" "采购代理机构名称：B" "电话：…" "电话：…" "地址：A's"
   * "地址：B's"): each label comes twice in a row, the buyer's first.
   */
  private static boolean pairedColumns(String window, Matcher address) {
    String rest = window.substring(address.end());
    String spaced = GLUED_ADDRESS.matcher(rest).replaceAll(" "); // glued to the value before it
    Matcher next = ADDRESS_LABEL.matcher(spaced); // "地址:" or "地址 :" (a label set in two spans)
    return next.find() && spaced.substring(0, next.start()).indexOf(':') < 0; // the same label next, none between
  }
}
