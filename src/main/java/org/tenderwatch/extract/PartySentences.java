package org.tenderwatch.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Buyer and agency named in a sentence rather than under a label: who entrusted whom ("X受Y委托", "Y委托X对…",
 * "受Y委托，X对…"), or who the notice says they are ("采购人为X，采购代理机构为Y", "招标人为X"). The notice's
 * first sentence says it on pages whose template has no party block (old municipal and university CMS pages).
 */
final class PartySentences {

  /**
   * "福建立勤招标代理有限公司受福建省立医院委托", also "X 受 Y 的委托": agency before 受, buyer before 委托. An agency is a
   * company, a centre, or an institute or office of the trade ("某某省机电设备招标研究院", "某某造价师事务所").
   */
  private static final Pattern ENTRUSTED = Pattern.compile(
      "(?:^|[，,。；;:：\\s])([^，,。；;:：\\s受]{4,40}?(?:公司|中心|研究院|设计院|研究所|事务所))(?:\\([^)]*\\))?[^，,。；;受]{0,3}受\\s*"
          + "([^，,。；;:：\\s]{2,40}?)\\s*(?:的)?委托");
  /** A note in brackets after a name in a sentence: "（以下简称“代理机构”）". */
  private static final String NOTE_AFTER = "(?:[（(][^（()）]{0,24}[）)])?";
  /**
   * The entrusting buyer first, the agency after the comma: "受某某县人民医院(的)委托，某某招标有限公司对…", also
   * "根据某某县人民医院的委托，…"; the agency's name may carry a note ("（以下简称“代理机构”）").
   */
  private static final Pattern ENTRUSTED_FIRST = Pattern.compile("(?:^|[，,。；;:：\\s])(?:受|根据|按照)\\s*("
      + PartyNames.NAME + ")\\s*(?:的)?委托\\s*[，,]\\s*(" + PartyNames.NAME + ")\\s*" + NOTE_AFTER
      + "\\s*(?:对|就|为|进行|组织|承办|现)");
  /**
   * The buyer entrusting the agency, buyer first: "…，某某县人民医院委托某某工程咨询有限公司(，)对某某设备采购项目进行
   * 竞争性谈判" (the reverse of "Y受X委托"), either name with a note after it ("（以下简称“采购人”）").
   */
  private static final Pattern ENTRUSTING = Pattern.compile("(?:^|[，,。；;:：\\s])(" + PartyNames.NAME + ")\\s*"
      + NOTE_AFTER + "\\s*委托\\s*(" + PartyNames.NAME + ")\\s*" + NOTE_AFTER + "\\s*[，,]?\\s*(?:对|就|为|进行|组织|承办)");
  /**
   * The agency entrusted in a clause of its own, the buyer its subject named in the clause before: "…项目已具备招标条件。
   * 现委托某某建设咨询有限公司对该项目进行国内公开招标" (the works tender's opening), also "，现委托X（招标代理机构）就…".
   */
  private static final Pattern ENTRUSTED_NOW = Pattern.compile("(?:^|[，,。；;\\s])现?委托\\s*(" + PartyNames.NAME
      + ")\\s*" + NOTE_AFTER + "\\s*(?:对|就|为|进行|组织|承办)");
  /**
   * The agency entrusted by no one named: "某某招标代理有限公司受委托，对某某大学食堂托管服务项目进行公开招标采购" (a
   * university's own notice, whose buyer is the site's owner); the procurement verb must follow, so a firm "受委托研发"
   * names no agency.
   */
  private static final Pattern ENTRUSTED_UNNAMED = Pattern.compile(
      "(?:^|[，,。；;:：\\s])([^，,。；;:：\\s受]{4,40}?(?:公司|中心|研究院|设计院|研究所|事务所))(?:\\([^)]*\\))?\\s*受委托\\s*[，,]?\\s*"
          + "(?:对|就|组织|承办)");
  /** "采购人为某某市第一中学，", "招标人为某某县水利局，": the party named by its role, in prose. */
  private static final Pattern BUYER_IS =
      Pattern.compile("(?:采购人|采购单位|招标人)(?:是|为)\\s*(" + PartyNames.NAME + ")\\s*[，,。；;（(]");
  /**
   * The works project's owner in the standard works tender's first clause ("项目业主为某某县交通运输局，建设资金来自…"):
   * the buyer when the clause names no 招标人 (read after {@link #BUYER_IS}, which reads "招标人为X").
   */
  private static final Pattern OWNER_IS =
      Pattern.compile("(?:项目业主|业主单位|建设单位)(?:是|为)\\s*(" + PartyNames.NAME + ")\\s*[，,。；;（(]");
  private static final Pattern AGENCY_IS =
      Pattern.compile("(?:采购代理机构|招标代理机构|代理机构)(?:是|为)\\s*(" + PartyNames.NAME + ")\\s*[，,。；;（(]");

  /**
   * A sentence pattern, the group holding the party it is asked for, and whether it needs 委托 in the text (its scan
   * of every offset is skipped otherwise).
   */
  private record Reading(Pattern pattern, int group, boolean entrusts) {}

  /** First match wins: the 委托 sentences as before 11o, then the party named by its role. */
  private static final List<Reading> AGENCY = List.of(new Reading(ENTRUSTED, 1, true),
      new Reading(ENTRUSTED_FIRST, 2, true), new Reading(ENTRUSTING, 2, true), new Reading(AGENCY_IS, 1, false),
      new Reading(ENTRUSTED_NOW, 1, true), new Reading(ENTRUSTED_UNNAMED, 1, true));
  private static final List<Reading> BUYER = List.of(new Reading(ENTRUSTED, 2, true),
      new Reading(ENTRUSTED_FIRST, 1, true), new Reading(ENTRUSTING, 1, true), new Reading(BUYER_IS, 1, false),
      new Reading(OWNER_IS, 1, false));

  /** A note in brackets after a name ("（以下简称“采购人”）", "（甲方）"), not a part of it ("（北京）", "（集团）"). */
  private static final Pattern NOTE =
      Pattern.compile("[（(][^）)]*(?:简称|以下|采购人|招标人|代理|甲方|乙方|单位|[\"“”])[^）)]*[）)]");

  private PartySentences() {}

  /** The agency a sentence names, or null. */
  static String agency(String text) {
    return first(text, AGENCY);
  }

  /** The buyer a sentence names, or null. */
  static String buyer(String text) {
    return first(text, BUYER);
  }

  private static String first(String text, List<Reading> readings) {
    String folded = Fold.fold(text);
    boolean entrusts = folded.contains("委托");
    for (Reading r : readings) {
      if (r.entrusts() && !entrusts) {
        continue;
      }
      String name = read(text, folded, r);
      if (name != null) {
        return name;
      }
    }
    return null;
  }

  private static String read(String text, String folded, Reading r) {
    Matcher m = r.pattern().matcher(folded);
    while (m.find()) {
      // "Y受X委托…" read by ENTRUSTING would name them the other way round: ENTRUSTED reads it
      if (r.pattern() == ENTRUSTING && m.group(1).contains("受")) {
        continue;
      }
      String name = text.substring(m.start(r.group()), m.end(r.group())).strip();
      // ENTRUSTED's names may carry a note in brackets, dropped
      // ("某某公司(以下简称代理机构)受…"), a buyer a campus or a place ("受某某大学（北京）委托"), kept
      return r.pattern() == ENTRUSTED ? NOTE.matcher(name).replaceAll("").strip() : name;
    }
    return null;
  }
}
