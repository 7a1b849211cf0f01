package org.tenderwatch.extract;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.tenderwatch.extract.TextRender.Line;

/**
 * Tables that name the parties or the project number in a column rather than beside a label, read as "标签：值" lines
 * for the label readers (appended after the text, so a label written on the page wins):
 * <ul>
 *   <li>a contact table headed by its columns ("单位 | 名称 | 地址 | 联系人 | 电话", "单位名称 | 地址 | 联系人 | 联系电话"),
 *       one row per party: the party's role in a column of its own or before its name ("采购人", "招标代理"), or, in
 *       a table with no roles that names an agency by its trade (招标/代理/咨询 …), the first other name is the
 *       buyer's; never a table under a winners' or candidates' heading (a winner's 单位名称 | 地址 | 联系人 row);
 *   <li>a lots table whose 项目编号 or 采购单位 column holds one value in every row: the number or the buyer stated once
 *       per lot (a table of one row is {@link LabelRows#headerTablePairs}'s);
 *   <li>a contact table whose columns the parties head ({@link RoleColumns}).
 * </ul>
 */
final class PartyTables {

  /** A contact table's column of names: "名称" or "单位名称" before a bare "单位" (which may head the roles). */
  private static final Pattern NAME_COLUMN = Pattern.compile("^(?:单位名称|名称|机构名称|单位全称)$");
  private static final Pattern UNIT_COLUMN = Pattern.compile("^单位$");
  /** A column of roles: blank over "采购人" / "代理机构", or headed 单位 / 角色 / 类别 beside a column of names. */
  private static final Pattern ROLE_COLUMN = Pattern.compile("^(?:|单位|角色|类别|单位类别|单位类型|项目参与方)$");
  private static final Pattern ADDRESS_COLUMN = Pattern.compile("^" + BuyerAddresses.ADDRESS_WORD + "$");
  /** What makes it a contact table: a contact person or a phone column. */
  private static final Pattern CONTACT_COLUMN = Pattern.compile("联系人|电话|联系方式");
  private static final Pattern BUYER_ROLE =
      Pattern.compile("^(?:采购人|采购单位|招标人|招标单位|建设单位|项目业主|业主单位|比选人|发包人)");
  private static final Pattern AGENCY_ROLE = Pattern.compile("代理|集中采购机构|采购机构");
  /** Rows of parties that are neither: a supervisor, a complaints office, a supplier. */
  private static final Pattern OTHER_ROLE = Pattern.compile("监督|投诉|质疑|供应商|中标|成交|投标人");
  /** A role written before the name in its cell: "采购人：某某局". */
  private static final Pattern ROLE_BEFORE = Pattern.compile("^([^:：]{2,8})\\s*[:：]\\s*(.+)$");
  private static final Pattern SPACE = Pattern.compile("\\s");
  /** A heading over a table of winners, candidates or bidders: its 单位名称 are theirs. */
  private static final Pattern WINNERS_HEADING = Pattern.compile("中标|成交|候选|供应商|投标人|中选|入围");
  /**
   * The columns whose one value over every lot's row is the notice's: the project's number (not a lot's 标段编号 nor
   * a bare 编号, which may number items), the buyer as 采购人 or 招标人 (not a 使用单位, which an items table gives
   * per row as a department), the agency.
   */
  private static final Set<String> NOTICE_COLUMNS = Stream.of(
      FieldLabels.PROJECT_NO.stream().filter(l -> !l.equals("编号") && !l.equals("标段编号")),
      Stream.of("采购人", "采购人名称", "采购单位", "采购单位名称", "招标人", "招标人名称", "招标单位"),
      FieldLabels.AGENCY.stream()).flatMap(s -> s).collect(Collectors.toUnmodifiableSet());

  private PartyTables() {}

