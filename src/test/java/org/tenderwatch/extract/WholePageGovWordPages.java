package org.tenderwatch.extract;

/**
 * Title and publication date on WHOLE pages of central-government bodies' own sites (部委 pages in gov.cn's
 * templates, an open-government table of 成文日期 and 发布日期, a 文号 over the heading, the 中央国家机关政府采购中心's
 * page) and of pages Word exported or a CMS took from Word (a {@code <title>} Word set to the heading's first line or
 * to "Administrator", a bookmark anchor round the heading, sections in Word's heading styles, an attachment form with a
 * blank date after the signature, st1:chsdate dates); round 11q, written before the rules. The second table
 * of {@link WholePageVariantsTest} (which runs it and says how a page is written), kept apart for the file's size.
 *
 * <p>Of this table's rows, 2 failed when written: a Word {@code <title>} holding the heading's first line only, and
 * sections set as Word headings "（一）采购项目概况" (the first taken as the title). A third lot of 3 campus and county
 * pages ends the table (from 当前栏目 on), all 3 failing first: a column caption "当前栏目：招标公告" in a title-classed
 * element, and other notices' dates on lines of their own after the notice (items and a pager opened by script, no
 * links), which beat the labelled 发布日期. A fourth lot of 3 Word-exported official documents (from the red 文件 head
 * on), 2 failing first: a 文件 head or an office's name and a document number joined into the heading. A fifth of 1
 * campus page, failing first: a date and a view count marked by icons, no labels.
 */
final class WholePageGovWordPages {
  private WholePageGovWordPages() {}

