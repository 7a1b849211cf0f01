package org.tenderwatch.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an organisation's name looks like where no label names it: the signature above or before the date of issue,
 * the subject of a notice's first sentence. Chinese bodies end their names in a small set of words (大学, 医院,
 * 局, 有限公司 …), so a run of Chinese text is a name only when it ends in one of them; and an agency's name carries
 * the trade it is in (招标, 代理, 咨询 …), so a name without those words is the buyer's.
 */
final class PartyNames {

  /**
   * How names of public buyers and companies end (longest first, so "研究院" is tried before "院"). One char
   * endings (局, 院, 所 …) are the common ones of government bodies: 公安局, 人民法院, 研究所.
   */
  private static final String ENDINGS = "有限责任公司|有限公司|股份公司|集团|公司|大学|学院|中学|小学|学校|幼儿园|"
      + "卫生院|医院|研究院|研究所|检察院|法院|委员会|办公室|管理处|政府|中心|本部|分局|局|院|所|站|馆|厅|处|队|部|社|会";
  /** A name: two to forty Chinese chars (brackets allowed: "新闵学校（中学部）") ending as a name does. */
  static final String NAME = "[\\p{IsHan}()（）]{1,38}?(?:" + ENDINGS + ")(?:[(（][\\p{IsHan}]{1,8}[)）])?";
  private static final Pattern WHOLE = Pattern.compile(NAME);
  /** Words of the procurement trade: a name holding one is an agency's (or a trading centre's), not a buyer's. */
  private static final Pattern AGENCY_WORDS = Pattern.compile("招标|代理|咨询|造价|监理|项目管理|采购中心|交易中心|采购办");
  /**
   * An agency named as the one that ran the procurement: "由上海某某招标服务中心有限公司组织的某某项目…的采购" (上海's
   * result template), "由某某咨询有限公司负责组织".
   */
  private static final Pattern ORGANISED = Pattern.compile("(?:^|[。；;\\n])\\s*由\\s*(" + NAME + ")\\s*(?:负责)?组织(?:实施)?的?");
  /** A title that opens with a name and goes on ("某某研究所台式计算机网上竞价成交公告"): the name and what follows it. */
  /**
   * A buyer saying it published the procurement, no 采购人 label: "北京国信创新科技有限公司于2011年09月20日 在阳光易购电子采购平台
   * 发布的采购…项目，经过询价采购程序" (阳光易购's 成交通告).
   */
  private static final Pattern PUBLISHED_BY = Pattern.compile("(?<!\\p{IsHan})(" + NAME + ")\\s*于\\s*\\d{4}\\s*年"
      + "\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日\\s*(?:在|通过)[^，,。；;]{2,40}?发布");
  /** PUBLISHED_BY's tail, found fast (it opens with a literal): a day, then where it was published. */
  private static final Pattern PUBLISHED_TAIL = Pattern.compile("日\\s*(?:在|通过)[^，,。；;]{2,40}?发布");
  /** A writer naming itself, no name: "我院于…在医院网站发布的…", "我公司", "本中心" (本溪市… is a name). */
  private static final Pattern SELF = Pattern.compile("(?:我|本|该)\\p{IsHan}{1,3}");
  private static final Pattern TITLE_HEAD = Pattern.compile("^(" + NAME + ")([\\p{IsHan}A-Za-z0-9]{4})");
  /** Closing words that run into a signature's name on flattened pages ("特此公告。苏州市…"). */
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern CLOSING = Pattern.compile("^(?:特此公告|特此通知|特此公示)[。.]?");

  private PartyNames() {}

  /** The text as a name (closing words before it dropped), or null when it does not end as a name does. */
  static String name(String text) {
    if (text == null) {
      return null;
    }
    String t = CLOSING.matcher(text.strip()).replaceFirst("").strip();
    return WHOLE.matcher(t).matches() ? t : null;
  }

  /**
   * Whether a name is a buyer's: not the agency's, nor named as one of the trade. A signature's role note says it
   * ("某某县水利局（招标人）", whose 招标 is the note's, not the name's).
   */
  static boolean buyerLike(String name, String agency) {
    if (name == null || name.equals(agency) || agency != null && bare(name).equals(bare(agency))) {
      return false;
    }
    Matcher note = ROLE.matcher(name);
    return note.find() ? note.group(1) == null : !AGENCY_WORDS.matcher(name).find();
  }

