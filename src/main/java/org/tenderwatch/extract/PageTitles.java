package org.tenderwatch.extract;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.tenderwatch.extract.TextRender.Line;

/**
 * A notice's title, never null: a notice without one failed the store's NOT NULL title and was lost with its text,
 * flags and archive link. Sources, first found wins: the page's meta title, a heading or title-classed element
 * that reads like a notice title, {@code <title>} when it does, the title the list page gave the link, the
 * 项目名称, the first heading-like line, any {@code <title>}, and finally the URL. A made-up title is noted among
 * the notice's problems.
 */
final class PageTitles {

  /**
   * A title and the problem to note about where it came from (null when the page gave it); {@code kind} is a heading
   * that names only the kind of notice ("中标公告") where the title was made up from the 项目名称: it types the notice.
   */
  record Title(String text, String problem, String kind) {
    /** A site's flag in square brackets before the title ("[0]某某工程的招标公告", a template's IsSecond mark): no part of it. */
    private static final Pattern FLAG = Pattern.compile("^\\s*[\\[［][0-9]{1,2}[\\]］]\\s*(?=\\p{IsHan})");

    Title {
      text = text == null ? null : FLAG.matcher(text).replaceFirst("");
    }

    Title(String text, String problem) {
      this(text, problem, null);
    }
  }

  /** Elements named as titles, also in pinyin ("biaoti") as Chinese CMS name them ({@link TitleBars}' bars). */
  static final String TITLE_NAMED =
      "[class*=title], [class*=Title], [id*=title], [id*=Title], [class*=biaoti], [id*=biaoti]";
  /** Headings and elements named as titles. */
  static final Evaluator TITLE_LIKE = QueryParser.parse("h1, h2, h3, h4, " + TITLE_NAMED);
  private static final Evaluator META_TITLE = QueryParser.parse("meta[name=ArticleTitle], meta[property=og:title]");
  private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
  static final Pattern NOTICE_WORDS = Pattern.compile("公告|公示|结果|招标|采购|谈判|磋商|询价|通告|启事|邀请");
  /** A title made up from the first line is capped: it is a label for people, not the notice text. */
  static final int MAX_FALLBACK_TITLE = 100;
  private static final int MAX_TITLE = 200;
  /**
   * How a notice's own title ends: 公告 or 公示, and the other words notices end in ("…成交通告", a works tender's
   * "…投标邀请书", a school's "…招标启事", "…采购邀请函", a hospital's "…询价函").
   */
  static final Pattern TITLE_END = Pattern.compile("(公告|公示|通告|启事|邀请书|邀请函|询价函)[)）]?$");
  /** How a notice's title ends, a trailing bracket group allowed ("…结果公告（采购包1、2）"). */
  static final Pattern NOTICE_END = Pattern.compile(
      "(?:公告|公示|结果|通知|公报|通告|启事|邀请书|邀请函|询价函)(?:\\s*[(（][^)）]{0,20}[)）])?$");
  /** A line that only names a kind of notice ("中标（成交）结果公告"), not which one. */
  static final Pattern GENERIC = Pattern.compile(
      "^(?:中标|成交|结果|采购|招标|公告|公示|更正|变更|废标|终止|竞争性|谈判|磋商|询价|单一来源|公开|邀请|候选人|信息|通知|"
          + "动态|政府|项目|最新|相关|热门|推荐|更多|其他|"
          // the kinds of works and pre-qualification notices: "发包公告" alone (长兴's Word heading) names no project
          + "发包|比选|遴选|竞价|抽签|资格|预审|澄清|答疑|延期|流标|合同|"
          // a trading centre's channels by trade ("工程建设招标公告", "交易公告", "货物类采购公告") and a list's heading
          + "交易|工程建设|建设工程|工程|货物|服务|类|列表|投标|邀请书|邀请函|询价函|启事|通告|"
          // a detail page's generic name in its <title> or breadcrumb ("公告详情", "信息正文", "采购内容")
          + "详情|详细|正文|内容|文章|"
          // channels joining two of those ("采购与招标", "招标及采购")
          + "与|和|及|[()、\\s])+$");
  /** A numbered section heading ("三、获取采购文件" in an h4) is part of the notice, not its title. */
  private static final Pattern SECTION = Pattern.compile("^(?:[一二三四五六七八九十0-9]+[、.．]"
      // Word's heading styles numbered "（一）采购项目概况", "第一章 招标公告"
      + "|[(（][一二三四五六七八九十0-9]+[)）]|第[一二三四五六七八九十0-9]+[章节部分条])");
  /** The kinds of notice a title names after the project (PORTALS.md §2 suffixes, ggzy's 中标候选人/中标人公示). */
  private static final String NOTICE_SUFFIX = "(?:项目)?(?:的)?(?:中标|成交|结果|采购结果|中标结果|成交结果|中标（成交）结果"
      + "|中标\\(成交\\)结果|中标候选人|中标人|预中标|评标结果|招标|采购|更正|变更|废标|终止|竞争性谈判|竞争性磋商|询价)?(?:公告|公示)";
  /**
   * A site's or an office's name set in a heading ("某某省政府采购网", "某市公共资源交易中心"): the page's masthead, not
   * the notice's title.
   */
  static final Pattern MASTHEAD = Pattern.compile("(?:网|网站|门户|平台|交易中心|采购中心)$"
      // a university's or hospital's purchasing office names its site ("某某大学采购与招标管理中心", "…招投标办公室",
      // "某某大学招标采购管理处", "…招标办"): a notice's title never ends in its office
      + "|(?:招标|采购|招投标)\\p{IsHan}{0,6}(?:中心|办公室|处|科|办)$");
  /**
   * A breadcrumb ("当前位置：首页 > 交易信息 > 中标公示") ends in a notice word but is the site's path; so does a column's
   * caption ("当前栏目：招标公告").
   */
  static final Pattern BREADCRUMB = Pattern.compile("^(?:当前位置|您的位置|您现在的位置|所在位置|当前栏目|所在栏目)|[>»＞›]");
  /** An attachment's heading or file name ("附件：采购需求清单", "…招标文件.docx") names a file, not the notice. */
  private static final Pattern ATTACHMENT =
      Pattern.compile("^附件|\\.(?:pdf|docx?|xlsx?|zip|rar|wps)$", Pattern.CASE_INSENSITIVE);
  /** How far before the project name a title may start (the buyer's name). */
  private static final int MAX_PREFIX = 30;
  private static final Pattern STOP = Pattern.compile("[\\s。，,；;:：!！?？|\\]】）)]");
  private static final Set<String> TABLE_CELLS = Set.of("td", "th");
  /** A label, not a title: it ends with a colon, or is the label of a field ("招标人", "工程名称"). */
  static final Pattern LABEL = Pattern.compile("[:：]\\s*$|^(?:招标人|招标单位|采购人|采购单位|工程名称|项目名称|标段名称|"
      + "招标代理机构|代理机构|招标方式|采购方式|招标编号|项目编号)$");
  private PageTitles() {}