  /** "标签：值" lines of the tables among the lines, one per line, in page order. */
  static String pairs(List<Line> lines) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < lines.size(); i++) {
      Line head = lines.get(i);
      if (head.isRow() && head.cells().size() >= 3) {
        contacts(lines, i, out);
        repeated(lines, i, out);
        RoleColumns.pairs(lines, i, out);
      }
    }
    return out.toString();
  }

  /** A contact table's columns: roles (or -1), names, addresses; null when the row heads no contact table. */
  private record Columns(int role, int name, int address) {}

  private static Columns columns(List<String> header) {
    int name = -1;
    int unit = -1;
    int address = -1;
    boolean contact = false;
    for (int c = 0; c < header.size(); c++) {
      String cell = key(header.get(c));
      name = name < 0 && NAME_COLUMN.matcher(cell).matches() ? c : name;
      unit = unit < 0 && UNIT_COLUMN.matcher(cell).matches() ? c : unit;
      address = address < 0 && ADDRESS_COLUMN.matcher(cell).matches() ? c : address;
      contact |= CONTACT_COLUMN.matcher(cell).find();
    }
    if (name < 0) { // "单位 | 地址 | 联系人 | 电话": the 单位 column holds the names
      name = unit;
    }
    if (name < 0 || address < 0 || !contact) {
      return null;
    }
    int role = name > 0 && ROLE_COLUMN.matcher(key(header.getFirst())).matches() ? 0 : -1;
    return new Columns(role, name, address);
  }

  /** The rows under a contact table's header, as the buyer's and the agency's labelled names and the buyer's address. */
  private static void contacts(List<Line> lines, int at, StringBuilder out) {
    List<String> header = lines.get(at).cells();
    Columns col = columns(header);
    if (col == null || underWinnersHeading(lines, at)) {
      return;
    }
    boolean roles = col.role() >= 0 || rolesBeforeNames(lines, at, col);
    if (!roles && !namesAnAgency(lines, at, col)) {
      return; // a table of one party's contacts, or of suppliers': no role says whose
    }
    boolean buyer = false;
    boolean agency = false;
    for (int j = at + 1; j < lines.size() && lines.get(j).isRow() && lines.get(j).cells().size() == header.size(); j++) {
      List<String> row = lines.get(j).cells();
      String role = col.role() < 0 ? "" : key(row.get(col.role()));
      String name = row.get(col.name()).strip();
      Matcher before = ROLE_BEFORE.matcher(name);
      if (role.isEmpty() && before.matches()) {
        role = key(before.group(1));
        name = before.group(2).strip();
      }
      if (name.isEmpty() || OTHER_ROLE.matcher(role).find()) {
        continue;
      }
      boolean isAgency = role.isEmpty() ? PartyNames.agencyLike(name) : AGENCY_ROLE.matcher(role).find();
      boolean isBuyer = role.isEmpty() ? !isAgency && !buyer : BUYER_ROLE.matcher(role).lookingAt();
      if (isAgency && !agency) {
        out.append("采购代理机构：").append(name).append('\n');
        agency = true;
      } else if (isBuyer && !buyer) {
        out.append("采购人：").append(name).append('\n');
        String address = row.get(col.address()).strip();
        if (!address.isEmpty()) {
          out.append("采购人地址：").append(address).append('\n');
        }
        buyer = true;
      }
    }
  }

  private static List<List<String>> rows(List<Line> lines, int at) {
    int width = lines.get(at).cells().size();
    List<List<String>> rows = new java.util.ArrayList<>();
    for (int j = at + 1; j < lines.size() && lines.get(j).isRow() && lines.get(j).cells().size() == width; j++) {
      rows.add(lines.get(j).cells());
    }
    return rows;
  }

  private static boolean rolesBeforeNames(List<Line> lines, int at, Columns col) {
    return rows(lines, at).stream().anyMatch(r -> ROLE_BEFORE.matcher(r.get(col.name()).strip()).matches());
  }

  private static boolean namesAnAgency(List<Line> lines, int at, Columns col) {
    return rows(lines, at).stream().anyMatch(r -> PartyNames.agencyLike(r.get(col.name()).strip()));
  }

  /** Whether one of the two lines above the header (not rows) heads winners, candidates or bidders. */
  private static boolean underWinnersHeading(List<Line> lines, int at) {
    for (int i = at - 1; i >= Math.max(0, at - 2); i--) {
      if (!lines.get(i).isRow()) {
        return WINNERS_HEADING.matcher(lines.get(i).text()).find();
      }
    }
    return false;
  }

  /** A header's party or number column whose every row below (two or more) holds the same value. */
  private static void repeated(List<Line> lines, int at, StringBuilder out) {
    List<String> header = lines.get(at).cells();
    int end = at + 1;
    while (end < lines.size() && lines.get(end).isRow() && lines.get(end).cells().size() == header.size()) {
      end++;
    }
    if (end - at - 1 < 2) {
      return;
    }
    for (int c = 0; c < header.size(); c++) {
      String label = key(header.get(c)).replaceFirst("[:：]$", "");
      if (!NOTICE_COLUMNS.contains(label)) {
        continue;
      }
      String value = lines.get(at + 1).cells().get(c).strip();
      boolean same = !value.isEmpty();
      for (int j = at + 2; same && j < end; j++) {
        same = value.equals(lines.get(j).cells().get(c).strip());
      }
      if (same) {
        out.append(label).append('：').append(value).append('\n');
      }
    }
  }

  private static String key(String cell) {
    return SPACE.matcher(Fold.fold(cell)).replaceAll("");
  }
}
