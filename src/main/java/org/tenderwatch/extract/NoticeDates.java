package org.tenderwatch.extract;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tenderwatch.extract.TextRender.Line;

/** The dates a notice states after a label or under a numbered heading: deadline, opening, publication. */
final class NoticeDates {

  /** "四、提交投标文件截止时间、开标时间和地点" or "五、开标": a heading whose date follows on the next lines. */
  static final Pattern OPENING_HEADING = Pattern.compile("^[一二三四五六七八九十0-9]+[、.．].{0,20}(开标|开启)");
  /** "四、提交投标文件截止时间…", "六、响应文件的递交", "四、响应文件提交" (its "1.截止时间：" under it). */
  static final Pattern DEADLINE_HEADING = Pattern.compile(
      "^[一二三四五六七八九十0-9]+[、.．].{0,20}(截止|的递交|文件(?:提交|递交)$)");

  private static final Pattern SAME_AS_OPENING = Pattern.compile("^(?:同|与|即)开标(?:时间|日期)");

  private NoticeDates() {}

  /**
   * The names that sign a notice (nearest the date first: the agency's under the buyer's, or one run on before the
   * date) and the date they sign, as the last lines state them; names may be empty.
   */
  record Signature(List<String> names, LocalDateTime date) {}
  /** How many lines above a date line may hold a signing name ("某某大学" over "某某招标有限公司" over the date). */
  private static final int SIGNED_NAMES = 2;

  /**
   * A name run straight into its date at a line's end, as flattened pages keep a signature ("采购代理机构：某某招标中心
   * 2017年7月26日", "…电话：0512-62362601 苏州市立医院本部2022年9月13日"); a next section's number may follow
   * ("… 2017年7月26日 五、"). The name is checked by {@link PartyNames}, and the date is written 年月日 as signatures
   * are: "冷水江市人民检察院 2018-05-01" ending a flattened table is a delivery place and date.
   */
  private static final Pattern SIGNED = Pattern.compile(
      "([\\p{IsHan}()]{2,60})\\s*(?=\\d{4}\\s*年)" + Dates.DATE + "\\s*(?:[一二三四五六七八九十]{1,3}\\s*[、.])?\\s*$");
  /** A name and its date run on are looked for in the last lines only: a signature closes the notice. */
  private static final int SIGNED_TAIL = 12;

  /**
   * When a plain page was published: a labelled 发布时间 that states a time beats the signature line's bare date
   * (which keeps only the day); otherwise the signature date, then a labelled day.
   */
  static LocalDateTime published(List<Line> body, String text) {
    LocalDateTime labelled = date(text, FieldLabels.PUBLISHED, false);
    Signature signed = signature(body);
    LocalDateTime signature = signed == null ? null : signed.date();
    if (labelled != null && (signature == null || labelled.toLocalTime().toSecondOfDay() != 0)) {
      return labelled;
    }
    LocalDateTime stamped = stamp(body);
    if (stamped != null) {
      return stamped; // the portal's time under the title keeps the precision the signature's day lacks
    }
    if (signature != null) {
      return signature;
    }
    return labelled != null ? labelled : date(text, FieldLabels.PUBLISHED_CORRECTION, false);
  }

  /**
   * A date with its time opening one of the first lines, alone or before the page's other metadata ("2018-03-21
   * 10:20:30 来源：…", as ggzy detail pages print it under the title): when the portal published the notice.
   */
  private static final Pattern STAMP = Pattern.compile(
      "^\\s*[【\\[]?\\s*" + Dates.DATE + "\\s*[】\\]]?\\s*(?:$|来源|浏览|点击|阅读|作者|字号|【|\\[|\\|)");
  private static final int STAMP_LINES = 4;

  /** The portal's publication stamp among the first lines, when it states a time; else null. */
  private static LocalDateTime stamp(List<Line> body) {
    int seen = 0;
    for (Line l : body) {
      if (l.text().isBlank()) {
        continue;
      }
      Matcher m = STAMP.matcher(Fold.fold(l.text()));
      if (m.find() && m.group(5) != null) { // group 5: the hour
        return Dates.of(m, 1);
      }
      if (++seen == STAMP_LINES) {
        return null;
      }
    }
    return null;
  }

