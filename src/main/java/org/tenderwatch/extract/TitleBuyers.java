package org.tenderwatch.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tenderwatch.extract.TextRender.Line;

/**
 * The buyer a title names when the body names none: school, hospital and bureau titles are written "<buyer><project
 * name><kind of notice>" ("青岛市某区教育和体育局新区考点巡查系统采购项目成交公告", "关于某某大学图书馆空调维修项目的成交
 * 公告"). The last resort of the buyer readers, after labels, sentences and the signature. Also the buyer that opens
 * the first sentence ({@link #subject}), which may follow the title on one line.
 */
final class TitleBuyers {

  /** The need a school or hospital gives first: "某某中学因教学需要，拟…", "某某医院根据工作需要，拟…". */
  private static final String NEED = "(?:(?:因|根据|为满足)[^，,。；;]{0,12}?需要\\s*[，,]?\\s*)?";
  /**
   * A buyer named as the subject of the notice's first sentence, with no label: "上海市松江区新闵学校《中学部图书馆
   * 升级改造项目》项目综合评议采购…", "某某大学的某某工程竞争性谈判采购项目于…结束", "某某医院就某某项目进行公开招标",
   * "某某大学拟对以下设备进行询价采购", "某某中学因教学需要，拟对…进行询价采购".
   */
  private static final Pattern SUBJECT = Pattern.compile(
      "^(?!受)(" + PartyNames.NAME + ")\\s*" + NEED + "(?:(?:拟|现|将)\\s*)?(?:《|的|就|对|关于)[^。]{0,80}?(?:采购|招标|谈判|磋商|询价|比选)"
          // or what it is about to do, straight after the name: "某某大学拟进行询价采购"
          + "|^(?!受)(" + PartyNames.NAME + ")\\s*" + NEED + "(?:拟|现|将)\\s*(?:进行|组织|开展|采购)");
  /**
   * A title run on into that sentence, in a copy that lost its line breaks: "新闵学校（中学部）图书馆升级改造项目成交公告
   * 上海市松江区新闵学校《中学部图书馆升级改造项目》…" (the title ends in the notice's kind, then a space). The title may
   * hold a space where the page broke it before its kind ("某某工程 竞争性磋商成交结果公告"), and a page's template lines
   * may come before it ("<%@ page … %> 详细信息 某某学院…成交公告"): up to the first kind a space follows, no sentence's
   * stop or label's colon before it.
   */
  private static final Pattern TITLE_BEFORE = Pattern.compile("^[^。，,:：]{4,160}?(?:公告|公示|通告)\\s+");
  /** How many of the first lines may hold that sentence (a title, a date line before it). */
  private static final int SUBJECT_LINES = 4;

  /** The buyer as the subject of one of the first sentences, or null. */
  static String subject(List<Line> body) {
    int seen = 0;
    for (Line l : body) {
      if (l.isRow() || l.text().isBlank()) {
        continue;
      }
      String text = l.text().strip();
      Matcher m = SUBJECT.matcher(text);
      if (m.find() || seen == 0 && (m = SUBJECT.matcher(TITLE_BEFORE.matcher(text).replaceFirst(""))).find()) {
        return m.group(1) != null ? m.group(1) : m.group(2);
      }
      if (++seen == SUBJECT_LINES) {
        return null;
      }
    }
    return null;
  }

  /** A leading "关于" and the notice's kind are no part of a name. */
  private static final Pattern ABOUT = Pattern.compile("^关于");
  /** What may stand between the buyer and the project name: "的", "就", "关于". */
  private static final Pattern LINK = Pattern.compile("(?:的|就|关于)$");
  /**
   * A public institution's name opening the title, shortest first ("某某大学" of "某某大学数学学院室内改造"), an affiliated
   * school or hospital kept whole ("某某大学附属中学"); then the project, which the title must go on with.
   */
  private static final Pattern INSTITUTION = Pattern.compile("^([\\p{IsHan}()（）]{2,30}?(?:大学|学院|学校|中学|小学|幼儿园"
      // 局 ends no name in 局部 (part of a building) or 局域网 (a local network): "某部机关办公用房局部维修改造…"
      + "|卫生院|医院|研究院|研究所|委员会|局(?![部域]))(?:附属[\\p{IsHan}]{0,8}?(?:医院|中学|小学|学校|幼儿园))?)"
      + "(?=[\\p{IsHan}A-Za-z0-9][^。]*(?:项目|采购|工程|服务)[^。]*(?:公告|公示)$)");
  /** Words a buyer's name never holds: a company's or a sentence's ("某某招标有限公司关于某某大学"). */
  private static final Pattern NOT_A_BUYER = Pattern.compile("公司|关于|的|就|项目|采购");

  /** A project name shorter than this ("项目") may stand anywhere in a title. */
  private static final int MIN_PROJECT_NAME = 6;

  private TitleBuyers() {}

  /**
   * What stands before the project's name in the title, when the body labels that name and the head is a buyer's
   * name, not an agency's ("某区教育和体育局" + "某考点巡查系统设备采购项目" + "成交公告"); else null.
   *
   * @param projectName the 项目名称 the body states, or null
   */
  static String beforeProject(String title, String projectName, String agency) {
    if (title == null || projectName == null || projectName.strip().length() < MIN_PROJECT_NAME) {
      return null;
    }
    String t = ABOUT.matcher(title.strip()).replaceFirst("");
    int at = t.indexOf(projectName.strip());
    if (at <= 0) {
      return null;
    }
    String named = PartyNames.name(LINK.matcher(t.substring(0, at).strip()).replaceFirst(""));
    return named != null && PartyNames.buyerLike(named, agency) ? named : null;
  }

  /** A public institution's name opening the title ("某某大学" of "某某大学数学学院室内改造项目成交公告"), or null. */
  static String institution(String title, String agency) {
    if (title == null) {
      return null;
    }
    Matcher m = INSTITUTION.matcher(ABOUT.matcher(title.strip()).replaceFirst(""));
    return m.find() && !NOT_A_BUYER.matcher(m.group(1)).find() && PartyNames.buyerLike(m.group(1), agency)
        ? m.group(1) : null;
  }
}
