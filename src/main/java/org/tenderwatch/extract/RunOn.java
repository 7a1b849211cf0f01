package org.tenderwatch.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.tenderwatch.extract.TextRender.Line;

/**
 * Puts back the line breaks a flattened page lost. Crawler copies and some provincial portals give a whole notice as
 * one line ("…委托代理编号：DCCG-201810001三、邀请供应商的情况…采购人名称：长沙市公安局采购代理机构名称：湖南…电话："), so
 * the line-based readers (label values up to the line's end, supplier blocks, "采购人信息 / 名 称：" blocks) read
 * one value into the next. A long line that holds several "label：" is cut before each label and before each
 * numbered section ("三、", "（二）", "2." in sequence). Pure: lines in, lines out; short lines are left alone.
 */
final class RunOn {

  /** A line shorter than this holds one value at most. */
  static final int MIN_LENGTH = 12;
  /** How many "label：" a line must hold to be read as run-on ("采购人：A采购代理机构：B" holds two). */
  static final int MIN_LABELS = 2;

  /**
   * A short label after a space: "… 采购项目编号： X", "　地址：", " 名 称：", " 日 期：", " 2.中标供应商地址：", " 包1："
   * (not a time: " 15:13:53", nor a day's hour run on after its spaced date: "2026 年 3 月 20 日10 ：0 0", nor the unit of an amount written with a space: "预算金额：73.08 万元（人民币）采购需求：" goes on
   * after "万元", it does not start a label there).
   */
  private static final Pattern SPACED = Pattern.compile(
      "(?<=\\s)(?!(?:亿|万)?元)(?!日[0-9]{1,2}\\s*:)(?:[0-9]{1,2}[、.]\\s*)?(?![0-9])(?:[名地电]\\s+[称址话]|日\\s+期|(?:[^\\s:,，。；;、()\\[\\]【】“”\"]|\\([^()\\s]{1,4}\\)){2,14})"
          + "\\s*(?:\\([^()]{0,8}\\)\\s*)?:(?!\\d{2}(?!\\d))");
  /** A line that opens with a label, known or shaped like one ("委托代理编号："). */
  private static final Pattern OPENS = Pattern.compile(
      "^(?:[0-9]{1,2}[、.]\\s*)?[^\\s:,，。；;、]{2,14}\\s*(?:\\([^()]{0,8}\\)\\s*)?:");
  /** A number that opens the label after it: "1.", "1、", and an item's "(1)" (湖南's contact blocks, "（1）名 称："). */
  private static final Pattern NUMBERED_END = Pattern.compile("(?:[0-9]{1,2}[、.]|\\([0-9]{1,2}\\))\\s*$");
  /**
   * A year after an item's number: "六、开标时间及地点1、2016年6月23日09时30分" (山东's tenders run on) holds an item whose
   * text is a date, cut before its number as an item before a Chinese char is.
   */
  private static final Pattern YEAR_NEXT = Pattern.compile("[0-9]{4}\\s*年");
  /** The party a contact label belongs to ("采购代理机构" + "地址"): such labels run straight into the last value. */
  private static final List<String> PARTIES = List.of("采购人", "采购单位", "采购代理机构", "代理机构", "招标人",
      "招标代理机构", "中标供应商", "成交供应商", "供应商", "中标人");
  private static final List<String> CONTACTS = List.of("名称", "地址", "联系人", "联系方式", "联系电话", "电话");
  /** Labels read even with no space before them ("…长沙市公安局采购代理机构名称："), longest first. */
  private static final Set<String> GLUED = glued();
  private static final int GLUED_MAX = GLUED.stream().mapToInt(String::length).max().orElse(0);
  /**
   * A label that a word before it changes ("投标供应商名称", "原项目编号", "首次公告日期" of a correction, the
   * original's date): not cut off from that word.
   */
  private static final Pattern BOUND_BEFORE = Pattern.compile("(?:投标|候选人?|原|拟|参与|推荐|未|非|报价|评审|首次|本次|原公告)$");
  /**
   * Another notice named before a publication date's label ("3、招标公告发布日期：…", "4、采购公告发布日期：…",
   * "2.本项目招标计划发布时间：…" in a result notice): the date is that notice's, so the label stays with its name. A
   * correction's "更正公告发布日期" is a label of its own ({@link FieldLabels#PUBLISHED_OWN_CORRECTION}), cut whole.
   */
  private static final Pattern NOTICE_BEFORE = Pattern.compile("(?:招标|采购|变更|更正|计划)$");
  private static final Set<String> PUBLISHED =
      FieldLabels.PUBLISHED.stream().map(Fold::fold).collect(Collectors.toUnmodifiableSet());
  /**
   * A label of this many chars is cut even right after a Chinese char; a shorter one only after a non-Han, or when
   * a figure follows it ("…有限公司电话：0731…").
   */
  private static final int GLUED_HAN_MIN = 4;
  private static final Pattern HAN_END = Pattern.compile("\\p{IsHan}$");
  /** A lot marker and its status in a flattened result row: "…成交金额标段1 中标，". */
  private static final Pattern LOT_STATUS = Pattern.compile("(?:" + LotNames.MARK + ")(?=\\s*(?:中标|成交))");
  /**
   * A lot's own label after a clause mark: "…中标金额：10万元；第二包：中标供应商：…" names the next lot's winner, as
   * flattened multi-lot results write them one after the other (not after a comma: "最高限价：第1包:9944.95万元,第2包:…"
   * is one value, its lots summed).
   */
  private static final Pattern LOT_LABEL = Pattern.compile("(?<=[;。])\\s*(?=(?:" + LotNames.MARK + ")\\s*:)");
  private static final String HAN_NUMERALS = "一二三四五六七八九十";