  /**
   * The notice's signature, from the last line that is one: a line that is nothing but a date (the name, when
   * there is one, on the line above it), or near the end a name run straight into its date. Null when none.
   */
  static Signature signature(List<Line> body) {
    List<String> lines = body.stream().filter(l -> !l.isRow()).map(Line::text).filter(t -> !t.isBlank()).toList();
    for (int i = lines.size() - 1; i >= 0; i--) {
      LocalDateTime whole = Dates.signatureDate(List.of(lines.get(i)));
      if (whole != null && !signs(lines, i)) {
        continue;
      }
      if (whole != null) {
        List<String> names = new ArrayList<>();
        for (int j = i - 1; j >= Math.max(0, i - SIGNED_NAMES); j--) {
          String name = PartyNames.name(lines.get(j));
          if (name == null) {
            break;
          }
          names.add(name);
        }
        return new Signature(names, whole);
      }
      if (i >= lines.size() - SIGNED_TAIL) {
        String line = lines.get(i);
        String folded = Dates.digits(Fold.fold(line));
        Matcher m = SIGNED.matcher(folded);
        // the name as written (full-width brackets kept): the same offsets unless Chinese numerals were rewritten
        String name = !m.find() ? null
            : PartyNames.name(folded.length() == line.length() ? line.substring(m.start(1), m.end(1)) : m.group(1));
        LocalDateTime d = name == null ? null : Dates.of(m, 2);
        if (d != null) {
          return new Signature(List.of(name), d);
        }
      }
    }
    return null;
  }

  /**
   * A date line of cell-per-line text that is a value, not a signature: under a table's label ("定标时间" /
   * "2026-03-13", no colon), or a piece of a sentence ("…并于" / date / "（北京时间）前递交…", "至" / date).
   */
  private static final Pattern LABEL_ABOVE = Pattern.compile("^[\\p{IsHan}()]{2,12}(?:时间|日期)$");
  private static final Pattern SENTENCE_BEFORE = Pattern.compile("[于至自从到在]$");
  private static final Pattern SENTENCE_AFTER = Pattern.compile("^(?:\\(北京时间|前|止|起|至)");

  private static boolean signs(List<String> lines, int i) {
    String above = i > 0 ? Fold.fold(lines.get(i - 1).strip()) : "";
    String below = i + 1 < lines.size() ? Fold.fold(lines.get(i + 1).strip()) : "";
    return !LABEL_ABOVE.matcher(above).matches() && !SENTENCE_BEFORE.matcher(above).find()
        && !SENTENCE_AFTER.matcher(below).find();
  }

  /**
   * The date after a label, on its line or (when the label ends the line) on the next one.
   *
   * @param windowEnd a deadline: of "14:30 ～ 15:00" take the end
   */
  static LocalDateTime date(String text, List<String> labels, boolean windowEnd) {
    String folded = Fold.fold(text);
    for (String label : labels) {
      Labels.Finder m = Labels.finder(label, folded);
      while (m.find()) {
        List<String> next = text.substring(m.end()).lines().limit(2).toList();
        for (String line : next) {
          LocalDateTime d = windowEnd ? Dates.parseEnd(line) : Dates.parse(line);
          if (d != null) {
            return d;
          }
          if (!line.isBlank()) {
            break;
          }
        }
      }
    }
    return null;
  }

  /** A date in a sentence, as {@link #sentenceDate} reads it: group "d" is where the date starts. */
  private static final String SENTENCE_DATE = "(?<d>\\d{4}\\s*[-年./]\\s*\\d{1,2}\\s*[-月./]\\s*\\d{1,2})";
  /**
   * A deadline stated in a sentence: "投标人应于2017年7月31日13时00分前将投标文件密封送交…", "投标截止时间延期至…",
   * "递交投标文件的截止时间为…". The "by" form needs the bid documents or their delivery after the date, since
   * "请于…前获取招标文件" states when the documents are sold.
   */
  static final List<Pattern> DEADLINE_SENTENCES = List.of(
      Pattern.compile("(?:应|须|需|请|务必)\\s*(?:在|于)\\s*" + SENTENCE_DATE
          + "[^。；;]{0,24}?(?:前|之前|以前)[^。；;]{0,30}?(?:投标文件|响应文件|报价文件|递交|提交|送达|送交|上传)"),
      // "投标文件递交的截止时间（投标截止时间，下同）为…" (the 标准施工招标文件 wording): a note may stand before 为
      Pattern.compile("截止(?:时间|日期)?\\s*(?:\\([^()]{0,16}\\))?\\s*(?:为|是|定于|延期至|延长至|推迟至|变更为|更正为|调整为)"
          + "\\s*[:：]?\\s*" + SENTENCE_DATE));
  /**
   * An opening stated in a sentence: "采购项目于2018年7月31日10:30时，在…进行了开标、评标活动", "本次招标将于…在…开标"
   * (a stray full stop before 开标 is kept: "…交易厅（…）。开标，"), "开标时间为…". "于…前" is a deadline's.
   */
  static final List<Pattern> OPENING_SENTENCES = List.of(
      Pattern.compile("于\\s*" + SENTENCE_DATE + "(?![^。；;]{0,12}?(?:前|之前|以前))[^。；;年]{0,80}?(?:。\\s*)?"
          + "(?:进行了?|举行|公开|组织)?(?:开标|开启)"),
      Pattern.compile("开标(?:时间|日期)?\\s*(?:为|是|定于|延期至|推迟至|变更为|更正为|调整为)\\s*[:：]?\\s*"
          + SENTENCE_DATE));
  /**
   * Words of another date's clause: when documents are sold or questions asked, a deposit paid, a site visited.
   * A sentence date whose clause holds one is not the deadline or the opening.
   */
  private static final Pattern OTHER_CLAUSE = Pattern.compile("获取|购买|领取|发售|报名|质疑|保证金|答疑|踏勘|勘察现场|澄清");

