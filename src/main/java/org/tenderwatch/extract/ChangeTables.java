package org.tenderwatch.extract;

import java.time.LocalDateTime;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tenderwatch.extract.TextRender.Line;

/**
 * A correction's table of what it changes: a header row naming the old value's column and the new one's ("更正事项 |
 * 原内容 | 更正后内容", "序号 | 更正项 | 更正前 | 更正后"), then a row per item ("开标时间 | 2024-05-20 09:30 |
 * 2024-05-27 09:30"). The new column holds the date that stands; a label reader would take the old one, the first
 * after the item's name.
 */
final class ChangeTables {

  /** An opening's item ("开标时间", "开标（开启）时间", "响应文件开启时间"). */
  static final Pattern OPENING = Pattern.compile("(?:开标|开启)(?:\\([^()]{0,6}\\))?(?:时间|日期)");
  /** A deadline's item ("投标截止时间", "递交响应文件截止时间"), not the documents' or an application's. */
  static final Pattern DEADLINE = Pattern.compile("截止(?:时间|日期)");
  private static final Pattern OTHER = Pattern.compile("获取|购买|发售|报名|质疑|保证金|答疑|澄清");
  private static final Pattern OLD = Pattern.compile("^(?:原|更正前|变更前|修改前|调整前)");
  private static final Pattern NEW = Pattern.compile("^(?:(?:更正|变更|修改|调整|变动)(?:后|为)|现)(?:的)?(?:内容|值|信息)?$");
  private static final Pattern SPACE = Pattern.compile("\\s+");

  private ChangeTables() {}

  /** The new date of the first item the pattern names, in a table under an old/new header; null when none. */
  static LocalDateTime date(List<Line> body, Pattern item) {
    int newColumn = -1;
    for (Line l : body) {
      if (!l.isRow()) {
        newColumn = -1; // the table ended
        continue;
      }
      List<String> cells = l.cells().stream().map(c -> SPACE.matcher(Fold.fold(c)).replaceAll("")).toList();
      int header = header(cells);
      if (header >= 0) {
        newColumn = header;
        continue;
      }
      if (newColumn < 0 || newColumn >= cells.size()) {
        continue;
      }
      for (int i = 0; i < newColumn; i++) {
        if (item.matcher(cells.get(i)).find() && !OTHER.matcher(cells.get(i)).find()) {
          LocalDateTime d = Dates.parse(cells.get(newColumn));
          if (d != null) {
            return d;
          }
        }
      }
    }
    return null;
  }

  /**
   * An old/new header as a text line writes it, its cells set apart by " | " or by spaces when a copy flattened the
   * table ("序号 更正项 更正前内容 更正后内容 1 采购数量 / …"): the old column's word, then the new one's next to it.
   */
  private static final Pattern HEADER_TEXT = Pattern.compile("(?:原内容|原公告内容|(?:更正|变更|修改|调整)前(?:的)?(?:内容)?)"
      + "\\s*\\|?\\s*(?:(?:更正|变更|修改|调整)(?:后|为)(?:的)?(?:内容)?)");

  /** Where a change table's text ends: a blank line, the next numbered section ("三、其他补充事宜"), a bracketed head. */
  private static final Pattern TABLE_END = Pattern.compile("^\\s*(?:$|[一二三四五六七八九十]+[、.．]|[〔【])");

  /**
   * The text without its change tables: from the line its old/new header starts on (the header's cells may stand a
   * line each) to the end of the table's section, lines are blanked, so a label read in them ("…；预算金额28,560.00元",
   * an item's budget the correction restates, a copy having cut the flattened table at each item's colon) is never
   * taken for the notice's own. The lines stay, empty, so the text keeps its line count.
   */
  static String outside(String text) {
    if (!text.contains("前")) {
      return text; // no old column's word: no change table (the common case, read without a regex)
    }
    Matcher header = HEADER_TEXT.matcher(text);
    if (!header.find()) {
      return text;
    }
    String[] lines = text.split("\n", -1);
    int line = (int) text.substring(0, header.start()).chars().filter(c -> c == '\n').count();
    for (int i = line; i < lines.length && (i == line || !TABLE_END.matcher(lines[i]).find()); i++) {
      lines[i] = "";
    }
    return String.join("\n", lines);
  }

  /** The new value's column when the row is an old/new header: an old column before it; else -1. */
  private static int header(List<String> cells) {
    boolean old = false;
    for (int i = 0; i < cells.size(); i++) {
      if (OLD.matcher(cells.get(i)).find() && !NEW.matcher(cells.get(i)).find()) {
        old = true;
      } else if (old && NEW.matcher(cells.get(i)).matches()) {
        return i;
      }
    }
    return -1;
  }
}