  private RunOn() {}

  private static Set<String> glued() {
    // a correction's own date label is cut whole too ("四、更正公告发布日期："), though only a correction reads it
    List<String> labels = new ArrayList<>(Stream.of(FieldLabels.all(), FieldLabels.PUBLISHED_OWN_CORRECTION.stream(),
        CONTACTS.stream()).flatMap(x -> x).toList());
    PARTIES.forEach(p -> CONTACTS.forEach(c -> labels.add(p + c)));
    return labels.stream().map(Fold::fold).collect(Collectors.toUnmodifiableSet());
  }

  /**
   * Where the longest known label before the colon at {@code colon} starts ("…局采购代理机构名称(全称) :"), or -1.
   * Found from each colon backwards: a regex of every label tried at every offset cost more than the rest of
   * extraction on a long flattened page.
   */
  private static int gluedStart(String folded, int colon) {
    int j = colon;
    while (j > 0 && folded.charAt(j - 1) == ' ') {
      j--;
    }
    if (j > 0 && folded.charAt(j - 1) == ')') {
      int open = folded.lastIndexOf('(', j - 1);
      if (open >= 0 && j - open <= 10) {
        j = open;
        while (j > 0 && folded.charAt(j - 1) == ' ') {
          j--;
        }
      }
    }
    for (int len = Math.min(GLUED_MAX, j); len >= 2; len--) {
      if (GLUED.contains(folded.substring(j - len, j))) {
        return j - len;
      }
    }
    return -1;
  }

  /**
   * The lines with every run-on line cut into the lines it lost: first at its cell gaps ({@link CellGaps}), then
   * each cell before its labels and sections; a table flattened into cells is set back as rows ({@link FlatTables}).
   */
  static List<Line> split(List<Line> lines) {
    List<Line> parts = new ArrayList<>(lines.size());
    for (Line l : FlatTables.gapRows(lines)) {
      if (l.isRow()) {
        parts.add(l);
      } else {
        for (String cell : CellGaps.pieces(l.text())) {
          parts.addAll(FlatTables.tables(cell));
        }
      }
    }
    return FlatTables.rows(cutLines(parts));
  }

  /** The lines cut before their labels ({@link #cut}), rows kept whole: no cell gaps, no flattened tables. */
  static List<Line> cutLines(List<Line> lines) {
    List<Line> out = new ArrayList<>(lines.size());
    for (Line l : lines) {
      if (l.isRow()) {
        out.add(l);
      } else {
        cut(l.text()).forEach(piece -> out.add(new Line(piece, null)));
      }
    }
    return out;
  }

  /** One line's pieces: the line itself unless it holds at least {@link #MIN_LABELS} labels. */
  static List<String> cut(String line) {
    if (line.length() < MIN_LENGTH) {
      return List.of(line);
    }
    String folded = Fold.fold(line);
    int colon = folded.indexOf(':');
    if (colon < 0) {
      return SpacedAmounts.cut(line); // no label's colon: only a spaced amount label and its figure are cut
    }
    if (folded.indexOf(':', colon + 1) < 0) {
      return List.of(line); // two labels need two colons
    }
    TreeSet<Integer> cuts = new TreeSet<>();
    if (labelCuts(folded, cuts) < MIN_LABELS) {
      return List.of(line);
    }
    sections(folded, cuts);
    LotLeads.add(folded, cuts);
    Matcher lot = LOT_STATUS.matcher(folded);
    while (lot.find()) {
      cuts.add(lot.start());
    }
    Matcher lotLabel = LOT_LABEL.matcher(folded);
    while (lotLabel.find()) {
      cuts.add(lotLabel.end());
    }
    NumberedWinners.keepWhole(folded, cuts); // "第1包：甲公司，中标金额：12.5万元", "1、甲公司，中标金额：12万元"
    List<String> pieces = new ArrayList<>();
    int from = 0;
    for (int at : cuts) {
      addPiece(pieces, line.substring(from, at));
      from = at;
    }
    addPiece(pieces, line.substring(from));
    return pieces;
  }

