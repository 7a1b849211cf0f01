package org.tenderwatch.extract;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The notice type from its title suffix (PORTALS.md §2), its channel breadcrumb, or cues in its body. The
 * keyword that ends nearest to the end of the title wins, so "…采购项目中标公告" is an award although it
 * contains 采购, and "…中标结果更正公告" is a correction.
 */
final class NoticeTypes {

  private static final Map<String, NoticeType> KEYWORDS = Map.ofEntries(
      Map.entry("更正", NoticeType.CORRECTION), Map.entry("变更", NoticeType.CORRECTION),
      Map.entry("澄清", NoticeType.CORRECTION),
      Map.entry("答疑", NoticeType.CORRECTION),
      // a works tender's addendum to its documents ("…工程第1号补遗公告")
      Map.entry("补遗", NoticeType.CORRECTION),
      // a postponed opening changes the tender's dates ("…开标延期公告", "…延长报名时间公告"); so does a suspension,
      // deferral or restart, which ccgp files as 更正 (32 of its 36 暂停 titles of June 2022)
      Map.entry("延期", NoticeType.CORRECTION), Map.entry("延长", NoticeType.CORRECTION),
      Map.entry("暂停", NoticeType.CORRECTION), Map.entry("暂缓", NoticeType.CORRECTION),
      Map.entry("重启", NoticeType.CORRECTION), Map.entry("更改", NoticeType.CORRECTION),
      // additions and answers to the documents: "…补充事项公告", "招标文件补充说明", "…公告补充", "质疑答复"
      Map.entry("补充", NoticeType.CORRECTION), Map.entry("答复", NoticeType.CORRECTION),
      Map.entry("终止", NoticeType.TERMINATION), Map.entry("废标", NoticeType.TERMINATION),
      Map.entry("流标", NoticeType.TERMINATION), Map.entry("中止", NoticeType.TERMINATION),
      Map.entry("失败", NoticeType.TERMINATION),
      // a failed or called-off purchase: 山东's "…采购异常公告", "…取消（招标）公告", a "流标结果公示" (over 结果)
      Map.entry("异常", NoticeType.TERMINATION), Map.entry("取消", NoticeType.TERMINATION),
      Map.entry("取消招标", NoticeType.TERMINATION), Map.entry("流标结果", NoticeType.TERMINATION),
      Map.entry("废标结果", NoticeType.TERMINATION),
      Map.entry("中标", NoticeType.AWARD), Map.entry("成交", NoticeType.AWARD), Map.entry("结果", NoticeType.AWARD),
      // a 遴选's or 比选's winner is 中选 ("…供应商遴选中选公告")
      Map.entry("中选", NoticeType.AWARD),
      Map.entry("招标", NoticeType.TENDER), Map.entry("采购", NoticeType.TENDER), Map.entry("谈判", NoticeType.TENDER),
      Map.entry("磋商", NoticeType.TENDER), Map.entry("询价", NoticeType.TENDER),
      Map.entry("单一来源", NoticeType.TENDER), Map.entry("邀请", NoticeType.TENDER),
      Map.entry("资格预审", NoticeType.TENDER), Map.entry("比选", NoticeType.TENDER),
      // a hospital's or school's own procedures: 遴选 (consumables, suppliers), 议价, 竞价
      Map.entry("遴选", NoticeType.TENDER), Map.entry("议价", NoticeType.TENDER), Map.entry("竞价", NoticeType.TENDER),
      // a village's or town's small works let to listed contractors, often by lottery (抽签法): "…工程发包公告"
      Map.entry("发包", NoticeType.TENDER),
      Map.entry("合同", NoticeType.OTHER), Map.entry("意向", NoticeType.OTHER),
      // a purchase's acceptance ("…采购项目验收公告", 政采云's "履约验收结果公告") neither tenders nor awards
      Map.entry("验收", NoticeType.OTHER), Map.entry("验收结果", NoticeType.OTHER),
      // the draft documents or needs put out for comments before the tender ("…采购文件征求意见公告", 浙江 counties'
      // "[意见征询]关于…文件公开征询意见的公告"): it invites comments, not bids
      Map.entry("征求意见", NoticeType.OTHER), Map.entry("征询意见", NoticeType.OTHER),
      Map.entry("意见征询", NoticeType.OTHER));
  /**
   * A notice title ends in one of these; the type keyword sits just before it. List pages also shorten titles
   * to the procurement method ("…服务项目竞争性磋商", 1,480 of the 4,985 jzxcs titles of June 2022).
   */
  private static final List<String> SUFFIXES = List.of("公告", "公示", "结果", "通知", "公报", "信息", "竞争性磋商", "竞争性谈判",
      "公开招标", "邀请招标", "询价", "单一来源采购", "单一来源", "澄清", "纪要", "说明", "答复", "补充", "邀请书");
  /** The number of a notice of a series after its kind: "更正公告二", "更正公告1号", "澄清公告1". */
  private static final Pattern SERIES_NUMBER = Pattern.compile("(?<=公告|公示)[0-9一二三四五六七八九十]{1,3}号?$");
  /**
   * What the body of each kind of notice states and the others do not, tried in this order: a correction quotes
   * the tender it corrects and an award the procedure it ran, so the tender's cues come last, but for a 发包公告's
   * opening, which names the 成交结果 it will publish and so comes before the award's words. Each cue is a
   * section or a label of the kind's template (PORTALS.md §2), not a word any notice may use: a tender says
   * "代理服务费按成交金额的…" and "中标公告将在…发布", so an amount counts only as a label with its value
   * ("成交金额：703900元", "中标金额（元）：…").
   */
  private static final Pattern CORRECTION_CUES = Pattern.compile(
      "更正事项|更正内容|更正日期|更正信息[:：]|变更事项|变更内容|变更日期|原公告的|原公告名称|现更正|更正为[:：]"
          // the 中国国际招标网 变更公告's first label, "澄清或变更简要说明：…", often all a heading-less copy says of its kind
          + "|变更简要说明\\s*[:：]");
  /** An award's result stated as a label with its value: the winner's name or the amount won. */
  private static final Pattern AWARD_STATED = Pattern.compile(
      "(?:中标|成交)[(（]?(?:成交)?[)）]?(?:供应商名称|供应商|人名称|人|单位名称|单位|公司名称)\\s*[:：]\\s*\\S"
          + "|(?:中标|成交)[(（]?(?:成交)?[)）]?(?:金额|价格|价)\\s*(?:[(（][^)）]{0,6}[)）])?\\s*[:：]\\s*"
          + "(?:人民币|[￥¥]|\\d|[壹贰叁肆伍陆柒捌玖拾])"
          // a property-rights exchange's deal: its price, in any form an amount is written, and the day it was struck
          + "|交易价格\\s*(?:[(（][^)）]{0,6}[)）])?\\s*[:：]\\s*(?:人民币|[￥¥])?\\s*[\\d壹贰叁肆伍陆柒捌玖拾][\\s\\S]{0,40}成交日期");
  /**
   * A termination's section or label with its reason (the ccgp 终止公告's "二、项目终止的原因", "废标理由：有效供应商不足
   * 三家"): not a tender's clause on when bids are rejected ("…的，予以废标"), nor the empty "废标结果" table (序号 |
   * 标项名称 | 废标理由) every 政采云 award carries.
   */
  private static final Pattern TERMINATION_CUES = Pattern.compile(
      "项目终止的原因|(?:终止|废标|流标)(?:原因|理由)\\s*[:：]\\s*[^\\s:：]");
  private static final List<Map.Entry<NoticeType, Pattern>> BODY_CUES = List.of(
      Map.entry(NoticeType.CORRECTION, CORRECTION_CUES),
      Map.entry(NoticeType.AWARD, AWARD_STATED),
      // a 发包公告's opening ("项目已具备发包条件…现对该项目的施工进行公开发包"): it announces how the result will be
      // made known ("确认成交结果", "发布成交公告"), so it comes before the award's words
      Map.entry(NoticeType.TENDER, Pattern.compile("具备发包条件|进行公开发包")),
      // not the result to come, as a tender speaks of it ("在成交结果公告后…申请", "中标公告发布后五个工作日内退还")
      Map.entry(NoticeType.AWARD, Pattern.compile(
          "(?:中标[(（]成交[)）]信息|成交信息|成交结果|中标结果|中标信息|中标公告|成交公告|中标公示|中标人公示)"
              + "(?!(?:公告|公示)?(?:发布)?(?:后|之日|之后|期满))"
              + "|中标候选人(?:公示|名单|排序|如下|为|[:：])|第一中标候选人")),
      // a 谈判（磋商）公告's sections on getting its documents and handing in responses, when the body names no procedure
      Map.entry(NoticeType.TENDER, Pattern.compile(
          "公开招标|邀请招标|竞争性谈判|竞争性磋商|询价|单一来源|招标文件|采购文件|投标截止|递交.{0,6}截止|欢迎.{0,20}(投标|参加)"
              + "|获取(?:谈判|磋商)(?:[(（](?:谈判|磋商)[)）])?文件")));
  /**
   * What overrules a title that names only the procedure or the purchase: a correction's cues, an award's stated
   * result, or a termination's reason. That reason does not type a body with no title: a result whose one lot failed
   * gives its 废标理由 beside the others' winners, and a held-out failed notice's body was typed wrong by it.
   */
  private static final List<Map.Entry<NoticeType, Pattern>> STATED_CUES = List.of(
      Map.entry(NoticeType.CORRECTION, CORRECTION_CUES), Map.entry(NoticeType.AWARD, AWARD_STATED),
      Map.entry(NoticeType.TERMINATION, TERMINATION_CUES));
  /** A title cut to the procedure ("…服务项目竞争性磋商") says how the buyer procures, not which notice this is. */
  private static final Pattern PROCEDURE_END = Pattern.compile("(?:竞争性磋商|竞争性谈判|公开招标|邀请招标|询价|单一来源采购|单一来源)$");

