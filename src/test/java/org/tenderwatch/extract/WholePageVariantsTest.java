package org.tenderwatch.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Title and publication date on WHOLE pages of two of the four families that read them worst held out (round 11q,
 * written before the rules): university 招标与采购 CMS sites (博达/VSB, WebPlus, 动易) and 市/县 政府采购网 and government
 * portals (TRS, 新点/Epoint, 大汉/Hanweb); {@link WholePageGovWordPages} holds central-government bodies' own
 * sites and pages Word exported. Each page has what such a page carries around its notice: a masthead, a menu, a breadcrumb, a channel's
 * heading, a metadata line (or unlabelled date and author spans), print buttons, attachments, 上一篇/下一篇 links, a
 * sidebar of other notices with their dates, a footer with its copyright year and ICP number. The heading, the
 * metadata line and the frame are each in a shape {@link HeaderShapesTest}, {@link TitleMoneyVariantsTest},
 * {@link CmsLayoutsTest}, {@link CampusWordVariantsTest} and {@link DateShapesTest} do not hold. Made-up pages (某某
 * names, made-up numbers) in the portals' shapes; a row is one field of one page, "none" where the page states none.
 *
 * <p>Of the first 62 rows (31 pages, both tables), 8 failed when written; of this table's: a date span and an author
 * span with no labels (博达/VSB, 2), a date after 信息来源 with no label, {@code <title>} "公告详情", an office's
 * masthead "某某大学招标采购管理处" over a heading ending "（第二次）", a heading in div.tit joined with the site's name
 * and channel above it as pieces of one heading. Of a second lot of 18 rows (from the pager div.prev_title on; 3 in the
 * second table), 6 failed: a pager whose class names it a title, "…的通知" and "…公告（第二包）" over their metadata
 * lines, 添加时间, a heading cell beside its date cell (title and date), a channel h2 "采购与招标".
 */
class WholePageVariantsTest {