  /** Adds a piece, stripped, unless it is blank. */
  static void addPiece(List<String> pieces, String piece) {
    String p = piece.strip();
    if (!p.isEmpty()) {
      pieces.add(p);
    }
  }

  /** Adds the cuts before labels; returns how many labels the line holds, one that opens it included. */
  private static int labelCuts(String folded, TreeSet<Integer> cuts) {
    Matcher spaced = SPACED.matcher(folded);
    while (spaced.find()) {
      cuts.add(spaced.start());
    }
    boolean[] open = BracketNotes.open(folded);
    for (int colon = folded.indexOf(':'); colon >= 0; colon = folded.indexOf(':', colon + 1)) {
      int start = gluedStart(folded, colon);
      if (start <= 0) {
        continue;
      }
      String before = folded.substring(Math.max(0, start - 4), start);
      boolean afterHan = HAN_END.matcher(before).find();
      boolean digitNext = colon + 1 < folded.length() && Character.isDigit(folded.charAt(colon + 1));
      boolean ofAnotherNotice = NOTICE_BEFORE.matcher(before).find()
          && PUBLISHED.contains(folded.substring(start, start + labelLength(folded, start, colon)));
      if (!BOUND_BEFORE.matcher(before).find() && !ofAnotherNotice && !open[start] && (!afterHan || labelLength(folded, start, colon) >= GLUED_HAN_MIN
          || digitNext)) {
        Matcher numbered = NUMBERED_END.matcher(before); // "1.中标供应商名称：": the number goes with its label
        cuts.add(numbered.find() ? start - numbered.group().length() : start);
      }
    }
    cuts.remove(0);
    return cuts.size() + (OPENS.matcher(folded).lookingAt() ? 1 : 0);
  }

  /** The label's own length: up to a unit in brackets or a space before the colon. */
  private static int labelLength(String folded, int start, int colon) {
    int end = start;
    while (end < colon && folded.charAt(end) != '(' && folded.charAt(end) != ' ') {
      end++;
    }
    return end - start;
  }

  /**
   * Numbered sections in sequence: "一、" then "二、"…, "(一)" then "(二)"…, "1." / "1、" then "2."…, and items
   * "(1)" then "(2)"… (a block's items, "1、采购人信息（1）名 称：…（2）地 址：…", as 湖南 numbers them).
   */
  private static void sections(String folded, TreeSet<Integer> cuts) {
    sequence(folded, n -> han(n) + "、", cuts, false);
    sequence(folded, n -> "(" + han(n) + ")", cuts, false);
    sequence(folded, n -> n + "、", cuts, true);
    sequence(folded, n -> n + ".", cuts, true);
    sequence(folded, n -> "(" + n + ")", cuts, true);
  }

  private static void sequence(String folded, java.util.function.IntFunction<String> marker, TreeSet<Integer> cuts,
      boolean arabic) {
    int from = 0;
    int n = 1;
    while (true) {
      int next = find(folded, marker.apply(n), from, arabic);
      int restart = n > 1 && arabic ? find(folded, marker.apply(1), from, true) : -1;
      if (restart >= 0 && (next < 0 || restart < next)) {
        next = restart;
        n = 1;
      }
      if (next < 0) {
        return;
      }
      cuts.add(next);
      from = next + 1;
      n++;
    }
  }

  /** Where a section marker stands as a marker: not inside a longer number, and (arabic) before a Chinese char. */
  private static int find(String folded, String marker, int from, boolean arabic) {
    for (int i = folded.indexOf(marker, from); i >= 0; i = folded.indexOf(marker, i + 1)) {
      char before = i == 0 ? ' ' : folded.charAt(i - 1);
      int after = i + marker.length();
      boolean partOfNumber = arabic ? Character.isDigit(before) || before == '.'
          : HAN_NUMERALS.indexOf(before) >= 0 || before == '第';
      while (arabic && after < folded.length() && folded.charAt(after) == ' ') {
        after++;
      }
      boolean text = !arabic || after < folded.length()
          && (Character.UnicodeScript.of(folded.charAt(after)) == Character.UnicodeScript.HAN
          || YEAR_NEXT.matcher(folded).region(after, folded.length()).lookingAt());
      if (!partOfNumber && text) {
        return i;
      }
    }
    return -1;
  }

  /** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十. */
  static String han(int n) {
    if (n <= 10) {
      return String.valueOf(HAN_NUMERALS.charAt(n - 1));
    }
    String units = n % 10 == 0 ? "" : String.valueOf(HAN_NUMERALS.charAt(n % 10 - 1));
    return (n < 20 ? "" : String.valueOf(HAN_NUMERALS.charAt(n / 10 - 1))) + "十" + units;
  }
}