  /** A title that names only a purchase ("…采购公告", "…采购项目公告"), no procedure or result. */
  private static final Pattern GENERIC_END = Pattern.compile("采购(?:项目)?(?:公告|公示)$");
  /** A trailing bracket that names the notice's kind: "…中标结果公告（更正）" corrects that result. */
  private static final Pattern KIND_BRACKET =
      Pattern.compile("[（(【\\[]\\s*(更正|变更|终止|废标|流标)(?:公告|公示)?\\s*[）)】\\]]\\s*$");
  /**
   * A body stating its result is below: "最终确认采购结果如下", "现将成交结果公告如下". Not "由采购人确认采购结果", a
   * tender's account of how the result will be made.
   */
  private static final Pattern RESULT_STATED = Pattern.compile("结果(?:公告|公示)?如下");
  /** A title that names only the purchase, and no procedure or result: "…设备采购公告", "…设备采购项目公告". */
  private static final Pattern PURCHASE_ONLY = Pattern.compile("采购(?:项目)?公告$");
  /**
   * A result stated in full: a winner's label over a name that ends as an organisation's, then the amount's label
   * with its figure within a few lines. A tender's duties ("成交供应商：须在…") and a proposed winner (拟) are neither.
   */
  private static final Pattern WON_AT = Pattern.compile("(?<!拟)(?:中标|成交)(?:供应商|人|单位)(?:名称)?\\s*[:：]\\s*"
      + "[^\\s:：,，。;；]{2,60}?" + SupplierNames.ORG_END + "[\\s\\S]{0,80}?(?:中标|成交)(?:金额|价格|价)\\s*[:：]\\s*"
      + "(?:人民币)?\\s*[￥¥]?\\s*[\\d壹贰叁肆伍陆柒捌玖拾]");
  /** How far after the statement its result's label stands ("…如下：" then "成交供应商名称:X"). */
  private static final int RESULT_REACH = 200;