  /** A page: what it is, then "title:" and "publishedAt:" lines, then its markup up to the next page. */
  static final String PAGES = """
      == ministry site: gov.cn-style pages-date with its time, 来源 and 字体 in spans
      title: 某某部机关服务中心2023年办公楼物业管理服务项目公开招标公告
      publishedAt: 2023-05-06T09:12
      <html><head><title>某某部机关服务中心2023年办公楼物业管理服务项目公开招标公告_通知公告_某某部</title></head><body>
      <div class="header"><div class="logo">中华人民共和国某某部</div></div>
      <div class="nav"><a href="/">首页</a><a href="/jgsz/">机构设置</a><a href="/zwgk/">政务公开</a><a href="/tzgg/">通知公告</a></div>
      <div class="pages-title">某某部机关服务中心2023年办公楼物业管理服务项目公开招标公告</div>
      <div class="pages-date">2023-05-06 09:12 <span class="font">来源：机关服务中心</span><span class="font index_switchsize">【字体：<span>大</span><span>中</span><span>小</span>】</span></div>
      <div class="pages_content"><p>项目编号：JGFW2023-GK-01</p><p>预算金额：680万元</p><p>投标截止时间：2023年5月29日9:30</p></div>
      <div class="footer">主办单位：中华人民共和国某某部 网站标识码bm00000001 京ICP备05000000号</div></body></html>
      == ministry site: the heading in div.detail_tit, the browser title a channel and the ministry
      title: 国家某某局信息中心网络安全等级保护测评服务采购项目成交公告
      publishedAt: 2023-05-06T00:00
      <html><head><title>通知公告_国家某某局</title></head><body>
      <div class="head"><div class="logo">国家某某局</div><div class="nav"><a href="/">首页</a><a href="/tzgg/">通知公告</a><a href="/zwgk/">政务公开</a></div></div>
      <div class="location">当前位置：<a href="/">首页</a> &gt; <a href="/tzgg/">通知公告</a></div>
      <div class="detail"><div class="detail_tit">国家某某局信息中心网络安全等级保护测评服务采购项目成交公告</div>
      <div class="detail_info">发布时间：2023-05-06　　来源：信息中心　　【打印】【关闭】</div>
      <div class="detail_con"><p>一、项目编号：XXZX-2023-03</p><p>二、成交供应商：某某信息安全技术有限公司</p><p>三、成交金额：196000元</p><p>国家某某局信息中心</p><p>2023年5月6日</p></div></div>
      <div class="footer">版权所有：国家某某局 京ICP备05000000号 京公网安备11010000000000号</div></body></html>
      == ministry site: a 文号 line over the heading, the date in a 发布时间 line with 【大 中 小】
      title: 关于某某部2023年度会议服务定点采购项目的成交公告
      publishedAt: 2023-05-06T00:00
      <html><head><title>关于某某部2023年度会议服务定点采购项目的成交公告-中华人民共和国某某部</title></head><body>
      <div class="logo">中华人民共和国某某部</div>
      <div class="crumb">首页 &gt; 通知公告</div>
      <div class="doc"><p class="wh">财办采〔2023〕12号</p><h1>关于某某部2023年度会议服务定点采购项目的成交公告</h1>
      <p class="meta">发布时间：2023-05-06 【大 中 小】 【打印】</p>
      <div class="doc-body"><p>成交供应商：某某会务服务有限公司</p><p>成交金额：按实际结算</p></div></div>
      <div class="footer">中华人民共和国某某部 版权所有 京ICP备05000000号</div></body></html>
      == central procurement centre page: an h3 heading, 发布日期 in a p under it, related notices with dates below
      title: 国家某某总局2023年信息系统运维服务项目竞争性磋商公告
      publishedAt: 2023-05-06T00:00
      <html><head><title>中央国家机关政府采购中心</title></head><body>
      <div class="top">中央国家机关政府采购中心</div>
      <div class="xx"><h3>国家某某总局2023年信息系统运维服务项目竞争性磋商公告</h3><p class="xx_info">发布日期：2023-05-06</p>
      <div id="content"><p>项目编号：GC-HG2023-0518</p><p>预算金额：260万元</p><p>响应文件提交截止时间：2023年5月18日9:30</p></div></div>
      <div class="xgxx"><h4>相关信息</h4><ul><li><a href="/a/1.html">国家某某总局办公家具采购项目成交公告</a>（2023-05-04）</li><li><a href="/a/2.html">国家某某总局档案数字化服务项目公开招标公告</a>（2023-04-28）</li></ul></div>
      <div class="bottom">中央国家机关政府采购中心 版权所有 京ICP备05000000号</div></body></html>
      == Word-exported page: the browser title is the heading's first line, the kind on the second line
      title: 某县教育局2023年学生课桌椅采购项目竞争性磋商公告
      publishedAt: 2023-05-06T00:00
      <html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word"><head><meta name=ProgId content=Word.Document><meta name=Generator content="Microsoft Word 15"><title>某县教育局2023年学生课桌椅采购项目</title></head>
      <body lang=ZH-CN style='tab-interval:21.0pt'><div class=WordSection1>
      <p class=MsoNormal align=center style='text-align:center'><b><span style='font-size:22.0pt;font-family:方正小标宋简体'>某县教育局<span lang=EN-US>2023</span>年学生课桌椅采购项目<span lang=EN-US><o:p></o:p></span></span></b></p>
      <p class=MsoNormal align=center style='text-align:center'><b><span style='font-size:22.0pt;font-family:方正小标宋简体'>竞争性磋商公告<span lang=EN-US><o:p></o:p></span></span></b></p>
      <p class=MsoNormal><span>项目编号：</span><span lang=EN-US>XJY2023-015</span><o:p></o:p></p>
      <p class=MsoNormal><span>预算金额：</span><span lang=EN-US>45</span><span>万元</span><o:p></o:p></p>
      <p class=MsoNormal><span>响应文件提交截止时间：</span><span lang=EN-US>2023</span><span>年</span><span lang=EN-US>5</span><span>月</span><span lang=EN-US>17</span><span>日</span><span lang=EN-US>9:30</span><o:p></o:p></p>
      <p class=MsoNormal align=right style='text-align:right'><span>某县教育局</span><o:p></o:p></p>
      <p class=MsoNormal align=right style='text-align:right'><span lang=EN-US>2023</span><span>年</span><span lang=EN-US>5</span><span>月</span><span lang=EN-US>6</span><span>日</span><o:p></o:p></p>
      </div></body></html>
      == Word-exported page: the heading an h1 whose text a bookmark anchor wraps
      title: 某县人民医院医用耗材供应商遴选公告
      publishedAt: 2023-05-06T00:00
      <html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta name=Generator content="Microsoft Word 15"><title>Administrator</title></head>
      <body lang=ZH-CN><div class=WordSection1>
      <h1 align=center style='text-align:center'><a name="_Toc134521001"><span style='font-family:宋体'>某县人民医院医用耗材供应商遴选公告</span></a><span lang=EN-US><o:p></o:p></span></h1>
      <h2><a name="_Toc134521002"><span>一、项目基本情况</span></a></h2>
      <p class=MsoNormal><span>项目编号：</span><span lang=EN-US>YY2023-HC-02</span><o:p></o:p></p>
      <h2><a name="_Toc134521003"><span>二、报名时间</span></a></h2>
      <p class=MsoNormal><span lang=EN-US>2023</span><span>年</span><span lang=EN-US>5</span><span>月</span><span lang=EN-US>8</span><span>日至</span><span lang=EN-US>2023</span><span>年</span><span lang=EN-US>5</span><span>月</span><span lang=EN-US>12</span><span>日</span><o:p></o:p></p>
      <p class=MsoNormal align=right style='text-align:right'><span>某县人民医院</span><o:p></o:p></p>
      <p class=MsoNormal align=right style='text-align:right'><span lang=EN-US>2023</span><span>年</span><span lang=EN-US>5</span><span>月</span><span lang=EN-US>6</span><span>日</span><o:p></o:p></p>
      </div></body></html>
      == Word-exported page: the heading a centred bold paragraph, sections set as Word headings with （一）
      title: 某镇人民政府农村道路硬化工程竞争性谈判公告
      publishedAt: 2023-05-06T00:00
      <html><head><meta name=Generator content="Microsoft Word 14"><title>一</title></head>
      <body lang=ZH-CN><div class=Section1>
      <p class=MsoNormal align=center style='text-align:center'><b><span style='font-size:18.0pt'>某镇人民政府农村道路硬化工程竞争性谈判公告<span lang=EN-US><o:p></o:p></span></span></b></p>
      <h2><span>（一）采购项目概况</span></h2>
      <p class=MsoNormal><span>项目编号：</span><span lang=EN-US>ZZF2023-03</span><o:p></o:p></p>
      <h2><span>（二）采购需求</span></h2>
      <p class=MsoNormal><span>道路硬化</span><span lang=EN-US>2.6</span><span>公里。</span><o:p></o:p></p>
      <h2><span>（三）谈判时间</span></h2>
      <p class=MsoNormal><span>谈判时间：</span><span lang=EN-US>2023</span><span>年</span><span lang=EN-US>5</span><span>月</span><span lang=EN-US>12</span><span>日</span><span lang=EN-US>9:30</span><o:p></o:p></p>
      <p class=MsoNormal align=right style='text-align:right'><span>某镇人民政府</span><o:p></o:p></p>
      <p class=MsoNormal align=right style='text-align:right'><span lang=EN-US>2023</span><span>年</span><span lang=EN-US>5</span><span>月</span><span lang=EN-US>6</span><span>日</span><o:p></o:p></p>
      </div></body></html>
      == Word-exported page: a 文号 paragraph over the MsoTitle heading, an attachment form with a blank date after the signature
      title: 某县财政局关于某县机关事务中心公务用车采购项目的成交公告
      publishedAt: 2023-05-06T00:00
      <html><head><meta name=Generator content="Microsoft Word 15"><title>某财采〔2023〕9号</title></head>
      <body lang=ZH-CN><div class=WordSection1>
      <p class=MsoNormal align=center style='text-align:center'><span>某财采〔</span><span lang=EN-US>2023</span><span>〕</span><span lang=EN-US>9</span><span>号</span><o:p></o:p></p>
      <p class=MsoTitle><span>某县财政局关于某县机关事务中心公务用车采购项目的成交公告</span><o:p></o:p></p>
      <p class=MsoNormal><span>成交供应商：某某汽车销售服务有限公司</span><o:p></o:p></p>
      <p class=MsoNormal><span>成交金额：</span><span lang=EN-US>268,000.00</span><span>元</span><o:p></o:p></p>
      <p class=MsoNormal align=right style='text-align:right'><span>某县财政局</span><o:p></o:p></p>
      <p class=MsoNormal align=right style='text-align:right'><span lang=EN-US>2023</span><span>年</span><span lang=EN-US>5</span><span>月</span><span lang=EN-US>6</span><span>日</span><o:p></o:p></p>
      <p class=MsoNormal><span>附件：</span><o:p></o:p></p>
      <p class=MsoNormal align=center style='text-align:center'><b><span>质疑函</span></b><o:p></o:p></p>
      <p class=MsoNormal><span>质疑供应商（盖章）：</span><o:p></o:p></p>
      <p class=MsoNormal><span>日期：</span><span lang=EN-US><span style='mso-spacerun:yes'>&nbsp;&nbsp;&nbsp; </span></span><span>年</span><span lang=EN-US><span style='mso-spacerun:yes'>&nbsp;&nbsp; </span></span><span>月</span><span lang=EN-US><span style='mso-spacerun:yes'>&nbsp;&nbsp; </span></span><span>日</span><o:p></o:p></p>
      </div></body></html>
      == Word body in a TRS page: the CMS's title bar and date line over a Word heading with st1:chsdate dates
      title: 某区疾病预防控制中心检测试剂采购项目中标公告
      publishedAt: 2023-05-06T11:02
      <html><head><title>某区疾病预防控制中心检测试剂采购项目中标公告</title></head><body>
      <div class="logo">某区人民政府</div>
      <div class="title">某区疾病预防控制中心检测试剂采购项目中标公告</div>
      <div class="time">发布时间：2023-05-06 11:02:18 信息来源：区疾控中心</div>
      <div class="TRS_Editor"><p class=MsoNormal align=center style='text-align:center'><b><span>某区疾病预防控制中心检测试剂采购项目中标公告</span></b></p>
      <p class=MsoNormal><span>中标供应商：某某生物科技有限公司</span></p>
      <p class=MsoNormal><span>中标金额：</span><span lang=EN-US>486,500.00</span><span>元</span></p>
      <p class=MsoNormal align=right><span>某区疾病预防控制中心</span></p>
      <p class=MsoNormal align=right><st1:chsdate Year="2023" Month="5" Day="6" IsLunarDate="False" IsROCDate="False" w:st="on"><span lang=EN-US>2023</span><span>年</span><span lang=EN-US>5</span><span>月</span><span lang=EN-US>6</span><span>日</span></st1:chsdate></p></div>
      <div class="footer">某区人民政府办公室 主办 网站标识码：3301000004 浙ICP备05000000号</div></body></html>
      == Word-exported page: no date anywhere but the deadline and the opening
      title: 某县水利局小型水库除险加固工程监理招标公告
      publishedAt: none
      <html><head><meta name=Generator content="Microsoft Word 15"><title>某县水利局小型水库除险加固工程监理招标公告</title></head>
      <body lang=ZH-CN><div class=WordSection1>
      <p class=MsoNormal align=center style='text-align:center'><b><span style='font-size:18.0pt'>某县水利局小型水库除险加固工程监理招标公告</span></b></p>
      <p class=MsoNormal><span>招标人：某县水利局</span><o:p></o:p></p>
      <p class=MsoNormal><span>投标截止时间：</span><o:p></o:p></p>
      <p class=MsoNormal><span lang=EN-US>2023</span><span>年</span><span lang=EN-US>5</span><span>月</span><span lang=EN-US>29</span><span>日</span><span lang=EN-US>9:30</span><o:p></o:p></p>
      <p class=MsoNormal><span>开标时间：同投标截止时间</span><o:p></o:p></p>
      </div></body></html>
      == ministry site: an open-government table of 成文日期 and 发布日期 over the heading
      title: 某某部2023年度机关食堂食材配送服务项目竞争性磋商公告
      publishedAt: 2023-05-06T00:00
      <html><head><title>某某部2023年度机关食堂食材配送服务项目竞争性磋商公告</title></head><body>
      <div class="logo">中华人民共和国某某部</div>
      <table class="xxgk"><tr><td>索引号：</td><td>000000000/2023-00123</td><td>主题分类：</td><td>政府采购</td></tr><tr><td>发布机构：</td><td>某某部办公厅</td><td>成文日期：</td><td>2023年05月04日</td></tr><tr><td>标题：</td><td>某某部2023年度机关食堂食材配送服务项目竞争性磋商公告</td><td>发布日期：</td><td>2023年05月06日</td></tr></table>
      <h1>某某部2023年度机关食堂食材配送服务项目竞争性磋商公告</h1>
      <div class="content"><p>项目编号：BGT2023-CS-07</p><p>预算金额：150万元</p><p>响应文件提交截止时间：2023年5月17日9:30</p></div>
      <div class="footer">中华人民共和国某某部 版权所有 京ICP备05000000号</div></body></html>
      == Word-exported page: a two-line heading, the buyer's name alone the browser title
      title: 某县人民医院全自动生化分析仪采购项目询价公告
      publishedAt: 2023-05-06T00:00
      <html><head><meta name=Generator content="Microsoft Word 15"><title>某县人民医院</title></head>
      <body lang=ZH-CN><div class=WordSection1>
      <p class=MsoNormal align=center style='text-align:center'><b><span style='font-size:18.0pt'>某县人民医院</span></b></p>
      <p class=MsoNormal align=center style='text-align:center'><b><span style='font-size:18.0pt'>全自动生化分析仪采购项目询价公告</span></b></p>
      <p class=MsoNormal><span>项目编号：</span><span lang=EN-US>XRYY2023-11</span></p>
      <p class=MsoNormal><span>报价截止时间：</span><span lang=EN-US>2023</span><span>年</span><span lang=EN-US>5</span><span>月</span><span lang=EN-US>12</span><span>日</span><span lang=EN-US>17:00</span></p>
      <p class=MsoNormal align=right style='text-align:right'><span>某县人民医院</span></p>
      <p class=MsoNormal align=right style='text-align:right'><span>二〇二三年五月六日</span></p>
      </div></body></html>
      == ministry site: a channel h2 采购与招标, the heading ending in （第二包） in div.article_t
      title: 国家某某局2023年办公设备采购项目成交公告（第二包）
      publishedAt: 2023-05-06T14:30
      <html><head><title>国家某某局</title></head><body>
      <div class="logo">国家某某局</div>
      <h2>采购与招标</h2>
      <div class="article_t">国家某某局2023年办公设备采购项目成交公告（第二包）</div>
      <div class="article_info">发布时间：2023-05-06 14:30 来源：办公室</div>
      <div class="article_c"><p>成交供应商：某某办公设备有限公司</p><p>成交金额：126000元</p></div>
      <div class="footer">国家某某局 版权所有 京ICP备05000000号</div></body></html>
      == Word-exported page: a heading in three centred paragraphs, the buyer's the browser title
      title: 某县人民医院2023年医用耗材采购项目中标结果公告
      publishedAt: 2023-05-06T00:00
      <html><head><meta name=Generator content="Microsoft Word 15"><title>某县人民医院</title></head>
      <body lang=ZH-CN><div class=WordSection1>
      <p class=MsoNormal align=center style='text-align:center'><b><span style='font-size:16.0pt'>某县人民医院</span></b></p>
      <p class=MsoNormal align=center style='text-align:center'><b><span style='font-size:16.0pt'><span lang=EN-US>2023</span>年医用耗材采购项目</span></b></p>
      <p class=MsoNormal align=center style='text-align:center'><b><span style='font-size:16.0pt'>中标结果公告</span></b></p>
      <p class=MsoNormal><span>中标供应商：某某医疗器械有限公司</span></p>
      <p class=MsoNormal><span>中标金额：</span><span lang=EN-US>1,268,000.00</span><span>元</span></p>
      <p class=MsoNormal align=right style='text-align:right'><span>某县人民医院</span></p>
      <p class=MsoNormal align=right style='text-align:right'><span lang=EN-US>2023</span><span>年</span><span lang=EN-US>5</span><span>月</span><span lang=EN-US>6</span><span>日</span></p>
      </div></body></html>
      == Word-exported page: the heading split by a line break in one paragraph, the signature run on after 采购人
      title: 某县第一中学学生宿舍空调采购项目询价公告
      publishedAt: 2023-05-06T00:00
      <html><head><meta name=Generator content="Microsoft Word 15"><title>某县第一中学</title></head>
      <body lang=ZH-CN><div class=WordSection1>
      <p class=MsoNormal align=center style='text-align:center'><b><span style='font-size:18.0pt'>某县第一中学<br>学生宿舍空调采购项目询价公告</span></b></p>
      <p class=MsoNormal><span>预算金额：</span><span lang=EN-US>32</span><span>万元</span></p>
      <p class=MsoNormal><span>报价截止时间：</span><span lang=EN-US>2023</span><span>年</span><span lang=EN-US>5</span><span>月</span><span lang=EN-US>12</span><span>日</span><span lang=EN-US>17:00</span></p>
      <p class=MsoNormal align=right style='text-align:right'><span>采购人：某县第一中学</span><span lang=EN-US><span style='mso-spacerun:yes'>&nbsp;&nbsp; </span>2023</span><span>年</span><span lang=EN-US>5</span><span>月</span><span lang=EN-US>6</span><span>日</span></p>
      </div></body></html>
      == campus page: a column caption 当前栏目：招标公告 in a title-classed div over the heading
      title: 某某大学校医院口腔综合治疗台采购项目询价公告
      publishedAt: 2023-05-06T00:00
      <html><head><title>某某大学校医院口腔综合治疗台采购项目询价公告</title></head><body>
      <div class="logo">某某大学</div>
      <div class="lm_title">当前栏目：招标公告</div>
      <div class="article"><div class="news_tit">某某大学校医院口腔综合治疗台采购项目询价公告</div>
      <div class="news_info">发布日期：2023-05-06 点击：45</div>
      <div class="news_con"><p>项目编号：XYY2023-03</p><p>预算金额：26万元</p><p>报价截止时间：2023年5月12日17:00</p></div></div>
      <div class="footer">版权所有 © 2023 某某大学 滇ICP备05000000号</div></body></html>
      == city site: a 推荐阅读 box after the notice whose items open by script, each title over its date
      title: 某市机关事务管理局公务用车定点维修服务项目成交公告
      publishedAt: 2023-05-06T00:00
      <html><head><title>某市机关事务管理局公务用车定点维修服务项目成交公告</title></head><body>
      <div class="logo">某市政府采购网</div>
      <div class="detail"><h1>某市机关事务管理局公务用车定点维修服务项目成交公告</h1><div class="info">发布日期：2023-05-06 来源：市机关事务管理局</div>
      <div class="con"><p>项目编号：JGSW2023-11</p><p>成交供应商：某某汽车维修有限公司</p><p>成交金额：按实际结算</p></div></div>
      <div class="recommend"><div class="hd">推荐阅读</div>
      <div class="item" onclick="location.href='/a/301.html'"><div class="t">某市园林局绿化养护项目成交公告</div><div class="d">2023-05-05</div></div>
      <div class="item" onclick="location.href='/a/300.html'"><div class="t">某市公安局警用装备采购项目中标公告</div><div class="d">2023-05-04</div></div></div>
      <div class="footer">某市财政局 版权所有 浙ICP备05000000号</div></body></html>
      == county site: a pager whose items open by script, with the other notices' dates
      title: 某县林业局森林防火物资采购项目询价公告
      publishedAt: 2023-05-06T00:00
      <html><head><title>某县林业局森林防火物资采购项目询价公告</title></head><body>
      <div class="logo">某县人民政府</div>
      <h1>某县林业局森林防火物资采购项目询价公告</h1><p class="info">发布时间：2023-05-06 来源：县林业局</p>
      <div class="con"><p>项目编号：LYJ2023-02</p><p>预算金额：18万元</p><p>报价截止时间：2023年5月12日17:00</p></div>
      <div class="pager"><div class="prev" onclick="go(1)">上一篇：某县水利局防汛物资采购项目成交公告</div><div class="prev-date">2023-05-05</div><div class="next" onclick="go(2)">下一篇：某县教育局校车采购项目中标公告</div><div class="next-date">2023-04-29</div></div>
      <div class="footer">某县人民政府办公室 主办 桂ICP备05000000号</div></body></html>
      == Word-exported red-header document: the office's 文件 head and a 文号 over the heading
      title: 关于某县人民医院救护车采购项目的成交公告
      publishedAt: 2023-05-06T00:00
      <html><head><meta name=Generator content="Microsoft Word 15"><title>某县财政局文件</title></head>
      <body lang=ZH-CN><div class=WordSection1>
      <p class=MsoNormal align=center style='text-align:center'><b><span style='font-size:36.0pt;color:red'>某县财政局文件</span></b></p>
      <p class=MsoNormal align=center style='text-align:center'><span>某财采〔</span><span lang=EN-US>2023</span><span>〕</span><span lang=EN-US>9</span><span>号</span></p>
      <p class=MsoNormal align=center style='text-align:center'><b><span style='font-size:22.0pt'>关于某县人民医院救护车采购项目的成交公告</span></b></p>
      <p class=MsoNormal><span>成交供应商：某某专用汽车有限公司</span></p>
      <p class=MsoNormal><span>成交金额：</span><span lang=EN-US>386,000.00</span><span>元</span></p>
      <p class=MsoNormal align=right style='text-align:right'><span>某县财政局</span></p>
      <p class=MsoNormal align=right style='text-align:right'><span lang=EN-US>2023</span><span>年</span><span lang=EN-US>5</span><span>月</span><span lang=EN-US>6</span><span>日</span></p>
      </div></body></html>
      == Word-exported ministry letter: the 办公厅 head, a 函 number, the heading, the date in Chinese numerals spaced by Word
      title: 关于某某部2023年度办公用纸定点采购项目的成交公告
      publishedAt: 2023-05-06T00:00
      <html><head><meta name=Generator content="Microsoft Word 15"><title>中华人民共和国某某部办公厅</title></head>
      <body lang=ZH-CN><div class=WordSection1>
      <p class=MsoNormal align=center style='text-align:center'><b><span style='font-size:26.0pt;color:red'>中华人民共和国某某部办公厅</span></b></p>
      <p class=MsoNormal align=center style='text-align:center'><span>某办采函〔</span><span lang=EN-US>2023</span><span>〕</span><span lang=EN-US>15</span><span>号</span></p>
      <p class=MsoNormal align=center style='text-align:center'><b><span style='font-size:22.0pt'>关于某某部2023年度办公用纸定点采购项目的成交公告</span></b></p>
      <p class=MsoNormal><span>成交供应商：某某纸业有限公司</span></p>
      <p class=MsoNormal><span>成交金额：按成交单价结算</span></p>
      <p class=MsoNormal align=right style='text-align:right'><span>某某部办公厅</span></p>
      <p class=MsoNormal align=right style='text-align:right'><span>二〇二三年五月六日</span></p>
      <p class=MsoNormal><span>（此件公开发布）</span></p>
      </div></body></html>
      == Word-exported page: a signature date typed with spaces between its numbers
      title: 某镇中心卫生院污水处理站改造工程询价公告
      publishedAt: 2023-05-06T00:00
      <html><head><meta name=Generator content="Microsoft Word 15"><title>某镇中心卫生院污水处理站改造工程询价公告</title></head>
      <body lang=ZH-CN><div class=WordSection1>
      <p class=MsoNormal align=center style='text-align:center'><b><span>某镇中心卫生院污水处理站改造工程询价公告</span></b></p>
      <p class=MsoNormal><span>预算金额：</span><span lang=EN-US>16</span><span>万元</span></p>
      <p class=MsoNormal align=right style='text-align:right'><span>某镇中心卫生院</span></p>
      <p class=MsoNormal align=right style='text-align:right'><span lang=EN-US>2023</span><span>年</span><span lang=EN-US><span style='mso-spacerun:yes'>&nbsp; </span>5</span><span>月</span><span lang=EN-US><span style='mso-spacerun:yes'>&nbsp; </span>6</span><span>日</span></p>
      </div></body></html>
      == campus page: icon-marked date and view count with no labels under the heading
      title: 某某大学图书馆古籍书库恒温恒湿系统采购项目成交公告
      publishedAt: 2023-05-06T00:00
      <html><head><title>某某大学图书馆古籍书库恒温恒湿系统采购项目成交公告-某某大学采购与招标管理中心</title></head><body>
      <div class="header"><div class="logo">某某大学采购与招标管理中心</div></div>
      <div class="article"><h1 class="article-title">某某大学图书馆古籍书库恒温恒湿系统采购项目成交公告</h1>
      <div class="article-meta"><span><i class="icon-calendar"></i>2023-05-06</span> <span><i class="icon-eye"></i>356</span></div>
      <div class="article-body"><p>项目编号：CZ2023-ZB-088</p><p>成交供应商：某某环境科技有限公司</p><p>成交金额：468000元</p></div></div>
      <div class="footer">Copyright © 2023 某某大学 版权所有 川ICP备05000000号</div></body></html>
      """;
}
