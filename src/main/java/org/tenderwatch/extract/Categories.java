package org.tenderwatch.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.tenderwatch.extract.TextRender.Line;

/**
 * The category (品目) a notice states outside a label: in a table's 品目名称 / 采购品目 / 品目分类 column, or as a
 * code of the government procurement catalogue ("A02091107-视频监控设备": A goods, B works, C services) in a table
 * flattened into text. A 品目名称 cell names the category; when the page fills it with the project's name, or has no
 * such column, the catalogue code's own name does. Several items give their categories in order, comma-joined, as
 * the ccgp summary lists several.
 */
final class Categories {

  /** Column headers, best first: the item's name, then the catalogue entry (code and name). */
  private static final List<String> NAME_HEADERS = List.of("品目名称");
  private static final List<String> CODE_HEADERS = List.of("品目分类", "采购品目", "品目", "品目编码", "品目编号及品目名称");
  /**
   * A catalogue code and its name, parted by a dash, spaces or nothing ("B0504-防水工程", "C06020500 广播电视传输服务",
   * "C02100000学生活动组织实施服务"); the name is group 1.
   */
  private static final Pattern CODE =
      Pattern.compile("^[ABC][0-9]{2,12}(?:\\s*-\\s*|\\s+|(?=\\p{IsHan}))(\\S{1,30})$");
  /** A name ending in a Chinese character, its catalogue code glued after it ("网络设备A02010000"); the name is group 1. */
  private static final Pattern CODE_AFTER = Pattern.compile("^(\\S{0,29}\\p{IsHan})[ABC][0-9]{6,12}$");
  /** A 品目名称 column, not a label with its value ("品目名称：…" is read by the label reader). */
  private static final Pattern NAME_COLUMN = Pattern.compile("品目名称(?!\\s*:)");
  /** A cell that is no category name: a figure, a unit, a project ("…项目"). */
  private static final Pattern NOT_A_NAME = Pattern.compile("^[0-9.,]*$|^\\S$|项目$|:");

  private static final Pattern SPACES = Pattern.compile("\\s+");
  /** Four figures in a row: an amount, a date or an entry number, never in a catalogue entry's plain name. */
  private static final Pattern LONG_FIGURE = Pattern.compile("[0-9]{4,}");
  /** A slash with the line break of a cell around it. */
  private static final Pattern SLASH_GAP = Pattern.compile("\\s*/\\s*");
  /**
   * Column headers whose cells may name the 品目 without a code: 政采云's bare 品目, 江西's 采购品目 (采购需求 "采购条目编号 |
   * 采购条目名称 | 采购品目 | …"), ccgp's 品目编号及品目名称 (主要标的信息), which holds the code only when the buyer gave one.
   */
  private static final List<String> PLAIN_NAME_HEADERS = List.of("品目", "采购品目", "品目编号及品目名称");
  /** Headers of a column kept one cell a line whose rows {@link #cellColumn} reads. */
  private static final List<String> CELL_HEADERS = List.of("品目名称", "采购品目", "品目编号及品目名称");
  /**
   * A kept row's first cell: its item number ("1", "1-1") or an entry number holding a long figure
   * ("某财购2025J000100231", 江西's 采购条目编号).
   */
  private static final Pattern ROW_KEY = Pattern.compile("^(?:[0-9]{1,3}(?:-[0-9]{1,3})*|\\S*[0-9]{6,}\\S*)$");

  private Categories() {}

  /** The categories the lines state, in page order, comma-joined, or null. */
  static String of(List<Line> lines, String projectName) {
    Set<String> found = new LinkedHashSet<>();
    boolean nameColumn = lines.stream().anyMatch(l -> NAME_COLUMN.matcher(Fold.fold(l.text())).find());
    List<String> words = new ArrayList<>(); // the cells of a flattened table stand one a line or a space apart
    for (int i = 0; i < lines.size(); i++) {
      Line l = lines.get(i);
      if (!l.isRow()) {
        words.addAll(List.of(SPACES.split(l.text())));
      } else if (i == 0 || !lines.get(i - 1).isRow()) {
        codes(words, nameColumn, projectName, found);
        words.clear();
        column(lines, i, projectName, found);
      }
    }
    codes(words, nameColumn, projectName, found);
    if (found.isEmpty()) {
      cellColumn(lines.stream().filter(l -> !l.isRow()).flatMap(l -> Stream.of(SPACES.split(l.text().strip())))
          .toList(), projectName, found);
    }
    return found.isEmpty() ? null : String.join(",", found);
  }

  /** A header cell kept one a line: short, no figure, no colon ("品目号", "数量（单位）", "技术规格、参数及要求"). */
  private static final Pattern HEADER_CELL = Pattern.compile("^[^0-9:]{2,12}$");
  /** A number or a row number where a 品目名称 should stand. */
  private static final Pattern FIGURE = Pattern.compile("^[0-9][0-9.,-]*$");
  /** A row's first cell under such a header: its number or item code ("1", "1-1", "2-1"). */
  private static final Pattern ITEM_NO = Pattern.compile("^[0-9]{1,3}(?:-[0-9]{1,3})*$");

