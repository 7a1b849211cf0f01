package org.tenderwatch.extract;

import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Where an organisation's name ends in a label's value: at punctuation, a wide gap, the next label (spaced or run
 * straight on), a role note or a signature's date.
 */
final class NameEnds {

  /** A date run on after a name at the end of a signature line. */
  private static final Pattern SIGNED_DATE = Pattern.compile("(?<=\\p{IsHan})\\s*\\d{4}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日$");
  /**
   * A crawler's stray digit tokens after a name, each after a space ("林州市文化广播电视新闻出版局 02 0202", a layout
   * table's cells kept as text): no organisation's name ends in a space and a short number.
   */
  private static final Pattern STRAY_DIGITS = Pattern.compile("(?<=[\\p{IsHan})）])(?:\\s+[0-9]{1,4})+$");
  /** Where a name ends: punctuation, a wide gap, the next label, a letter-spaced label too ("地 址：", "传 真："). */
  private static final Pattern NAME_END = Pattern.compile("[，,；;。]|\\s{2,}|\\s+\\S{1,12}[:：]|[（(][^）)]*[:：]|\\s+\\p{IsHan}(?:\\s\\p{IsHan}){1,3}\\s*[:：]");

  /** The contact labels that follow a name in a party's block. */
  private static final List<String> CONTACT_LABELS =
      List.of("地址", "电话", "联系人", "联系方式", "联系电话", "传真", "邮编", "电子邮箱", "电子邮件", "邮政编码",
          // the procedure's labels no field is read under, run on after a name or a number in a flattened header
          "采购方式", "招标方式", "采购类型", "项目类型");

  /**
   * A field label run straight into the previous value, with no space or punctuation between ("长沙市公安局采购代理机构名称：…"
   * on portals that flatten a contact table into one line): the value ends where such a label begins. Only the
   * field labels and the contact labels that follow a name in such blocks count, each followed by a colon.
   */
  private static final Pattern RUN_ON_LABEL = Pattern.compile(Stream.of(FieldLabels.BUYER, FieldLabels.AGENCY,
          FieldLabels.BUYER_ADDRESS, FieldLabels.PROJECT_NO, CONTACT_LABELS)
      .flatMap(List::stream).sorted(Comparator.comparingInt(String::length).reversed()).map(NameEnds::spaced)
      .collect(Collectors.joining("|", "(?:", ")[:：]")));

  /**
   * A label cell with no colon run on after the name, a space before and after it ("某某投资有限公司 建设地点 某某镇",
   * an Epoint result sheet copied as one line): the labels that follow a buyer's cell in such sheets.
   */
  private static final Pattern BARE_LABEL = Pattern.compile(Stream.of(FieldLabels.PROJECT_SITE, CONTACT_LABELS,
          FieldLabels.AGENCY, FieldLabels.PROJECT_NO)
      .flatMap(List::stream).sorted(Comparator.comparingInt(String::length).reversed()).map(Pattern::quote)
      .collect(Collectors.joining("|", "\\s(?:", ")\\s")));

  /** A label's characters, a space allowed between them ("传 真：" run on after a name, 吉林 2015). */
  private static String spaced(String label) {
    return label.chars().mapToObj(c -> Pattern.quote(Character.toString(c))).collect(Collectors.joining("\\s?"));
  }

  /** A template's note after a name: its role or a seal ("某某管理处（采购人）", "某某公司（盖章）"). */
  private static final Pattern ROLE_NOTE = Pattern.compile(
      "[（(](?:盖章|公章|签章|代章|采购人|招标人|采购单位|建设单位|采购代理机构|代理机构|招标代理机构|采购代理"
          // the name the rest of the notice calls it by: "某某大学（以下简称“采购人”）"
          + "|以下简称[^（()）]{0,12})[)）]$");

  private NameEnds() {}

  /** The name without a role note after it ("某某管理处（采购人）" is "某某管理处"). */
  static String withoutRoleNote(String name) {
    return name == null ? null : ROLE_NOTE.matcher(name).replaceFirst("").strip();
  }

  /** Where a label run straight on after a value begins ({@link #RUN_ON_LABEL}), or -1 (also when it opens it). */
  static int runOnLabel(String value) {
    if (value.indexOf(':') < 0 && value.indexOf('：') < 0) {
      return -1; // every label ends in its colon: spare a value without one the search through ~100 labels per offset
    }
    Matcher runOn = RUN_ON_LABEL.matcher(value);
    return runOn.find() && runOn.start() > 0 ? runOn.start() : -1;
  }

  /** An organisation name: the value up to punctuation, a run of spaces or the next label. */
  static String name(String value) {
    String v = value.strip();
    // both ends are looked for in the whole value: a spaced label run on ("…公司传 真：") holds a gap NAME_END stops at
    int runOn = runOnLabel(v);
    int end = runOn > 0 ? runOn : v.length();
    Matcher bare = BARE_LABEL.matcher(v);
    if (bare.find() && bare.start() > 0) {
      end = Math.min(end, bare.start());
    }
    Matcher m = NAME_END.matcher(v);
    v = v.substring(0, m.find() ? Math.min(end, m.start()) : end);
    v = withoutRoleNote(v);
    v = SIGNED_DATE.matcher(v).replaceFirst("").strip(); // "某某有限公司2024年8月19日": the signature's date
    v = STRAY_DIGITS.matcher(v).replaceFirst("");
    return v.isEmpty() ? null : v;
  }
}
