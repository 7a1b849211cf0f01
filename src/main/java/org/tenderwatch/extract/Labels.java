package org.tenderwatch.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds "label：value" in notice text. A label matches only at a word start (not after another Chinese
 * character, so "项目编号" does not match inside "原项目编号"), may have spaces between its characters
 * ("名 称："), may carry a unit or a short note in brackets ("预算金额（万元）：", "开标时间（北京时间）："), and must
 * be followed by a colon (or the "】" of
 * "【发布时间】").
 * Matching runs on width-folded text; values are cut from the original at the same offsets.
 */
final class Labels {

  /** A value found after a label, with the unit the label gives ("预算金额（亿元）：" → 亿元), or null. */
  record Value(String text, String unit) {
    /** Whether the label gives the unit as 万元. */
    boolean wan() {
      return "万元".equals(unit);
    }
  }

  private Labels() {}

  /** The first non-blank value of the first label (in the given priority order) found in the text. */
  static Value find(String text, List<String> labels) {
    String folded = Fold.fold(text);
    for (String label : labels) {
      LabelFinder m = finder(label, folded);
      while (m.find()) {
        String value = lineFrom(text, m.end()).strip();
        if (value.startsWith("|")) {
          value = value.substring(1).strip();
        }
        if (!value.isEmpty()) {
          return new Value(value, m.group(1));
        }
      }
    }
    return null;
  }

  /**
   * The first value of the labels (in priority order, then text order) that reads as a name: an empty label is
   * followed by the next label or a phone number on flattened pages ("代理机构名称：" over "地址："), and those are
   * no one's name.
   */
  static String findName(String text, List<String> labels) {
    return firstRead(text, labels, v -> {
      // a role's cell holding its block's lines ("采购人 | 名称：X 地址：Y"): the name is 名称's value
      String name = name(NAME_FIRST.matcher(v).replaceFirst(""));
      return name != null && isName(name) ? name : null;
    });
  }

  /**
   * The first value of the labels that reads as a project number (see {@link #projectNo}) and holds a digit: a blank
   * "二、编号：" over "1、政府采购计划编号：…" is followed by a label, not a number.
   */
  static String findProjectNo(String text, List<String> labels) {
    Function<String, String> reader = v -> {
      String no = projectNo(v);
      return no != null && no.chars().anyMatch(Character::isDigit) && !LABEL_SHAPED.matcher(Fold.fold(no)).find()
          ? no : null;
    };
    // a number in brackets after a project number's value is a note on it, read only when nothing else is
    String outer = firstRead(text, labels, reader, true);
    return outer != null ? outer : firstRead(text, labels, reader, false);
  }

  /** The first value of the labels (priority order, then text order) that the reader accepts (returns non-null). */
  private static String firstRead(String text, List<String> labels, Function<String, String> reader) {
    return firstRead(text, labels, reader, false);
  }

  /**
   * A project number's label and value up to a bracket opening right before the label found: "原公告的采购项目编号：
   * 招服2026A00052（招标编号：…）" gives the project's number, its 招标编号 a note on it.
   */
  private static final Pattern NUMBER_BEFORE_NOTE = Pattern.compile("项目编[号码]\\s*:\\s*[^\\s(:][^(:]*\\(\\s*$");

  /**
   * @param outerOnly skip a label in brackets after another project number's value ({@link #NUMBER_BEFORE_NOTE})
   */
  private static String firstRead(String text, List<String> labels, Function<String, String> reader,
      boolean outerOnly) {
    String folded = Fold.fold(text);
    for (String label : labels) {
      LabelFinder m = finder(label, folded);
      while (m.find()) {
        if (outerOnly && NUMBER_BEFORE_NOTE.matcher(
            folded.substring(folded.lastIndexOf('\n', m.start() - 1) + 1, m.start())).find()) {
          continue;
        }
        String value = lineFrom(text, m.end()).strip();
        String read = reader.apply(value.startsWith("|") ? value.substring(1) : value);
        if (read != null) {
          return read;
        }
      }
    }
    return null;
  }