  /**
   * The 品目名称 column of an item table kept one cell a line or run on a space apart (a content frame or a copy of
   * 广东's, 陕西's and ccgp's 采购需求 / 主要标的信息: "品目号" / "品目名称" / "采购标的" / … over "1-1" / "其他商务服务" /
   * …): the header runs from a cell that is none up to the first row's item number, and each row's name stands a
   * header's width after the header's 品目名称.
   */
  private static void cellColumn(List<String> cells, String projectName, Set<String> found) {
    for (int i = 0; i < cells.size(); i++) {
      String header = Fold.fold(cells.get(i));
      if (!CELL_HEADERS.contains(header)) {
        continue;
      }
      int start = i;
      while (start > 0 && HEADER_CELL.matcher(Fold.fold(cells.get(start - 1))).matches()) {
        start--;
      }
      int end = i + 1;
      while (end < cells.size() && HEADER_CELL.matcher(Fold.fold(cells.get(end))).matches()) {
        end++;
      }
      int width = end - start;
      for (int row = end; width >= 3 && row + width <= cells.size() && ROW_KEY.matcher(cells.get(row)).matches();
          row += width) {
        String name = cellName(cells.get(row + i - start), header, projectName);
        if (name == null) {
          break;
        }
        found.add(name);
      }
    }
  }

  /**
   * A kept column's cell as a category, or null when it is none: a 品目名称 cell holding a code shows the row cut askew
   * (the code has a column of its own there); the other columns may hold the code before the name.
   */
  private static String cellName(String cell, String header, String projectName) {
    String name = "品目名称".equals(header) ? cell : entry(cell, header, projectName);
    boolean ok = name != null && isName(name, projectName) && name.length() <= 30;
    return ok && (!"品目名称".equals(header) || codeName(name) == null) ? name : null;
  }

  /**
   * The category column of the table headed at {@code at}. A 品目名称 cell holding a figure or a row number ("1-1",
   * "20") with no catalogue code beside it shows a table cut at a wrong width (a header cell of kept text not known
   * as one): nothing of it is read. With a code, the row only lost an empty cell (tab runs drop it), and the code's
   * name stands.
   */
  private static void column(List<Line> lines, int at, String projectName, Set<String> found) {
    List<String> header = lines.get(at).cells().stream().map(c -> Fold.fold(c).replace(" ", "")).toList();
    int name = indexOf(header, NAME_HEADERS);
    int code = indexOf(header, CODE_HEADERS);
    if (name < 0 && code < 0) {
      return;
    }
    Set<String> picks = new LinkedHashSet<>();
    for (int r = at + 1; r < lines.size() && lines.get(r).isRow(); r++) {
      List<String> cells = lines.get(r).cells();
      String n = name >= 0 && name < cells.size() ? joined(cells.get(name)) : "";
      String c = code >= 0 && code < cells.size() ? entry(joined(cells.get(code)), header.get(code), projectName) : null;
      if (c == null && FIGURE.matcher(Fold.fold(n)).matches()) {
        return;
      }
      String pick = isName(n, projectName) ? n : c;
      if (pick != null && !pick.isBlank()) {
        picks.add(pick);
      }
    }
    found.addAll(picks);
  }

  /**
   * Catalogue codes among the words of a line (a table flattened into text), each with the 品目名称 cell after it
   * when the page has that column.
   */
  private static void codes(List<String> words, boolean nameColumn, String projectName, Set<String> found) {
    for (int i = 0; i < words.size(); i++) {
      String name = codeName(words.get(i));
      if (name == null) {
        continue;
      }
      String next = i + 1 < words.size() ? words.get(i + 1) : "";
      found.add(nameColumn && isName(next, projectName) && codeName(next) == null ? next : name);
    }
  }

  /**
   * A category as a label gives it, its catalogue code dropped ("B0504-防水工程" is 防水工程, and "网络设备A02010000", the
   * code glued after the name as a ccgp summary's 品目 line may give it, is 网络设备); null stays null.
   */
  static String named(String value) {
    String name = value == null ? null : codeName(value.strip());
    name = name != null || value == null ? name : codeAfter(value.strip());
    return name != null ? name : value;
  }

  /**
   * The name before a catalogue code glued after it, or null. The code has six figures or more: a paper size or a
   * model's short number after a name ("复印纸A4", "激光打印机C5000") is part of the name.
   */
  private static String codeAfter(String value) {
    Matcher m = CODE_AFTER.matcher(Fold.fold(value));
    return m.matches() ? value.substring(0, m.end(1)) : null;
  }

  /**
   * A catalogue column's cell: the name after its code ("C1601-物业管理服务"); under a bare 品目 column (政采云's
   * 采购需求 "序号 | 标项名称 | 采购标的 | 品目 | …") the name as written, when it is one.
   */
  private static String entry(String cell, String header, String projectName) {
    String name = codeName(cell);
    boolean plain = PLAIN_NAME_HEADERS.contains(header) && isName(cell, projectName)
        && !LONG_FIGURE.matcher(cell).find(); // an amount or an entry number: the row was cut askew
    return name != null || !plain ? name : cell;
  }

  /** A cell as one line: a path broken after its slash ("计算机设备及软件/" over "台式计算机") joined back. */
  static String joined(String cell) {
    return SLASH_GAP.matcher(cell.strip()).replaceAll("/");
  }

  private static String codeName(String cell) {
    Matcher m = CODE.matcher(Fold.fold(cell));
    return m.matches() ? cell.substring(m.start(1), m.end(1)) : null;
  }

  /**
   * Whether a cell can name an item: not blank, a figure, a unit, a project, the row's number ("1-1"), nor a column's
   * label (a two-level header's second row, "单价(元) | 总价(元)", or a header cut in two, stands where a row would).
   */
  static boolean isName(String cell, String projectName) {
    String folded = Fold.fold(cell);
    return !cell.isBlank() && !NOT_A_NAME.matcher(folded).find() && !ITEM_NO.matcher(folded).matches()
        && !CellLines.isColumnCell(cell) && !cell.equals(projectName);
  }

  private static int indexOf(List<String> header, List<String> names) {
    for (String n : names) {
      int i = header.indexOf(n);
      if (i >= 0) {
        return i;
      }
    }
    return -1;
  }
}
