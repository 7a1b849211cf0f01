package org.tenderwatch.extract;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The site frames {@link FrameInvarianceTest} sets a notice's text in, each built from what real pages show around
 * their notice (sources in each method's comment). Every frame keeps the page's own title in {@code <title>} and a
 * heading, a metadata line with the notice's publication date (when it has one, as the page would show it), the text
 * as paragraphs in a content div, and around it the site's masthead, navigation, breadcrumb, lists of OTHER notices
 * with their dates, 上一篇/下一篇 links, print buttons and a footer with the site owner's name, address and phone.
 */
final class Frames {

  /** Another real notice (a tuning page's hand-labelled title and date), listed by the frame beside this one. */
  record Other(String title, LocalDateTime date) {}

  /** What a frame is built of: the notice's title, date, channel (a kind of notice), text lines, and other notices. */
  record Page(String title, LocalDateTime date, String channel, List<String> body, List<Other> others) {}

  static final Map<String, Function<Page, Document>> FRAMES = Map.of(
      "ccgp", Frames::ccgp, "cms", Frames::cms, "site", Frames::site, "agg", Frames::agg);

  private Frames() {}

  /** The notice with no frame: its title in {@code <title>} and a heading over the text (the probe's baseline). */
  static Document bare(Page p) {
    Document doc = shell(p.title());
    doc.body().appendElement("h1").text(p.title());
    content(doc.body(), p);
    return doc;
  }

  /**
   * A crawler's copy of a ccgp.gov.cn "vF" detail page, markup lost as the UIR blocks keep it
   * (realdata/ccgp_uir_006_vaccine_tender.json b001–b006 and its last blocks; the frame of
   * ccgp_detail_guizhou_qingzhen_solar_streetlight_award.html; PORTALS.md §2.1 breadcrumb 首页»政采公告»地方公告»中标公告,
   * pubTime "2025年05月27日 20:20", 相关公告 list {@code div.vF_detail_relcontent_lst a}).
   */
  static Document ccgp(Page p) {
    Document doc = shell(p.title());
    Element b = doc.body();
    b.appendElement("p").text("财政部唯一指定政府采购信息网络发布媒体 国家级政府采购专业网站");
    b.appendElement("p").text("服务热线：400-810-1996 | 服务投诉：010-63819289");
    links(b.appendElement("ul"), List.of("首页", "政采法规", "购买服务", "监督检查", "信息公告", "国际专栏"));
    b.appendElement("p").text("当前位置： 首页 » 政采公告 » 地方公告 » " + p.channel());
    b.appendElement("h2").text(p.title());
    b.appendElement("p").text((p.date() == null ? "" : format(p.date(), "yyyy年MM月dd日", " HH:mm") + " ") + "来源： 【 打印 】");
    content(b, p);
    b.appendElement("h2").appendElement("p").text("相关公告");
    Element ul = b.appendElement("div").addClass("vF_detail_relcontent_lst").appendElement("ul");
    p.others().forEach(o -> {
      Element li = ul.appendElement("li");
      li.appendElement("a").attr("href", "./t.htm").attr("title", o.title()).text(o.title());
      li.appendElement("em").text(format(o.date(), "yyyy-MM-dd", " HH:mm"));
    });
    b.appendElement("p").text("主办单位：中华人民共和国财政部国库司 网站标识码： bm14000002 | 京 ICP 备 19054529 号 -1 | 京公网安备 "
        + "11010602060068 号 © 1999- 中华人民共和国财政部 版权所有 | 联系我们 | 意见反馈");
    return doc;
  }

  /**
   * A provincial or municipal CMS (公共资源交易中心, 财政局): a sidebar of the latest notices before the text, the metadata
   * line "【信息时间：2021/5/11 阅读次数：422】【我要打印】【关闭】" (realdata/word_changxing_heping_chengshan_road_works_tender
   * .html), "[打印本页] [关闭本页]" under it (prov_hunan_changsha_*.block.txt), a breadcrumb 当前位置：首页 > … and a footer
   * 主办单位/地址/电话/技术支持/ICP备 (the ccgp footer's items, as county sites print them).
   */
  static Document cms(Page p) {
    Document doc = shell(p.title() + "-长兴县公共资源交易中心");
    Element b = doc.body();
    b.appendElement("div").addClass("logo").text("长兴县公共资源交易中心");
    links(b.appendElement("ul").addClass("nav"), List.of("首页", "中心概况", "交易信息", "政策法规", "办事指南", "下载中心"));
    b.appendElement("div").addClass("position").text("当前位置：首页 > 交易信息 > 政府采购 > " + p.channel());
    Element side = b.appendElement("div").addClass("left");
    side.appendElement("h3").text("最新公告");
    Element ul = side.appendElement("ul");
    p.others().forEach(o -> {
      Element li = ul.appendElement("li");
      li.appendElement("a").attr("href", "/art/t.html").text(o.title());
      li.appendElement("span").text(format(o.date(), "yyyy-MM-dd", ""));
    });
    Element main = b.appendElement("div").addClass("right");
    main.appendElement("h1").text(p.title());
    main.appendElement("p").text("【" + (p.date() == null ? "" : "信息时间：" + format(p.date(), "yyyy/M/d", " HH:mm") + " ")
        + "阅读次数：422】【我要打印】【关闭】");
    content(main, p);
    main.appendElement("p").text("[打印本页]　[关闭本页]");
    Element foot = b.appendElement("div").addClass("footer");
    foot.appendElement("p").text("主办单位：长兴县财政局　承办单位：长兴县公共资源交易中心");
    foot.appendElement("p").text("地址：长兴县雉城街道金陵北路18号　邮编：313100　电话：0572-6044639");
    foot.appendElement("p").text("技术支持：浙江省公共资源交易平台运维中心　浙ICP备05003416号-1");
    return doc;
  }

  /**
   * A university's or hospital's own site: a masthead naming the institution, 您现在的位置, "发布时间：2011-09-28
   * 发布人：…" (word_ebid360_*.jsp), 上一篇/下一篇 under the text (agg_wzcms_ruian_bridge_inspection_tender.html),
   * 【打印本页】【关闭窗口】, and a copyright footer with the institution's address and phone; {@code <title>} "title-site"
   * (word_ebid360's "…成交通告- 【阳光易购】").
   */
  static Document site(Page p) {
    Document doc = shell(p.title() + "-滨海医科大学附属第一医院");
    Element b = doc.body();
    b.appendElement("div").addClass("top").text("滨海医科大学附属第一医院");
    links(b.appendElement("ul"), List.of("网站首页", "医院概况", "新闻中心", "招标采购", "党建工作", "联系我们"));
    b.appendElement("div").addClass("weizhi").text("您现在的位置：首页 > 招标采购 > " + p.channel());
    b.appendElement("h1").text(p.title());
    b.appendElement("div").addClass("info").text((p.date() == null ? ""
        : "发布时间：" + format(p.date(), "yyyy-MM-dd", " HH:mm") + "　") + "发布者：招标采购办公室　点击数：215");
    content(b, p);
    Element pager = b.appendElement("div").addClass("pager");
    List<Other> o = p.others();
    pager.appendElement("p").appendText("上一篇：").appendElement("a").attr("href", "/info/1.htm").text(o.get(0).title());
    pager.appendElement("p").appendText("下一篇：").appendElement("a").attr("href", "/info/2.htm").text(o.get(1).title());
    b.appendElement("p").text("【打印本页】【关闭窗口】");
    Element foot = b.appendElement("div").addClass("foot");
    foot.appendElement("p").text("版权所有©滨海医科大学附属第一医院　地址：滨海市中山区解放路222号　邮编：116011");
    foot.appendElement("p").text("电话：0411-83635963　传真：0411-83622844　辽ICP备05012345号");
    return doc;
  }

  /**
   * An aggregator's copy: 分享到 and 浏览量, 【打印】【收藏】【关闭】, 所属招标分类 and 信息来源 (agg_bazhuayu_zhuhai_edu_cloud_award
   * .block.txt), "发布时间：… 信息来源：… 阅读次数：" (ggzy_chengde_weichang_no2_middle_school_dorm_award.html), the
   * 温馨提示 naming the source portal and a 相关链接 list of other notices (agg_wzcms_ruian_bridge_inspection_tender.html),
   * list items "title 发布时间：date" as ccgp lists them (PORTALS.md §2.1 {@code ul.c_list_bid > li}).
   */
  static Document agg(Page p) {
    Document doc = shell(p.title() + "_八爪鱼招标网");
    Element b = doc.body();
    links(b.appendElement("ul"), List.of("首页", "招标公告", "中标公告", "拟建项目", "VIP服务", "会员中心"));
    b.appendElement("div").text("您的位置：首页 > " + p.channel() + " > 正文");
    b.appendElement("h1").text(p.title());
    b.appendElement("p").text((p.date() == null ? "" : "发布时间：" + format(p.date(), "yyyy-MM-dd", " HH:mm:ss") + "　")
        + "信息来源：中国政府采购网　浏览次数：56");
    b.appendElement("p").text("分享到：QQ空间 新浪微博 微信　【打印】 【收藏】 【关闭】");
    b.appendElement("p").text("所属招标分类：政府采购");
    b.appendElement("p").text("温馨提示：本网站以下公告内容来源于中国政府采购网，具体内容以中国政府采购网为准。");
    content(b, p);
    b.appendElement("h3").text("相关链接");
    Element ul = b.appendElement("ul");
    p.others().forEach(o -> {
      Element li = ul.appendElement("li");
      li.appendElement("a").attr("href", "/zb/1.html").attr("title", o.title()).text(o.title());
      li.appendText(" 发布时间：").appendElement("em").text(format(o.date(), "yyyy-MM-dd", " HH:mm"));
    });
    Element about = b.appendElement("p");
    List.of("关于我们", "联系我们", "免责声明", "网站地图").forEach(t -> about.appendElement("a").attr("href", "/").text(t)
        .after(" | "));
    b.appendElement("p").text("客服热线：400-6688-123　地址：北京市海淀区中关村大街27号　京ICP备12045678号");
    return doc;
  }

  private static Document shell(String title) {
    Document doc = Document.createShell("");
    doc.title(title);
    return doc;
  }

  private static void content(Element parent, Page p) {
    Element div = parent.appendElement("div").addClass("content");
    p.body().forEach(line -> div.appendElement("p").text(line));
  }

  private static void links(Element ul, List<String> items) {
    items.forEach(t -> ul.appendElement("li").appendElement("a").attr("href", "/").text(t));
  }

  /** A date as a frame prints it, its time (in {@code time}'s pattern) only when it has one. */
  private static String format(LocalDateTime d, String day, String time) {
    boolean timed = d.toLocalTime().toSecondOfDay() != 0 && !time.isEmpty();
    return d.format(DateTimeFormatter.ofPattern(day + (timed ? time : ""), java.util.Locale.ROOT));
  }
}