  private static final Pattern PROCEDURE_NOTE = Pattern.compile("(?<=[0-9A-Za-z号])\\s*[（(]\\p{IsHan}{3,8}[)）]$");
  /** A label with its colon at the start of a value: the value is the next field, not a name. */
  private static final Pattern LABEL_SHAPED = Pattern.compile("^[^:：\\s]{1,12}\\s*[:：]");
  /** "名称：" or "单位名称：" opening a role's value. */
  private static final Pattern NAME_FIRST = Pattern.compile("^\\s*(?:单位)?名\\s*称\\s*[:：]\\s*");
  /** Placeholders a blank field is filled with. */
  private static final Pattern PLACEHOLDER = Pattern.compile("^(?:无|暂无|空|略|/|-|—|详见.*|见.*)$");

  /** A phone number opening a value ("0558-5991108 投诉电话", "(0731)84618118"), or a contact word in it. */
  private static final Pattern PHONE = Pattern.compile("^[(（]?\\d{3,4}[)）]?[-\\s]?\\d{7,8}|^1\\d{10}|电话|传真|邮编");

  /**
   * Whether a value can be a name: it holds a letter, and is neither a phone number (or a contact line) nor a
   * label nor a placeholder.
   */
  static boolean isName(String v) {
    String folded = Fold.fold(v);
    return v.codePoints().anyMatch(Character::isLetter) && !LABEL_SHAPED.matcher(folded).find()
        && !PLACEHOLDER.matcher(v).matches() && !PHONE.matcher(folded).find() && !contact(folded);
  }

  /**
   * A person and a phone where a party's name was looked for ("招标人：马某某  0335-7811113" in a sentence naming whom
   * to address objections to): two to four Chinese chars that do not end as a name does, then a phone number.
   */
  private static final Pattern CONTACT =
      Pattern.compile("^(\\p{IsHan}{2,4})\\s*(?:[(（]?\\d{3,4}[)）]?[-\\s]?\\d{7,8}|1\\d{10})(?!\\d)");

  private static boolean contact(String folded) {
    Matcher m = CONTACT.matcher(folded);
    return m.find() && PartyNames.name(m.group(1)) == null;
  }

  /** Every non-blank value of one label, in text order (a label stated once per lot). */
  static List<Value> findAll(String text, String label) {
    String folded = Fold.fold(text);
    List<Value> out = new ArrayList<>();
    LabelFinder m = finder(label, folded);
    while (m.find()) {
      String value = lineFrom(text, m.end()).strip();
      value = value.startsWith("|") ? value.substring(1).strip() : value;
      if (!value.isEmpty()) {
        out.add(new Value(value, m.group(1)));
      }
    }
    return out;
  }

