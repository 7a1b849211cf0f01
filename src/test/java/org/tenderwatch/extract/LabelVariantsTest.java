package org.tenderwatch.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.tenderwatch.extract.Layouts.page;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Labels and columns written another way than the pages the rules were first learnt on, round 11m: found by
 * {@link SynonymInvarianceTest} (a synonym of a known label, in a table kept one cell a line) and by the round's new
 * real pages (a look-alike 釆 for 采, 所属地区, a total with 合计, a contact table's label set in two spans, a winners
 * header ending in 质量标准 and 工期/交货期, 新疆's 招标项目所在地区, a hidden span, a contact label over the signature
 * date). Each row is a made-up page of the real shape; each failed before its rule, except the blank 地址 cell, a
 * guard for the spaced contact labels now paired (it read the agency's cell as "地"). Round 11n (hospital tenders of
 * 2015): 开标评标时间 and 招标开始时间 as the opening, one sentence's time for both deadline and opening, a 合计 cell
 * spanning a budget column, a 品目 column of row numbers, a spaced 传 真 run on after a name, the buyer's side of a
 * two-party contact table; a buyer that says it published the purchase, an Epoint 更新时间, a prequalification's
 * application deadline, a works investment with a note in brackets; each failed before.
 * Round 11o (made-up variants of real phrasings, written before the rules): the parties named in a sentence (委托
 * with a comma, 受X委托 first, 采购人为X), a figure straight after 预算/最高限价, 财政预算, 投标限价/采购限价,
 * 单位地址, 延期/暂停 titles (暂停 a correction since 11p), more 品目 labels and 项目地区, a thousands comma in a prose award, a 中标价 cell
 * stating a unit price then the total, an amount label with a note (含税, 报价承诺) in a table row, a number framed
 * in 【】, a buyer "拟对…进行询价采购", a name's 以下简称 or 代章 note, an hour with no minutes, a procedure note
 * after a number, "第1包：X，中标金额：Y" (the run-on cut split it), the total budget before its lots' (they were
 * summed with it), a correction's or termination's cues under a title naming only the purchase, an acceptance's
 * 验收结果, a kind in brackets after the title ("（更正）"); each failed before, except the
 * 预算以内, equal-lots and 予以废标 guards and the two 响应文件 deadlines
 * (already read; kept so a change of the deadline labels cannot lose them). A row may give its own {@code <h1>}.
 * Round 11r: 湖北's numbered 项目编号 heading with no colon over its value, and a label/value list (one cell a line or
 * tab-set) whose lot name ends in 标段 above the next label; each failed before (the buyer's address row is a guard).
 */
class LabelVariantsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
      项目预算 heads a lots column       | budgetCny   | <p>包号</p><p>项目预算(万元)</p><p>控制价(万元)</p><p>A</p><p>9.000000</p><p>8.000000</p><p>采购需求：</p><p>见附件</p> | 90000
      控制价 heads a lots column         | maxPriceCny | <p>包号</p><p>项目预算(万元)</p><p>控制价(万元)</p><p>A</p><p>9.000000</p><p>8.000000</p><p>采购需求：</p><p>见附件</p> | 80000
      中标单位名称 alone over its value   | suppliers   | <p>采购人名称</p><p>某某体育职业学院</p><p>中标单位名称</p><p>某某建筑工程有限公司</p><p>合同金额</p><p>28.38万元 人民币</p> | 某某建筑工程有限公司//283800
      a contract with that label is an award | type     | <p>采购人名称</p><p>某某体育职业学院</p><p>中标单位名称</p><p>某某建筑工程有限公司</p><p>合同金额</p><p>28.38万元 人民币</p> | AWARD
      招标项目 does not say 标项          | suppliers   | <p>二、招标项目编号：</p><p>SDGP370211000202602000063</p><p>七、中标情况：</p><p>序号</p><p>中标单位名称</p><p>中标供应商地址</p><p>成交价格(元)</p><p>1</p><p>某某电子有限公司</p><p>某市某路53号</p><p>736320.0</p><p>八、评标委员会成员名单：</p> | 某某电子有限公司//736320
      a look-alike 釆 heads the buyer    | buyer       | <p>七、对本次采购提出询问，请按以下方式联系。</p><p>1.釆购人信息</p><p>名 称：某市某区住房和城乡建设局</p><p>地 址：某市某区某路1号</p><p>2.采购代理机构信息</p><p>名 称：某某项目管理有限公司</p> | 某市某区住房和城乡建设局
      所属地区 in a basic-data table    | region      | <table><tr><td>所属行业：</td><td>建筑业</td><td>所属地区：</td><td>某某自治县</td></tr></table> | 某某自治县
      所属行政区域                      | region      | <p>项目编号：0000111</p><p><b>所属行政区域：</b><font>北京市</font></p> | 北京市
      a total with 合计                 | awardCny    | <p>五、中标信息</p><p>中标供应商名称：某某科技有限公司</p><p>总中标金额合计：1086万元（人民币）</p> | 10860000
      a contact table's 地址 set in two spans | buyerAddress | <table><tr><td>招标人：</td><td>某某自治县第二中学</td><td>招标代理机构：</td><td>某某招标有限公司</td></tr><tr><td>联系人 :</td><td>朱某</td><td>联系人 :</td><td>张某</td></tr><tr><td><span>地址</span> <span>:</span></td><td>某某自治县</td><td><span>地址</span> <span>:</span></td><td>某市某路 486号</td></tr></table> | 某某自治县
      质量标准 and 交货期 end a header   | suppliers   | <p>排名</p><p>统一社会信用代码</p><p>中标单位名称</p><p>中标价格</p><p>大写中标价格</p><p>质量标准</p><p>工期 /交货期</p><p>1</p><p>9113082810924237XA</p><p>某某建筑安装有限公司</p><p>33459334.7元人民币</p><p>叁仟叁佰肆拾伍万玖仟叁佰叁拾肆元柒角</p><p>合格</p><p>405日历天</p><p>联系方式</p> | 某某建筑安装有限公司//33459334.7
      招标项目所在地区 (新疆 works)     | region      | <p>二、项目概况和招标范围</p><p>1．招标项目所在地区：某某自治区·某某自治州·某某县</p><p>2．项目规模：某某项目</p> | 某某自治区·某某自治州·某某县
      a blank buyer 地址 cell beside the agency's | buyerAddress | <table><tr><td>招 标 人：某某县住房和城乡建设局</td><td>招标代理机构：某某项目管理咨询有限公司</td></tr><tr><td> 地 址：</td><td> 地 址：某某市某某海岸3号楼16楼</td></tr><tr><td> 联 系 人：王某</td><td> 联 系 人：普某</td></tr></table> | none
      a hidden span's time is no date   | publishedAt | <span style="display:none" id="youxiaodate">2021/07/14 10:30:00</span><p>五、投标文件的递交</p><p>1．递交截止时间： 2021年07月14日10:30</p><p>九、联系方式</p><p>电子邮件：</p><p>2021年06月23日</p><p>招标人或其招标代理机构： （签章）</p> | 2021-06-23T00:00
      开标评标时间, its date split over spans (11n) | bidOpening | <p>九、开标评标时间：<span><span>2015</span>年9月<span>15</span>日<span>10</span>时30分</span></p> | 2015-09-15T10:30
      招标开始时间 in a hospital tender (11n) | bidOpening | <p>9、招标开始时间：2015年9月15日9时30分整，地点：某市公共资源交易中心开标室</p> | 2015-09-15T09:30
      one sentence's time for deadline and opening (11n) | bidDeadline | <p>5.投标截止时间和开标时间为2015年9月1日9:30时（北京时间）。</p> | 2015-09-01T09:30
      a 合计 cell spanning the budget column's rows (11n) | budgetCny | <table><tr><td>品目</td><td>项目名称</td><td>数量</td><td>采购预算</td><td>合计</td></tr><tr><td>1</td><td>彩色超声诊断仪</td><td>1套</td><td>人民币300万元</td><td rowspan="2">人民币330万元</td></tr><tr><td>2</td><td>电休克治疗仪</td><td>1套</td><td>人民币30万元</td></tr></table> | 3300000
      a 品目 column of row numbers (11n) | category | <table><tr><td>品目</td><td>项目名称</td><td>数量</td><td>采购预算</td></tr><tr><td>1</td><td>彩色超声诊断仪</td><td>1套</td><td>人民币300万元</td></tr></table> | none
      a spaced 传 真 run on after the agency (11n) | agency | <p>招标代理机构：<u>某某国际招标集团有限公司</u>传 真：<u>0431-81805658</u></p> | 某某国际招标集团有限公司
      the buyer's side of a two-party contact table (11n) | buyerAddress | <table><tr><td>购买招标文件联系人：</td><td>彭先生</td><td>采购人联系人：</td><td>某医院设备科</td></tr><tr><td>电话：</td><td>020-62313760</td><td>电话：</td><td>/</td></tr><tr><td>联系地址：</td><td>某市体育西路109号</td><td>联系地址：</td><td>某市东风东路627号</td></tr></table> | 某市东风东路627号
      a buyer that says it published the purchase (11n, 阳光易购) | buyer | <p>项目编号：&nbsp;YGYG-201109280003北京某某科技有限公司于2011年09月20日 在阳光易购电子采购平台发布的采购某笔记本电脑采购项目，经过询价采购程序，最终确认采购结果如下：</p> | 北京某某科技有限公司
      an Epoint 更新时间 line (11n, 常德) | publishedAt | <span id="InfoDetail_lblDate">（更新时间：2018-02-12&nbsp;&nbsp;阅读次数：646）</span><p>一、招标条件</p> | 2018-02-12T00:00
      a prequalification's application deadline (11n, 常德) | bidDeadline | <p>9.1、提交资格预审申请文件截止时间：<b><u><span>2018</span></u></b><b><u><span>年</span></u></b><b><u><span>3</span></u></b>月14日14时30分</p> | 2018-03-14T14:30
      a works investment with a note before its figure (11n, 常德) | budgetCny | <p>一、招标条件</p><p>现对该项目的施工进行公开招标。</p><p>（1）项目内容：本项目静态总投资<span>(</span>不含建设期利息<span>)</span>约为<span>164131.59</span>万元。</p> | 1641315900
      the buyer entrusting, a comma before 对 (11o) | agency | <p>某某县人民医院委托某某工程咨询有限公司，对某某设备采购项目进行竞争性谈判，欢迎合格的供应商参加。</p> | 某某工程咨询有限公司
      the buyer entrusting, a comma before 就 (11o) | buyer | <p>某某县人民医院委托某某工程咨询有限公司，就某某设备采购项目进行竞争性谈判，欢迎合格的供应商参加。</p> | 某某县人民医院
      受X委托 first, then the agency (11o) | agency | <p>受某某县人民医院委托，某某招标有限公司对某某设备采购项目进行公开招标，欢迎合格的供应商参加。</p> | 某某招标有限公司
      受X的委托 first, the buyer (11o) | buyer | <p>受某某县人民医院的委托，某某招标有限公司就某某设备采购项目进行公开招标，欢迎合格的供应商参加。</p> | 某某县人民医院
      采购人为X in a sentence (11o) | buyer | <p>本项目采购人为某某市第一中学，采购代理机构为某某项目管理有限公司，现进行公开招标。</p> | 某某市第一中学
      采购代理机构为Y in a sentence (11o) | agency | <p>本项目采购人为某某市第一中学，采购代理机构为某某项目管理有限公司，现进行公开招标。</p> | 某某项目管理有限公司
      招标人为X in a sentence (11o) | buyer | <p>本招标项目某某河道整治工程已由某某市发展和改革局批准建设，招标人为某某县水利局，项目已具备招标条件。</p> | 某某县水利局
      a figure straight after 采购预算 (11o) | budgetCny | <p>一、项目基本情况</p><p>本项目采购预算人民币120万元，超过预算的报价无效。</p> | 1200000
      预算 followed by 以内 is no budget (11o) | budgetCny | <p>一、项目基本情况</p><p>报价须在预算以内，超过的报价无效。</p><p>供应商须具备200万元以上的注册资本。</p> | none
      财政预算 as a label (11o) | budgetCny | <p>项目编号：ABC-2024-001</p><p>财政预算：85万元</p> | 850000
      投标限价 as a label (11o) | maxPriceCny | <p>项目编号：ABC-2024-001</p><p>投标限价：85万元</p> | 850000
      采购限价 as a label (11o) | maxPriceCny | <p>项目编号：ABC-2024-001</p><p>采购限价：85.5万元</p> | 855000
      a figure straight after 最高限价 (11o) | maxPriceCny | <p>一、项目基本情况</p><p>本项目最高限价96万元，报价超过最高限价的为无效报价。</p> | 960000
      磋商响应文件提交截止时间 (11o) | bidDeadline | <p>四、响应文件提交</p><p>磋商响应文件提交截止时间：2024年5月10日9时30分</p> | 2024-05-10T09:30
      提交响应文件截止时间 (11o) | bidDeadline | <p>四、响应文件提交</p><p>提交响应文件截止时间：2024年5月10日9时30分</p> | 2024-05-10T09:30
      单位地址 in the buyer's block (11o) | buyerAddress | <p>1.采购人信息</p><p>名 称：某某市第一中学</p><p>单位地址：某某市某某路8号</p><p>2.采购代理机构信息</p> | 某某市某某路8号
      a postponement is a correction (11o) | type | <h1>某某设备采购项目延期公告</h1><p>原定于2024年5月10日开标的某某设备采购项目开标时间延期至另行通知。</p> | CORRECTION
      a suspension changes the tender: ccgp files 32 of its 36 暂停 titles of June 2022 as 更正 (11p; 11o read termination) | type | <h1>某某设备采购项目暂停公告</h1><p>因故暂停本项目的采购活动，恢复时间另行通知。</p> | CORRECTION
      采购品目名称 (11o) | category | <p>项目编号：ABC-2024-001</p><p>采购品目名称：台式计算机</p> | 台式计算机
      品目分类 (11o) | category | <p>项目编号：ABC-2024-001</p><p>品目分类：货物/通用设备/计算机设备</p> | 货物/通用设备/计算机设备
      政府采购品目 (11o) | category | <p>项目编号：ABC-2024-001</p><p>政府采购品目：复印纸</p> | 复印纸
      项目地区 (11o) | region | <p>项目编号：ABC-2024-001</p><p>项目地区：某某省某某市</p> | 某某省某某市
      a thousands comma in a prose award (11o) | suppliers | <h1>某设备采购项目中标公告</h1><p>经评审，确定某某科技有限公司为中标人，中标价为1,200,000.00元。</p> | 某某科技有限公司//1200000
      capitals then the figure in a prose award (11o) | awardCny | <h1>某设备采购项目中标公告</h1><p>经评标委员会评审，确定某某科技有限公司为中标人，中标金额：人民币壹佰贰拾万元整（¥1,200,000.00）。</p> | 1200000
      a 中标价 cell with a unit price, then the total (11o, 宜昌) | suppliers | <h1>某钢管采购项目中标公告</h1><table><tr><td>中标人</td><td>某某钢管有限公司</td></tr><tr><td>中标价(报价承诺)</td><td>含税单价为6400 元/吨，总价为3905110 元（大写：叁佰玖拾万伍仟壹佰壹拾元整）</td></tr></table> | 某某钢管有限公司//3905110
      a project number framed in 【】 (11o) | projectNo | <p>项目编号：【ABC-2024-001】</p><p>项目名称：某设备采购</p> | ABC-2024-001
      a 中标价（含税） row of a label/value table (11o) | suppliers | <h1>某设备采购项目中标公告</h1><table><tr><td>中标供应商</td><td>某某科技有限公司</td></tr><tr><td>中标价（含税）</td><td>壹拾贰万元整（¥120,000.00）</td></tr></table> | 某某科技有限公司//120000
      a buyer about to purchase, the first sentence's subject (11o) | buyer | <p>某某大学拟对以下设备进行询价采购，欢迎符合条件的供应商参加。</p><p>一、采购内容</p> | 某某大学
      a buyer's name the notice abbreviates (11o) | buyer | <p>采购人：某某大学（以下简称“采购人”）</p><p>项目编号：ZB-2024-001</p> | 某某大学
      a seal note 代章 after the buyer (11o) | buyer | <p>招标人：某某县人民政府办公室（代章）</p><p>项目编号：ZB-2024-001</p> | 某某县人民政府办公室
      an agency's name the notice abbreviates (11o) | agency | <p>代理机构：某某招标有限公司（以下简称“代理机构”）</p> | 某某招标有限公司
      an hour with no minutes, 下午3点 (11o) | bidDeadline | <p>投标截止时间：2024年5月10日下午3点</p> | 2024-05-10T15:00
      a procedure note after the number (11o) | projectNo | <p>项目编号：ZB-2024-001（重新招标）</p> | ZB-2024-001
      a lot's winner and amount after a colon, read whole (11o) | suppliers | <h1>某项目中标公告</h1><p>第1包：甲有限公司，中标金额：12.5万元</p><p>第2包：废标</p><p>第3包：丙有限公司，中标金额：7.5万元</p> | 甲有限公司/第1包/125000; 丙有限公司/第3包/75000
      the total budget, then each lot's (11o) | budgetCny | <p>预算金额：300万元</p><p>包1：预算金额：100万元</p><p>包2：预算金额：200万元</p> | 3000000
      two equal lots' budgets are summed (11o guard) | budgetCny | <p>采购包1：</p><p>预算金额：300000元</p><p>采购包2：</p><p>预算金额：300000元</p> | 600000
      a correction under a title naming only the purchase (11o) | type | <h1>某某大学设备采购项目公告</h1><p>一、项目基本情况</p><p>原公告的采购项目编号：ZB-2024-001</p><p>首次公告日期：2024年5月1日</p><p>二、更正信息</p><p>更正事项：采购公告</p><p>更正日期：2024年5月8日</p> | CORRECTION
      a termination's reasons under such a title (11o) | type | <h1>某某大学设备采购项目公告</h1><p>一、项目基本情况</p><p>采购项目编号：ZB-2024-001</p><p>二、项目终止的原因</p><p>有效供应商不足三家。</p> | TERMINATION
      an acceptance's result is no award (11o) | type | <h1>某某大学设备采购项目验收结果公告</h1><p>验收结论：合格</p> | OTHER
      a result corrected, its kind in brackets (11o) | type | <h1>某某大学设备采购项目中标结果公告（更正）</h1><p>更正事项：中标金额</p> | CORRECTION
      a tender's rejection clause is no termination (11o guard) | type | <h1>某某大学设备采购项目公告</h1><p>一、项目基本情况</p><p>投标截止时间：2024年5月10日9:30</p><p>出现下列情形之一的，予以废标：</p> | TENDER
      a numbered heading alone is the label over its value (11r) | projectNo | <p>一、项目编号</p><p><span>ABC-16120000-260001</span></p><p>二、采购计划备案号</p><p><span>420000-2026-00001</span></p><p>三、项目名称</p><p><span>某大学某馆改造工程项目</span></p> | ABC-16120000-260001
      a page of such headings keeps its buyer's address (11r guard) | buyerAddress | <p>一、项目编号</p><p>ABC-16120000-260001</p><p>十、凡对本次公告内容提出询问，请按以下方式联系</p><p>1、采购人信息</p><p>名 称：</p><p>某大学</p><p>地 址：</p><p>某市某区某大道1号</p> | 某市某区某大道1号
      a lot's name ending in 标段 over the next label (11r) | region | <p>项目及标段名称</p><p>某某安置房（二期） 项目施工/标段</p><p>项目所在地</p><p>某某区</p><p>开标时间</p><p>2021/4/22 10:00:00</p><p>招标人</p><p>某某发展有限公司</p> | 某某区
      the same pairs set apart by tabs (11r) | region | <p>项目及标段名称&#9;某某安置房（二期） 项目施工/标段</p><p>项目所在地&#9;某某区&#9;开标时间&#9;2021/4/22 10:00:00</p><p>招标人&#9;某某发展有限公司&#9;招标代理&#9;某某管理有限责任公司</p> | 某某区
      """)
  void fieldOfAVariant(String layout, String field, String html, String expected) {
    Notice n = page(html.startsWith("<h1>") ? html : "<h1>某项目公告</h1>" + html);
    String actual = switch (field) {
      case "suppliers" -> Layouts.suppliers(n);
      case "type" -> n.type().name();
      case "awardCny" -> n.award() == null ? null : Layouts.yuan(n.award());
      default -> PortalQuirksTest.FIELDS.get(field).apply(n);
    };
    assertEquals(expected, actual, layout);
  }
}