  /** Whether a name is an agency's: a company of the trade ("某某招标代理有限公司", "某某工程咨询有限公司"). */
  static boolean agencyLike(String name) {
    if (name == null) {
      return false;
    }
    Matcher note = ROLE.matcher(name);
    return note.find() ? note.group(1) != null : AGENCY_WORDS.matcher(name).find() && !name.endsWith("交易中心");
  }

  /**
   * An institution's own procurement office signing its notice ("某某大学采购与招标管理中心", "某某医院招标办"): part of
   * the buyer, not an agency, though its name says 招标.
   */
  private static final Pattern OWN_OFFICE = Pattern.compile("^(?!.*(?:代理|咨询|公司))\\p{IsHan}{2,30}?(?:大学|学院|学校|中学|医院)"
      + "\\p{IsHan}{0,8}?(?:招标|采购)\\p{IsHan}{0,8}?(?:中心|办公室|办|处|科)$");

  static boolean ownOffice(String name) {
    return name != null && OWN_OFFICE.matcher(name).find();
  }

  /**
   * The same office named anywhere in the text ("请向某某学院招投标办公室提出质疑", "联系人：某某医院招标办 王老师"): only
   * campuses, schools and hospitals run procurement offices of their own (a 政府采购中心 is no one's office).
   */
  private static final Pattern OFFICE_IN_TEXT = Pattern.compile("(\\p{IsHan}{2,30}?(?:大学|学院|学校|中学|小学|医院))"
      + "(?:招投标|招标|采购)\\p{IsHan}{0,8}?(?:中心|办公室|办|处|科)");
  /** Words a sentence sets before the office's name, not part of it: "请向…", "由…", "联系…". */
  private static final Pattern OFFICE_LEAD = Pattern.compile("^(?:如有异议|请|向|与|由|至|到|在|经|联系)+");
  private static final Pattern OFFICE_WORD = Pattern.compile("招投标|招标|采购");

  /**
   * The institution whose own procurement office the text names, as the buyer when nothing else names one (the office
   * is part of the buyer, {@link #ownOffice}); null when the text names no such office.
   */
  static String officeOwner(String text) {
    if (!OFFICE_WORD.matcher(text).find()) {
      return null;
    }
    Matcher m = OFFICE_IN_TEXT.matcher(text);
    while (m.find()) {
      String owner = OFFICE_LEAD.matcher(m.group(1)).replaceFirst("");
      if (owner.length() >= 4) { // two chars at least before 学院/医院: "请与学校招标办联系" names no one
        return owner;
      }
    }
    return null;
  }

  /** A role note closing a signature's name: the agency's (group 1) or the buyer's. */
  private static final Pattern ROLE = Pattern.compile("[（(](?:(\\p{IsHan}{0,4}代理\\p{IsHan}{0,4})|采购人|招标人|采购单位|建设单位)[)）]$");

  private static String bare(String name) {
    return NameEnds.withoutRoleNote(name);
  }

  /** The buyer a sentence names as publishing the procurement ({@link #PUBLISHED_BY}), when no agency's, or null. */
  static String publisher(String text, String agency) {
    if (!PUBLISHED_TAIL.matcher(text).find()) {
      return null; // most notices say 发布 ("自本公告发布之日起"); few say a day and a place before it
    }
    Matcher m = PUBLISHED_BY.matcher(text);
    while (m.find()) {
      if (buyerLike(m.group(1), agency) && !SELF.matcher(m.group(1)).matches()) {
        return m.group(1);
      }
    }
    return null;
  }

  /** The agency a sentence names as organising the procurement ("由X组织的…采购"), or null. */
  static String organiser(String text) {
    if (!text.contains("组织")) {
      return null;
    }
    Matcher m = ORGANISED.matcher(text);
    while (m.find()) {
      if (agencyLike(m.group(1))) {
        return m.group(1);
      }
    }
    return null;
  }

  /**
   * The buyer a notice names only at the head of its title ("广东省某某研究所台式计算机网上竞价成交公告", no 采购人
   * label): kept when the body repeats that head ("广东省某某研究所台式计算机网上竞价项目（…）") and the name is no agency's.
   */
  static String titleOwner(String title, String text, String agency) {
    Matcher m = title == null ? null : TITLE_HEAD.matcher(title.strip());
    if (m == null || !m.find() || m.group(1).startsWith("关于") || !buyerLike(m.group(1), agency)) {
      return null;
    }
    // the body may set the title on two lines ("某县人民医院" / "CT设备采购项目招标公告"): compared without line breaks
    return SPACES.matcher(text).replaceAll("").contains(m.group(1) + m.group(2)) ? m.group(1) : null;
  }
}
