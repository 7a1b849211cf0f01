package org.tenderwatch.extract;

import java.time.LocalDateTime;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tenderwatch.extract.TextRender.Line;

/**
 * A tender's bid deadline and opening where no label states them: under a numbered heading ("五、开标" then
 * "1.时间：…"), in a sentence ("投标人应于…前将投标文件…") (those written as each other are {@link SameDates}').
 */
final class BidDates {
  /** "四、提交投标文件截止时间、开标时间和地点" or "五、开标": a heading whose date follows on the next lines. */
  static final Pattern OPENING_HEADING = Pattern.compile("^[一二三四五六七八九十0-9]+[、.．].{0,20}(开标|开启)");
  /**
   * "四、提交投标文件截止时间…", or a heading that names handing in the bid or response documents ("四、响应文件提交（上传）"
   * of 政采云 磋商 notices, "三、投标文件递交", the verb first: "五、递交投标文件时间及地点"): its 截止时间, or the window
   * whose end it is, follows on the next lines.
   */
  static final Pattern DEADLINE_HEADING = Pattern.compile(
      "^[一二三四五六七八九十0-9]+[、.．].{0,20}(截止|的递交|(?:投标|响应|应答|报价)文件(?:的)?(?:提交|递交|上传)"
          + "|(?:提交|递交|上传)(?:投标|响应|应答|报价)文件)");

  /** The last text's folded form with its dates in digits: each notice asks twice (opening, then deadline). */
  private record Last(String in, String out) {}

  private static volatile Last lastDigits;

  private BidDates() {}

  private static String digits(String text) {
    Last last = lastDigits;
    if (last != null && last.in() == text) {
      return last.out();
    }
    String out = Dates.digits(Fold.fold(text));
    lastDigits = new Last(text, out);
    return out;
  }

  /** A date in a sentence, as {@link #sentenceDate} reads it: group "d" is where the date starts. */
  private static final String SENTENCE_DATE = "(?<d>\\d{4}\\s*[-年./]\\s*\\d{1,2}\\s*[-月./]\\s*\\d{1,2})";
  /**
   * The word that gives a date its value, or its new one ("为", "定于", "延期至", "顺延至", "推迟到", "延后至"); a
   * correction writes either.
   */
  private static final String CHANGE_TO =
      "(?:为|是|定于|(?:延期|延长|推迟|顺延|延后)(?:至|到)|(?:变更|更正|调整|修改)为)";
  /** "截止时间为北京时间2024年…": the zone may stand before the date. */
  private static final String BEIJING = "(?:\\(?北京时间\\)?\\s*)?";
  /**
   * A deadline stated in a sentence: "投标人应于2017年7月31日13时00分前将投标文件密封送交…", "投标截止时间延期至…",
   * "递交投标文件的截止时间为…". The "by" form needs the bid documents or their delivery after the date, since
   * "请于…前获取招标文件" states when the documents are sold. A campus 询价 writes "请于…前将报价单密封送至某某楼301室".
   */
  static final List<Pattern> DEADLINE_SENTENCES = List.of(
      Pattern.compile("(?:应|须|需|请|务必)\\s*(?:在|于)\\s*" + SENTENCE_DATE
          + "[^。；;]{0,24}?(?:前|之前|以前)[^。；;]{0,30}?(?:投标文件|响应文件|报价文件|报价单|递交|提交|送达|送交|送至|上传)"),
      // "投标文件递交的截止时间（投标截止时间，下同）为…" (the 标准施工招标文件 wording): a note may stand before 为; the
      // opening may share it ("投标截止时间和开标时间为2015年9月1日9:30时", 江西); 截至时间 is a common miswriting of it
      // ("递交投标文件的截至时间、开标时间修改为…"), 截至 alone is "as of" ("截至5月10日，共有3家…")
      Pattern.compile("(?:截止|截至(?=时间|日期))(?:时间|日期)?\\s*(?:\\([^()]{0,16}\\))?\\s*(?:(?:和|及|与|、)\\s*开标(?:时间|日期)?\\s*)?"
          + CHANGE_TO
          + "\\s*[:：]?\\s*" + BEIJING + SENTENCE_DATE),
      // the 2020+ templates' 项目概况: "…应在某网获取招标文件，并于2025年06月25日 09点30分（北京时间）前递交投标文件"; its
      // own words are read (see sentenceDate), the clause before it is where the documents are obtained
      Pattern.compile("并\\s*于\\s*" + SENTENCE_DATE + "[^。；;]{0,30}?(?:前|之前|以前)[^。；;]{0,12}?"
          + "(?:递交|提交|上传|送达)[^。；;]{0,6}?(?:投标|响应|报价|申请)文件"),
      changed("截止"));
  /**
   * The same "by" sentence with no year, as a campus 询价 writes it under its signed date ("请于5月10日17:00前将报价单
   * 密封送至某某楼301室"): group "d" is the month and day, straight after 于, so no year stands before it.
   */
  private static final Pattern YEARLESS_BY = Pattern.compile("(?:应|须|需|请|务必)\\s*(?:在|于)\\s*"
      + "(?<d>[0-9]{1,2}\\s*月\\s*[0-9]{1,2}\\s*日)[^。；;]{0,24}?(?:前|之前|以前)[^。；;]{0,30}?"
      + "(?:投标文件|响应文件|报价文件|报价单|递交|提交|送达|送交|送至|上传)");