  static Title plain(Document doc, List<Line> body, String text, String listed) {
    Element meta = doc.selectFirst(META_TITLE);
    if (meta != null && !meta.attr("content").isBlank()) {
      // a CMS may write the site's name into it as into <title> ("…询价公告 - 某县人民政府网")
      String content = TextRender.clean(meta.attr("content"));
      return new Title(NoticeFields.firstNonBlank(() -> DocTitles.withoutSiteName(content), () -> content), null);
    }
    String heading = heading(doc);
    if (heading != null) {
      return new Title(heading, null);
    }
    String docTitle = NoticeFields.firstNonBlank(() -> DocTitles.withoutSiteName(TextRender.clean(doc.title())),
        () -> TitleBars.confirmed(doc));
    docTitle = docTitle == null ? null : DocTitles.completed(docTitle, body);
    return docTitle != null ? new Title(docTitle, null) : fallback(doc, body, text, listed);
  }

  /**
   * The first heading or title-classed element that reads as a notice title, the first that ends as one does
   * (公告, 公示, 结果 …) before any other: a menu item or a section's heading in the same markup comes earlier on many
   * pages but names no notice ("招标投标", "采购项目").
   */
  private static String heading(Document doc) {
    String first = null;
    for (Element e : doc.select(TITLE_LIKE)) {
      String t = text(e);
      if (t.isEmpty() || t.length() > MAX_TITLE || !NOTICE_WORDS.matcher(t).find() || generic(t) || inTable(e)
          || LABEL.matcher(t).find() || ATTACHMENT.matcher(t).find() || frame(e, t)) {
        continue;
      }
      if (NOTICE_END.matcher(t).find()) {
        return t;
      }
      first = first == null ? t : first;
    }
    return first != null ? first : TitleBars.repeated(doc);
  }

  /** A title-like element's text: its pieces joined ({@link HeadingPieces#of}), a publication date after it left off. */
  static String text(Element e) {
    return HeadingPieces.of(e, HeadingDates.without(TextRender.clean(e.text())));
  }

  /** Whether a title-like element is the site's frame, not a notice's title: a link, a masthead, a breadcrumb. */
  static boolean frame(Element e, String text) {
    return linked(e) || MASTHEAD.matcher(text).find() || BREADCRUMB.matcher(text).find() || linksOnly(e)
        || PAGER.matcher(text).lookingAt();
  }

  /** The page's pager names the notices before and after this one ("上一篇：…成交公告" in a div.prev_title). */
  private static final Pattern PAGER = Pattern.compile("\\s*(?:上一|下一|上|下)(?:篇|条|页|主题)");

