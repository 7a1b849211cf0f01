package org.tenderwatch.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.tenderwatch.extract.Layouts.page;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Title, publication date, notice type, category (品目) and region as real portal pages frame them (round 11p-pd),
 * each row a made-up page (某某 names) of a real shape (PORTALS.md §1–§5): 公共资源交易 pages of Epoint
 * ({@code div.ewb-article-tt}, {@code p.info-sources} "【信息时间：…】"), university CMS pages of WebPlus and 博达
 * ({@code h1.arti_title}, {@code span.arti_update}, {@code div.content-info}), hospital sites, 政采云's detail frame
 * ({@code h1.title}), government sites ({@code meta[name=ArticleTitle]}, {@code meta[name=PubDate]}), municipal and
 * provincial 政府采购网 frames ("【发布日期：…】", a {@code <title>} of "标题_站点名" or "站点名-标题", breadcrumbs), an old
 * site's layout table, a title split over lines or spans, a heading that only names the kind of notice, dates in
 * Chinese or full-width numerals, titles of results, 单一来源, 采购意向, 合同, 验收, 资格预审, corrections and
 * terminations, and 品目 and region labels of the real templates. A 合同公告 naming its supplier is typed award, as the
 * golden set types contract notices.
 *
 * <p>Of the 58 rows first written, 7 failed: a {@code <title>} of "站点名-标题" and of "站点名—标题" (the site's name
 * kept; {@link DocTitles}), a heading naming only the kind over a 项目名称 (the kind was the title), a 验收公告 (typed
 * tender by its 采购) and a 履约验收结果公告 (award by its 结果), a 品目编码 | 品目名称 header (read as two label/value
 * pairs, "品目名称：数量"), and 项目所在地 naming an area (not read). Of the 16 rows added next (a date set in the heading,
 * a purchasing office's name in h1, 补遗 and 中选 titles, deal.ggzy's h4 frame, a three-part {@code <title>}, a ccgp
 * 公告概要 in four columns, 开标记录), 5 failed: a heading whose date span follows its title without a space (title and
 * date; {@link HeadingDates}), "某某大学采购与招标管理中心" in h1 taken as the title, 补遗 (typed tender) and 中选公告 (tender).
 * Round 11t added 8 rows of a call for comments on the draft documents (a real 苍南 "[意见征询]关于…文件公开征询意见的
 * 公告"): its three title shapes were typed tender by their 采购, and its "请于…前送达/提交" comments deadline was read as
 * a bid deadline (two rows), 5 failures; the three guards (a 征求意见公告's 更正公告, a tender "（已征求意见）", a tender's
 * "应于…前将响应文件密封送达") passed and stay.
 */
class FrameVariantsTest {

  private static final Map<String, Function<Notice, String>> FIELDS = new HashMap<>(PortalQuirksTest.FIELDS);

  static {
    FIELDS.put("title", Notice::title);
    FIELDS.put("publishedAt", n -> n.publishedAt() == null ? null : n.publishedAt().toString());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
      Epoint ewb-article-tt under a menu and a breadcrumb | title | <div class="ewb-top"><div class="ewb-logo">某市公共资源交易网</div><ul class="ewb-nav"><li><a href="/">首页</a></li><li><a href="/jyxx/">交易信息</a></li><li><a href="/zcfg/">政策法规</a></li></ul></div><div class="ewb-location">当前位置：<a href="/">首页</a> &gt; <a href="/jyxx/">交易信息</a> &gt; <a href="/jyxx/003002/">政府采购</a> &gt; <span>中标公告</span></div><div class="ewb-article"><div class="ewb-article-tt">某市第一中学学生公寓家具采购项目中标公告</div><p class="info-sources">【信息时间：2024-05-10 阅读次数：<span id="infoViewCount">56</span>】【<a href="javascript:window.print()">打印</a>】【<a href="javascript:window.close()">关闭</a>】</p><div class="ewb-article-info"><p>一、项目编号：JY2024-0501</p><p>二、项目名称：某市第一中学学生公寓家具采购项目</p><p>三、中标（成交）信息</p><p>供应商名称：某某家具有限公司</p><p>中标（成交）金额：368000.00元</p></div></div><div class="ewb-footer"><p>主办单位：某市公共资源交易中心 地址：某市某路8号</p><p>某ICP备12345678号</p></div> | 某市第一中学学生公寓家具采购项目中标公告
      Epoint info-sources 信息时间 in brackets | publishedAt | <div class="ewb-top"><div class="ewb-logo">某市公共资源交易网</div><ul class="ewb-nav"><li><a href="/">首页</a></li><li><a href="/jyxx/">交易信息</a></li><li><a href="/zcfg/">政策法规</a></li></ul></div><div class="ewb-location">当前位置：<a href="/">首页</a> &gt; <a href="/jyxx/">交易信息</a> &gt; <a href="/jyxx/003002/">政府采购</a> &gt; <span>中标公告</span></div><div class="ewb-article"><div class="ewb-article-tt">某市第一中学学生公寓家具采购项目中标公告</div><p class="info-sources">【信息时间：2024-05-10 阅读次数：<span id="infoViewCount">56</span>】【<a href="javascript:window.print()">打印</a>】【<a href="javascript:window.close()">关闭</a>】</p><div class="ewb-article-info"><p>一、项目编号：JY2024-0501</p><p>二、项目名称：某市第一中学学生公寓家具采购项目</p><p>三、中标（成交）信息</p><p>供应商名称：某某家具有限公司</p><p>中标（成交）金额：368000.00元</p></div></div><div class="ewb-footer"><p>主办单位：某市公共资源交易中心 地址：某市某路8号</p><p>某ICP备12345678号</p></div> | 2024-05-10T00:00
      Epoint ewb-article-sources 发布时间 with seconds | publishedAt | <div class="ewb-location">当前位置：<a href="/">首页</a> &gt; <a href="/jyxx/">交易信息</a> &gt; <span>采购公告</span></div><div class="ewb-article"><h3 class="ewb-article-tt">某县疾病预防控制中心检测试剂采购项目竞争性磋商公告</h3><div class="ewb-article-sources"><span>信息来源：某县公共资源交易中心</span> <span>发布时间：2024-05-10 10:20:35</span></div><div class="ewb-article-info"><p>项目编号：ZFCG-2024-118</p><p>首次响应文件提交截止时间：2024年05月21日 09:30</p></div></div> | 2024-05-10T10:20
      Epoint body only an attachment, the kind in the breadcrumb | type | <div class="ewb-location">当前位置：<a href="/">首页</a> &gt; <a href="/jyxx/">交易信息</a> &gt; <a href="/jyxx/003001/">建设工程</a> &gt; <span>中标结果公示</span></div><div class="ewb-article"><h3 class="ewb-article-tt">某县某镇农村道路硬化工程</h3><p class="info-sources">【信息时间：2024-05-10 阅读次数：12】</p><div class="ewb-article-info"><p>详见附件。</p><p>附件：<a href="/att/1.pdf">附件1.pdf</a></p></div></div> | AWARD
      WebPlus arti_title over arti_metas | title | <html><head><title>某某大学实验室设备采购项目成交公告</title></head><body><div class="header"><div class="sitetitle">某某大学招标采购管理中心</div><ul class="menu"><li><a href="/">首页</a></li><li><a href="/cggg/list.htm">采购公告</a></li><li><a href="/jggg/list.htm">结果公告</a></li></ul></div><div class="column-news-con"><h1 class="arti_title">某某大学实验室设备采购项目成交公告</h1><p class="arti_metas"><span class="arti_publisher">发布者：招标采购管理中心</span><span class="arti_update">发布时间：2024-05-10</span><span class="arti_views">浏览次数：<span class="WP_VisitCount">35</span></span></p><div class="wp_articlecontent"><p>一、项目编号：DXZB-2024-031</p><p>二、项目名称：实验室设备采购项目</p><p>三、成交供应商：某某仪器有限公司</p><p>四、成交金额：人民币256000元</p></div></div></body></html> | 某某大学实验室设备采购项目成交公告
      WebPlus arti_update 发布时间, a day | publishedAt | <html><head><title>某某大学实验室设备采购项目成交公告</title></head><body><div class="header"><div class="sitetitle">某某大学招标采购管理中心</div><ul class="menu"><li><a href="/">首页</a></li><li><a href="/cggg/list.htm">采购公告</a></li><li><a href="/jggg/list.htm">结果公告</a></li></ul></div><div class="column-news-con"><h1 class="arti_title">某某大学实验室设备采购项目成交公告</h1><p class="arti_metas"><span class="arti_publisher">发布者：招标采购管理中心</span><span class="arti_update">发布时间：2024-05-10</span><span class="arti_views">浏览次数：<span class="WP_VisitCount">35</span></span></p><div class="wp_articlecontent"><p>一、项目编号：DXZB-2024-031</p><p>二、项目名称：实验室设备采购项目</p><p>三、成交供应商：某某仪器有限公司</p><p>四、成交金额：人民币256000元</p></div></div></body></html> | 2024-05-10T00:00
      WebPlus arti_title split by a br | title | <div class="column-news-con"><h1 class="arti_title">某某大学<br>图书馆密集书架采购项目招标公告</h1><p class="arti_metas"><span class="arti_update">发布时间：2024-05-10</span></p><div class="wp_articlecontent"><p>项目编号：DXZB-2024-040</p></div></div> | 某某大学图书馆密集书架采购项目招标公告
      博达 VSB content-title and content-info with a time | publishedAt | <html><head><title>某学院学生公寓空调采购项目竞争性磋商公告-某某学院</title></head><body><div class="top"><div class="logo">某某学院</div></div><div class="position">您现在的位置：<a href="/">首页</a>&gt;&gt;<a href="/zbgg.htm">招标公告</a>&gt;&gt;正文</div><form name="_newscontent_fromname"><div class="content-title"><h3>某学院学生公寓空调采购项目竞争性磋商公告</h3></div><div class="content-info"><span>发布时间：2024年05月10日 10:20</span> <span>作者：资产处</span> <span>点击：[<script>_showDynClicks("wbnews", 1, 123)</script>]</span></div><div id="vsb_content"><div class="v_news_content"><p>项目编号：XY2024-07</p><p>首次响应文件提交截止时间：2024年05月20日 14:30</p></div></div></form></body></html> | 2024-05-10T10:20
      博达 VSB title of 标题-站点名 | title | <html><head><title>某学院学生公寓空调采购项目竞争性磋商公告-某某学院</title></head><body><div class="top"><div class="logo">某某学院</div></div><div class="position">您现在的位置：<a href="/">首页</a>&gt;&gt;<a href="/zbgg.htm">招标公告</a>&gt;&gt;正文</div><form name="_newscontent_fromname"><div class="content-title"><h3>某学院学生公寓空调采购项目竞争性磋商公告</h3></div><div class="content-info"><span>发布时间：2024年05月10日 10:20</span> <span>作者：资产处</span></div><div id="vsb_content"><div class="v_news_content"><p>项目编号：XY2024-07</p></div></div></form></body></html> | 某学院学生公寓空调采购项目竞争性磋商公告
      hospital news_title over news_info 年月日 来源 | publishedAt | <div class="head"><div class="logo">某县人民医院</div><ul class="nav"><li><a href="/">网站首页</a></li><li><a href="/yyxw/">医院新闻</a></li><li><a href="/zbcg/">招标采购</a></li></ul></div><div class="main"><div class="news_title">某县人民医院彩色多普勒超声诊断仪采购项目招标公告</div><div class="news_info">2024年05月10日 来源：设备科 点击：120</div><div class="news_con"><p>项目编号：YY2024-015</p><p>投标截止时间：2024年05月31日 09:00</p></div></div> | 2024-05-10T00:00
      hospital 时间 with slashes and 阅读 | publishedAt | <div class="main"><div class="detail-tit">某市中医院医用耗材遴选公告</div><div class="detail-info">时间：2024/5/10 阅读：35</div><div class="detail-con"><p>报名截止时间：2024年5月17日17:00</p></div></div> | 2024-05-10T00:00
      hospital 日期 来源 under a heading | publishedAt | <div class="article"><h2>某县妇幼保健院信息系统运维服务采购结果公示</h2><div class="sub">日期：2024-05-10 来源：信息科</div><p>成交供应商：某某信息技术有限公司</p><p>成交金额：98000元</p></div> | 2024-05-10T00:00
      政采云 h1.title in the detail frame | title | <div class="header"><div class="logo">某某省政府采购网</div></div><div class="detail-wrapper"><div class="notice-detail"><h1 class="title">某县教育局课桌椅采购项目公开招标公告</h1><div class="notice-info"><span class="time">发布时间：2024-05-10 10:20:30</span> <span class="author">某某招标代理有限公司</span></div><div class="notice-content"><p>项目编号：ZJ-2024-0501</p><p>预算金额：580000元</p></div></div></div> | 某县教育局课桌椅采购项目公开招标公告
      政采云 发布时间 with seconds | publishedAt | <div class="header"><div class="logo">某某省政府采购网</div></div><div class="detail-wrapper"><div class="notice-detail"><h1 class="title">某县教育局课桌椅采购项目公开招标公告</h1><div class="notice-info"><span class="time">发布时间：2024-05-10 10:20:30</span> <span class="author">某某招标代理有限公司</span></div><div class="notice-content"><p>项目编号：ZJ-2024-0501</p><p>预算金额：580000元</p></div></div></div> | 2024-05-10T10:20
      government meta ArticleTitle | title | <html><head><meta name="SiteName" content="某市人民政府"><meta name="ColumnName" content="招标采购"><meta name="ArticleTitle" content="某区卫生健康局体检服务采购项目成交结果公告"><meta name="PubDate" content="2024-05-10 10:20"><meta name="ContentSource" content="某区卫生健康局"><title>某区卫生健康局体检服务采购项目成交结果公告_招标采购_某市人民政府</title></head><body><div class="article"><h1>某区卫生健康局体检服务采购项目成交结果公告</h1><div class="info"><span>来源：某区卫生健康局</span> <span>发布时间：2024-05-10 10:20</span> <span>字号：[ 大 中 小 ]</span></div><p>成交供应商：某某体检中心有限公司</p></div></body></html> | 某区卫生健康局体检服务采购项目成交结果公告
      government meta PubDate, a day only | publishedAt | <html><head><meta name="ArticleTitle" content="某镇人民政府办公楼维修工程竞争性谈判公告"><meta name="PubDate" content="2024-05-10"><title>某镇人民政府办公楼维修工程竞争性谈判公告</title></head><body><div class="xxgk"><p>索引号：000000/2024-00012</p><p>发布机构：某镇人民政府</p></div><h1>某镇人民政府办公楼维修工程竞争性谈判公告</h1><p>响应文件提交截止时间：2024年05月20日 09:30</p></body></html> | 2024-05-10T00:00
      municipal 【发布日期】 with font buttons | publishedAt | <div class="top">某市政府采购网</div><div class="list-crumb">当前位置：首页 &gt; 采购公告 &gt; 中标公告</div><div class="title">某市城市管理局办公家具采购项目中标公告</div><div class="time">【发布日期：2024-05-10】 【字体：大 中 小】 【打印】</div><div class="content"><p>中标供应商：某某家具有限公司</p><p>中标金额：152000元</p></div> | 2024-05-10T00:00
      a 年月日 day before 来源 | publishedAt | <div class="detail"><h2>某市财政局会议服务定点采购成交公告</h2><div class="source">2024年05月10日 来源：某市财政局</div><div class="txt"><p>成交供应商：某某会务服务有限公司</p></div></div> | 2024-05-10T00:00
      an old site layout table, title and date rows | title | <table width="100%"><tr><td><img src="/images/logo.gif" alt="某县政府采购网"></td></tr></table><table width="960"><tr><td align="center"><font size="4"><b>某县农业农村局农机具采购项目中标公告</b></font></td></tr><tr><td align="center">发布时间：2024-05-10 点击：35</td></tr><tr><td><p>一、项目编号：NJ-2024-03</p><p>二、中标供应商：某某农机有限公司</p><p>三、中标金额：456000元</p></td></tr></table> | 某县农业农村局农机具采购项目中标公告
      an old site layout table, its date row | publishedAt | <table width="100%"><tr><td><img src="/images/logo.gif" alt="某县政府采购网"></td></tr></table><table width="960"><tr><td align="center"><font size="4"><b>某县农业农村局农机具采购项目中标公告</b></font></td></tr><tr><td align="center">发布时间：2024-05-10 点击：35</td></tr><tr><td><p>一、项目编号：NJ-2024-03</p><p>二、中标供应商：某某农机有限公司</p><p>三、中标金额：456000元</p></td></tr></table> | 2024-05-10T00:00
      a signature in Chinese numerals with 〇 | publishedAt | <h1>某县水利局河道清淤工程竞争性磋商成交公告</h1><p>成交供应商：某某水利工程有限公司</p><p>成交金额：328000元</p><p>某县水利局</p><p>二〇二四年五月十日</p> | 2024-05-10T00:00
      a signature in Chinese numerals with 零 and 二十 | publishedAt | <h1>某县水利局河道清淤工程竞争性磋商成交公告</h1><p>成交供应商：某某水利工程有限公司</p><p>成交金额：328000元</p><p>某某项目管理有限公司</p><p>二零二四年五月二十日</p> | 2024-05-20T00:00
      a signature in full-width digits | publishedAt | <h1>某县水利局河道清淤工程竞争性磋商成交公告</h1><p>成交供应商：某某水利工程有限公司</p><p>某县水利局</p><p>２０２４年５月１０日</p> | 2024-05-10T00:00
      provincial 发布时间 in 时分 | publishedAt | <div class="crumb">您的位置：<a href="/">首页</a> &gt; <a href="/cgxx/">采购信息</a> &gt; 采购公告</div><div class="detail-con"><h1 class="content-tit">某省某厅办公楼物业管理服务项目公开招标公告</h1><div class="tit-info"><span>发布时间：2024年05月10日 10时20分</span> <span>浏览次数：88</span></div><div class="content"><p>提交投标文件截止时间：2024年06月03日 09时30分</p></div></div> | 2024-05-10T10:20
      发布日期 with dots | publishedAt | <div class="article"><h2 class="art-title">某区图书馆图书采购项目询价公告</h2><p class="art-info">发布日期：2024.05.10 浏览次数：21</p><p>报价截止时间：2024.05.17 17:00</p></div> | 2024-05-10T00:00
      a government metadata row with ideographic spaces | publishedAt | <div class="article"><h1>某街道办事处环卫保洁服务项目结果公告</h1><p class="info">信息来源：某区财政局　　发布时间：2024-05-10　　浏览次数：120</p><p>中标供应商：某某环境服务有限公司</p></div> | 2024-05-10T00:00
      a sidebar of latest notices before the article | publishedAt | <div class="sidebar"><h3>最新公告</h3><ul><li><a href="/a/1.html">某局车辆维修服务采购中标公告</a><span>2024-05-09</span></li><li><a href="/a/2.html">某局印刷服务采购成交公告</a><span>2024-05-08</span></li></ul></div><div class="main"><h1>某局办公设备采购项目中标公告</h1><p class="meta">发布时间：2024-05-10 16:05 浏览：30</p><p>中标供应商：某某科技有限公司</p></div> | 2024-05-10T16:05
      a date and hits in one bracket | publishedAt | <div class="con"><h2>某社区卫生服务中心装修工程招标公告</h2><p>[发布时间：2024-05-10 10:20 点击：35次]</p><p>投标截止时间：2024-05-31 09:00</p></div> | 2024-05-10T10:20
      title of 标题_站点名, no heading in the body | title | <html><head><title>某局办公家具采购项目中标公告_某市政府采购网</title></head><body><div class="logo">某市政府采购网</div><div class="con"><p>一、项目编号：JJ-2024-02</p><p>二、项目名称：某局办公家具采购项目</p><p>三、中标供应商：某某家具有限公司</p></div></body></html> | 某局办公家具采购项目中标公告
      title of 站点名-标题, no heading in the body | title | <html><head><title>某市政府采购网-某局办公家具采购项目中标公告</title></head><body><div class="logo">某市政府采购网</div><div class="con"><p>一、项目编号：JJ-2024-02</p><p>二、项目名称：某局办公家具采购项目</p><p>三、中标供应商：某某家具有限公司</p></div></body></html> | 某局办公家具采购项目中标公告
      title of 站点名—标题 with a long dash | title | <html><head><title>某市公共资源交易中心—某县人民医院洗涤服务项目成交公告</title></head><body><div class="con"><p>一、项目编号：YY-2024-09</p><p>二、成交供应商：某某洗涤有限公司</p></div></body></html> | 某县人民医院洗涤服务项目成交公告
      a column heading h1 over the title only in the title tag | title | <html><head><title>某局印刷服务采购项目成交公告_某市政府采购网</title></head><body><h1>成交公告</h1><div class="con"><p>一、项目编号：YS-2024-05</p><p>二、成交供应商：某某印务有限公司</p></div></body></html> | 某局印刷服务采购项目成交公告
      a breadcrumb ending in the title itself | title | <div class="location">当前位置：<a href="/">首页</a> &gt; <a href="/zbgg/">中标公告</a> &gt; 某局办公家具采购项目中标公告</div><div class="article"><h1>某局办公家具采购项目中标公告</h1><p>中标供应商：某某家具有限公司</p></div> | 某局办公家具采购项目中标公告
      a title in spans of one div | title | <div class="article-title"><span>某县疾病预防控制中心</span><span>实验室设备采购项目</span><span>竞争性磋商公告</span></div><div class="article-info">发布时间：2024-05-10</div><p>项目编号：JK-2024-11</p> | 某县疾病预防控制中心实验室设备采购项目竞争性磋商公告
      a heading naming only the kind, the project in 项目名称 | title | <div class="main"><h1>中标公告</h1><p class="info">发布时间：2024-05-10</p><p>一、项目编号：BG-2024-06</p><p>二、项目名称：某局办公家具采购项目</p><p>三、中标供应商：某某家具有限公司</p></div> | 某局办公家具采购项目
      the same heading types the notice | type | <div class="main"><h1>中标公告</h1><p class="info">发布时间：2024-05-10</p><p>一、项目编号：BG-2024-06</p><p>二、项目名称：某局办公家具采购项目</p><p>三、中标供应商：某某家具有限公司</p></div> | AWARD
      a bare 更正公告 heading over 项目名称 | type | <div class="main"><h1>更正公告</h1><p>一、项目基本情况</p><p>原公告的采购项目名称：某局办公家具采购项目</p><p>首次公告日期：2024年05月06日</p><p>二、更正信息</p><p>投标截止时间延至2024年05月30日</p></div> | CORRECTION
      结果公示 | type | <h1>某镇污水处理厂运维服务采购结果公示</h1><p>某某环保科技有限公司</p> | AWARD
      成交结果 ending the title | type | <h1>某中学食堂食材配送服务成交结果</h1><p>某某食品配送有限公司</p> | AWARD
      单一来源公示 | type | <h1>某市人民医院核磁共振设备维保服务单一来源公示</h1><p>拟定供应商：某某医疗设备有限公司</p> | TENDER
      采购意向公开 | type | <h1>某市教育局2024年6至7月政府采购意向公开</h1><table><tr><td>采购项目名称</td><td>采购需求概况</td><td>预算金额（万元）</td><td>预计采购时间</td></tr><tr><td>某校课桌椅采购</td><td>课桌椅500套</td><td>60</td><td>2024年6月</td></tr></table> | OTHER
      合同公告 naming its supplier, typed as the set types contracts | type | <h1>某区城市管理局环卫车辆采购项目合同公告</h1><p>采购人名称：某区城市管理局</p><p>中标（成交）供应商名称：某某汽车销售有限公司</p><p>合同金额：1280000元</p> | AWARD
      验收公告 of a purchase | type | <h1>某区城市管理局环卫车辆采购项目验收公告</h1><p>验收日期：2024年05月08日</p><p>验收结论：合格</p> | OTHER
      履约验收结果公告 | type | <h1>某区城市管理局环卫车辆采购项目履约验收结果公告</h1><p>验收日期：2024年05月08日</p><p>验收结论：合格</p> | OTHER
      采购文件征求意见公告, the draft documents out for comments | type | <h1>某县教育局智慧教室采购项目采购文件征求意见公告</h1><p>现将采购文件征求意见稿公布如下，以公开征求意见。</p><p>意见递交时间：2024年6月4日17:00前</p> | OTHER
      关于…文件公开征询意见的公告 | type | <h1>关于某县教育局新型教学空间采购项目文件公开征询意见的公告</h1><p>某某工程管理咨询有限公司受某县教育局委托，就某县教育局新型教学空间采购项目进行招标，现将招标文件征求意见稿公布如下，以公开征求意见。</p> | OTHER
      a [意见征询] tag before the title | type | <h1>[意见征询]关于某县人民医院设备采购项目需求公开征询意见的公告</h1><p>现将采购需求公布如下，以公开征求意见。</p> | OTHER
      a 征求意见公告's correction stays a correction (guard) | type | <h1>某市消防救援支队装备采购项目技术参数征求意见公告更正公告</h1><p>更正事项：采购公告</p> | CORRECTION
      a tender after its comments round stays a tender (guard) | type | <h1>某县教育局智慧教室采购项目（已征求意见）公开招标公告</h1><p>投标截止时间：2024年6月24日09:30</p> | TENDER
      a 征求意见公告's comments deadline is no bid deadline | bidDeadline | <h1>关于某县教育局新型教学空间采购项目文件公开征询意见的公告</h1><p>五.注意事项：各供应商及专家提出修改意见和建议的，请于2024年6月4日下午17时前送达某某工程管理咨询有限公司。</p> | null
      a 采购需求征求意见公告's comments deadline, 请…前提交 | bidDeadline | <h1>某市人民医院彩超采购项目采购需求征求意见公告</h1><p>请于2024年6月4日17:00前将意见书面提交至某市人民医院设备科。</p> | null
      a tender's "by" deadline is still read (guard) | bidDeadline | <h1>某县教育局智慧教室采购项目竞争性磋商公告</h1><p>供应商应于2024年6月24日09:30前将响应文件密封送达某某县公共资源交易中心。</p> | 2024-06-24T09:30
      资格预审公告 | type | <h1>某县中心医院新院区建设工程设计资格预审公告</h1><p>资格预审申请文件递交截止时间：2024年05月24日 09:00</p> | TENDER
      关于…的更正公告 | type | <h1>关于某局办公家具采购项目的更正公告</h1><p>更正事项：采购文件</p> | CORRECTION
      终止公告 | type | <h1>某局办公家具采购项目终止公告</h1><p>项目终止的原因：采购需求发生变化</p> | TERMINATION
      废标公告 | type | <h1>某局办公家具采购项目（二次）废标公告</h1><p>废标理由：有效供应商不足三家</p> | TERMINATION
      流标公告 | type | <h1>某县人民医院医用耗材采购项目流标公告</h1><p>流标原因：投标人不足三家</p> | TERMINATION
      中标候选人公示 | type | <h1>某县某镇农村道路硬化工程中标候选人公示</h1><p>第一中标候选人：某某建设有限公司</p> | AWARD
      采购品目 with its catalogue code | category | <h1>某局台式计算机采购项目询价公告</h1><p>采购品目：A02010104-台式计算机</p><p>预算金额：120000元</p> | 台式计算机
      品目名称 as the catalogue path | category | <h1>某局台式计算机采购项目询价公告</h1><p>品目名称：货物/通用设备/计算机设备及软件/台式计算机</p><p>预算金额：120000元</p> | 货物/通用设备/计算机设备及软件/台式计算机
      采购品目 with a code and a space | category | <h1>某小区物业管理服务项目竞争性磋商公告</h1><p>采购品目：C1601 物业管理服务</p><p>预算金额：360000元</p> | 物业管理服务
      a 品目编码 and 品目名称 table | category | <h1>某局办公设备采购项目公开招标公告</h1><table><tr><td>序号</td><td>品目编码</td><td>品目名称</td><td>数量</td></tr><tr><td>1</td><td>A02021001</td><td>A4黑白打印机</td><td>10</td></tr></table> | A4黑白打印机
      项目所在地 naming a place | region | <h1>某县中心小学运动场改造工程招标公告</h1><p>项目所在地：某某省某市某县</p><p>招标人：某县教育局</p> | 某某省某市某县
      项目所在地 naming an address is no region | region | <h1>某县中心小学运动场改造工程招标公告</h1><p>项目所在地：某县某镇某路18号</p><p>招标人：某县教育局</p> | none
      Epoint 所属地区 in a 基本信息 table | region | <h1>某区街道办公用房维修工程招标公告</h1><table><tr><td>项目编号</td><td>JS-2024-11</td><td>所属地区</td><td>某市某区</td></tr><tr><td>所属行业</td><td>房屋建筑</td><td>招标方式</td><td>公开招标</td></tr></table> | 某市某区
      政采云 行政区划 | region | <h1 class="title">某县教育局课桌椅采购项目公开招标公告</h1><p>行政区划：某县</p><p>预算金额：580000元</p> | 某县
      a heading with its date in a span, no space between | title | <div class="news-detail"><h2>某区教育局学生校服采购项目中标公告<span class="date">发布时间：2024-05-10</span></h2><p>中标供应商：某某服饰有限公司</p></div> | 某区教育局学生校服采购项目中标公告
      the same heading's date | publishedAt | <div class="news-detail"><h2>某区教育局学生校服采购项目中标公告<span class="date">发布时间：2024-05-10</span></h2><p>中标供应商：某某服饰有限公司</p></div> | 2024-05-10T00:00
      a university office's name in h1 over an untitled-class heading | title | <div class="head"><h1>某某大学采购与招标管理中心</h1></div><div class="main"><div class="content-tit">某某大学学生公寓床上用品采购项目成交公告</div><div class="content-info">发布时间：2024-05-10 浏览次数：12</div><div class="content-txt"><p>成交供应商：某某纺织有限公司</p></div></div> | 某某大学学生公寓床上用品采购项目成交公告
      a 补遗 of a works tender | type | <h1>某县中医院门诊楼改造工程第1号补遗公告</h1><p>原招标文件第三章有关内容修改如下：</p> | CORRECTION
      a 中选公告 of a hospital 遴选 | type | <h1>某市人民医院医用耗材供应商遴选中选公告</h1><p>中选供应商：某某医疗器械有限公司</p> | AWARD
      中选结果公示 | type | <h1>某市人民医院医用耗材供应商遴选中选结果公示</h1><p>中选供应商：某某医疗器械有限公司</p> | AWARD
      Epoint 信息时间 with slashes | publishedAt | <div class="ewb-article"><div class="ewb-article-tt">某镇卫生院医疗设备采购项目成交公告</div><p class="info-sources">【信息时间：2024/05/10 阅读次数：8】</p><div class="ewb-article-info"><p>成交供应商：某某医疗器械有限公司</p></div></div> | 2024-05-10T00:00
      发布时间 with 上午 | publishedAt | <div class="article"><h1>某区城管局渣土车辆监管平台运维服务竞争性磋商公告</h1><p class="meta">发布时间：2024年5月10日 上午10:20 来源：某区城管局</p><p>首次响应文件提交截止时间：2024年05月21日 09:30</p></div> | 2024-05-10T10:20
      deal.ggzy content frame h4 and span | publishedAt | <div class="detail"><h4 class="h4_o">某县第二中学教学楼维修改造工程中标候选人公示</h4><p class="p_o"><span class="span_o">发布时间：2024-05-10</span> <span class="span_o">信息来源：某省公共资源交易平台</span></p><div id="mycontent"><p>第一中标候选人：某某建设工程有限公司</p></div></div> | 2024-05-10T00:00
      ccgp-province title cell in a one-cell row | title | <table><tr><td class="title" align="center">某省某厅计算机设备采购项目中标公告</td></tr><tr><td align="center">发布时间：2024-05-10 10:20:30</td></tr><tr><td><p>中标供应商：某某科技有限公司</p></td></tr></table> | 某省某厅计算机设备采购项目中标公告
      a three-part title of 标题-栏目-站点 | title | <html><head><title>某局网络安全设备采购项目成交公告 - 结果公告 - 某市政府采购网</title></head><body><div class="con"><p>一、项目编号：WA-2024-3</p><p>二、成交供应商：某某网络科技有限公司</p></div></body></html> | 某局网络安全设备采购项目成交公告
      采购品目 in 政采云 spans | category | <h1 class="title">某局物业管理服务项目公开招标公告</h1><p><span>采购品目：</span><span>C1601-物业管理服务</span></p><p>预算金额：960000元</p> | 物业管理服务
      a region label in a four-column summary | region | <h1>某县人民医院彩超采购项目公开招标公告</h1><table><tr><td>采购单位</td><td>某县人民医院</td><td>行政区域</td><td>某县</td></tr><tr><td>品目</td><td>货物/设备/医疗设备/医用超声波仪器及设备</td><td>公告时间</td><td>2024年05月10日 10:20</td></tr></table> | 某县
      a 品目 in the same summary | category | <h1>某县人民医院彩超采购项目公开招标公告</h1><table><tr><td>采购单位</td><td>某县人民医院</td><td>行政区域</td><td>某县</td></tr><tr><td>品目</td><td>货物/设备/医疗设备/医用超声波仪器及设备</td><td>公告时间</td><td>2024年05月10日 10:20</td></tr></table> | 货物/设备/医疗设备/医用超声波仪器及设备
      a region in brackets opening the title | title | <h1>[某县]某局办公家具采购项目中标公告</h1><p>中标供应商：某某家具有限公司</p> | [某县]某局办公家具采购项目中标公告
      开标记录 is no award | type | <h1>某县第二中学教学楼维修改造工程开标记录</h1><table><tr><td>投标人</td><td>投标报价（元）</td></tr><tr><td>某某建设工程有限公司</td><td>1280000</td></tr></table> | OTHER
      """)
  void field(String layout, String field, String html, String expected) {
    assertEquals(expected, FIELDS.get(field).apply(page(html)), layout);
  }
}