  /**
   * The rest of the line from {@code at}, as {@code text.substring(at).lines().findFirst().orElse("")} gives it,
   * without copying the rest of the text (a label's value is read this way for every label found).
   */
  static String lineFrom(String text, int at) {
    int end = at;
    while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
      end++;
    }
    return text.substring(at, end);
  }

  /** The matches of a label in text folded with {@link Fold#fold}. */
  static LabelFinder finder(String label, String folded) {
    return new LabelFinder(label, folded);
  }

  /** Compiled once per label: the label lists are fixed and looked up on every page. */
  private static final Map<String, Pattern> PATTERNS = new ConcurrentHashMap<>();

  static Pattern pattern(String label) {
    Pattern p = PATTERNS.get(label); // computeIfAbsent locks the bin when the key is not its first node
    return p != null ? p : PATTERNS.computeIfAbsent(label, Labels::compile);
  }

  /**
   * The label's first char comes first, and the "not after a Chinese character" check right after it (a
   * lookbehind over that char and the one before): a leading lookbehind would run a Unicode-script lookup at
   * every offset of the text, where a leading literal lets the matcher skip ahead to the candidates.
   */
  private static Pattern compile(String label) {
    StringBuilder re = new StringBuilder();
    String folded = Fold.fold(label);
    for (int i = 0; i < folded.length(); i++) {
      String ch = Pattern.quote(String.valueOf(folded.charAt(i)));
      if (i > 0) {
        re.append("\\s*");
      }
      re.append(ch);
      if (i == 0) {
        re.append("(?<!\\p{IsHan}").append(ch).append(')');
      }
    }
    // a unit ("预算金额（万元）：", group 1), beside a note ("预算金额（含税，万元）："), or another short note in brackets
    // ("开标时间（北京时间）：", "采购人（盖章）："); "【发布时间】2024-06-03"
    re.append("\\s*(?:\\(\\s*(?:[^():：\\n,、]{1,8}[,、]\\s*)?(?:单位\\s*[:：]\\s*)?(亿元|万元|元)"
        + "\\s*(?:[,、][^():：\\n]{1,8})?\\)|\\([^():：\\n]{1,12}\\))?\\s*[:：】]\\s*");
    return Pattern.compile(re.toString());
  }

  /** A project number: the value up to the first space or an unbalanced closing bracket ("（招标文件编号…"). */
  static String projectNo(String value) {
    String v = value.strip();
    int label = NameEnds.runOnLabel(v); // "ZB2024031采购方式：公开招标": a label run straight on ends the number
    v = label > 0 ? v.substring(0, label).strip() : v;
    int depth = 0;
    int end = 0;
    for (; end < v.length(); end++) {
      char c = v.charAt(end);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '，' || c == '；' || c == ';' || c == '。'
          || c == ',' && commaEnds(v, end)) {
        break;
      }
      if ("([（【〔".indexOf(c) >= 0) {
        if (end > 0 && "（(".indexOf(c) >= 0 && depth == 0 && (!hasClosing(v, end) || labelInside(v, end))) {
          break;
        }
        depth++;
      } else if (")]）】〕".indexOf(c) >= 0) {
        if (depth == 0) {
          break;
        }
        depth--;
      }
    }
    String no = v.substring(0, end);
    // a template that frames its filled-in values ("项目编号：【ABC-2024-001】"): the frame is no part of the number
    if (no.length() > 2 && no.charAt(0) == '【' && no.indexOf('】') == no.length() - 1) {
      no = no.substring(1, no.length() - 1).strip();
    }
    // a note on the procedure after it ("ZB-2024-001（重新招标）", "（第二次）"), not a re-run's mark ("…-KLZB（重）")
    no = PROCEDURE_NOTE.matcher(no).replaceFirst("");
    return no.isEmpty() ? null : no;
  }

  /** A half-width comma before Chinese text or at the end ends a number: "SHXM-00-20191216-1271,预算编号：…". */
  private static boolean commaEnds(String v, int at) {
    return at + 1 == v.length() || v.charAt(at + 1) > 0x7f;
  }

  /** "（招标文件编号：X）" after a number is another label's value, not part of the number. */
  private static boolean labelInside(String v, int open) {
    for (int i = open + 1; i < v.length() && ")）".indexOf(v.charAt(i)) < 0; i++) {
      if (v.charAt(i) == ':' || v.charAt(i) == '：') {
        return true;
      }
    }
    return false;
  }

  private static boolean hasClosing(String v, int open) {
    for (int i = open + 1; i < v.length(); i++) {
      char c = v.charAt(i);
      if (Character.isWhitespace(c)) {
        return false;
      }
      if (c == ')' || c == '）') {
        return true;
      }
    }
    return false;
  }

  /** An organisation name: the value up to punctuation, a run of spaces or the next label ({@link NameEnds}). */
  static String name(String value) {
    return NameEnds.name(value);
  }
}