  /** Links and nothing else: a site's navigation, a breadcrumb with no separators (阳光易购's 首页, 网站公告, title). */
  private static boolean linksOnly(Element e) {
    Elements links = e.select("a");
    if (links.size() < 2) {
      return false;
    }
    // chars besides white space, counted without a regex (String.replaceAll compiled one for every link)
    long linked = links.stream().mapToLong(a -> a.text().chars().filter(c -> !Character.isWhitespace(c)).count()).sum();
    return linked >= e.text().chars().filter(c -> !Character.isWhitespace(c)).count();
  }

  /**
   * A link, or an element that is nothing but a link ("<li class=list-title><a>…中标公告</a></li>" in a sidebar of
   * latest notices, the related notices under the text), names another page's notice, not this page's.
   */
  static boolean linked(Element e) {
    for (Element up = e; up != null && !up.normalName().equals("body"); up = up.parent()) {
      if (up.normalName().equals("a")) {
        return true;
      }
    }
    Element link = e.selectFirst("a[href], a");
    return link != null && link.text().strip().equals(e.text().strip());
  }

  /**
   * A cell of a data row (two or more filled cells: "<td class=title>招标人</td><td>某某局</td>" on ggzy pages) is a
   * label or a value of the table, not the page's title; a layout table's row of one cell may hold the title.
   */
  static boolean inTable(Element e) {
    for (Element up = e; up != null; up = up.parent()) {
      if (up.normalName().equals("tr")) {
        return up.children().stream().filter(c -> TABLE_CELLS.contains(c.normalName()) && !c.text().isBlank())
            .count() > 1;
      }
    }
    return false;
  }

  /** A column heading such as "招标公告" or "通知公告" names a kind of notice, not this one; nor does a section's. */
  static boolean generic(String t) {
    return GENERIC.matcher(Fold.fold(t)).matches() || SECTION.matcher(t).lookingAt();
  }

  /**
   * When the page names no title: the list's, a 公告名称, the first line that reads as a notice title, the project
   * name followed by a notice word in the text, the 项目名称 (typed by a first line that names only the kind of notice,
   * "竞争性谈判成交公告", all the heading some portals give), else that line, the first line, {@code <title>}, the URL.
   */
  static Title fallback(Document doc, List<Line> body, String text, String listed) {
    if (listed != null && !listed.isBlank()) {
      return new Title(TextRender.clean(listed), null);
    }
    Labels.Value given = Labels.find(text, FieldLabels.NOTICE_TITLE);
    if (given != null && !given.text().isBlank()) {
      return new Title(cap(given.text().strip()), null); // "公告名称：…结果公告"
    }
    String first = NoticeFields.firstNonBlank(() -> SiteFrame.headingOverMeta(body), () -> HeadingPieces.broken(body),
        () -> HeadingPieces.joined(body, true),
        () -> TitleLines.first(body, false),
        () -> HeadingPieces.joined(body, false));
    first = first != null ? first : Breadcrumbs.lastItem(body);
    if (first != null) {
      return new Title(first, null);
    }
    Labels.Value project = Labels.find(text, FieldLabels.PROJECT_NAME);
    String name = project == null ? null : Labels.name(project.text());
    String named = name == null ? null : namedNotice(text, name);
    if (named != null) {
      return new Title(named, null);
    }
    String kind = TitleLines.first(body, true);
    if (name != null) { // a heading naming only the kind ("中标公告") is no title; the project is named
      return new Title(name, "title: not found; the 项目名称 is used", kind);
    }
    if (kind != null) {
      return new Title(kind, null);
    }
    for (Line l : body) { // a line of no Chinese ("LYSG2021-069-048" opening 龙游's body) is a code, not a title
      if (!l.isRow() && (Dates.parse(l.text()) == null || l.text().length() > 30) && HAN.matcher(l.text()).find()) {
        return new Title(cap(l.text()), "title: not found; the first line of the text is used");
      }
    }
    String docTitle = TextRender.clean(doc.title());
    if (!docTitle.isEmpty()) {
      return new Title(docTitle, null);
    }
    return new Title(doc.location(), "title: not found; the URL is used");
  }

  private static String cap(String t) {
    return t.length() <= MAX_FALLBACK_TITLE ? t : t.substring(0, MAX_FALLBACK_TITLE);
  }

  /**
   * The project name as the title of a notice where the text states it: the name followed by a notice word
   * ("…检测项目结果公告"), with the buyer's name glued before it ("长沙市路桥征费维护管理处2018年…"), on flattened
   * pages that lost the heading's own line.
   */
  private static String namedNotice(String text, String project) {
    Matcher m = Pattern.compile(Pattern.quote(project) + NOTICE_SUFFIX).matcher(text);
    if (!m.find()) {
      return null;
    }
    int start = m.start();
    while (start > 0 && m.start() - start < MAX_PREFIX && !STOP.matcher(String.valueOf(text.charAt(start - 1))).matches()) {
      start--;
    }
    return text.substring(start, m.end());
  }
}