  /** A page: what it is, then "title:" and "publishedAt:" lines, then its markup up to the next page. */
  private static final String PAGES = """
      == 博达/VSB campus page: a date span and an author span, no labels, a click counter
      title: 某某大学学生公寓空调采购项目询价公告
      publishedAt: 2023-05-06T09:12
      <html><head><title>某某大学学生公寓空调采购项目询价公告-某某大学招标与采购管理中心</title></head><body>
      <div class="top"><div class="logo"><a href="/"><img src="/images/logo.png" alt="某某大学招标与采购管理中心"></a></div>
      <ul class="menu"><li><a href="/">首页</a></li><li><a href="/zxgk.htm">中心概况</a></li><li><a href="/zbgg.htm">招标公告</a></li><li><a href="/jggs.htm">结果公示</a></li><li><a href="/xzzq.htm">下载专区</a></li></ul></div>
      <table class="main"><tr><td class="left"><div class="lmmc">招标公告</div><ul><li><a href="/zbgg/hw.htm">货物类</a></li><li><a href="/zbgg/fw.htm">服务类</a></li><li><a href="/zbgg/gc.htm">工程类</a></li></ul></td>
      <td class="right"><div class="dqwz">当前位置: <a href="/">首页</a> &gt;&gt; <a href="/zbgg.htm">招标公告</a> &gt;&gt; 正文</div>
      <form name="_newscontent_fromname"><table width="100%"><tr><td class="titlestyle44520" align="center">某某大学学生公寓空调采购项目询价公告</td></tr>
      <tr><td align="center"><span class="timestyle44520">2023-05-06 09:12</span>&nbsp;&nbsp;<span class="authorstyle44520">招标与采购管理中心</span>&nbsp;&nbsp;点击：[<script>_showDynClicks("wbnews", 1, 12)</script>]</td></tr>
      <tr><td class="contentstyle44520"><div id="vsb_content"><p>项目编号：ZC2023-061</p><p>预算金额：36万元</p><p>报价截止时间：2023年5月12日17:00</p><p>联系人：王老师 电话：0512-66668888</p></div>
      <div>附件【<a href="/system/_content/download.jsp?id=1">询价文件.docx</a>】已下载<span id="nattach1"></span>次</div></td></tr></table></form>
      <div class="fy"><div>上一条：<a href="/info/1011/2101.htm">某某大学图书馆密集架采购项目成交公告</a></div><div>下一条：<a href="/info/1011/2099.htm">某某大学实验室台柜采购项目竞价公告</a></div></div>
      </td></tr></table>
      <div class="foot">版权所有 © 2023 某某大学招标与采购管理中心 地址：某某市某某路1号 苏ICP备05000000号</div></body></html>
      == 博达/VSB campus page: the date span after the author span, a signature with the office only
      title: 某某大学校园监控系统升级改造项目成交公告
      publishedAt: 2023-05-06T15:40
      <html><head><title>某某大学校园监控系统升级改造项目成交公告-某某大学国有资产管理处</title></head><body>
      <div class="header"><img src="/img/banner.jpg" alt="某某大学国有资产管理处"></div>
      <div class="nav"><a href="/">首页</a><a href="/gk.htm">机构概况</a><a href="/cggg.htm">采购公告</a><a href="/zcfg.htm">政策法规</a></div>
      <div class="position">您的位置：<a href="/">首页</a> &gt; <a href="/cggg.htm">采购公告</a> &gt; 正文</div>
      <div class="article"><div class="titlestyle1234">某某大学校园监控系统升级改造项目成交公告</div>
      <div class="info"><span class="authorstyle1234">国有资产管理处</span>&nbsp;&nbsp;<span class="timestyle1234">2023-05-06 15:40</span>&nbsp;&nbsp;<span>浏览：</span><script>_showDynClicks("wbnews", 1, 33)</script></div>
      <div id="vsb_content_2"><p>项目编号：GZC-2023-019</p><p>成交供应商：某某智能科技有限公司</p><p>成交金额：268000元</p><p>某某大学国有资产管理处</p></div></div>
      <div class="footer"><p>Copyright 2023 某某大学国有资产管理处 版权所有</p><p>鲁ICP备05000000号-1</p></div></body></html>
      == WebPlus campus page: arti_title, publisher/update/views spans, a sidebar of the latest notices with dates
      title: 某某大学医学院超低温冰箱采购竞价公告
      publishedAt: 2023-05-06T00:00
      <html><head><title>某某大学医学院超低温冰箱采购竞价公告</title></head><body>
      <div class="head"><div class="sitelogo">某某大学资产与实验室管理处</div></div>
      <div class="col_path">当前位置：<a href="/main.htm">首页</a>&gt;<a href="/cggg/list.htm">采购公告</a>&gt;<a href="/hw/list.htm">货物类</a></div>
      <div class="col_news"><div class="sidebar"><h3 class="column_title">最新公告</h3><ul class="news_list"><li><a href="/2023/0505/c1/page.htm">某某大学图书馆空调维保项目成交公告</a><span class="news_meta">2023-05-05</span></li><li><a href="/2023/0430/c1/page.htm">某某大学实验耗材采购询价公告</a><span class="news_meta">2023-04-30</span></li></ul></div>
      <div class="article"><h1 class="arti_title">某某大学医学院超低温冰箱采购竞价公告</h1>
      <p class="arti_metas"><span class="arti_publisher">发布者：资产与实验室管理处</span><span class="arti_update">发布时间：2023-05-06</span><span class="arti_views">浏览次数：<span class="WP_VisitCount">240</span></span></p>
      <div class="entry"><div class="wp_articlecontent"><p>项目编号：ZC2023-074</p><p>最高限价：9.8万元</p><p>竞价截止时间：2023年5月11日16:00</p><p>某某大学资产与实验室管理处</p><p>2023年5月6日</p></div></div></div></div>
      <div class="foot">地址：某某市某某大道88号 邮编：210000 Copyright © 2023 某某大学 版权所有 苏ICP备10000000号</div></body></html>
      == campus page: the heading in div.tit (no title class), the browser title is the site's name
      title: 某某学院实训室设备采购项目竞争性磋商公告
      publishedAt: 2023-05-06T00:00
      <html><head><title>某某学院国有资产管理处</title></head><body>
      <div class="top"><h1 class="logo">某某学院国有资产管理处</h1><ul class="nav"><li><a href="/">首页</a></li><li><a href="/tzgg.htm">通知公告</a></li><li><a href="/cgxx.htm">采购信息</a></li></ul></div>
      <div class="main"><div class="lm"><h2>采购信息</h2></div><div class="wz">当前位置：<a href="/">首页</a> &gt; <a href="/cgxx.htm">采购信息</a></div>
      <div class="tit">某某学院实训室设备采购项目竞争性磋商公告</div>
      <div class="sj">时间：2023-05-06 作者：国资处 点击数：<span id="clicks">87</span></div>
      <div class="nr"><p>一、项目名称：实训室设备采购项目</p><p>二、项目编号：GZ2023-015</p><p>三、预算金额：48万元</p><p>四、响应文件提交截止时间：2023年5月17日9:30</p></div>
      <div class="sxp"><p>上一篇：<a href="/info/1/201.htm">某某学院食堂设备采购项目成交公告</a></p><p>下一篇：<a href="/info/1/199.htm">某某学院图书采购项目询价公告</a></p></div></div>
      <div class="copyright">版权所有：某某学院 浙ICP备12000000号</div></body></html>
      == campus page: the heading in div.bt, a 发布时间 line with the time in 时分
      title: 某某职业技术学院学生军训服装采购项目询价公告
      publishedAt: 2023-05-06T09:12
      <html><head><title>采购公告</title></head><body>
      <div class="header">某某职业技术学院招标采购办公室</div>
      <div class="menu"><a href="/">网站首页</a> | <a href="/cggg/">采购公告</a> | <a href="/jggs/">结果公示</a></div>
      <div class="bt">某某职业技术学院学生军训服装采购项目询价公告</div>
      <div class="fbxx">发布时间：2023年05月06日 09时12分 | 来源：招标采购办公室 | 浏览：356</div>
      <div class="zw"><p>一、采购项目：学生军训服装</p><p>二、预算：12万元</p><p>三、报价截止时间：2023年5月10日17:00</p></div>
      <div class="bottom">Copyright © 2023 某某职业技术学院 All Rights Reserved 豫ICP备08000000号</div></body></html>
      == 动易 campus page: ArticleTitle cell, 作者 文章来源 点击数 更新时间 in a subheading cell
      title: 某某师范学院学生宿舍床具采购项目成交公告
      publishedAt: 2023-05-06T09:12
      <html><head><title>某某师范学院学生宿舍床具采购项目成交公告 - 某某师范学院后勤管理处</title></head><body>
      <table width="100%"><tr><td class="top_logo">某某师范学院后勤管理处</td></tr></table>
      <table width="960"><tr><td class="main_tdbg">您现在的位置：&nbsp;<a href="/">某某师范学院后勤管理处</a>&nbsp;&gt;&gt;&nbsp;<a href="/Article/Index.html">通知公告</a>&nbsp;&gt;&gt;&nbsp;正文</td></tr></table>
      <table width="960"><tr><td class="main_ArticleTitle">某某师范学院学生宿舍床具采购项目成交公告</td></tr>
      <tr><td class="main_ArticleSubheading">作者：佚名&nbsp;&nbsp;&nbsp;&nbsp;文章来源：本站原创&nbsp;&nbsp;&nbsp;&nbsp;点击数：<script src="/Article/GetHits.asp?ArticleID=1502"></script>&nbsp;&nbsp;&nbsp;&nbsp;更新时间：2023-5-6 9:12:30</td></tr>
      <tr><td class="main_ArticleContent"><p>项目编号：HQ2023-008</p><p>成交供应商：某某家具有限公司</p><p>成交金额：人民币186000元</p></td></tr></table>
      <table width="960"><tr><td>上一篇文章：<a href="/Article/1501.html">某某师范学院食堂燃气灶具采购项目询价公告</a></td></tr><tr><td>下一篇文章：<a href="/Article/1503.html">某某师范学院物业服务项目招标公告</a></td></tr></table>
      <table width="960"><tr><td class="footer">某某师范学院后勤管理处 版权所有 Copyright 2005-2023 赣ICP备06000000号</td></tr></table></body></html>
      == campus page: the signature in Chinese numerals, a left column of other notices with their dates
      title: 某某大学档案馆密集架采购项目询价公告
      publishedAt: 2023-05-06T00:00
      <html><head><title>某某大学档案馆密集架采购项目询价公告</title></head><body>
      <div class="logo">某某大学招标办</div>
      <div class="left"><div class="left-title">通知公告</div><ul><li><a href="/tz/101.htm">某某大学校医院药品采购遴选公告</a><span>2023-05-04</span></li><li><a href="/tz/100.htm">某某大学后勤车辆采购项目成交公告</a><span>2023-04-28</span></li><li><a href="/tz/99.htm">某某大学体育馆维修工程招标公告</a><span>2023-04-25</span></li></ul></div>
      <div class="right"><div class="article-title"><h2>某某大学档案馆密集架采购项目询价公告</h2></div>
      <div class="article-body"><p>项目编号：ZBB-2023-031</p><p>预算金额：15万元</p><p>报价截止时间：2023年5月12日17:00</p><p>某某大学招标办</p><p>二〇二三年五月六日</p></div>
      <div class="print">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</div></div>
      <div class="footer">版权所有 某某大学 Copyright © 2023 ICP备案号：京ICP备05000000号</div></body></html>
      == campus page: a 上一篇 and 下一篇 with their own dates, no date of its own
      title: 某某大学化学实验室通风改造项目竞争性谈判公告
      publishedAt: none
      <html><head><title>某某大学化学实验室通风改造项目竞争性谈判公告</title></head><body>
      <div class="site-name">某某大学采购与招标管理中心</div>
      <h1>某某大学化学实验室通风改造项目竞争性谈判公告</h1>
      <div class="content"><p>项目编号：CG2023-044</p><p>预算金额：86万元</p><p>响应文件递交截止时间：2023年5月18日9:30</p><p>谈判时间：2023年5月18日9:30</p></div>
      <div class="page-turn"><p>上一篇：<a href="/a/512.html">某某大学教室多媒体设备采购项目成交公告</a> 2023-05-04</p><p>下一篇：<a href="/a/510.html">某某大学实验动物饲料采购询价公告</a> 2023-04-29</p></div>
      <div class="footer">版权所有 © 2023 某某大学 浙ICP备05000000号</div></body></html>
      == Epoint city site: ewb-article, 信息时间 in 【】 with print buttons, a channel list on the left
      title: 某市第一人民医院医用耗材采购项目公开招标公告
      publishedAt: 2023-05-06T00:00
      <html><head><title>某市公共资源交易网</title></head><body>
      <div class="ewb-header"><div class="ewb-logo">某市公共资源交易网</div></div>
      <div class="ewb-nav"><a href="/">首页</a><a href="/jyxx/">交易信息</a><a href="/zcfg/">政策法规</a></div>
      <div class="ewb-container"><div class="ewb-left"><div class="ewb-left-hd">交易信息</div><ul><li><a href="/jyxx/gc/">工程建设</a></li><li><a href="/jyxx/zfcg/">政府采购</a></li></ul></div>
      <div class="ewb-right"><div class="ewb-location">当前位置：<a href="/">首页</a> &gt; <a href="/jyxx/">交易信息</a> &gt; <a href="/jyxx/zfcg/">政府采购</a> &gt; 采购公告</div>
      <div class="article-info"><h1>某市第一人民医院医用耗材采购项目公开招标公告</h1>
      <p class="info-sources">【信息时间：2023-05-06&nbsp;&nbsp;&nbsp;阅读次数：<span id="infoViewCount"></span>】【<a href="javascript:void(0)" onclick="window.print();">我要打印</a>】【<a href="javascript:window.close()">关闭</a>】</p>
      <div class="ewb-article-info"><p>项目编号：SZCG2023-0156</p><p>预算金额：320万元</p><p>投标截止时间：2023年5月29日9:30</p><p>开标时间：2023年5月29日9:30</p></div></div></div></div>
      <div class="ewb-footer">主办单位：某市公共资源交易中心 地址：某市某某路2号 技术支持：国泰新点软件股份有限公司 苏ICP备10000000号</div></body></html>
      == TRS city 政府采购网: detail-title, 发布时间 with its time, 来源, 字号 links, a signature of the same day
      title: 某市城市管理局环卫作业车辆采购项目竞争性磋商公告
      publishedAt: 2023-05-06T09:12
      <html><head><title>某市城市管理局环卫作业车辆采购项目竞争性磋商公告_某市政府采购网</title></head><body>
      <div class="header"><div class="logo">某市政府采购网</div><div class="search"><input type="text"></div></div>
      <div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/cggg/">采购公告</a></li><li><a href="/jggg/">结果公告</a></li><li><a href="/zcfg/">政策法规</a></li></ul></div>
      <div class="bread">当前位置：<a href="/">首页</a> &gt; <a href="/cggg/">采购公告</a> &gt; <a href="/cggg/cs/">竞争性磋商</a></div>
      <div class="detail"><div class="detail-title">某市城市管理局环卫作业车辆采购项目竞争性磋商公告</div>
      <div class="detail-info"><span>发布时间：2023-05-06 09:12</span><span>来源：某市财政局</span><span>字号：<a href="javascript:void(0)">大</a> <a href="javascript:void(0)">中</a> <a href="javascript:void(0)">小</a></span></div>
      <div class="TRS_Editor"><p>项目编号：CGZX2023-117</p><p>采购人：某市城市管理局</p><p>预算金额：156万元</p><p>响应文件提交截止时间：2023年5月17日9:30</p><p>某市政府采购中心</p><p>2023年5月6日</p></div></div>
      <div class="related"><div class="related-hd">相关公告</div><ul><li><a href="/cggg/cs/201.html">某市园林局绿化养护项目竞争性磋商公告</a><span>2023-05-05</span></li><li><a href="/cggg/cs/200.html">某市公安局警用装备采购项目竞争性磋商公告</a><span>2023-05-04</span></li></ul></div>
      <div class="footer"><p>主办：某市财政局 承办：某市政府采购中心</p><p>网站标识码：3200000001 苏ICP备12000000号 苏公网安备32000002000001号</p></div></body></html>
      == 大汉/Hanweb county portal: a title cell, 发布日期 信息来源 and 字体 in the cell under it
      title: 某县农业农村局农机具购置项目询价公告
      publishedAt: 2023-05-06T00:00
      <html><head><title>某县人民政府</title></head><body>
      <table width="1000"><tr><td class="top">某县人民政府</td></tr></table>
      <table width="1000"><tr><td>您当前所在位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zfcg/">政府采购</a></td></tr></table>
      <table width="1000"><tr><td align="center" class="bt"><span id="title">某县农业农村局农机具购置项目询价公告</span></td></tr>
      <tr><td align="center">发布日期：2023-05-06&nbsp;&nbsp;&nbsp;信息来源：某县农业农村局&nbsp;&nbsp;&nbsp;浏览次数：<span id="visitcount">55</span>&nbsp;&nbsp;&nbsp;【字体：<a href="javascript:doZoom(16)">大</a> <a href="javascript:doZoom(14)">中</a> <a href="javascript:doZoom(12)">小</a>】</td></tr>
      <tr><td id="zoom"><p>项目编号：NNJ2023-06</p><p>预算金额：28万元</p><p>报价截止时间：2023年5月12日9:00</p></td></tr>
      <tr><td align="right">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</td></tr></table>
      <table width="1000"><tr><td class="foot">主办：某县人民政府办公室 网站标识码：3400000002 皖ICP备05000000号</td></tr></table></body></html>
      == county 政府采购网: the heading in div.xl-tit, the browser title the site's, a meta line of 时间 and 来源
      title: 某县第二人民医院污水处理设备采购项目成交结果公告
      publishedAt: 2023-05-06T00:00
      <html><head><title>某县政府采购网</title></head><body>
      <div class="top">某县政府采购网</div>
      <div class="menu"><a href="/">首页</a> <a href="/cggg/">采购公告</a> <a href="/jggg/">结果公告</a></div>
      <div class="wz">当前位置：首页 &gt; 结果公告</div>
      <div class="xl-tit">某县第二人民医院污水处理设备采购项目成交结果公告</div>
      <div class="xl-sj">时间：2023年05月06日 来源：某县财政局</div>
      <div class="xl-nr"><p>一、项目编号：XCG2023-022</p><p>二、成交供应商：某某环保设备有限公司</p><p>三、成交金额：178000元</p></div>
      <div class="foot">某县财政局主办 ICP备案号：湘ICP备09000000号</div></body></html>
      == city site: the heading in p.tit, a generic browser title, the date stamp alone under the heading
      title: 某市妇幼保健院彩色多普勒超声诊断仪采购项目中标公告
      publishedAt: 2023-05-06T10:35
      <html><head><title>公告详情</title></head><body>
      <div class="hd"><span class="name">某市政府采购网</span></div>
      <div class="crumbs">首页 &gt; 中标公告 &gt; 详情</div>
      <div class="content"><p class="tit">某市妇幼保健院彩色多普勒超声诊断仪采购项目中标公告</p>
      <p class="date">2023-05-06 10:35</p>
      <div class="txt"><p>一、项目编号：FYCG-2023-09</p><p>二、中标供应商：某某医疗器械有限公司</p><p>三、中标金额：1,280,000.00元</p></div></div>
      <div class="ft">Copyright © 2023 某市财政局 闽ICP备11000000号</div></body></html>
      == city site: a sidebar table of other notices with their dates before the notice, the signature dates it
      title: 某区教育局中小学课桌椅采购项目中标公告
      publishedAt: 2023-05-06T00:00
      <html><head><title>某区教育局中小学课桌椅采购项目中标公告</title></head><body>
      <div class="logo">某区政府采购网</div>
      <table class="layout"><tr><td class="side"><table class="list"><tr><td>·<a href="/zb/301.html">某区卫健委救护车采购项目中标公告</a></td><td>[2023-05-05]</td></tr><tr><td>·<a href="/zb/300.html">某区城管局垃圾桶采购项目中标公告</a></td><td>[2023-05-04]</td></tr><tr><td>·<a href="/zb/299.html">某区水务局河道保洁项目中标公告</a></td><td>[2023-04-30]</td></tr></table></td>
      <td class="con"><h2>某区教育局中小学课桌椅采购项目中标公告</h2><p>项目编号：QJY2023-011</p><p>中标供应商：某某教学设备有限公司</p><p>中标金额：356000元</p><p>某区教育局</p><p>2023年5月6日</p></td></tr></table>
      <div class="foot">版权所有 某区财政局 粤ICP备05000000号</div></body></html>
      == city site: a date widget in the top bar, the notice dated by its 发布日期
      title: 某市人民检察院办公家具采购项目询价公告
      publishedAt: 2023-05-06T00:00
      <html><head><title>某市人民检察院办公家具采购项目询价公告-某市政府采购网</title></head><body>
      <div class="topbar"><span>2024年05月20日 星期一</span> <a href="/">设为首页</a> <a href="/">加入收藏</a></div>
      <div class="logo">某市政府采购网</div>
      <div class="detail"><h1>某市人民检察院办公家具采购项目询价公告</h1><div class="info">发布日期：2023-05-06 浏览：41</div>
      <div class="con"><p>项目编号：JCY2023-004</p><p>预算金额：18万元</p><p>报价截止时间：2023年5月12日10:00</p></div></div>
      <div class="footer">某市财政局 版权所有 苏ICP备05000000号</div></body></html>
      == county site: the page's metadata after the body, 发布人 and 发布时间 under the text
      title: 某县自然资源局地籍测绘服务项目成交公告
      publishedAt: 2023-05-06T16:20
      <html><head><title>某县自然资源局地籍测绘服务项目成交公告</title></head><body>
      <div class="logo">某县人民政府门户网站</div>
      <div class="article"><h2>某县自然资源局地籍测绘服务项目成交公告</h2>
      <div class="article-content"><p>项目编号：ZRZY2023-07</p><p>成交供应商：某某测绘有限公司</p><p>成交金额：95000元</p></div>
      <div class="article-foot">发布人：县自然资源局　发布时间：2023-05-06 16:20　阅读：18</div></div>
      <div class="footer">主办：某县人民政府办公室 网站标识码：5100000003 蜀ICP备05000000号</div></body></html>
      == campus page: the site's h1 names its office 招标采购管理处, the heading ends in （第二次）
      title: 某某大学2023年校园网出口带宽租用服务采购项目（第二次）
      publishedAt: 2023-05-06T00:00
      <html><head><title>某某大学招标采购管理处</title></head><body>
      <div class="head"><h1>某某大学招标采购管理处</h1></div>
      <div class="nav"><a href="/">首页</a><a href="/zbxx/">招标信息</a><a href="/zbjg/">招标结果</a></div>
      <div class="article"><h2>某某大学2023年校园网出口带宽租用服务采购项目（第二次）</h2>
      <div class="meta">发布时间：2023-05-06 浏览次数：77</div>
      <div class="body"><p>项目编号：ZBCG2023-042</p><p>预算金额：每年60万元</p><p>投标截止时间：2023年5月29日9:30</p></div></div>
      <div class="footer">Copyright © 2023 某某大学 版权所有 陕ICP备05000000号</div></body></html>
      == county site: the date after 信息来源 with no label, print buttons after it
      title: 某县市场监督管理局食品快检设备采购项目成交公告
      publishedAt: 2023-05-06T00:00
      <html><head><title>某县市场监督管理局食品快检设备采购项目成交公告</title></head><body>
      <div class="logo">某县人民政府</div>
      <div class="news"><h1>某县市场监督管理局食品快检设备采购项目成交公告</h1>
      <div class="news-info">信息来源：县市场监管局&nbsp;&nbsp;&nbsp;&nbsp;2023-05-06&nbsp;&nbsp;&nbsp;&nbsp;【<a href="javascript:window.print()">打印</a>】</div>
      <div class="news-con"><p>项目编号：SJJ2023-05</p><p>成交供应商：某某仪器有限公司</p><p>成交金额：76000元</p></div></div>
      <div class="footer">某县人民政府办公室主办 网站标识码：3600000005 赣ICP备05000000号</div></body></html>
      == Hanweb city page: 发布日期 and 信息来源 in cells of a row, the heading in td#title
      title: 某市公安局交通警察支队信号灯维护服务项目中标公告
      publishedAt: 2023-05-06T00:00
      <html><head><title>某市公安局交通警察支队信号灯维护服务项目中标公告</title></head><body>
      <div class="top">某市人民政府</div>
      <table width="1000"><tr><td id="title" align="center">某市公安局交通警察支队信号灯维护服务项目中标公告</td></tr></table>
      <table width="1000"><tr><td>发布日期：</td><td>2023-05-06</td><td>信息来源：</td><td>市公安局</td><td>浏览次数：</td><td>64</td></tr></table>
      <div id="zoom"><p>项目编号：GAJ2023-XH-02</p><p>中标供应商：某某交通科技有限公司</p><p>中标金额：418000元</p></div>
      <div class="foot">某市人民政府办公室 主办 网站标识码：4400000006 粤ICP备05000000号</div></body></html>
      == campus page: the heading in div.bt, a pager whose class names it a title
      title: 某某大学体育馆木地板维修工程竞争性磋商公告
      publishedAt: 2023-05-06T00:00
      <html><head><title>某某大学后勤保障处</title></head><body>
      <div class="logo">某某大学后勤保障处</div>
      <div class="bt">某某大学体育馆木地板维修工程竞争性磋商公告</div>
      <div class="fbsj">发布时间：2023-05-06 浏览：62</div>
      <div class="zw"><p>项目编号：HQ2023-GC-04</p><p>预算金额：38万元</p><p>响应文件提交截止时间：2023年5月17日9:30</p></div>
      <div class="prev_title">上一篇：<a href="/info/88.htm">某某大学学生食堂油烟净化设备采购项目成交公告</a></div>
      <div class="next_title">下一篇：<a href="/info/86.htm">某某大学教学楼外墙涂料采购项目询价公告</a></div>
      <div class="foot">Copyright © 2023 某某大学后勤保障处 黑ICP备05000000号</div></body></html>
      == campus page: a notice titled …的通知 in div.tit over its 发布时间 line
      title: 关于某某学院2023年实验室家具采购项目竞价的通知
      publishedAt: 2023-05-06T10:05
      <html><head><title>某某学院资产管理处</title></head><body>
      <div class="top">某某学院资产管理处</div>
      <div class="wz">当前位置：首页 &gt; 通知公告</div>
      <div class="tit">关于某某学院2023年实验室家具采购项目竞价的通知</div>
      <div class="sj">发布时间：2023-05-06 10:05 点击：31</div>
      <div class="nr"><p>各供应商：</p><p>我院拟对实验室家具进行网上竞价采购，最高限价12万元，竞价截止时间：2023年5月11日17:00。</p></div>
      <div class="copyright">版权所有：某某学院 皖ICP备05000000号</div></body></html>
      == old ASP campus page: 添加时间 and 点击 in the line under the heading, no signature
      title: 某某学院学生公寓热水器采购项目询价公告
      publishedAt: 2023-05-06T09:12
      <html><head><title>某某学院学生公寓热水器采购项目询价公告</title></head><body>
      <table width="900"><tr><td class="logo">某某学院招标信息网</td></tr></table>
      <table width="900"><tr><td align="center"><h3>某某学院学生公寓热水器采购项目询价公告</h3></td></tr>
      <tr><td align="center">添加时间：2023-5-6 9:12:30&nbsp;&nbsp;点击：<font color="red">45</font>&nbsp;&nbsp;【<a href="javascript:window.close()">关闭窗口</a>】</td></tr>
      <tr><td><p>项目编号：XY-2023-021</p><p>预算金额：9.6万元</p><p>报价截止时间：2023年5月12日17:00</p></td></tr></table>
      <table width="900"><tr><td>Copyright © 2023 某某学院 豫ICP备05000000号</td></tr></table></body></html>
      == county page: the heading in a cell beside its date cell
      title: 某县交通运输局农村公路养护设备采购项目中标公告
      publishedAt: 2023-05-06T00:00
      <html><head><title>某县交通运输局</title></head><body>
      <table width="980"><tr><td class="banner">某县交通运输局</td></tr></table>
      <table width="980"><tr><td class="dq">您的位置：首页 &gt;&gt; 公示公告</td></tr></table>
      <table width="980"><tr><td align="center" style="font-size:20px;font-weight:bold">某县交通运输局农村公路养护设备采购项目中标公告</td><td align="right" width="120">2023-05-06</td></tr></table>
      <div class="nr"><p>项目编号：JTJ2023-YH-01</p><p>中标供应商：某某机械设备有限公司</p><p>中标金额：586000元</p></div>
      <table width="980"><tr><td class="foot">某县交通运输局 版权所有 湘ICP备05000000号</td></tr></table></body></html>
      == county site: <title> 信息内容 and the heading in a font tag
      title: 某县卫生健康局基层医疗机构DR设备采购项目竞争性谈判公告
      publishedAt: 2023-05-06T00:00
      <html><head><title>某县政府采购网—信息内容</title></head><body>
      <div class="logo">某县政府采购网</div>
      <div class="nav"><a href="/">首页</a> <a href="/cggg/">采购公告</a> <a href="/jggg/">结果公告</a></div>
      <div align="center"><font size="5" color="#c00000"><b>某县卫生健康局基层医疗机构DR设备采购项目竞争性谈判公告</b></font></div>
      <div align="center">发布日期：2023-05-06&nbsp;&nbsp;浏览次数：29</div>
      <div class="content"><p>项目编号：WJJ2023-TP-03</p><p>预算金额：96万元</p><p>谈判时间：2023年5月16日9:30</p></div>
      <div class="foot">某县财政局 主办 晋ICP备05000000号</div></body></html>
      == city site: the footer states the site's last update; the notice dated by its signature only
      title: 某市档案馆档案数字化加工服务项目成交公告
      publishedAt: 2023-05-06T00:00
      <html><head><title>某市档案馆档案数字化加工服务项目成交公告</title></head><body>
      <div class="logo">某市政府采购网</div>
      <h1>某市档案馆档案数字化加工服务项目成交公告</h1>
      <div class="content"><p>项目编号：DAG2023-02</p><p>成交供应商：某某数据科技有限公司</p><p>成交金额：428000元</p><p>某市档案馆</p><p>2023年5月6日</p></div>
      <div class="footer">主办单位：某市财政局 地址：某市人民路1号 邮编：310000 联系电话：0571-88880000 网站最后更新时间：2024-05-20 网站标识码：3301000007 浙ICP备05000000号</div></body></html>
      """;

  static Stream<Arguments> rows() {
    return Stream.concat(Layouts.wholePages(PAGES), Layouts.wholePages(WholePageGovWordPages.PAGES));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void titleAndDateOfAWholePage(String page, String field, String html, String expected) {
    assertEquals(expected, Layouts.titleOrDate(Layouts.page(html), field), page);
  }
}