  /**
   * A year-less "by" deadline in the year of the notice's date ({@code published}), the next year when the day falls
   * before it (a December notice's January deadline); null without a published date.
   */
  static LocalDateTime yearlessDeadline(String text, LocalDateTime published) {
    if (published == null) {
      return null;
    }
    LeadScan scan = LeadScan.of(YEARLESS_BY, digits(text));
    Matcher m = scan.matcher();
    if (!scan.find()) {
      return null;
    }
    String from = m.group().substring(m.start("d") - m.start());
    LocalDateTime d = Dates.parseEnd(published.getYear() + "年" + from.substring(0, Math.min(from.length(), 30)));
    return d != null && d.toLocalDate().isBefore(published.toLocalDate()) ? d.plusYears(1) : d;
  }

  /**
   * An opening stated in a sentence: "采购项目于2018年7月31日10:30时，在…进行了开标、评标活动", "本次招标将于…在…开标"
   * (a stray full stop before 开标 is kept: "…交易厅（…）。开标，"), "开标时间为…". "于…前" is a deadline's.
   */
  static final List<Pattern> OPENING_SENTENCES = List.of(
      Pattern.compile("于\\s*" + SENTENCE_DATE + "(?![^。；;]{0,12}?(?:前|之前|以前))[^。；;年]{0,80}?(?:。\\s*)?"
          + "(?:进行了?|举行|公开|组织)?(?:开标|开启)"),
      Pattern.compile("开标(?:会议|会)?(?:时间|日期)?\\s*" + CHANGE_TO + "\\s*[:：]?\\s*"
          + BEIJING + SENTENCE_DATE),
      // talks that open the responses, named for the method ("本次谈判定于…在某会议室进行", "磋商会议将于…在某处召开")
      Pattern.compile("(?:谈判|磋商|询价|比选)(?:会议?)?\\s*(?:将|拟)?\\s*(?:定于|于)\\s*" + SENTENCE_DATE
          + "(?![^。；;]{0,12}?(?:前|之前|以前))[^。；;]{0,60}?(?:进行|召开|举行|开始)"),
      // a clause that opens with the date, its place after 在 ("…于2025年05月20日在…发布招标公告，2025年06月11日 09时00分在
      // 某某交易中心开标、评标", an Epoint 中标候选人公示's 招标概况); no comma nor year between, so the tender's own
      // publication date before it is not read
      Pattern.compile("(?:^|[,，])\\s*" + SENTENCE_DATE + "[^。；;,，年]{0,30}?在[^。；;,，]{0,40}?(?:进行了?|举行|公开|组织)?(?:开标|开启)"),
      // a postponement's new date before the word ("原定于…开标的某项目，现延期至2025年7月2日9:30开标"); no comma between,
      // as "…截止时间延期至…，届时开标" dates the deadline
      Pattern.compile("(?:延期|推迟|延长|顺延|延后|变更|更正|调整)\\s*(?:至|到|为)\\s*" + SENTENCE_DATE + "[^。；;，,]{0,30}?(?:开标|开启)"),
      changed("开标"));

