package org.tenderwatch.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.tenderwatch.extract.Layouts.page;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Round 11p (vf), written before the rules: the two weakest held-out families. University procurement pages
 * (采购与招标管理中心, 资产与实验室管理处, 国有资产管理处, 招标办) with a 发布者/发布时间/浏览次数 line, 询价/竞价/比选/遴选
 * notices and their 结果公示 in a sentence or a small 序号 table, the campus's own numbers (ZB2024-018, 2024-HW-031), a
 * 使用单位 (a school of the university) beside the 采购人 (the university), 报价截止 with no year, 附件 lists. And notice
 * bodies in MS Word's markup: {@code <p class=MsoNormal>}, a span per run, labels split across spans ("采购" + "人："),
 * {@code &nbsp;} and mso-spacerun spaces, letter-spaced labels, {@code <o:p>}, cells holding MsoNormal paragraphs, a
 * bold heading as a run of its own, amounts and dates split across runs. Each row is a made-up page (某某 names,
 * made-up figures) of a real shape; CampusVariantsTest and WordInvarianceTest hold the earlier ones.
 *
 * <p>Of the first 48 rows 5 failed when written: a labelled 报价截止时间 / 开启时间 with no year and no full date before
 * its label (the year only in the header's "发布时间：2024-06-12" or the signed date below; in Word runs too), and a
 * 序号 column taken as the lot beside a 包号 column. Of the next 21, one: "最终X以最低价Y元成交". The rest passed and
 * stay as guards. Of the third 14, one: "比选文件递交截止时间" was no deadline label. A 中选价（元/年） column (a price a
 * year) reads no amount (left out); whether a yearly price is the award is left open, and the row is written with （元）. Of the fourth 7,
 * one: "报价截止：…" with no 时间 was no deadline label.
 */
class CampusWordVariantsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
      # university pages: the header line, the office, the campus number, 使用单位 vs 采购人
      发布者 发布时间 浏览次数 header line | publishedAt | <h1>某某大学教学楼窗帘采购询价公告</h1><p>发布者：采购与招标管理中心 发布时间：2024-06-12 浏览次数：356</p><p>项目编号：ZB2024-018</p><p>预算金额：5.6万元</p> | 2024-06-12T00:00
      来源 发布时间 点击数 header line | publishedAt | <h1>某某大学实验室通风柜比选公告</h1><p>来源：国有资产管理处 发布时间：2024年06月12日 点击数：88</p><p>比选编号：2024-HW-031</p> | 2024-06-12T00:00
      the header line leaves the title | title | <h1>某某大学教学楼窗帘采购询价公告</h1><p>发布者：采购与招标管理中心 发布时间：2024-06-12 浏览次数：356</p><p>项目编号：ZB2024-018</p> | 某某大学教学楼窗帘采购询价公告
      a campus number ZB2024-018 | projectNo | <h1>某某大学教学楼窗帘采购询价公告</h1><p>发布者：采购与招标管理中心 发布时间：2024-06-12 浏览次数：356</p><p>项目编号：ZB2024-018</p><p>预算金额：5.6万元</p> | ZB2024-018
      a campus number 2024-HW-031 under 比选编号 | projectNo | <h1>某某大学实验室通风柜比选公告</h1><p>来源：国有资产管理处 发布时间：2024年06月12日 点击数：88</p><p>比选编号：2024-HW-031</p> | 2024-HW-031
      采购人 the university, 使用单位 a school | buyer | <h1>某某大学服务器采购询价公告</h1><p>采购人：某某大学</p><p>使用单位：某某大学计算机学院</p><p>预算金额：18万元</p> | 某某大学
      使用单位 first, then 采购单位 | buyer | <h1>某某大学服务器采购询价公告</h1><p>使用单位：某某大学计算机学院</p><p>采购单位：某某大学</p><p>预算金额：18万元</p> | 某某大学
      signed by the 招标办, no agency | agency | <h1>某某大学服务器采购询价公告</h1><p>采购人：某某大学</p><p>预算金额：18万元</p><p>某某大学招标办</p><p>2024年6月12日</p> | none
      signed by the 资产与实验室管理处, no agency | agency | <h1>某某大学显微镜采购竞价公告</h1><p>采购单位：某某大学</p><p>最高限价：9.8万元</p><p>某某大学资产与实验室管理处</p><p>2024年6月12日</p> | none
      竞价 最高限价 in 万元 | maxPriceCny | <h1>某某大学显微镜采购竞价公告</h1><p>采购单位：某某大学</p><p>最高限价：9.8万元</p><p>某某大学资产与实验室管理处</p><p>2024年6月12日</p> | 98000
      询价 预算 in 万元 with a 使用单位 | budgetCny | <h1>某某大学服务器采购询价公告</h1><p>采购人：某某大学</p><p>使用单位：某某大学计算机学院</p><p>预算金额：18万元</p> | 180000
      报价截止 with no year, the year from the header | bidDeadline | <h1>某某大学教学楼窗帘采购询价公告</h1><p>发布者：采购与招标管理中心 发布时间：2024-06-12 浏览次数：356</p><p>报价截止时间：6月18日17:00</p> | 2024-06-18T17:00
      报价截止 下午 with no year, the year from the signature | bidDeadline | <h1>某某大学服务器采购询价公告</h1><p>报价截止时间：6月18日下午5:00</p><p>某某大学国有资产管理处</p><p>2024年6月12日</p> | 2024-06-18T17:00
      报价文件开启 with no year | bidOpening | <h1>某某大学实验室通风柜比选公告</h1><p>比选申请文件递交截止时间：6月20日9:30</p><p>比选申请文件开启时间：6月20日9:30</p><p>某某大学国有资产管理处</p><p>2024年6月12日</p> | 2024-06-20T09:30
      遴选 递交截止 with a year | bidDeadline | <h1>某某大学食堂食材供应商遴选公告</h1><p>遴选编号：ZB2024-021</p><p>响应文件递交截止时间：2024年6月25日14:00</p> | 2024-06-25T14:00
      a 询价结果公告 is an award | type | <h1>某某大学服务器询价结果公告</h1><p>项目编号：ZB2024-018</p><p>成交单位：某某信息技术有限公司</p><p>成交金额：176000元</p> | AWARD
      a 遴选结果公示 in a 序号 table | suppliers | <h1>某某大学食堂食材供应商遴选结果公示</h1><table><tr><td>序号</td><td>项目名称</td><td>成交单位</td><td>成交金额（元）</td></tr><tr><td>1</td><td>食堂食材</td><td>某某农产品有限公司</td><td>320000.00</td></tr></table><p>附件：遴选结果.pdf</p> | 某某农产品有限公司//320000
      a 序号 table's amount is the award | awardCny | <h1>某某大学食堂食材供应商遴选结果公示</h1><table><tr><td>序号</td><td>项目名称</td><td>成交单位</td><td>成交金额（元）</td></tr><tr><td>1</td><td>食堂食材</td><td>某某农产品有限公司</td><td>320000.00</td></tr></table><p>附件：遴选结果.pdf</p> | 320000
      a 序号 table with 成交金额（万元） | suppliers | <h1>某某大学显微镜竞价结果公示</h1><p>发布者：资产与实验室管理处 发布时间：2024-06-20 浏览次数：97</p><table><tr><td>序号</td><td>成交单位</td><td>成交金额（万元）</td><td>备注</td></tr><tr><td>1</td><td>某某光学仪器有限公司</td><td>9.26</td><td></td></tr></table> | 某某光学仪器有限公司//92600
      two 包号 rows in a 结果公示 | suppliers | <h1>某某大学实验耗材询价结果公示</h1><table><tr><td>序号</td><td>包号</td><td>成交单位</td><td>成交金额（元）</td></tr><tr><td>1</td><td>包1</td><td>某某试剂有限公司</td><td>42000</td></tr><tr><td>2</td><td>包2</td><td>某某玻璃仪器有限公司</td><td>18500</td></tr></table> | 某某试剂有限公司/包1/42000; 某某玻璃仪器有限公司/包2/18500
      比选 sentence with the amount in capitals and figures | suppliers | <h1>某某大学实验室通风柜比选结果公示</h1><p>经比选小组评审，确定某某实验设备有限公司为成交单位，成交金额：人民币壹拾贰万叁仟元整（¥123000.00）。</p> | 某某实验设备有限公司//123000
      a result's 使用单位 is no buyer over 采购人 | buyer | <h1>某某大学服务器询价结果公告</h1><p>采购人：某某大学</p><p>使用单位：某某大学计算机学院</p><p>成交单位：某某信息技术有限公司</p><p>成交金额：176000元</p> | 某某大学
      the 附件 list names no winner | suppliers | <h1>某某大学服务器采购询价公告</h1><p>预算金额：18万元</p><p>附件：</p><p>1.询价文件.doc</p><p>2.报价函.doc</p> | -
      # Word markup: labels, values and amounts across runs
      buyer label split 采购 + 人： | buyer | <p class=MsoNormal align=center><b><span>某某大学服务器采购询价公告</span></b></p><p class=MsoNormal><span>采购</span><span>人：</span><span>某某大学</span><o:p></o:p></p><p class=MsoNormal><span>预算金额：</span><span lang=EN-US>18</span><span>万元</span><o:p></o:p></p> | 某某大学
      agency label split 代理 + 机构： | agency | <p class=MsoNormal align=center><b><span>某某县人民医院CT采购公开招标公告</span></b></p><p class=MsoNormal><span>采购人：某某县人民医院</span><o:p></o:p></p><p class=MsoNormal><span>采购代理</span><span>机构：</span><span>某某招标咨询有限公司</span><o:p></o:p></p> | 某某招标咨询有限公司
      budget in three runs | budgetCny | <p class=MsoNormal align=center><b><span>某某大学服务器采购询价公告</span></b></p><p class=MsoNormal><span>采购</span><span>人：</span><span>某某大学</span><o:p></o:p></p><p class=MsoNormal><span>预算金额：</span><span lang=EN-US>18</span><span>万元</span><o:p></o:p></p> | 180000
      a letter-spaced label with spacerun | projectNo | <p class=MsoNormal><span>项</span><span style="mso-spacerun:yes">&nbsp;&nbsp; </span><span>目</span><span style="mso-spacerun:yes">&nbsp;&nbsp; </span><span>编</span><span style="mso-spacerun:yes">&nbsp;&nbsp; </span><span>号：</span><span lang=EN-US>MYZC2024-0156</span><o:p></o:p></p><p class=MsoNormal><span>采购人：某某县教育局</span><o:p></o:p></p> | MYZC2024-0156
      a letter-spaced buyer label with nbsp | buyer | <p class=MsoNormal><span>采&nbsp;&nbsp;购&nbsp;&nbsp;人：</span><span>某某县教育局</span><o:p></o:p></p><p class=MsoNormal><span>项目编号：MYZC2024-0156</span><o:p></o:p></p> | 某某县教育局
      a value after nbsp runs | budgetCny | <p class=MsoNormal><span>预算金额：</span><span style="mso-spacerun:yes">&nbsp;&nbsp;&nbsp; </span><span lang=EN-US>860,000.00</span><span>元</span><o:p></o:p></p> | 860000
      max price split 最高限 + 价： and ¥ | maxPriceCny | <p class=MsoNormal><span>最高限</span><span>价：</span><span lang=EN-US>¥</span><span lang=EN-US>98,000.00</span><span>元</span><o:p></o:p></p> | 98000
      a signature date in runs | publishedAt | <p class=MsoNormal><span>预算金额：</span><span lang=EN-US>18</span><span>万元</span><o:p></o:p></p><p class=MsoNormal align=right><span>某某县教育局</span><o:p></o:p></p><p class=MsoNormal align=right><span lang=EN-US>2024</span><span>年</span><span lang=EN-US>6</span><span>月</span><span lang=EN-US>12</span><span>日</span><o:p></o:p></p> | 2024-06-12T00:00
      a deadline in runs | bidDeadline | <p class=MsoNormal><span>投标截止时间：</span><span lang=EN-US>2024</span><span>年</span><span lang=EN-US>6</span><span>月</span><span lang=EN-US>28</span><span>日</span><span lang=EN-US>9:30</span><o:p></o:p></p> | 2024-06-28T09:30
      an opening in runs with 上午 | bidOpening | <p class=MsoNormal><span>开标时间：</span><span lang=EN-US>2024</span><span>年</span><span lang=EN-US>6</span><span>月</span><span lang=EN-US>28</span><span>日上午</span><span lang=EN-US>9</span><span>时</span><span lang=EN-US>30</span><span>分</span><o:p></o:p></p> | 2024-06-28T09:30
      a label-value table of MsoNormal cells | buyer | <table class=MsoNormalTable><tr><td><p class=MsoNormal><span>采购人</span></p></td><td><p class=MsoNormal><span>某某县卫生健康局</span></p></td></tr><tr><td><p class=MsoNormal><span>项目编号</span></p></td><td><p class=MsoNormal><span lang=EN-US>WJ2024-033</span></p></td></tr></table> | 某某县卫生健康局
      a label-value table, the number | projectNo | <table class=MsoNormalTable><tr><td><p class=MsoNormal><span>采购人</span></p></td><td><p class=MsoNormal><span>某某县卫生健康局</span></p></td></tr><tr><td><p class=MsoNormal><span>项目编号</span></p></td><td><p class=MsoNormal><span lang=EN-US>WJ2024-033</span></p></td></tr></table> | WJ2024-033
      a Word 序号 winners table | suppliers | <p class=MsoNormal><b><span>四、成交结果</span></b><o:p></o:p></p><table class=MsoNormalTable><tr><td><p class=MsoNormal><span>序号</span></p></td><td><p class=MsoNormal><span>成交单位</span></p></td><td><p class=MsoNormal><span>成交金额（元）</span></p></td></tr><tr><td><p class=MsoNormal><span lang=EN-US>1</span></p></td><td><p class=MsoNormal><span>某某信息技术有限公司</span></p></td><td><p class=MsoNormal><span lang=EN-US>176,000.00</span></p></td></tr></table> | 某某信息技术有限公司//176000
      a bold heading run, then 名 称 | buyer | <p class=MsoNormal><b><span>一、采购人信息</span></b><o:p></o:p></p><p class=MsoNormal><span>名</span><span style="mso-spacerun:yes">&nbsp; </span><span>称：某某县人民医院</span><o:p></o:p></p><p class=MsoNormal><b><span>二、采购代理机构信息</span></b><o:p></o:p></p><p class=MsoNormal><span>名</span><span style="mso-spacerun:yes">&nbsp; </span><span>称：某某项目管理有限公司</span><o:p></o:p></p> | 某某县人民医院
      the agency under its bold heading run | agency | <p class=MsoNormal><b><span>一、采购人信息</span></b><o:p></o:p></p><p class=MsoNormal><span>名</span><span style="mso-spacerun:yes">&nbsp; </span><span>称：某某县人民医院</span><o:p></o:p></p><p class=MsoNormal><b><span>二、采购代理机构信息</span></b><o:p></o:p></p><p class=MsoNormal><span>名</span><span style="mso-spacerun:yes">&nbsp; </span><span>称：某某项目管理有限公司</span><o:p></o:p></p> | 某某项目管理有限公司
      an award sentence across runs | suppliers | <p class=MsoNormal align=center><b><span>某某学院空调采购成交公告</span></b></p><p class=MsoNormal><span>经询价小组评审，确定</span><span>某某电器有限公司</span><span>为成交单位，成交金额</span><span lang=EN-US>36800</span><span>元。</span><o:p></o:p></p> | 某某电器有限公司//36800
      an award amount in capitals and figures across runs | awardCny | <p class=MsoNormal><span>中标供应商：某某建设工程有限公司</span><o:p></o:p></p><p class=MsoNormal><span>中标金额：</span><span>人民币</span><span>壹拾贰万元整</span><span>（</span><span lang=EN-US>¥</span><span lang=EN-US>120,000.00</span><span>）</span><o:p></o:p></p> | 120000
      a 校采〔〕号 number across runs | projectNo | <p class=MsoNormal><span>项目编号：</span><span>校采</span><span>〔</span><span lang=EN-US>2024</span><span>〕</span><span lang=EN-US>18</span><span>号</span><o:p></o:p></p><p class=MsoNormal><span>采购人：某某大学</span><o:p></o:p></p> | 校采〔2024〕18号
      发布日期 in runs | publishedAt | <p class=MsoNormal><span>发布日期：</span><span lang=EN-US>2024-06-12</span><o:p></o:p></p><p class=MsoNormal><span>采购人：某某大学</span><o:p></o:p></p> | 2024-06-12T00:00
      a Word 包号 winners table | suppliers | <table class=MsoNormalTable><tr><td><p class=MsoNormal><span>包号</span></p></td><td><p class=MsoNormal><span>中标供应商</span></p></td><td><p class=MsoNormal><span>中标金额（元）</span></p></td></tr><tr><td><p class=MsoNormal><span>包</span><span lang=EN-US>1</span></p></td><td><p class=MsoNormal><span>某某医疗设备有限公司</span></p></td><td><p class=MsoNormal><span lang=EN-US>560000</span></p></td></tr><tr><td><p class=MsoNormal><span>包</span><span lang=EN-US>2</span></p></td><td><p class=MsoNormal><span>某某科技有限公司</span></p></td><td><p class=MsoNormal><span lang=EN-US>230000</span></p></td></tr></table> | 某某医疗设备有限公司/包1/560000; 某某科技有限公司/包2/230000
      a Word title in runs keeps its kind | type | <p class=MsoNormal align=center><b><span>某某县人民医院</span></b><b><span>CT</span></b><b><span>采购项目中标结果公告</span></b><o:p></o:p></p><p class=MsoNormal><span>中标供应商：某某医疗设备有限公司</span><o:p></o:p></p> | AWARD
      a Word title in runs with a Latin run | title | <p class=MsoNormal align=center><b><span>某某县人民医院</span></b><b><span lang=EN-US>CT</span></b><b><span>采购项目中标结果公告</span></b><o:p></o:p></p><p class=MsoNormal><span>中标供应商：某某医疗设备有限公司</span><o:p></o:p></p> | 某某县人民医院CT采购项目中标结果公告
      a full-width colon run after a bold label | agency | <p class=MsoNormal><span>采购人：某某县教育局</span><o:p></o:p></p><p class=MsoNormal><b><span>采购代理机构</span></b><span>：</span><span>某某工程咨询有限公司</span><o:p></o:p></p> | 某某工程咨询有限公司
      a budget with 万元 in the label run | budgetCny | <p class=MsoNormal><span>预算金额（万元）：</span><span lang=EN-US>45.8</span><o:p></o:p></p><p class=MsoNormal><span>采购人：某某县教育局</span><o:p></o:p></p> | 458000
      a deadline label split 截止 + 时间 with no year | bidDeadline | <p class=MsoNormal><span>报价截止</span><span>时间：</span><span lang=EN-US>6</span><span>月</span><span lang=EN-US>18</span><span>日</span><span lang=EN-US>17:00</span><o:p></o:p></p><p class=MsoNormal align=right><span>某某大学招标办</span><o:p></o:p></p><p class=MsoNormal align=right><span lang=EN-US>2024</span><span>年</span><span lang=EN-US>6</span><span>月</span><span lang=EN-US>12</span><span>日</span><o:p></o:p></p> | 2024-06-18T17:00
      # a second batch: other header lines, result sentences and tables, Word list numbering and split codes
      【发布时间】【浏览次数】 in brackets | publishedAt | <h1>某某大学档案柜采购询价公告</h1><p>【发布时间：2024-06-12】【浏览次数：56】</p><p>项目编号：SDJJ-2024-057</p> | 2024-06-12T00:00
      发布部门 发布日期 with slashes | publishedAt | <h1>某某大学档案柜采购询价公告</h1><p>发布部门：资产与实验室管理处 发布日期：2024/06/12</p><p>项目编号：SDJJ-2024-057</p> | 2024-06-12T00:00
      招标编号 of letters, year and a serial | projectNo | <h1>某某大学档案柜采购询价公告</h1><p>【发布时间：2024-06-12】【浏览次数：56】</p><p>招标编号：SDJJ-2024-057</p> | SDJJ-2024-057
      a number of year, letters and a serial | projectNo | <h1>某某大学档案柜采购询价公告</h1><p>项目编号：2024-ZC-CG-112</p><p>采购人：某某大学</p> | 2024-ZC-CG-112
      采购单位 with its 使用单位 in brackets | buyer | <h1>某某大学超声诊断仪采购询价公告</h1><p>采购单位：某某大学（使用单位：某某大学医学院）</p><p>预算金额：45万元</p> | 某某大学
      a 预算 label with 含税 | budgetCny | <h1>某某大学档案柜采购询价公告</h1><p>预算：5万元（含税）</p><p>报价截止时间：2024年6月18日17:00</p> | 50000
      控制价 in yuan | maxPriceCny | <h1>某某大学档案柜采购竞价公告</h1><p>控制价：人民币38,000元</p><p>竞价截止时间：2024年6月18日17:00</p> | 38000
      a deadline with its weekday | bidDeadline | <h1>某某大学档案柜采购询价公告</h1><p>报价截止时间：2024年6月18日（星期二）17:00</p> | 2024-06-18T17:00
      a year-less deadline with its weekday | bidDeadline | <h1>某某大学档案柜采购询价公告</h1><p>发布时间：2024-06-12</p><p>报价截止时间：6月18日（周二）17:00</p> | 2024-06-18T17:00
      竞价 X以最低价Y元成交 | suppliers | <h1>某某大学档案柜网上竞价结果公示</h1><p>本次竞价共有4家供应商参与，最终某某办公家具有限公司以最低价96,500元成交。</p> | 某某办公家具有限公司//96500
      a 是否成交 table with two bidders | suppliers | <h1>某某大学档案柜询价结果公示</h1><table><tr><td>序号</td><td>供应商名称</td><td>报价（元）</td><td>是否成交</td></tr><tr><td>1</td><td>某某办公家具有限公司</td><td>96500</td><td>是</td></tr><tr><td>2</td><td>某某家具制造有限公司</td><td>98800</td><td>否</td></tr></table> | 某某办公家具有限公司//96500
      成交供应商 and 成交价 on one line | suppliers | <h1>某某大学档案柜询价结果公示</h1><p>成交供应商：某某办公家具有限公司，成交价：¥45,600.00</p> | 某某办公家具有限公司//45600
      Word list numbering ignored before a label | buyer | <p class=MsoNormal style="margin-left:21pt;text-indent:-21pt;mso-list:l0 level1 lfo1"><![if !supportLists]><span lang=EN-US><span style="mso-list:Ignore">1.<span style="font:7.0pt">&nbsp;&nbsp; </span></span></span><![endif]><span>采购人：某某县人民医院</span><o:p></o:p></p><p class=MsoNormal><span>项目编号：</span><span lang=EN-US>WJ2024-033</span><o:p></o:p></p> | 某某县人民医院
      a code split at its dash across runs | projectNo | <p class=MsoNormal><span>项目编号：</span><span lang=EN-US>ZB</span><span lang=EN-US>2024</span><span>－</span><span lang=EN-US>018</span><o:p></o:p></p><p class=MsoNormal><span>采购人：某某大学</span><o:p></o:p></p> | ZB2024－018
      a budget in capitals then figures across runs | budgetCny | <p class=MsoNormal><span>预算金额：</span><span>人民币</span><span>壹佰贰拾万元整</span><span>（</span><span lang=EN-US>¥1,200,000.00</span><span>）</span><o:p></o:p></p> | 1200000
      nbsp between label and colon | buyer | <p class=MsoNormal><span>采购人</span><span>&nbsp;</span><span>：</span><span>某某县教育局</span><o:p></o:p></p><p class=MsoNormal><span>项目编号：MYZC2024-0156</span><o:p></o:p></p> | 某某县教育局
      a Word award table amount cell in runs | awardCny | <p class=MsoNormal><b><span>五、成交信息</span></b><o:p></o:p></p><table class=MsoNormalTable><tr><td width=200><p class=MsoNormal align=center><span>成交供应商</span></p></td><td width=120><p class=MsoNormal align=center><span>成交金额</span></p></td></tr><tr><td><p class=MsoNormal><span>某某信息技术有限公司</span></p></td><td><p class=MsoNormal><span>￥</span><span lang=EN-US>176,000.00</span><span>元</span></p></td></tr></table> | 176000
      a deadline with its time in a second Word line | bidDeadline | <p class=MsoNormal><span>投标截止时间：</span><span lang=EN-US>2024</span><span>年</span><span lang=EN-US>6</span><span>月</span><span lang=EN-US>28</span><span>日</span><o:p></o:p></p><p class=MsoNormal><span>上午</span><span lang=EN-US>9:30</span><span>（北京时间）</span><o:p></o:p></p> | 2024-06-28T09:30
      发布时间 with a time across runs | publishedAt | <p class=MsoNormal><span>发布时间：</span><span lang=EN-US>2024</span><span>年</span><span lang=EN-US>06</span><span>月</span><span lang=EN-US>12</span><span>日</span><span style="mso-spacerun:yes">&nbsp; </span><span lang=EN-US>10:00</span><o:p></o:p></p><p class=MsoNormal><span>采购人：某某县教育局</span><o:p></o:p></p> | 2024-06-12T10:00
      a Word title over a 询价结果 table | type | <p class=MsoNormal align=center><b><span>某某大学</span></b><b><span>档案柜询价</span></b><b><span>结果公示</span></b><o:p></o:p></p><table class=MsoNormalTable><tr><td><p class=MsoNormal><span>成交单位</span></p></td><td><p class=MsoNormal><span>成交金额（元）</span></p></td></tr><tr><td><p class=MsoNormal><span>某某办公家具有限公司</span></p></td><td><p class=MsoNormal><span lang=EN-US>96500</span></p></td></tr></table> | AWARD
      the agency in a Word label-value table | agency | <table class=MsoNormalTable><tr><td><p class=MsoNormal><span>采购人</span></p></td><td><p class=MsoNormal><span>某某县卫生健康局</span></p></td></tr><tr><td><p class=MsoNormal><span>采购代理</span><span>机构</span></p></td><td><p class=MsoNormal><span>某某招标有限公司</span></p></td></tr></table> | 某某招标有限公司
      # a third batch: breadcrumbs, label-value result tables, bracketed numbers, underlined Word values, br lines
      a breadcrumb over the title | title | <p>当前位置：首页 &gt; 招标公告 &gt; 正文</p><h2>某某大学钢琴采购比选公告</h2><p>发布者：招标办 发布时间：2024-06-12 浏览次数：41</p><p>比选编号：2024-HW-035</p> | 某某大学钢琴采购比选公告
      时间 作者 浏览 header line | publishedAt | <h1>某某大学钢琴采购比选公告</h1><p>时间：2024-06-12 作者：招标办 浏览：56次</p><p>比选编号：2024-HW-035</p> | 2024-06-12T00:00
      a number in 【】 | projectNo | <h1>某某大学钢琴采购比选公告</h1><p>项目编号：【ZB2024-026】</p><p>采购人：某某大学</p> | ZB2024-026
      a label-value result table | suppliers | <h1>某某大学钢琴采购比选结果公示</h1><table><tr><td>项目名称</td><td>钢琴采购</td></tr><tr><td>成交单位</td><td>某某乐器有限公司</td></tr><tr><td>成交金额</td><td>128,000.00元</td></tr></table> | 某某乐器有限公司//128000
      成交单位 and 成交金额 after 公示如下 with capitals | suppliers | <h1>某某大学钢琴采购比选结果公示</h1><p>现将成交结果公示如下：成交单位：某某乐器有限公司；成交金额：壹拾贰万捌仟元整（128000元）。</p> | 某某乐器有限公司//128000
      a 中选 table with 序号 | suppliers | <h1>某某大学物业服务遴选结果公示</h1><table><tr><td>序号</td><td>中选单位</td><td>中选价（元）</td></tr><tr><td>1</td><td>某某物业服务有限公司</td><td>860000</td></tr></table> | 某某物业服务有限公司//860000
      a 比选 deadline with 下午 and a year | bidDeadline | <h1>某某大学钢琴采购比选公告</h1><p>比选文件递交截止时间：2024年6月20日下午2:30</p> | 2024-06-20T14:30
      a Word value underlined in runs | buyer | <p class=MsoNormal><span>采购人名称</span><span>：</span><u><span>某某县</span></u><u><span>第二中学</span></u><o:p></o:p></p><p class=MsoNormal><span>预算金额：</span><span lang=EN-US>36</span><span>万元</span><o:p></o:p></p> | 某某县第二中学
      a Word label 预算金额（ + 万元 + ）： | budgetCny | <p class=MsoNormal><span>预算金额（</span><span>万元</span><span>）：</span><span lang=EN-US>45.8</span><o:p></o:p></p><p class=MsoNormal><span>采购人：某某县教育局</span><o:p></o:p></p> | 458000
      Word lines joined by br | agency | <p class=MsoNormal><span>采购人：某某县第二中学</span><br><span>采购代理机构：</span><span>某某建设咨询有限公司</span><br><span>联系电话：</span><span lang=EN-US>0371-66668888</span><o:p></o:p></p> | 某某建设咨询有限公司
      Word lines joined by br, the buyer | buyer | <p class=MsoNormal><span>采购人：某某县第二中学</span><br><span>采购代理机构：</span><span>某某建设咨询有限公司</span><br><span>联系电话：</span><span lang=EN-US>0371-66668888</span><o:p></o:p></p> | 某某县第二中学
      a bold label run, an empty o:p run after the value | buyer | <p class=MsoNormal><b><span>采购人</span></b><span>：</span><span>某某县农业农村局</span><span lang=EN-US><o:p></o:p></span></p><p class=MsoNormal><b><span>项目编号</span></b><span>：</span><span lang=EN-US>NY2024-009</span><span lang=EN-US><o:p></o:p></span></p> | 某某县农业农村局
      a bold label run, the number | projectNo | <p class=MsoNormal><b><span>采购人</span></b><span>：</span><span>某某县农业农村局</span><span lang=EN-US><o:p></o:p></span></p><p class=MsoNormal><b><span>项目编号</span></b><span>：</span><span lang=EN-US>NY2024-009</span><span lang=EN-US><o:p></o:p></span></p> | NY2024-009
      a Word deadline 下午 across runs | bidDeadline | <p class=MsoNormal><span>响应文件提交截止时间：</span><span lang=EN-US>2024</span><span>年</span><span lang=EN-US>7</span><span>月</span><span lang=EN-US>2</span><span>日下午</span><span lang=EN-US>2:30</span><o:p></o:p></p> | 2024-07-02T14:30
      # a fourth batch: labels a campus uses for its own parties and deadlines, values a spacerun ends
      报价截止 with no 时间 | bidDeadline | <h1>某某大学钢琴采购询价公告</h1><p>报价截止：2024年6月18日17:00前</p><p>采购人：某某大学</p> | 2024-06-18T17:00
      询价单位 names the buyer | buyer | <h1>某某大学钢琴采购询价公告</h1><p>询价单位：某某大学后勤管理处</p><p>预算金额：9万元</p> | 某某大学后勤管理处
      比选人 names the buyer | buyer | <h1>某某大学钢琴采购比选公告</h1><p>比选人：某某大学</p><p>比选编号：2024-HW-035</p> | 某某大学
      a Word buyer ended by a spacerun before 联系人 | buyer | <p class=MsoNormal><span>采购单位：某某大学</span><span style="mso-spacerun:yes">&nbsp;&nbsp;&nbsp; </span><span>联系人：王老师</span><o:p></o:p></p><p class=MsoNormal><span>预算金额：</span><span lang=EN-US>9</span><span>万元</span><o:p></o:p></p> | 某某大学
      a Word award in 万 + 元 runs | awardCny | <p class=MsoNormal><span>成交供应商：某某乐器有限公司</span><o:p></o:p></p><p class=MsoNormal><span>成交金额：</span><span lang=EN-US>9.65</span><span>万</span><span>元</span><o:p></o:p></p> | 96500
      成交金额（元）： with the unit in the label | awardCny | <h1>某某大学钢琴采购询价结果公示</h1><p>成交供应商：某某乐器有限公司</p><p>成交金额（元）：96500</p> | 96500
      a Word cell of label and value paragraphs | buyer | <table class=MsoNormalTable><tr><td><p class=MsoNormal><span>采购人：</span></p><p class=MsoNormal><span>某某县第三中学</span></p></td><td><p class=MsoNormal><span>项目编号：</span></p><p class=MsoNormal><span lang=EN-US>SZ2024-012</span></p></td></tr></table> | 某某县第三中学
      # guards: a 使用单位 alone, a 发布者 naming the office, a Word title's 竞价 kind, a 附件 line after the result
      the office in the header line is no agency | agency | <h1>某某大学钢琴采购询价公告</h1><p>发布者：采购与招标管理中心 发布时间：2024-06-12 浏览次数：41</p><p>采购人：某某大学</p><p>预算金额：9万元</p> | none
      a 附件 line after a result sentence | suppliers | <h1>某某大学钢琴采购询价结果公示</h1><p>经询价小组评审，确定某某乐器有限公司为成交单位，成交金额为人民币96500元。</p><p>附件：询价结果表.pdf</p> | 某某乐器有限公司//96500
      a Word 竞价公告 title in runs is a tender | type | <p class=MsoNormal align=center><b><span>某某大学</span></b><b><span>钢琴网上</span></b><b><span>竞价公告</span></b><o:p></o:p></p><p class=MsoNormal><span>竞价截止时间：</span><span lang=EN-US>2024</span><span>年</span><span lang=EN-US>6</span><span>月</span><span lang=EN-US>18</span><span>日</span><span lang=EN-US>17:00</span><o:p></o:p></p> | TENDER
      a Word 竞价截止 in runs | bidDeadline | <p class=MsoNormal align=center><b><span>某某大学</span></b><b><span>钢琴网上</span></b><b><span>竞价公告</span></b><o:p></o:p></p><p class=MsoNormal><span>竞价截止时间：</span><span lang=EN-US>2024</span><span>年</span><span lang=EN-US>6</span><span>月</span><span lang=EN-US>18</span><span>日</span><span lang=EN-US>17:00</span><o:p></o:p></p> | 2024-06-18T17:00
      """)
  void fieldOfACampusOrWordNotice(String layout, String field, String html, String expected) {
    Notice n = page(html);
    String actual = field.equals("title") ? n.title() : PortalQuirksTest.FIELDS.get(field).apply(n);
    assertEquals(expected, actual, layout);
  }
}
