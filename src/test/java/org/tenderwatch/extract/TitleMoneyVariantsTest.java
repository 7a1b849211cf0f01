package org.tenderwatch.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.tenderwatch.extract.Layouts.page;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Titles, budgets and max prices in layouts the tuning pages do not show (round 11p-vd, written before the rules).
 * Each row is a made-up notice (某某 names, made-up figures) of a real shape: a page's markup, or, when it does not
 * start with "<", text kept by a crawler ("¶" a line break, each line a paragraph as the golden text blocks are read).
 * Titles: headings in h1–h4 and CMS title classes among a site's channel names, {@code <title>} and og:title with
 * the site's name, a breadcrumb's last item, a title in pieces, with its number, a 【】 or [重发] tag, a metadata run
 * in the heading, a kind-only heading over the project, never a channel name, a list heading or an attachment's name.
 * Money: budget and max-price labels the other tables do not use (资金预算, 财政资金, 上限价, 拦标价, 投标报价上限 …), units
 * in brackets, headers, words; 0 and blank placeholders; lots in label|value rows; rates and unit prices.
 * A money row without a heading of its own gets a 公开招标公告's. An amount with no yuan value (a rate, a unit price, a
 * 0 placeholder) is no value, as the golden set compares it.
 *
 * <p>Of the 78 rows first written, 24 failed: channel headings by trade (工程建设招标公告, 交易公告) taken as the title, a
 * metadata run or a 新点 tdTitle's bracketed date kept in the heading, og:title and ArticleTitle with the site's name,
 * {@code <title>} "site | title", an attachment heading, a breadcrumb's last item (the whole path was the title), a
 * copy's 标题 label, 资金预算（万元）, 财政资金, 上限价, 投标报价上限, 拦标价 and 上限价 and 投标报价上限 in sentences, a 0
 * budget and a 0 max price, and each 标段's 招标控制价 on one line (only the first read). Of the 28 of the second group,
 * 9 failed: {@code <title>} with "::", "»", a path and a 【site】 opening, a 标题 cell, a unit beside a note in the
 * label's bracket, 各包预算, 招标控制价（最高投标限价）为, a max price 每台. Of the 10 of the third, 4 failed: a copy's title
 * broken inside 公告 and 公示, 标项 lines each with a budget and a max price in sentences. Of the 5 of the fourth, 3
 * failed: titles ending in 通告, 投标邀请书, 启事 (the 项目名称 was taken). Of the 8 of the fifth, 3 failed: a heading's
 * 【打印】【关闭】 and 字号 tools, "最高限价：本项目设最高限价，为118万元". Of the 4 of the sixth, 1 failed: a Word table
 * row "预算金额 | 120 | 万元", its unit in a cell of its own. Of the 3 of the seventh, 1 failed: a {@code <title>} of
 * "site-channel-title" with bare dashes (the site and its channel were taken).
 */
class TitleMoneyVariantsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
      # titles: headings and title classes among the site's frame
      an h4 title under a menu of channel links | title | <div class="nav"><a href="/">首页</a> <a href="/tzgg/">通知公告</a> <a href="/zbxx/">招标信息</a></div><h4>某县人民医院全自动生化分析仪采购项目询价公告</h4><p>项目编号：YY-2024-031</p><p>预算金额：35万元</p> | 某县人民医院全自动生化分析仪采购项目询价公告
      div.detail-title after a channel h2 | title | <h2>招标信息</h2><div class="detail-title">某镇中心卫生院医疗设备采购项目竞争性谈判公告</div><div class="detail-info">发布时间：2024-05-10</div><p>项目编号：WSY-2024-02</p> | 某镇中心卫生院医疗设备采购项目竞争性谈判公告
      div.news_title after a 通知公告 column heading | title | <div class="column"><h3>通知公告</h3></div><div class="news_title">某某学院图书馆书架采购项目成交结果公告</div><div class="news_date">2024-05-10</div><p>成交供应商：某某家具有限公司</p> | 某某学院图书馆书架采购项目成交结果公告
      div.con_tit | title | <div class="con_tit">某区城市管理局道路保洁服务项目公开招标公告</div><div class="con_info">发布日期：2024-05-10 浏览次数：35</div><p>项目编号：CG-2024-19</p> | 某区城市管理局道路保洁服务项目公开招标公告
      div.biaoti | title | <div class="biaoti">某县第二中学学生食堂食材配送服务项目竞争性磋商公告</div><div class="fbsj">发布时间：2024-05-10</div><p>项目编号：ST-2024-07</p> | 某县第二中学学生食堂食材配送服务项目竞争性磋商公告
      a channel heading 工程建设招标公告 before the title | title | <div class="channel-title">工程建设招标公告</div><div class="article"><h2>某镇污水管网改造工程施工招标公告</h2><p>招标人：某镇人民政府</p></div> | 某镇污水管网改造工程施工招标公告
      a channel heading 交易公告 before an h3 title | title | <div class="lm-title">交易公告</div><h3>某县水利局河道整治工程监理招标公告</h3><p>招标人：某县水利局</p> | 某县水利局河道整治工程监理招标公告
      a list heading 采购公告列表 above the title | title | <div class="list-title">采购公告列表</div><div class="content"><h3>某局会议室音视频系统采购项目询价公告</h3><p>项目编号：HY-2024-1</p></div> | 某局会议室音视频系统采购项目询价公告
      the site's name in h1, a channel in h2, the title in h3 | title | <h1>某某市公共资源交易中心</h1><h2>政府采购</h2><h3>某市第三人民医院病房楼空调采购项目中标公告</h3><p>中标供应商：某某制冷设备有限公司</p> | 某市第三人民医院病房楼空调采购项目中标公告
      a 新点 tdTitle with its date in brackets below a br | title | <table><tr><td id="tdTitle" align="center"><font style="font-size:25px"><b>某县农机服务中心农机具采购项目成交公告</b></font><br><font color="#888888">[发布时间：2024-05-10]</font></td></tr><tr><td><p>成交供应商：某某农机有限公司</p></td></tr></table> | 某县农机服务中心农机具采购项目成交公告
      an h1 with its metadata run in a small tag | title | <div class="article"><h1>某区妇幼保健院信息化建设项目公开招标公告<small>发布日期：2024-05-10 浏览：12</small></h1><p>项目编号：FY-2024-08</p></div> | 某区妇幼保健院信息化建设项目公开招标公告
      a heading with 来源 and 时间 in a span | title | <div class="detail"><h2>某街道办事处绿化养护服务项目成交公告<span>来源：某区财政局 时间：2024-05-10</span></h2><p>成交供应商：某某园林有限公司</p></div> | 某街道办事处绿化养护服务项目成交公告
      # titles: <title> and meta
      <title> with the site after —— | title | <html><head><title>某区教育局教学一体机采购项目公开招标公告——某区人民政府</title></head><body><div class="con"><p>项目编号：JY-2024-5</p></div></body></html> | 某区教育局教学一体机采购项目公开招标公告
      <title> with the site first and a bar | title | '<html><head><title>某市政府采购网 | 某市第一人民医院CT机采购项目中标公告</title></head><body><div class="con"><p>中标供应商：某某医疗设备有限公司</p></div></body></html>' | 某市第一人民医院CT机采购项目中标公告
      <title> with the site first and an underscore | title | <html><head><title>某某大学招标办_某某大学学生公寓空调采购项目成交公告</title></head><body><div class="con"><p>成交供应商：某某电器有限公司</p></div></body></html> | 某某大学学生公寓空调采购项目成交公告
      og:title with the site after a dash | title | <html><head><meta property="og:title" content="某县卫生健康局救护车采购项目询价公告 - 某县人民政府网"><title>某县卫生健康局救护车采购项目询价公告 - 某县人民政府网</title></head><body><div class="con"><p>项目编号：WJ-2024-3</p></div></body></html> | 某县卫生健康局救护车采购项目询价公告
      ArticleTitle meta with the site after an underscore | title | <html><head><meta name="ArticleTitle" content="某镇人民政府办公设备采购项目成交公告_某县人民政府"></head><body><div class="con"><p>成交供应商：某某办公设备有限公司</p></div></body></html> | 某镇人民政府办公设备采购项目成交公告
      <title> whose channel and site stand after, the body heading a channel | title | <html><head><title>某局档案数字化服务项目竞争性磋商公告-采购公告-某市公共资源交易网</title></head><body><h2>采购公告</h2><div class="con"><p>项目编号：DA-2024-2</p></div></body></html> | 某局档案数字化服务项目竞争性磋商公告
      an attachment heading is no title | title | <html><head><title>某中学课桌椅采购项目询价公告_某某中学</title></head><body><div class="con"><p>一、项目编号：KZY-2024-1</p><h4>附件：课桌椅采购需求清单</h4><p>详见附件。</p></div></body></html> | 某中学课桌椅采购项目询价公告
      an attachment link heading after the title | title | <h2>某局网络设备采购项目公开招标公告</h2><p>项目编号：WL-2024-3</p><h4><a href="/f/1.docx">某局网络设备采购项目招标文件.docx</a></h4> | 某局网络设备采购项目公开招标公告
      # titles: breadcrumbs, pieces, tags
      a breadcrumb's last item, no heading | title | <div class="location">当前位置：<a href="/">首页</a> &gt; <a href="/zbgg/">招标公告</a> &gt; 某局办公家具采购项目公开招标公告</div><div class="content"><p>一、项目基本情况</p><p>项目编号：BG-2024-11</p><p>预算金额：45万元</p></div> | 某局办公家具采购项目公开招标公告
      a breadcrumb with » ending in the title | title | <div class="crumb"><a href="/">首页</a> » <a href="/jggg/">结果公告</a> » <span>某县疾控中心冷链设备采购项目中标结果公告</span></div><div class="content"><p>一、项目编号：JK-2024-6</p><p>二、中标供应商：某某冷链科技有限公司</p></div> | 某县疾控中心冷链设备采购项目中标结果公告
      a title in two centred strong paragraphs | title | <p align="center"><strong>某县第一中学</strong></p><p align="center"><strong>学生宿舍床具采购项目招标公告</strong></p><p>项目编号：CJ-2024-5</p><p>采购人：某县第一中学</p> | 某县第一中学学生宿舍床具采购项目招标公告
      a title in a centred strong paragraph, a metadata line under it | title | <p align="center"><strong>某区图书馆古籍修复服务项目单一来源采购公示</strong></p><p align="center">发布时间：2024-05-10 来源：某区图书馆</p><p>一、项目名称：古籍修复服务</p> | 某区图书馆古籍修复服务项目单一来源采购公示
      a title with its number in brackets before the kind | title | <h1>某局办公楼维修改造工程（项目编号：WX2024-015）竞争性磋商公告</h1><p>采购人：某局</p> | 某局办公楼维修改造工程（项目编号：WX2024-015）竞争性磋商公告
      a 【正式公告】 tag opening the title | title | <div class="title">【正式公告】某县教育局学生校服采购项目公开招标公告</div><p>项目编号：XF-2024-2</p> | 【正式公告】某县教育局学生校服采购项目公开招标公告
      a [重发] tag opening the title | title | <h2>[重发]某市城管局环卫垃圾桶采购项目询价公告</h2><p>项目编号：HW-2024-9</p> | [重发]某市城管局环卫垃圾桶采购项目询价公告
      a title with a year and month in it | title | <h1>某区财政局2024年5月至6月政府采购意向公告</h1><table><tr><td>采购项目名称</td><td>预算金额（万元）</td></tr><tr><td>某系统运维</td><td>50</td></tr></table> | 某区财政局2024年5月至6月政府采购意向公告
      关于…的中标公告 with its number on the next line | title | <p align="center"><strong>关于某某学院学生公寓家具采购项目的中标公告</strong></p><p align="center">（项目编号：XY-2024-22）</p><p>中标供应商：某某家具有限公司</p> | 关于某某学院学生公寓家具采购项目的中标公告
      a Word-pasted title in runs | title | <p class="MsoNormal" align="center"><b><span style="font-size:16pt">某县人民医院</span></b><b><span style="font-size:16pt">医用耗材供应商遴选</span></b><b><span style="font-size:16pt">公告</span></b></p><p class="MsoNormal">一、项目名称：医用耗材供应商遴选</p> | 某县人民医院医用耗材供应商遴选公告
      a kind-only h3 over a label/value table naming the project | title | <h3>竞争性磋商公告</h3><table><tr><td>项目名称</td><td>某镇卫生院污水处理设备采购项目</td></tr><tr><td>项目编号</td><td>WS-2024-4</td></tr></table> | 某镇卫生院污水处理设备采购项目
      a kind-only strong line over 项目名称 in Word | title | <p align="center"><b>中标结果公告</b></p><p>一、项目名称：某县职业中学实训设备采购项目</p><p>二、项目编号：SX-2024-3</p><p>三、中标供应商：某某教育科技有限公司</p> | 某县职业中学实训设备采购项目
      # titles: text kept by crawlers
      a copy's head line, the title then the date run on | title | 某县市场监管局快检设备采购项目竞争性磋商公告 发布时间：2024-05-10 来源：某县公共资源交易中心¶项目编号：KJ-2024-1¶采购人：某县市场监督管理局 | 某县市场监管局快检设备采购项目竞争性磋商公告
      a copy with its breadcrumb first | title | 首页 > 交易信息 > 政府采购 > 采购公告¶某区环卫所清扫车采购项目公开招标公告¶发布日期：2024-05-10¶项目编号：QS-2024-2 | 某区环卫所清扫车采购项目公开招标公告
      a copy's 标题 label | title | 标题：某县人民医院洗衣房设备采购项目询价公告¶发布时间：2024-05-10¶项目编号：XY-2024-7 | 某县人民医院洗衣房设备采购项目询价公告
      a copy with the site's name first | title | 某市政府采购网¶某局安防监控改造项目成交公告¶发布时间：2024-05-10¶成交供应商：某某安防科技有限公司 | 某局安防监控改造项目成交公告
      # budgets: labels
      资金预算 as a label | budgetCny | <p>项目编号：ZJ-2024-1</p><p>资金预算：80万元</p><p>采购需求：见附件</p> | 800000
      资金预算（万元） in a label/value table | budgetCny | <table><tr><td>项目名称</td><td>某设备采购</td></tr><tr><td>资金预算（万元）</td><td>36.8</td></tr></table> | 368000
      财政资金 as the budget's label | budgetCny | <p>项目编号：CZ-2024-2</p><p>资金来源：财政资金</p><p>财政资金：45万元</p> | 450000
      预算总额 with 亿元 in its bracket | budgetCny | <p>项目编号：YS-2024-3</p><p>预算总额（亿元）：1.2</p> | 120000000
      预算金额 with 元 in its bracket, a four-column row | budgetCny | <table><tr><td>项目编号</td><td>ZB-2024-77</td><td>预算金额（元）</td><td>960000.00</td></tr><tr><td>采购方式</td><td>公开招标</td><td>最高限价（元）</td><td>950000.00</td></tr></table> | 960000
      人民币 then a spaced figure with commas | budgetCny | <p>采购预算：人民币 1,200,000.00 元</p><p>采购需求：见附件</p> | 1200000
      a budget in capitals only, no 整 | budgetCny | <p>预算金额：人民币伍拾万元</p><p>采购需求：见附件</p> | 500000
      a budget with 万 and no 元 | budgetCny | <p>预算金额：120万</p><p>采购需求：见附件</p> | 1200000
      a zero budget placeholder | budgetCny | <p>项目编号：ZB-2024-8</p><p>预算金额：0.00元</p><p>采购需求：见附件</p> | none
      a slash placeholder | budgetCny | <p>项目编号：ZB-2024-9</p><p>预算金额：/</p><p>投标保证金：1万元</p> | none
      预算金额 详见采购文件 over a deposit | budgetCny | <p>预算金额：详见采购文件</p><p>投标保证金：5000元</p> | none
      a budget in a dl | budgetCny | <dl><dt>项目编号：</dt><dd>DL-2024-1</dd><dt>预算金额：</dt><dd>120万元</dd><dt>采购方式：</dt><dd>询价</dd></dl> | 1200000
      a budget in br-separated lines | budgetCny | <p>项目编号：BR-2024-1<br>预算金额：86万元<br>最高限价：85万元<br>采购需求：见附件</p> | 860000
      a budget in spans, the colon its own span | budgetCny | <p><span>预算金额</span><span>：</span><span>120</span><span>万元</span></p><p>采购需求：见附件</p> | 1200000
      full-width digits and an ideographic space | budgetCny | <p>采购预算：　１２０　万元</p><p>采购需求：见附件</p> | 1200000
      a budget only in a sentence with 预算资金 | budgetCny | <p>一、项目概况</p><p>本次采购预算资金为人民币45万元，超出预算的报价无效。</p> | 450000
      本项目预算为 a figure in 万元 with 6 decimals | budgetCny | <p>本项目预算为56.000000万元。</p><p>二、资格要求</p> | 560000
      an EPC project's 项目总投资 as its budget | budgetCny | <h1>某镇污水处理厂工程总承包（EPC）招标公告</h1><p>本招标项目已批准建设，现对该项目的工程总承包进行公开招标。</p><p>项目总投资：1500万元</p> | 15000000
      a 监理 tender's 项目总投资 is no budget | budgetCny | <h1>某镇道路工程监理招标公告</h1><p>项目总投资：1500万元</p><p>招标范围：施工阶段监理</p> | none
      lots in label/value rows, each a budget | budgetCny | <table><tr><td>包号</td><td>包1</td><td>预算金额</td><td>100万元</td></tr><tr><td>包号</td><td>包2</td><td>预算金额</td><td>60万元</td></tr></table> | 1600000
      a 资金预算（万元） lots column with 合计 | budgetCny | <table><tr><td>包号</td><td>采购内容</td><td>资金预算（万元）</td></tr><tr><td>1</td><td>电脑</td><td>30</td></tr><tr><td>2</td><td>打印机</td><td>10</td></tr><tr><td>合计</td><td></td><td>40</td></tr></table> | 400000
      a 费率 is no budget | budgetCny | <p>项目编号：FL-2024-1</p><p>预算金额：费率不超过1.5%</p><p>采购需求：见附件</p> | none
      # max prices: labels
      上限价 as a label | maxPriceCny | <p>预算金额：50万元</p><p>上限价：49.5万元</p> | 495000
      投标报价上限 as a label | maxPriceCny | <p>预算金额：120万元</p><p>投标报价上限：118万元</p> | 1180000
      拦标价 in a sentence | maxPriceCny | <p>本项目拦标价为人民币85万元，投标报价高于拦标价的作无效标处理。</p> | 850000
      上限价 in a sentence | maxPriceCny | <p>本项目采购上限价为人民币68万元，超过上限价的报价无效。</p> | 680000
      投标报价上限为 in a sentence | maxPriceCny | <p>本次招标投标报价上限为120万元。</p> | 1200000
      最高投标限价（元） in a four-column row | maxPriceCny | <table><tr><td>项目编号</td><td>GC-2024-5</td><td>最高投标限价（元）</td><td>3,456,789.00</td></tr></table> | 3456789
      a max price in capitals only | maxPriceCny | <p>预算金额：100万元</p><p>最高限价：人民币玖拾捌万元整</p> | 980000
      a max price with 6 decimals in 万元 | maxPriceCny | <p>预算金额：98.500000万元</p><p>最高限价：98.500000万元</p> | 985000
      a zero max price placeholder | maxPriceCny | <p>预算金额：50万元</p><p>最高限价：0</p><p>采购需求：见附件</p> | none
      最高限价 不设 | maxPriceCny | <p>预算金额：50万元</p><p>最高限价：不设</p><p>采购需求：见附件</p> | none
      a blank max price over the next label | maxPriceCny | <p>预算金额：50万元</p><p>最高限价：</p><p>采购需求：见附件</p> | none
      a max price as a 下浮率 | maxPriceCny | <p>预算金额：50万元</p><p>最高限价：下浮率不低于5%</p> | none
      a max price as a unit price per square metre | maxPriceCny | <p>预算金额：50万元</p><p>最高限价：单价3.5元/平方米</p> | none
      a letter-spaced 最 高 限 价 | maxPriceCny | <p>预 算 金 额：50万元</p><p>最 高 限 价：49万元</p> | 490000
      招标控制价 per 标段 on one line, summed | maxPriceCny | <p>一标段招标控制价：120万元；二标段招标控制价：80万元</p> | 2000000
      lots in label/value rows, each a max price | maxPriceCny | <table><tr><td>包号</td><td>包1</td><td>最高限价</td><td>98万元</td></tr><tr><td>包号</td><td>包2</td><td>最高限价</td><td>58万元</td></tr></table> | 1560000
      控制价（万元） in a table header over one row | maxPriceCny | <table><tr><td>标段</td><td>工程名称</td><td>控制价（万元）</td></tr><tr><td>1</td><td>某道路工程</td><td>356.78</td></tr></table> | 3567800
      最高限价 in br-separated lines | maxPriceCny | <p>项目编号：BR-2024-2<br>预算金额：86万元<br>最高限价：85万元<br>采购需求：见附件</p> | 850000
      a max price in spans | maxPriceCny | <p><span>最高限价</span><span>：</span><span>人民币</span><span>88</span><span>万元</span></p> | 880000
      a copy's max price cell over its value | maxPriceCny | 某局设备采购项目公开招标公告¶项目预算¶120万元¶最高投标限价¶118万元¶采购需求¶见附件 | 1180000
      # a second group
      a copy's title over two lines, the place first | title | 某某县人民医院新院区¶智能化工程施工招标公告¶发布时间：2024-05-10¶招标人：某某县人民医院 | 某某县人民医院新院区智能化工程施工招标公告
      <title> with the site before a double colon | title | <html><head><title>某市政府采购网::某局公务用车采购项目询价公告</title></head><body><div class="con"><p>项目编号：GW-2024-1</p></div></body></html> | 某局公务用车采购项目询价公告
      <title> with the site before » | title | <html><head><title>某某大学 » 某某大学档案馆密集柜采购项目成交公告</title></head><body><div class="con"><p>成交供应商：某某家具有限公司</p></div></body></html> | 某某大学档案馆密集柜采购项目成交公告
      <title> with the site in 【】 first | title | <html><head><title>【某市公共资源交易网】某区实验小学运动场改造工程招标公告</title></head><body><div class="con"><p>招标人：某区实验小学</p></div></body></html> | 某区实验小学运动场改造工程招标公告
      <title> as a path of channels | title | <html><head><title>首页>通知公告>某某学院实验室通风系统改造项目竞争性磋商公告</title></head><body><div class="con"><p>项目编号：TF-2024-3</p></div></body></html> | 某某学院实验室通风系统改造项目竞争性磋商公告
      a kind-only div.title over a centred strong title | title | <div class="title">招标公告</div><p align="center"><strong>某镇中心小学教学楼维修工程招标公告</strong></p><p>招标人：某镇中心小学</p> | 某镇中心小学教学楼维修工程招标公告
      an h1 whose title is a link to itself | title | <div class="art"><h1><a href="/art/2024/5/10/1.html">某县自然资源局测绘服务采购项目成交公告</a></h1><p>成交供应商：某某测绘有限公司</p></div> | 某县自然资源局测绘服务采购项目成交公告
      a title ending in (第二次) | title | <h2>某县档案馆档案数字化加工服务项目竞争性磋商公告（第二次）</h2><p>项目编号：DA-2024-5</p> | 某县档案馆档案数字化加工服务项目竞争性磋商公告（第二次）
      a school's 关于…的通知 | title | <h2>关于某某中学学生床上用品询价采购的通知</h2><p>各供应商：</p><p>我校拟采购学生床上用品一批。</p> | 关于某某中学学生床上用品询价采购的通知
      a 标题 cell beside its value | title | <table><tr><td>标题</td><td>某县公安局执法记录仪采购项目中标公告</td></tr><tr><td>发布时间</td><td>2024-05-10</td></tr></table><p>中标供应商：某某电子有限公司</p> | 某县公安局执法记录仪采购项目中标公告
      # a second group: money
      预算金额（大写） in capitals | budgetCny | <p>项目预算（大写）：人民币壹佰贰拾万元整</p><p>采购需求：见附件</p> | 1200000
      小写 then 大写 after the label | budgetCny | <p>预算金额：（小写）¥1,200,000.00 （大写）壹佰贰拾万元整</p> | 1200000
      a budget with 约 before it | budgetCny | <p>项目预算：约120万元</p><p>采购需求：见附件</p> | 1200000
      预算（万元） with a bare figure | budgetCny | <p>预算（万元）：120</p><p>采购需求：见附件</p> | 1200000
      a unit inside a bracket with a note | budgetCny | <p>预算金额（含税，万元）：120</p><p>采购需求：见附件</p> | 1200000
      a budget per lot in one 各包预算 value | budgetCny | <p>各包预算：包1 80万元，包2 40万元</p><p>采购需求：见附件</p> | 1200000
      a lots table whose max price cells are slashes | maxPriceCny | <table><tr><td>包号</td><td>预算金额（元）</td><td>最高限价（元）</td></tr><tr><td>1</td><td>800000</td><td>/</td></tr><tr><td>2</td><td>400000</td><td>/</td></tr></table> | none
      the same table's budget | budgetCny | <table><tr><td>包号</td><td>预算金额（元）</td><td>最高限价（元）</td></tr><tr><td>1</td><td>800000</td><td>/</td></tr><tr><td>2</td><td>400000</td><td>/</td></tr></table> | 1200000
      最高限价（含税） | maxPriceCny | <p>预算金额：100万元</p><p>最高限价（含税）：98万元</p> | 980000
      招标控制价（含暂列金） with its part after | maxPriceCny | <p>招标控制价（含暂列金）：356.78万元，其中暂列金额：20万元</p> | 3567800
      招标控制价（最高投标限价）为 in a sentence | maxPriceCny | <p>本项目招标控制价（最高投标限价）为356.78万元。</p> | 3567800
      投标报价上限（万元） with a bare figure | maxPriceCny | <p>投标报价上限（万元）：118</p> | 1180000
      a max price per unit 每台 | maxPriceCny | <p>预算金额：50万元</p><p>最高限价：每台不超过5000元</p> | none
      a max price as a share of the budget | maxPriceCny | <p>预算金额：50万元</p><p>最高限价：预算金额的95%</p> | none
      a dash placeholder | maxPriceCny | <p>预算金额：50万元</p><p>最高限价：--</p><p>采购需求：见附件</p> | none
      a framework agreement's zero budget | budgetCny | <p>采购预算：0元（框架协议采购，以实际结算为准）</p><p>采购需求：见附件</p> | none
      a budget and its lots in brackets | budgetCny | <p>预算金额：人民币120万元（其中第一包80万元，第二包40万元）</p> | 1200000
      a works tender's investment, the whole works let | budgetCny | <h1>某县第三中学教学楼施工招标公告</h1><p>本招标项目某县第三中学教学楼已批准建设，项目总投资约1.2亿元，现对该项目的施工进行公开招标。</p> | 120000000
      # a third group
      a copy's title broken inside 公告 | title | 某县疾控中心冷链运输服务采购项目竞争性磋商公¶告¶项目概况¶某县疾控中心冷链运输服务采购项目的潜在供应商应在某市公共资源交易平台获取采购文件。 | 某县疾控中心冷链运输服务采购项目竞争性磋商公告
      a copy's title broken inside 公示 | title | 某镇卫生院污水处理设备采购项目中标结果公¶示¶一、项目编号：WS-2024-8¶二、中标供应商：某某环保科技有限公司 | 某镇卫生院污水处理设备采购项目中标结果公示
      a bracketed tag opening an h1 | title | <h1>【中标结果】某县交通运输局公路养护机械采购项目中标结果公告</h1><p>中标供应商：某某机械有限公司</p> | 【中标结果】某县交通运输局公路养护机械采购项目中标结果公告
      a long number in brackets closing the title | title | <h2>某市第一人民医院手术室净化工程竞争性磋商公告（项目编号：SZCG-2024-0001-A-01）</h2><p>采购人：某市第一人民医院</p> | 某市第一人民医院手术室净化工程竞争性磋商公告（项目编号：SZCG-2024-0001-A-01）
      budget and max price headers over one value row | maxPriceCny | <table><tr><th>预算金额（万元）</th><th>最高限价（万元）</th></tr><tr><td>120</td><td>118</td></tr></table> | 1180000
      the budget of that row | budgetCny | <table><tr><th>预算金额（万元）</th><th>最高限价（万元）</th></tr><tr><td>120</td><td>118</td></tr></table> | 1200000
      标项 lines each with budget and max price: budget | budgetCny | <p>标项一：预算金额120万元，最高限价118万元；</p><p>标项二：预算金额80万元，最高限价78万元。</p> | 2000000
      标项 lines each with budget and max price: max price | maxPriceCny | <p>标项一：预算金额120万元，最高限价118万元；</p><p>标项二：预算金额80万元，最高限价78万元。</p> | 1960000
      最高限价 与预算金额一致 | maxPriceCny | <p>预算金额：120万元</p><p>最高限价：与预算金额一致</p><p>采购需求：见附件</p> | none
      an EPC investment in 亿元 after 人民币 | budgetCny | <h1>某产业园基础设施工程总承包招标公告</h1><p>现对该项目的工程总承包进行公开招标。</p><p>项目总投资：人民币2.5亿元</p> | 250000000
      # a fourth group: titles that end in another notice word
      a copy's title ending in 成交通告 over 项目名称 | title | 某某大学交换机采购项目成交通告¶项目名称：交换机采购项目¶成交供应商：某某网络科技有限公司 | 某某大学交换机采购项目成交通告
      a works 投标邀请书 as the first line | title | 某县某镇农村道路硬化工程投标邀请书¶招标人：某镇人民政府¶工程名称：某镇农村道路硬化工程 | 某县某镇农村道路硬化工程投标邀请书
      a school's 招标启事 in a centred paragraph | title | <p align="center"><strong>某某中学食堂承包经营招标启事</strong></p><p>项目名称：食堂承包经营</p><p>报名截止时间：2024年5月20日</p> | 某某中学食堂承包经营招标启事
      a hospital's 询价函 in a div.title after a channel | title | <div class="title">招标采购</div><div class="title">某县人民医院病房床头柜询价函</div><p>项目名称：病房床头柜采购</p> | 某县人民医院病房床头柜询价函
      a 采购邀请函 in <title> with the site | title | <html><head><title>某某学院实训室家具采购邀请函_某某学院</title></head><body><div class="con"><p>项目名称：实训室家具采购</p></div></body></html> | 某某学院实训室家具采购邀请函
      # a fifth group
      a div.title with its print and close links after it | title | <div class="title">某区住建局老旧小区改造设计服务项目中标公告<span class="tools">【打印】【关闭】</span></div><p>中标供应商：某某设计院有限公司</p> | 某区住建局老旧小区改造设计服务项目中标公告
      an h2 with 字号 buttons after it | title | <div class="art"><h2>某县统计局普查设备采购项目询价公告<span>字号：大 中 小</span></h2><p>项目编号：TJ-2024-2</p></div> | 某县统计局普查设备采购项目询价公告
      p.tit under a breadcrumb, the site's name as <title> | title | <html><head><title>某某县人民政府</title></head><body><div class="crumb">您现在的位置：首页 &gt; 政务公开 &gt; 招标采购</div><p class="tit">某县林业局森林防火物资采购项目成交公告</p><p class="info">发布时间：2024-05-10</p><p>成交供应商：某某消防器材有限公司</p></body></html> | 某县林业局森林防火物资采购项目成交公告
      a max price stated after 设 in its value | maxPriceCny | <p>预算金额：120万元</p><p>最高限价：本项目设最高限价，为118万元</p> | 1180000
      投标最高限价为 capitals only | maxPriceCny | <p>本项目投标最高限价为人民币叁佰肆拾伍万陆仟柒佰捌拾玖元整。</p> | 3456789
      招标控制价 详见招标文件 | maxPriceCny | <p>招标控制价：详见招标文件</p><p>投标保证金：5万元</p> | none
      a budget with capitals then 小写 in brackets | budgetCny | <p>预算金额：壹佰贰拾万元整（小写：¥1,200,000.00元）</p> | 1200000
      a budget with its tax note after it | budgetCny | <p>采购预算：120.00万元（含所有税费）</p><p>采购需求：见附件</p> | 1200000
      # a sixth group: Word and campus shapes
      a Word title in two centred paragraphs, the kind second | title | <p class="MsoNormal" align="center"><b><span>某县人民医院病房楼改造项目</span></b></p><p class="MsoNormal" align="center"><b><span>竞争性磋商公告</span></b></p><p class="MsoNormal">项目编号：BF-2024-6</p> | 某县人民医院病房楼改造项目竞争性磋商公告
      a Word title with an &nbsp; span between its runs | title | <p class="MsoNormal" align="center"><b><span>某县教育局</span></b><b><span>&nbsp;</span></b><b><span>校园安防系统采购项目公开招标公告</span></b></p><p class="MsoNormal">项目编号：AF-2024-2</p> | 某县教育局校园安防系统采购项目公开招标公告
      a 博达 titlestyle cell in a one-cell row | title | <table><tr><td class="titlestyle1048" align="center">某某大学校园网升级改造项目成交公告</td></tr><tr><td align="center"><span class="timestyle1048">2024-05-10</span></td></tr></table><div id="vsb_content"><p>成交供应商：某某网络有限公司</p></div> | 某某大学校园网升级改造项目成交公告
      a budget in a Word table label cell with its unit in the next | budgetCny | <table><tr><td><p class="MsoNormal">预算金额</p></td><td><p class="MsoNormal">120</p></td><td><p class="MsoNormal">万元</p></td></tr></table> | 1200000
      # a seventh group
      <title> of site-channel-title with bare dashes | title | <html><head><title>某某大学-通知公告-某某大学学生公寓家具采购项目招标公告</title></head><body><div class="con"><p>项目编号：JJ-2024-7</p></div></body></html> | 某某大学学生公寓家具采购项目招标公告
      总预算 as a label | budgetCny | <p>总预算：120万元</p><p>采购需求：见附件</p> | 1200000
      a budget then its parts in a sentence | budgetCny | <p>本项目采购预算为120万元，其中设备80万元、安装40万元。</p> | 1200000
      """)
  void field(String layout, String field, String page, String expected) {
    Notice n;
    if (!page.startsWith("<")) {
      n = Layouts.block(page.replace("¶", "\n"));
    } else if (field.equals("title") || page.startsWith("<h1>") || page.startsWith("<html>")) {
      n = page(page);
    } else {
      n = page("<h1>某某单位某某采购项目公开招标公告</h1>" + page);
    }
    String actual = field.equals("title") ? n.title() : PortalQuirksTest.FIELDS.get(field).apply(n);
    // an amount with no yuan value (a rate, a unit price) is no value, as the golden set compares it
    assertEquals(expected, "-".equals(actual) ? null : actual, layout);
  }
}