  /**
   * A change stated with the old date first: "开标时间由2025年6月25日9:30更正为2025年7月2日9:30", "投标截止时间由…延期至…";
   * the new date holds.
   */
  private static Pattern changed(String word) {
    return Pattern.compile(word + "(?:时间|日期)?\\s*[:：]?\\s*由\\s*\\d{4}[^。；;]{0,40}?(?:更正|变更|调整|延期|推迟|延长|顺延|延后|修改)"
        + "\\s*(?:为|至|到)\\s*[:：]?\\s*" + SENTENCE_DATE);
  }
  /**
   * Words of another date's clause: when documents are sold or questions asked, a deposit paid, a site visited.
   * A sentence date whose clause holds one is not the deadline or the opening.
   */
  private static final Pattern OTHER_CLAUSE =
      Pattern.compile("获取|购买|领取|发售|报名|质疑|保证金|答疑|疑问|踏勘|勘察现场|现场考察|澄清");

  /**
   * The last date stated in a sentence of one of the forms, or null: a correction states the original date first
   * and the corrected one after it ("原…为：…9时30分前" then "现更正…为：…13时00分前").
   *
   * @param windowEnd a deadline: of "14:30 ～ 15:00" take the end
   */
  static LocalDateTime sentenceDate(String text, List<Pattern> forms, boolean windowEnd) {
    String folded = digits(text);
    LocalDateTime last = null;
    int lastAt = -1;
    for (Pattern form : forms) {
      LeadScan scan = LeadScan.of(form, folded);
      Matcher m = scan.matcher();
      while (scan.find()) {
        // a form that opens with 并 ("…获取招标文件，并于…前递交投标文件") is a clause of its own: its words are read
        // one that opens with its label ("开标时间推迟至…") reads back to the comma: "因招标文件澄清，本项目开标时间推迟
        // 至…" gives a reason, not another date's clause; "报名截止时间为…" keeps its word
        boolean labelled = form.pattern().startsWith("开标") || form.pattern().startsWith("截止");
        String said = form.pattern().startsWith("并") ? m.group() : clause(folded, m.start(), m.end(), labelled);
        if (m.start() > lastAt && !OTHER_CLAUSE.matcher(said).find()) {
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

  /**
   * The clause around a match: from the sentence's start (after "。", "；" or a line break; or a comma) to the match's
   * end.
   */
  private static String clause(String text, int start, int end, boolean toComma) {
    String stops = toComma ? "。；;\n,，" : "。；;\n";
    int from = start;
    while (from > 0 && stops.indexOf(text.charAt(from - 1)) < 0) {
      from--;
    }
    return text.substring(from, end);
  }

  /**
   * A labelled opening that states its day only ("项目开标时间：2026-04-07", a ggzy page's metadata line) takes the time
   * the opening's heading or sentence states for the same day ("四、提交投标文件截止时间、开标时间和地点 … 2026年04月07日
   * 09点00分"); the day alone otherwise.
   */
  static LocalDateTime timedOpening(LocalDateTime labelled, List<Line> body, String text) {
    if (labelled == null || labelled.toLocalTime().toSecondOfDay() != 0) {
      return labelled;
    }
    LocalDateTime heading = headingDate(body, OPENING_HEADING, false);
    if (heading != null && heading.toLocalDate().equals(labelled.toLocalDate())) {
      return heading;
    }
    LocalDateTime sentence = sentenceDate(text, OPENING_SENTENCES, false); // scans the whole text: only when needed
    return sentence != null && sentence.toLocalDate().equals(labelled.toLocalDate()) ? sentence : labelled;
  }

  /** The rest of a heading's words, then its date after a space, in a copy that lost the break between them. */
  private static final Pattern DATE_AFTER_HEADING = Pattern.compile("[^0-9:,，。；;]{0,20}\\s(?=\\d{4}\\s*[-年./])");
  /**
   * A heading run on into its first sub-label, then that label's note, colon and date: "6.投标文件的递交 6.1投标文件递交的
   * 截止时间(投标截止时间，下同)： 2021 年 6 月 9 日 9 时 30 分整". Read only when the heading's own words (up to the
   * space) name the bid's hand-in: "5. 投标保证金 5.6本项目投标保证金缴纳截止时间为：…" is a deposit's deadline.
   */
  private static final Pattern DATE_AFTER_SUBLABEL =
      Pattern.compile("[^0-9:,，。；;]{0,20}(?:\\([^()]{0,12}\\))?\\s*:\\s*(?=\\d{4}\\s*[-年./])");
  /**
   * A heading run on into its paragraph, the paragraph's first date in its first sentences: "五、投标文件的递交
   * 本项目所有响应文件用汉语编制，一套正本，贰套副本。响应文件必须在2016年3月18日下午14:30～15:00…", "六、开标时间和地点
   * 公开招标采购会议于2016年3月18日下午15:00…举行" (麻栗坡's tender run on), as the lines under a heading are read; the
   * heading's own words must name it, and a date in another date's clause (报名, 保证金…) is none.
   */
  private static final Pattern PARAGRAPH_DATE = Pattern.compile("\\s+([^0-9]{0,60}?)(?=\\d{4}\\s*[-年./])");
  /** A numbered heading's own words, up to the first space after them. */
  private static final Pattern HEADING_WORDS = Pattern.compile("^[一二三四五六七八九十0-9]+[、.．]\\s*\\S+");
  /** How far a date written out may run ("2026年03月26日 09点30分（北京时间）至2026年…"). */
  private static final int DATE_SPAN = 48;
  private static final Pattern WINDOW_START = Pattern.compile("^\\S{0,4}开始(?:时间|日期)\\s*:");
  /** A full date in a numbered line after its heading words: the line states its own date, no heading over others. */
  private static final Pattern OWN_DATE = Pattern.compile("\\d{4}\\s*[-年./]\\s*\\d{1,2}\\s*[-月./]\\s*\\d{1,2}");
  /** A label with nothing after it ("截止时间：", "时间："): its value is on the next line. */
  private static final Pattern BARE_LABEL = Pattern.compile(":\\s*$");

  /**
   * The first date in the three lines after a heading such as "五、开标" or "六、开标时间和地点". The heading may end
   * in a colon, and its sub-label stand on a line of its own over the value, as the 2020+ ccgp 磋商 template is kept
   * one span per line (济南 ggzy: "四、响应文件提交：" / "截止时间：" / "2026-03-27 09:00:00（北京时间）", "五、开启：" /
   * "时间：" / "2026-03-27 09:00:00"); a heading with text after its colon is a label that states its own value.
   */
  static LocalDateTime headingDate(List<Line> body, Pattern heading, boolean windowEnd) {
    for (int i = 0; i < body.size(); i++) {
      if (body.get(i).isRow() || !startsNumbered(body.get(i).text())) {
        continue; // the heading patterns start with a numeral: most lines fail here, before folding and matching
      }
      String t = Fold.fold(body.get(i).text()).strip();
      Matcher h = heading.matcher(t);
      if (!h.lookingAt() || OTHER_CLAUSE.matcher(t.substring(0, h.end())).find()) {
        continue; // "2.获取招标文件截止时间：…", "3.报名截止时间：…": another date's heading
      }
      Matcher after = DATE_AFTER_HEADING.matcher(t).region(h.end(), t.length());
      Matcher words = HEADING_WORDS.matcher(t);
      if (!after.lookingAt() && words.lookingAt() && words.end() < h.end()
          && heading.matcher(t.substring(0, words.end())).lookingAt()) {
        after = DATE_AFTER_SUBLABEL.matcher(t).region(h.end(), t.length());
      }
      if (!after.lookingAt() && words.lookingAt() && words.end() >= h.end()) {
        after = PARAGRAPH_DATE.matcher(t).region(words.end(), t.length());
        if (after.lookingAt() && OTHER_CLAUSE.matcher(after.group(1).replaceAll(".*[。；;]", "")).find()) {
          continue;
        }
      }
      if (after.lookingAt()) { // the heading's line break lost: "四、提交投标文件截止时间、开标时间和地点 2026-04-08 09:00:00"
        // only the date standing there: on a run-on line the rest is the rest of the notice ("2026年度…" is no date)
        String from = t.substring(after.end(), Math.min(t.length(), after.end() + DATE_SPAN));
        LocalDateTime date = windowEnd ? Dates.parseEnd(from) : Dates.parse(from);
        if (date != null) {
          return date;
        }
        continue;
      }
      if (t.indexOf(':') >= 0 && t.indexOf(':') < t.length() - 1
          || OWN_DATE.matcher(t).region(h.end(), t.length()).find()) {
        continue; // a label with its value, or a numbered sentence with its own date ("2.递交投标文件的截止时间修改为…")
      }
      for (int j = i + 1, end = i + 4; j < Math.min(body.size(), end); j++) {
        String line = Fold.fold(body.get(j).text());
        if (WINDOW_START.matcher(line).find()) {
          // "1、开始时间：…" under "四、响应文件提交": when submission opens, not its deadline; a bare label's value,
          // the line below it, is skipped with it and the window moves on past both
          int skipped = BARE_LABEL.matcher(line).find() ? 1 : 0;
          j += skipped;
          end += 1 + skipped;
          continue;
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