  /** A title putting the draft documents or needs out for comments (see KEYWORDS). */
  private static final Pattern CONSULTATION = Pattern.compile("征求意见|征询意见|意见征询");
  /** A title naming a contract or a procurement plan: its supplier is the contract's party, not an award's winner. */
  private static final Pattern NOT_AN_AWARD = Pattern.compile("合同|意向|验收");

  private NoticeTypes() {}

  /**
   * A notice that neither its title nor its body's cues type, but whose winners were read (a results table with a
   * 中标/成交 column under "三、采购结果", a winner's label), is an award: a 政采云 result body often states its
   * result only as that table. A contract's or a plan's title keeps OTHER.
   */
  static NoticeType withWinners(NoticeType type, String title, boolean winners) {
    if (type != NoticeType.OTHER || !winners || title != null && NOT_AN_AWARD.matcher(title).find()) {
      return type;
    }
    return NoticeType.AWARD;
  }

  /** Whether a title puts the draft documents or needs out for comments (a 征求意见 / 意见征询 notice). */
  static boolean consultation(String title) {
    return title != null && CONSULTATION.matcher(title).find() && fromTitle(title) == NoticeType.OTHER;
  }

  /** From a title or a breadcrumb label; OTHER when it names no type. */
  static NoticeType fromTitle(String title) {
    if (title == null) {
      return NoticeType.OTHER;
    }
    String t = title.strip();
    Matcher kind = KIND_BRACKET.matcher(t);
    if (kind.find()) {
      return KEYWORDS.get(kind.group(1));
    }
    t = SERIES_NUMBER.matcher(withoutTrailingGroups(t)).replaceFirst("");
    if (!hasSuffix(t)) {
      return NoticeType.OTHER; // a bare project name ("…重新招标项目") says nothing about the notice
    }
    NoticeType best = NoticeType.OTHER;
    int bestEnd = -1;
    int bestLength = 0;
    for (var e : KEYWORDS.entrySet()) {
      int at = t.lastIndexOf(e.getKey());
      if (at < 0) {
        continue;
      }
      int end = at + e.getKey().length();
      // of two keywords ending together the longer says more ("验收结果" over "结果")
      if (end > bestEnd || end == bestEnd && e.getKey().length() > bestLength) {
        bestEnd = end;
        bestLength = e.getKey().length();
        best = e.getValue();
      }
    }
    return best;
  }