  /**
   * The last date stated in a sentence of one of the forms, or null: a correction states the original date first
   * and the corrected one after it ("原…为：…9时30分前" then "现更正…为：…13时00分前").
   *
   * @param windowEnd a deadline: of "14:30 ～ 15:00" take the end
   */
  static LocalDateTime sentenceDate(String text, List<Pattern> forms, boolean windowEnd) {
    String folded = Dates.digits(Fold.fold(text));
    LocalDateTime last = null;
    int lastAt = -1;
    for (Pattern form : forms) {
      Matcher m = form.matcher(folded);
      while (m.find()) {
        if (m.start() > lastAt && !OTHER_CLAUSE.matcher(clause(folded, m.start(), m.end())).find()) {
          String from = folded.substring(m.start("d"), Math.min(folded.length(), m.start("d") + 40));
          LocalDateTime d = windowEnd ? Dates.parseEnd(from) : Dates.parse(from);
          if (d != null) {
            last = d;
            lastAt = m.start();
          }
        }
      }
    }
    return last;
  }

  /** The clause around a match: from the sentence's start (after "。", "；" or a line break) to the match's end. */
  private static String clause(String text, int start, int end) {
    int from = start;
    while (from > 0 && "。；;\n".indexOf(text.charAt(from - 1)) < 0) {
      from--;
    }
    return text.substring(from, end);
  }

  /** Whether the deadline is written as the opening's ("投标截止时间：同开标时间"). */
  private static final Pattern SAME_AS_DEADLINE = Pattern.compile("^(?:同|与|即)(?:投标|递交投标文件|响应文件提交)?截止(?:时间|日期)");

  /** Whether the opening label says the opening is the deadline ("开标时间：同投标截止时间"). */
  static boolean sameAsDeadline(String text) {
    Labels.Value v = Labels.find(text, FieldLabels.OPENING);
    return v != null && SAME_AS_DEADLINE.matcher(Fold.fold(v.text())).lookingAt();
  }

  static boolean sameAsOpening(String text) {
    Labels.Value v = Labels.find(text, FieldLabels.DEADLINE);
    return v != null && SAME_AS_OPENING.matcher(Fold.fold(v.text())).lookingAt();
  }

  private static final Pattern WINDOW_START = Pattern.compile("^\\S{0,4}开始(?:时间|日期)\\s*:");

  /** The first date in the three lines after a heading such as "五、开标" or "六、开标时间和地点". */
  static LocalDateTime headingDate(List<Line> body, Pattern heading, boolean windowEnd) {
    for (int i = 0; i < body.size(); i++) {
      if (body.get(i).isRow() || !startsNumbered(body.get(i).text())) {
        continue; // the heading patterns start with a numeral: most lines fail here, before folding and matching
      }
      String t = Fold.fold(body.get(i).text());
      if (!heading.matcher(t).lookingAt() || t.contains(":")) {
        continue;
      }
      for (int j = i + 1; j < Math.min(body.size(), i + 4); j++) {
        if (WINDOW_START.matcher(Fold.fold(body.get(j).text())).find()) {
          continue; // "1、开始时间：…" under "四、响应文件提交": when submission opens, not its deadline
        }
        LocalDateTime d = windowEnd ? Dates.parseEnd(body.get(j).text()) : Dates.parse(body.get(j).text());
        if (d != null) {
          return d;
        }
      }
    }
    return null;
  }

  /** Whether the line's first char (folded) is one a numbered heading starts with: 0-9 or 一…十. */
  private static boolean startsNumbered(String line) {
    if (line.isEmpty()) {
      return false;
    }
    char c = Fold.fold(line.charAt(0));
    return (c >= '0' && c <= '9') || "一二三四五六七八九十".indexOf(c) >= 0;
  }
}