  /**
   * The title without the bracket groups that end it ("（采购包1、2、3、4）", "(二次)", a project number with a bracket
   * inside it "（2022-X-W1019（CLF01））"): they are not the suffix. A closing bracket with no opening one, as list
   * pages cut or mistype titles ("…终止公告（包1、4））"), is dropped alone.
   */
  static String withoutTrailingGroups(String title) {
    String t = title.strip();
    while (!t.isEmpty() && CLOSERS.indexOf(t.charAt(t.length() - 1)) >= 0) {
      int depth = 0;
      int i = t.length() - 1;
      for (; i >= 0; i--) {
        char c = t.charAt(i);
        depth += CLOSERS.indexOf(c) >= 0 ? 1 : OPENERS.indexOf(c) >= 0 ? -1 : 0;
        if (depth == 0) {
          break;
        }
      }
      t = (i < 0 ? t.substring(0, t.length() - 1) : t.substring(0, i)).strip();
    }
    return t;
  }

  private static final String OPENERS = "（(【[";
  private static final String CLOSERS = "）)】]";

  /** Whether the (stripped) title ends in one of {@link #SUFFIXES}. */
  private static boolean hasSuffix(String t) {
    return SUFFIXES.stream().anyMatch(t::endsWith);
  }

  /** From the body when neither title nor breadcrumb says: the first kind whose cues it states (see BODY_CUES). */
  static NoticeType fromBody(String text) {
    return firstCue(BODY_CUES, text);
  }

  private static NoticeType firstCue(List<Map.Entry<NoticeType, Pattern>> cues, String text) {
    for (Map.Entry<NoticeType, Pattern> cue : cues) {
      if (cue.getValue().matcher(text).find()) {
        return cue.getKey();
      }
    }
    return NoticeType.OTHER;
  }

  /**
   * From the title, and from the body when the title names no type, or only the procedure ("…项目公开招标", as
   * list pages cut titles): then a correction's cues or an award's stated result in the body win.
   */
  static NoticeType fromTitleAndBody(String title, String text) {
    NoticeType byTitle = fromTitle(title);
    if (byTitle == NoticeType.OTHER) {
      // a call for comments quotes the draft tender in its body: its title's kind stands
      return consultation(title) ? byTitle : fromBody(text);
    }
    if (byTitle == NoticeType.TENDER && (PROCEDURE_END.matcher(title.strip()).find()
        || GENERIC_END.matcher(title.strip()).find() && correctsOrEnds(text))) {
      NoticeType stated = firstCue(STATED_CUES, text);
      return stated == NoticeType.OTHER ? byTitle : stated;
    }
    if (byTitle == NoticeType.TENDER && GENERIC_END.matcher(title.strip()).find() && resultBelow(text)) {
      return NoticeType.AWARD; // "…笔记本电脑采购公告" over "最终确认采购结果如下：成交供应商名称:…" (阳光易购)
    }
    if (byTitle == NoticeType.TENDER && PURCHASE_ONLY.matcher(title.strip()).find() && WON_AT.matcher(text).find()) {
      return NoticeType.AWARD; // "…设备采购项目公告" over "中标供应商：X公司" and "中标金额：8.6万元"
    }
    return byTitle;
  }

  /** Whether the body states a correction's or a termination's cues: a title naming only the purchase yields to them. */
  private static boolean correctsOrEnds(String text) {
    return CORRECTION_CUES.matcher(text).find() || TERMINATION_CUES.matcher(text).find();
  }

  /**
   * A result stated below its statement: a winner's or an amount's label within reach after "结果如下", not one the
   * notice only proposes ("拟成交供应商：", a 单一来源采购公示's "论证结果如下").
   */
  private static boolean resultBelow(String text) {
    Matcher stated = RESULT_STATED.matcher(text);
    while (stated.find()) {
      Matcher award = AWARD_STATED.matcher(text)
          .region(stated.end(), Math.min(text.length(), stated.end() + RESULT_REACH));
      while (award.find()) {
        if (award.start() == 0 || text.charAt(award.start() - 1) != '拟') {
          return true;
        }
      }
    }
    return false;
  }
}
