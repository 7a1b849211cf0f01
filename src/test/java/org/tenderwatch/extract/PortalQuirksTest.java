package org.tenderwatch.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.tenderwatch.extract.Layouts.page;

import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Quirks of real pages met in round 11j, each in a made-up page of the same shape: a space entity shown as text
 * (double-escaped content, crawler-kept text), a template's role note after a name, labels of 湖南's plan batch
 * number, Epoint's 招标代码, 新疆's 项目所在行政区划名称, a number after the name with a re-run mark, a works estimate
 * (概算) in a sentence, 广西's lettered lots (A分标). Parties and titles: a 招标人信息 block with spaced labels (日照),
 * 重庆's 项目号, 浙江's 发包人, a title bar over a split Word heading (长兴), a lone code opening the body (龙游). Money and
 * dates kept one span per line (a unit alone under its figure, a deadline cut out of the opening sentence), a price per
 * contract term, a lot's name before its amount, 投标最高限价, a compact day before its time, 磋商开始时间, a 抽签法
 * 发包's lottery time, 预算造价 in a sentence. Bid dates under a numbered heading ending in a colon, a bare sub-label
 * (截止时间, 时间) over its value (济南 磋商), a date typed in Word runs ("20 21年", "0 9 时 : 30 分"), a 最高限价 column of
 * lots with no total, a works tender's 投资 as its budget (and not a 监理 tender's). Round 11m (LayoutInvarianceTest):
 * labels the extractor does not read inside label/value tables, definition lists, a bare 地址 in a party's block.
 */
class PortalQuirksTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
      a shown &nbsp; after a value      | buyer     | <p>采购单位名称:某县某乡&amp;nbsp;</p><p>采购单位地址:某县某乡集镇&amp;nbsp;</p> | 某县某乡
      a shown &nbsp; after a number     | projectNo | <p>项目编号:1878427000019949100&amp;nbsp;</p>                              | 1878427000019949100
      a role note after the buyer       | buyer     | <p>某某招标有限公司受某市环境卫生管理处（采购人）的委托，就某项目进行竞争性磋商。</p> | 某市环境卫生管理处
      a role note after a labelled name | buyer     | <p>采购人：某市环境卫生管理处（采购人）</p>                                   | 某市环境卫生管理处
      采购计划批号                      | projectNo | <p>采购计划批号：<span>某财采计[201</span><span>7</span><span>]1249</span></p> | 某财采计[2017]1249
      招标代码 over a lot's 标段编号     | projectNo | <p>招标代码：04112018050062</p><table><tr><td>标段编号</td><td>G2102012018</td></tr></table> | 04112018050062
      项目所在行政区划名称              | region    | <p>项目所在行政区划名称:某某自治区某市某区</p>                                | 某某自治区某市某区
      a number with a re-run mark       | projectNo | <p>一、采购项目名称及编号：某设备采购（GXZC2018-J1-21797-KLZB（重））</p>          | GXZC2018-J1-21797-KLZB（重）
      概算 in the 项目概况 sentence      | budgetCny | <p>5、项目概况：本次招标为某小学装饰装修工程，概算：20496957.03元。</p>           | 20496957.03
      a 招标人信息 block, spaced labels  | buyer     | <p>八、联系方式</p><p>1.</p><p>招标人信息</p><p>名&nbsp;&nbsp;&nbsp;&nbsp;称：</p><p>某市体育运动学校</p><p>地&nbsp;&nbsp;&nbsp;&nbsp;址：</p><p>某市某南路59号</p><p>2.</p><p>招标代理机构信息</p><p>名 称：</p><p>某某管理咨询有限公司</p><p>地址：</p><p>某市某路1000号</p> | 某市体育运动学校
      its address                       | buyerAddress | <p>八、联系方式</p><p>1.</p><p>招标人信息</p><p>名&nbsp;&nbsp;&nbsp;&nbsp;称：</p><p>某市体育运动学校</p><p>地&nbsp;&nbsp;&nbsp;&nbsp;址：</p><p>某市某南路59号</p><p>2.</p><p>招标代理机构信息</p><p>名 称：</p><p>某某管理咨询有限公司</p><p>地址：</p><p>某市某路1000号</p> | 某市某南路59号
      重庆's 项目号 over its value       | projectNo | <p>一、项目基本情况</p><p>项目号：</p><p>ABC26C00197</p><p>采购执行编号：</p><p>ZC-CS-26000217S</p> | ABC26C00197
      发包人 in Word runs               | buyer     | <p>九、联系方式</p><p>9.1<span>发包人</span><span>：</span> <span>某县某镇人民政府</span></p><p>联系人：徐工</p> | 某县某镇人民政府
      a lone code opening the body      | projectNo | <p><b>ABCD2021-069-048</b></p><p>1. 招标条件</p><p>某某防洪治理工程已由某某批准建设，项目法人为某某开发有限公司。</p> | ABCD2021-069-048
      a lone figure is no number        | projectNo | <p><b>2021</b></p><p>1. 招标条件</p><p>某某防洪治理工程已由某某批准建设。</p> | none
      a lone code dated yymmdd, serial  | projectNo | <p class="MsoNormal" style="text-indent:174pt"><span>ABJS210315-027 </span></p><p class="MsoNormal"><span>某某道路工程已由某发改投[2021]12号文批准实施。某某管理局（下称招标人）负责本项目的招标。</span></p> | ABJS210315-027
      a lone date-shaped code with no serial is none | projectNo | <p><span>ABJS210315 </span></p><p><span>某某道路工程已由某某批准实施，现决定进行公开招标。</span></p> | none
      a lone code whose six digits are no date | projectNo | <p><span>ABJS219915-027 </span></p><p><span>某某道路工程已由某某批准实施，现决定进行公开招标。</span></p> | none
      a unit alone on the next line     | budgetCny | <p>预算金额：</p><p>60</p><p>万元</p><p>。</p><p>最高限价：</p><p>60</p><p>万元</p>   | 600000
      a max price's unit on its own line | maxPriceCny | <p>预算金额：</p><p>60</p><p>万元</p><p>。</p><p>最高限价：</p><p>60</p><p>万元</p> | 600000
      a max price per contract term     | maxPriceCny | <p>（一）预算金额:1800万元/三年，最高限价: 1800万元/三年。</p>                | 18000000
      a lot's name before its max price | maxPriceCny | <p>最高限价（元）：</p><p>包1-1800000.00元</p><p>采购需求：</p>              | 1800000
      a deadline in the opening sentence | publishedAt | <p>的潜在投标人应在某平台获取招标文件，并于</p><p>2026年04月07日 10时00分</p><p>（北京时间）前递交投标文件。</p><p>一、项目基本情况</p><p>某某项目管理有限公司</p><p>2026年03月16日</p> | 2026-03-16T00:00
      投标最高限价（元） over its value   | maxPriceCny | <p>开标时间</p><p>20260313 - 09:30:00</p><p>投标最高限价（元）</p><p>145354381.96</p><p>中标候选人及排序</p> | 145354381.96
      a compact day before its time     | bidOpening | <p>开标时间</p><p>20260313 - 09:30:00</p><p>投标最高限价（元）</p><p>145354381.96</p><p>中标候选人及排序</p> | 2026-03-13T09:30
      磋商开始时间 opens a 磋商          | bidOpening | <p>磋商响应文件递交截止时间： 2026年3月27日 10:00</p><p>五、评审信息</p><p>磋商开始时间： 2026年3月27日 10:00</p> | 2026-03-27T10:00
      a lottery's time in Word runs     | bidOpening | <p><span>4.2抽</span><span>签时间</span><span>：</span><span>2021年</span><span>5</span><span>月</span><span>18</span><span>日</span><span>15</span><span>时</span><span>00</span><span>分</span></p><p>4.3抽签地点：某县公共资源交易中心4楼</p> | 2021-05-18T15:00
      预算造价 in a sentence             | budgetCny | <p>2.2 本工程新建排水涵管8处等，财政审定预算造价为9561327元(其中暂列金450000元)。</p> | 9561327
      a 磋商 heading's bare 截止时间      | bidDeadline | <p>四、响应文件提交：</p><p>截止时间：</p><p>2026-03-27 09:00:00（北京时间）</p><p>地点：通过某工具上传响应文件。</p><p>五、开启：</p><p>时间：</p><p>2026-03-27 09:30:00</p><p>地点：</p><p>某市公共资源交易中心</p> | 2026-03-27T09:00
      a 磋商 heading's bare 时间          | bidOpening | <p>四、响应文件提交：</p><p>截止时间：</p><p>2026-03-27 09:00:00（北京时间）</p><p>地点：通过某工具上传响应文件。</p><p>五、开启：</p><p>时间：</p><p>2026-03-27 09:30:00</p><p>地点：</p><p>某市公共资源交易中心</p> | 2026-03-27T09:30
      a bare 开始时间 under the heading  | bidDeadline | <p>四、响应文件提交：</p><p>开始时间：</p><p>2026-03-20 09:00:00</p><p>截止时间：</p><p>2026-03-27 09:00:00</p><p>五、开启：</p> | 2026-03-27T09:00
      a signature year split in runs    | publishedAt | <table><tr><td><p>8. 联系方式</p><p>招标人： 某县城市建设投资有限公司 招标代理机构： 某某建设管理有限公司</p><p>传真： 0577-59909057</p><p align="right"><span>某县城市建设投资有限公司</span></p><p align="right"><span>某某建设管理有限公司</span></p><p><span>20</span> <span><font>21年</font></span><span>&nbsp;<font>5&nbsp;</font></span><span><font>月</font></span><span>&nbsp;<font>12&nbsp;</font></span><span><font>日</font></span></p></td></tr></table><table><tr><td>附件：</td></tr><tr><td>1、 招标文件.pdf</td></tr></table> | 2021-05-12T00:00
      an hour split in runs, 时 then ':' | bidDeadline | <p>5.1 投标文件递交的截止时间（投标截止时间，下同）<span>为</span><span>2021年</span><span>&nbsp;<font>6&nbsp;</font></span><span>月</span><span>&nbsp;<font>9&nbsp;</font></span><span>日</span><span>&nbsp;</span><span>0</span> <span>9</span> <span>时</span> <span>:</span> <span>30</span> <span>分</span>，地点为某市公共资源交易网。</p> | 2021-06-09T09:30
      a labelled deadline in Word runs  | bidDeadline | <p>投标截止时间：<span>2021年</span> <span>6</span> <span>月</span> <span>9</span> <span>日</span> <span>0</span> <span>9</span> <span>时</span> <span>:</span> <span>30</span> <span>分</span></p> | 2021-06-09T09:30
      a works' investment, no budget    | budgetCny | <p>1. 招标条件 本招标项目某派出所装修工程已由某县发展和改革局批准建设，项目已具备招标条件，现对该项目的施工进行公开招标。</p><p>2. 项目概况与招标范围 本工程投资约<u>620</u>万元，本工程计划工期为100日历天。</p> | 6200000
      a 监理's project investment        | budgetCny | <p>1. 招标条件 本招标项目某派出所装修工程已由某县发展和改革局批准建设，现对该项目的监理进行公开招标。</p><p>2. 项目概况与招标范围 本工程投资约620万元，监理服务期为100日历天。</p> | none
      a 最高限价 column of an item header kept one cell a line | maxPriceCny | <p>采购包预算金额：2,550,000.00元</p><p>品目号</p><p>品目名称</p><p>技术规格、参数及要求</p><p>品目预算(元)</p><p>最高限价(元)</p><p>1-1</p><p>其他商务服务</p><p>详见采购文件</p><p>2,550,000.00</p><p>-</p><p>合同履行期限：2026年6月30日前。</p> | none
      the same header set apart by tabs | maxPriceCny | <p>品目号		品目名称		技术规格、参数及要求		品目预算(元)		最高限价(元)</p><p>1-1		其他商务服务		详见采购文件		2,550,000.00		-</p><p>合同履行期限：2026年6月30日前。</p> | none
      a label/value row over an unread label's | buyerAddress | <table><tr><td>采购人名称</td><td>某县医院</td></tr><tr><td>采购人地址</td><td>某省某市某县建设街</td></tr><tr><td>采购人联系方式</td><td>陈某 18600000000</td></tr></table> | 某省某市某县建设街
      unread labels inside a label/value table | awardCny | <table><tr><td>供应商名称</td><td>1包-某某科技有限公司</td></tr><tr><td>供应商地址</td><td>某市某区某路68号10层</td></tr><tr><td>中标（成交）金额</td><td>123.6000000（万元）</td></tr><tr><td>供应商名称</td><td>2包-某某农业科技有限公司</td></tr><tr><td>供应商地址</td><td>某市某区某街118号</td></tr><tr><td>中标（成交）金额</td><td>118.8000000（万元）</td></tr></table> | 2424000
      a definition list's 地址 after its 采购人 | buyerAddress | <dl><dt>采购人名称</dt><dd>某县人民医院</dd><dt>地址</dt><dd>某县城某村某路</dd></dl> | 某县城某村某路
      a definition list, a div a pair   | buyerAddress | <dl><div><dt>采购人名称</dt><dd>某县人民医院</dd></div><div><dt>地址</dt><dd>某县城某村某路</dd></div></dl> | 某县城某村某路
      a bare 地址 over its value after its 采购人 | buyerAddress | <p>采购人名称</p><p>某县人民医院</p><p>地址</p><p>某县城某村某路</p><p>联系人：</p> | 某县城某村某路
      a long unread label in a four-column row | region | <table><tr><td>项目所在行政区划编码</td><td>650107</td><td>项目所在行政区划名称</td><td>某某自治区某市某区</td></tr></table> | 某某自治区某市某区
      a long unread label beside the winner | suppliers | <table><tr><td>中标供应商名称</td><td>某某安全印务公司</td><td>中标供应商联系地址</td><td>某市某区某路24号</td></tr><tr><td>中标金额</td><td colspan="3">人民币 513万元</td></tr></table><p>（4）中标标的基本概况：</p><table><tr><td>主要中标的名称、数量</td><td>总价（元）</td></tr></table> | 某某安全印务公司//5130000
      an item table's 品目名称 kept one cell a line | category | <p>采购包预算金额：800,000.00元</p><p>品目号</p><p>品目名称</p><p>采购标的</p><p>数量（单位）</p><p>技术规格、参数及要求</p><p>品目预算(元)</p><p>1-1</p><p>其他印刷服务</p><p>某局宣传册印制</p><p>1(项)</p><p>详见采购文件</p><p>800,000.00</p><p>合同履行期限：2026年6月30日前。</p> | 其他印刷服务
      the same item table set apart by tabs | category | <p>采购包预算金额：800,000.00元</p><p>品目号		品目名称		采购标的		数量（单位）		技术规格、参数及要求		品目预算(元)</p><p>1-1		其他印刷服务		某局宣传册印制		1(项)		详见采购文件		800,000.00</p><p>合同履行期限：2026年6月30日前。</p> | 其他印刷服务
      the same item table run on one line | category | <p>采购包预算金额：800,000.00元 品目号 品目名称 采购标的 数量（单位） 技术规格、参数及要求 品目预算(元) 1-1 其他印刷服务 某局宣传册印制 1(项) 详见采购文件 800,000.00 合同履行期限：2026年6月30日前。</p> | 其他印刷服务
      a run-on signature after the contacts, dash date | publishedAt | <p>四、采购单位、地址和联系方式 采购单位：某某职业技术学院 地 址：某市某路30号 项目联系人：刘老师 联系电话：0415-2590966 某某职业技术学院 2019-07-17</p> | 2019-07-17T00:00
      the same after an e-mail address  | publishedAt | <p>采购代理机构：某某工程咨询有限公司 地 址：某市某路86号 联系电话：0415-2590966 邮箱地址：abc@yeah.net 某某职业技术学院 2019-7-11</p> | 2019-07-11T00:00
      a day between title and body run on | publishedAt | <p>某某街道设备采购项目 2021-06-28 项目概况 某某街道设备采购项目招标项目的潜在投标人应在网上获取招标文件，并于 2021年07月19日 09:30（北京时间）前递交投标文件。 一、项目基本情况 项目编号：YJDL2021-114 项目名称：某某街道设备采购项目 预算金额（元）：6890000</p> | 2021-06-28T00:00
      a letter-spaced 日 期 run on        | publishedAt | <p>八、公示期：2026年3月17日至2026年3月19日 九、异议和投诉渠道 招标人：某某中学 地 址：某市某路1号 招标代理机构：某某招标管理咨询有限公司 联系电话：0370-5758228 发布人：某某招标管理咨询有限公司 日 期：2026年3月16日</p> | 2026-03-16T00:00
      a bid heading run into its sub-label | bidDeadline | <p>项目名称：某防洪治理工程 项目编号：LY2021-001 1. 招标条件 本招标项目某防洪治理工程已批准建设。 2. 项目概况 某工程。 3. 投标人资格要求 具备水利水电工程施工总承包资质。 4. 招标文件的获取 网上下载。 5. 投标保证金 5.6本项目投标保证金缴纳截止时间为：2021年6月8日15时00分00秒;请投标人在截止时间前完成缴纳。 6.投标文件的递交 6.1投标文件递交的截止时间(投标截止时间，下同)： 2021 年 6 月 9 日 9 时 30 分整;地点：某县公共资源交易中心2楼1号开标室。 6.2逾期送达的投标文件，招标人将予以拒收。 7.开标 某县公共资源交易中心。</p> | 2021-06-09T09:30
      a run-on copy's 获取文件 时间 is no stamp | publishedAt | <p>项目概况 某项目的潜在投标人应在某平台获取招标文件。 一、项目基本情况 项目编号：ABC2021-019 项目名称：某培训项目 三、获取招标文件 时间：2026-03-17至2026-03-23，每天上午00:00至12:00 地点：某平台 四、提交投标文件截止时间：2026年04月08日 09:30 开标时间：2026年04月08日 09:30 若有疑问，可点击右侧咨询获取帮助。 项目联系人：王某 电话：0335-2610777 本公告信息来源于采购办</p> | null
      a run-on copy's earlier notices' 发布日期 | publishedAt | <p>1、项目名称：某证书采购项目 2、项目编号：GC-FG151053 3、招标公告发布日期：2015年10月21日 4、变更公告发布日期：2015年10月30日 5、开标日期：2015年11月16日 6、中标详情 （1）中标供应商名称：某某印务公司 （2）中标金额：人民币 513万元</p> | null
      a run-on signature before its attachments | publishedAt | <p>七、对本次招标提出询问，请按以下方式联系。 1.采购人信息 名称： 某县教育和体育局 地址： 某县某路13号 联系方式： 18383648222 2.采购代理机构信息 名称： 某某项目管理有限公司 地址： 某市某路65号 联系方式： 028-61152662 3.项目联系方式 项目联系人： 薛某 电话： 028-61152662 某某项目管理有限公司 2026年03月16日 相关附件： 采购需求.docx</p> | 2026-03-16T00:00
      a 包号 table run on after a value  | budgetCny | <p>一、项目基本情况 项目编号 ：SDGP370000000202602000180 项目名称：某某联赛运营服务项目(2) 包号 预算金额(万元) 最高限价(万元) A 140.000000 140.000000 采购需求： 见附件 合同履行期限：一年</p> | 1400000
      its 最高限价 column               | maxPriceCny | <p>一、项目基本情况 项目编号 ：SDGP370000000202602000180 项目名称：某某联赛运营服务项目(2) 包号 预算金额(万元) 最高限价(万元) A 140.000000 130.000000 采购需求： 见附件 合同履行期限：一年</p> | 1300000
      a heading run on into its date    | bidDeadline | <p>一、项目基本情况 项目编号：ABC-2026-001 二、申请人的资格要求： 无 三、获取招标文件 时间：2026年03月17日至2026年03月23日 地点：某平台 方式：电子下载 售价：0元 四、提交投标文件截止时间、开标时间和地点 2026-04-08 09:00:00（北京时间） 地点：某市公共资源交易中心 五、公告期限 自本公告发布之日起5个工作日。</p> | 2026-04-08T09:00
      the same heading's opening        | bidOpening | <p>一、项目基本情况 项目编号：ABC-2026-001 二、申请人的资格要求： 无 三、获取招标文件 时间：2026年03月17日至2026年03月23日 地点：某平台 方式：电子下载 售价：0元 四、提交投标文件截止时间、开标时间和地点 2026-04-08 09:00:00（北京时间） 地点：某市公共资源交易中心 五、公告期限 自本公告发布之日起5个工作日。</p> | 2026-04-08T09:00
      a 磋商's 开启 run on into its date | bidOpening | <p>一、项目基本情况 项目编号：ABC-2026-001 二、申请人的资格要求： 无 三、获取采购文件 售价：0.0元 四、响应文件提交 2026年03月26日 09点30分 （北京时间） 地点：某市公共资源交易中心开标4室 五、开启 2026年03月26日 10点00分 （北京时间） 地点：某市公共资源交易中心开标4室 六、公告期限 自本公告发布之日起3个工作日。</p> | 2026-03-26T10:00
      a 合同包's 最高限价 over its value | maxPriceCny | <p>预算金额：1,200,000.00元</p><p>合同包1(某设备采购):</p><p>合同包预算金额：</p><p>1,200,000.00元</p><p>合同包最高限价：</p><p>1,198,050.00元</p><p>品目号</p> | 1198050
      a max price column of lots        | maxPriceCny | <p>包号</p><p>预算金额(万元)</p><p>最高限价(万元)</p><p>A</p><p>20.000000</p><p>20.000000</p><p>B</p><p>25.000000</p><p>24.000000</p><p>采购需求：</p><p>见附件</p> | 440000
      a party's heading and its 名称 on one line (11n, 河北 V2020) | buyer | <p>九、凡对本次公告内容提出询问，请按以下方式联系。<br>1.采购人信息 名称： <span>某县某局本级</span><br>地址 ： <span>某县某镇</span><br>2.采购代理机构信息<br>名称 ： <span>某县政府采购中心</span></p> | 某县某局本级
      """)
  void fieldOfAQuirk(String layout, String field, String html, String expected) {
    Notice n = page("<h1>某项目公告</h1>" + html);
    assertEquals(expected, FIELDS.get(field).apply(n), layout);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      广西 A/B 分标 blocks | <p>五、成交信息：</p><p><b>A</b><b>分标：</b></p><p>1.成交供应商名称：甲商贸有限公司</p><p>3.成交金额：人民币叁拾捌万玖仟陆佰元整（¥389600.00）</p><p><b>B</b><b>分标：</b></p><p>1.成交供应商名称：乙商贸有限公司</p><p>3.成交金额：人民币壹拾柒万肆仟壹佰柒拾捌元整（¥174178.00）</p> | 甲商贸有限公司/A分标/389600; 乙商贸有限公司/B分标/174178
      """)
  void letteredLots(String layout, String html, String expected) {
    assertEquals(expected, Layouts.suppliers(page("<h1>某设备采购成交公告</h1>" + html)), layout);
  }

  /** A max price per lot with no total is summed, and the notice's problems say so, as a budget sum does. */
  @org.junit.jupiter.api.Test
  void maxPriceColumnSumIsNoted() {
    Notice n = page("<h1>某项目公告</h1><p>包号</p><p>预算金额(万元)</p><p>最高限价(万元)</p><p>A</p><p>20.000000</p>"
        + "<p>20.000000</p><p>B</p><p>25.000000</p><p>24.000000</p><p>采购需求：</p><p>见附件</p>");
    org.junit.jupiter.api.Assertions.assertTrue(
        n.problems().contains("maxPrice: no total stated; the sum of 2 lots' max prices"), n.problems().toString());
  }

  /**
   * Two winners with amounts and no stated total (河北 V2020 award, 11n): the award is their sum, and the problems say
   * so; a stated total leaves nothing to note.
   */
  @org.junit.jupiter.api.Test
  void awardSumIsNoted() {
    String winners = "<table><tr><td>供应商名称</td><td>中标金额（元）</td></tr><tr><td>甲商贸有限公司</td><td>745680</td></tr>"
        + "<tr><td>乙设施有限公司</td><td>743808</td></tr></table>";
    Notice summed = page("<h1>某项目中标公告</h1>" + winners);
    assertEquals("1489488", Layouts.yuan(summed.award()));
    org.junit.jupiter.api.Assertions.assertTrue(
        summed.problems().contains("award: no total stated; the sum of 2 winners' amounts"), summed.problems().toString());
    Notice stated = page("<h1>某项目中标公告</h1><p>中标总金额：1489488元</p>" + winners);
    org.junit.jupiter.api.Assertions.assertTrue(
        stated.problems().stream().noneMatch(p -> p.startsWith("award:")), stated.problems().toString());
  }

  /** Pages with no title heading of their own: the title the extractor finds among the page's other elements. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      a title bar over a split heading | <table><tr><td id="tdTitle"><b>某县某镇某路道路工程施工[抽签法]</b></td></tr><tr><td>【信息时间：2021/5/11】</td></tr><tr><td id="TDContent"><h1>某县某镇某路道路工程</h1><h1>发包公告</h1><p>某县某镇某路道路工程经主管部门同意建设。</p></td></tr></table> | 某县某镇某路道路工程施工[抽签法]
      links alone are a breadcrumb (11m) | <div id="conTitle"><div class="navCurrent"><a href="/">首页</a> <a href="#">网站公告</a> <a href="#">某某电脑采购项目成交通告</a></div></div><div class="frameNews"><h1>某某电脑采购项目成交通告</h1><p>某某公司于2011年09月08日发布的采购项目，经过询价采购程序，现已成交。</p></div> | 某某电脑采购项目成交通告
      a lone code is no title          | <div class="detContent"><p><b>ABCD2021-069-048</b></p><p>1. 招标条件</p><p>某某防洪治理工程已由某某批准建设。</p></div> | 1. 招标条件
      """)
  void titleOfAQuirk(String layout, String html, String expected) {
    assertEquals(expected, page(html).title(), layout);
  }

  /** Winners and award of a text block kept one cell per line ("¶" ends a line), as ggzy.gov.cn's content frame. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      标段号 column, one cell per line  | 发布日期：2026年03月16日¶中标人信息¶标段号¶排序¶中标人名称¶联合体成员单位¶中标价(元)¶001¶第1名¶某某建设工程有限公司¶无¶9330166.85000000 | 某某建设工程有限公司/001/9330166.85 | 9330166.85
      合同公告's 合同金额               | 采购人名称¶某区体育中心¶中标（成交）供应商名称¶某某财产保险有限公司某分公司¶合同金额¶3,140.47元 人民币¶合同签署时间¶2026-03-16 13:32:52 | 某某财产保险有限公司某分公司//3140.47 | 3140.47
      a rate contract's 0元 placeholder | 采购人名称¶某区体育中心¶中标（成交）供应商名称¶某某客运有限公司¶合同金额¶0元 人民币¶合同签署时间¶2026-03-16 13:32:52 | 某某客运有限公司// | -
      tab-set rows, a labelled amount   | 三、中标（成交）信息¶1.中标结果：¶序号⇥中标（成交）金额(元)⇥中标供应商名称⇥中标供应商地址¶1⇥最终报价:688000.00(元)⇥某某通讯设备有限公司⇥某市某路9号¶2⇥最终报价:699700(元)⇥某某社会救助服务中心⇥某市某路16号¶2.废标结果:¶序号⇥标项名称⇥废标理由⇥其他事项¶/⇥/⇥/⇥/ | 某某通讯设备有限公司/1/688000; 某某社会救助服务中心/2/699700 | 1387700
      tab-set rows under a lone label   | 4、成交结果：¶包号⇥成交供应商名称⇥成交金额(元)¶001⇥某市某区某服装经销处⇥256100.00¶五、其他 | 某市某区某服装经销处/001/256100 | 256100
      tab-set rows, a name with a colon | 中标信息¶供应商名称⇥供应商地址⇥中标（成交）金额¶某某研究所(联合体成员：某某测试分析研究所（某某中心）)⇥某市某路18号⇥575,000.00元¶五、其他 | 某某研究所(联合体成员：某某测试分析研究所（某某中心）)//575000 | 575000
      a lot's row without its address, one cell per line | 三、采购结果¶采购包1:¶供应商名称¶供应商地址¶中标（成交）金额¶评审总得分¶某某医疗器械有限公司¶2,870,000.00元¶93.66¶采购包2:¶供应商名称¶供应商地址¶中标（成交）金额¶评审总得分¶某某医疗设备有限公司¶某省某市某路56号¶3,080,000.00元¶93.86¶四、主要标的信息 | 某某医疗器械有限公司/采购包1/2870000; 某某医疗设备有限公司/采购包2/3080000 | 5950000
      the same, amounts in 大写 with their figures | 三、采购结果¶采购包1:¶供应商名称¶供应商地址¶中标（成交）金额¶评审总得分¶某某医疗器械有限公司¶贰佰捌拾柒万元整（¥2,870,000.00）¶93.66¶采购包2:¶供应商名称¶供应商地址¶中标（成交）金额¶评审总得分¶某某医疗设备有限公司¶某省某市某路56号¶叁佰零捌万元整（¥3,080,000.00）¶93.86¶四、主要标的信息 | 某某医疗器械有限公司/采购包1/2870000; 某某医疗设备有限公司/采购包2/3080000 | 5950000
      a lot's row without its address, tab-set | 三、采购结果¶采购包1:¶供应商名称⇥供应商地址⇥中标（成交）金额⇥评审总得分¶某某医疗器械有限公司⇥2,870,000.00元⇥93.66¶采购包2:¶供应商名称⇥供应商地址⇥中标（成交）金额⇥评审总得分¶某某医疗设备有限公司⇥某省某市某路56号⇥3,080,000.00元⇥93.86¶四、主要标的信息 | 某某医疗器械有限公司/采购包1/2870000; 某某医疗设备有限公司/采购包2/3080000 | 5950000
      a glued winner label in a run-on line | 三、供应商投标情况 包1： 供应商信息 资格审查结果 符合性审查结果 报价 评标价 评分 推荐排名 是否成交候选人 某某科技发展有限公司 审核通过 审核通过 1,798,196.00 1,798,196.00 97.45 1 是 某某兰特科技有限公司 审核通过 审核通过 1,828,000.00 1,828,000.00 63.51 2 是 四、中标供应商供货明细 包号供货明细 1 中标供应商某某科技发展有限公司 联系方式 联系人：张三 电话：17373151635 地址：某省某市某路179号 | 某某科技发展有限公司//1798196 | 1798196
      政采云 result table run on one line | 一、项目编号： ABCD2021-J3-210465 二、项目名称： 某县某局技术咨询服务 三、中标（成交）信息 1.中标结果： 序号 中标（成交）金额(元) 中标供应商名称 中标供应商地址 1 最终报价:688000.00(元) 某某通讯设备有限公司 某市某路9号 2 最终报价:699700(元) 某某社会救助服务中心 某市某路16号 2.废标结果: 序号 标项名称 废标理由 其他事项 / / / / 四、主要标的信息 | 某某通讯设备有限公司/1/688000; 某某社会救助服务中心/2/699700 | 1387700
      a labelled bid before the last cell, run on | 三、中标（成交）信息 1.中标结果： 序号 供应商名称 供应商地址 中标（成交）金额 评审报价 1 某某路跑协会 某市某区某街2103 报价：1499700（元） 1499700.0元 2.废标结果: 序号 标项名称 废标理由 其他事项 四、主要标的信息 | 某某路跑协会/1/1499700 | 1499700
      a credit-code column, run on      | 三、中标（成交）信息 中标结果： 序号 标项名称 中标（成交）金额（元） 中标供应商名称 中标供应商地址 中标供应商统一社会信用代码 评分结果 评审价格 1 某中学配电工程 3293364.76 某某建筑安装有限公司 某市某镇某组 91520382MA6GK88G5H 85.67 3293364.76 四、主要标的信息 | 某某建筑安装有限公司/1/3293364.76 | 3293364.76
      a unit apart from its figure, run on | 三、中标（成交）信息 供应商名称 供应商地址 统一信用代码 中标金额 中标成交备注信息 某某数据技术有限公司 某市某区某路2号 91110105MA01A4ER3E 88.45 万元 四、主要标的信息 | 某某数据技术有限公司//884500 | 884500
      a works result sheet run on       | 标段编号 G21020120180101 开标日期 2018年06月29日 工程名称 某公园亮化工程施工 建设单位 某市某区城市建设管理局 工程类别 施工类 招标方式 公开招标 建设地点 某市内 代理机构 某某工程管理咨询有限公司 中标单位 某某安装工程有限责任公司 中标价 15458310.5300元 建筑面积 平方米 | 某某安装工程有限责任公司//15458310.53 | 15458310.53
      a contract notice's cells run on  | 采购人名称 某市某区体育中心 中标（成交）供应商名称 某某保险有限公司某分公司 合同金额 3,140.47元 人民币 合同期限 0年 合同签署时间 2026-03-16 13:32:52 | 某某保险有限公司某分公司//3140.47 | 3140.47
      a letter-spaced header cell, run on (11m) | 二、成交情况 包号 采购内容 供应商名称 地 址 中标金额 单位 备注信息 某政采磋商-2026-3-1 采购器材一批（详见竞争性磋商文件）。 某某体育产业发展有限公司 某省某市某路36号 1,675,000.00 元 评审总得分:91.67分 序号 名称 品牌（如有） 规格型号 数量 单价 1 详见附件 详见附件 详见附件 详见附件 详见附件元 三、评审专家名单 | 某某体育产业发展有限公司/某政采磋商-2026-3-1/1675000 | 1675000
      a works result run on, 质量 after the award | 招标人 某某文化传媒有限公司 联系方式 18100000000 招标代理机构 某某项目管理有限公司 联系方式 开标时间 2026-03-03 09:00:00 开标地点 某市公共资源交易中心 中标单位 某某建设工程有限责任公司 中标通知书发出日期 招标控制价（元） 13066098.64 中标金额（元） 12420812.90 质量 符合国家验收规范的合格要求 工期（交货期） 90日历天 | 某某建设工程有限责任公司//12420812.9 | 12420812.9
      """)
  void winnersOfKeptText(String layout, String text, String suppliers, String award) {
    Notice n = Layouts.written(text);
    assertEquals(suppliers + " | " + award, Layouts.suppliers(n) + " | " + Layouts.yuan(n.award()), layout);
  }

  /**
   * Round 11k: the same labels kept as text in the shapes copies take ("¶" ends a line, "⇥" is a tab run): a ccgp
   * 公告概要's label over its value, label and value tab-set, all run on one line.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
      行政区域 over its value            | region   | 公告概要：¶公告信息：¶采购项目名称¶某设备采购项目¶品目¶采购单位¶某市某局¶行政区域¶某市¶公告时间¶2025年06月16日 15:50 | 某市
      行政区域 tab-set beside its value  | region   | 采购单位⇥某市某局¶行政区域⇥某市⇥公告时间⇥2025年06月16日 15:50 | 某市
      品目 over a comma-joined list      | category | 采购项目名称¶某平台运维项目¶品目¶服务/信息技术服务/运行维护服务/安全运维服务,服务/信息技术服务/运行维护服务/软件运维服务¶采购单位¶某市某局 | 服务/信息技术服务/运行维护服务/安全运维服务,服务/信息技术服务/运行维护服务/软件运维服务
      品目 list run on before the next label | category | 公告概要： 公告信息： 采购项目名称 某平台运维项目 品目 货物/设备/医疗设备/临床检验设备,货物/设备/医疗设备/医用X线诊断设备 采购单位 某市某医院 行政区域 某市 公告时间 2025年04月07日 16:57 | 货物/设备/医疗设备/临床检验设备,货物/设备/医疗设备/医用X线诊断设备
      a body's 品目号 after a run-on summary | category | 公告概要： 公告信息： 采购项目名称 某监测项目 品目 采购单位 某市某站 行政区域 某市 公告时间 2025年04月07日 16:57 代理机构名称 某某招标有限公司 代理机构地址 某市某路1号 代理机构联系方式 王工 020-12345678 附件： 附件1 某市某水体监测与评估项目采购文件.pdf 某某招标有限公司受某市某站委托，根据《中华人民共和国政府采购法》等有关规定，于2025年04月03日就某市某水体监测与评估项目采用公开招标进行采购，现就本次采购的中标（成交）结果公告如下： 一、项目编号：ABC-2025-075 二、项目名称：某市某水体监测与评估项目 三、采购结果 合同包1（某监测服务）：供应商名称 某某研究所 供应商地址 某市某区某路七号 中标（成交）金额：9876543.21（元） 合同包2（某评估服务）：供应商名称 某某大学 供应商地址 某市某区某大道五十五号 中标（成交）金额：1234567.89（元） 四、主要标的信息 服务类（某某研究所） 品目号 品目名称 采购标的 服务范围 1-1 其他专业技术服务 方案编制 满足采购人需求 | none
      a letter-spaced label after an address | buyerAddress | 九、联系方式 1.采购人信息 名 称：某市教育体育局 地 址：某省某市某街道办事处 传 真： ** 采购单位联系人： 张工 采购单位联系方式：13500000000 2.采购代理机构信息 名 称：某某工程咨询有限公司 | 某省某市某街道办事处
      a party's section ending a run-on line | buyer | 七、对本次招标提出询问，请按 以下方式 联系。 1 .采购人 信息 名 称： 某省某服务中心 地址： 某市某路1号 联系方式： 0531-12345678 2.采购代理机构信息 名 称： 某某招标有限公司 地 址： 某市某区某路9号 | 某省某服务中心
      ggzy 中标结果 table run on, party sections | buyer | 中标结果公告 项目信息 项目名称 某某排水管网改造工程 项目编码 50000120260101001010101 招标公告编号 / 招标人信息 单位名称 某某交通实业有限公司 社会信用代码 91500106203088970C 法定代表人 张某 招标代理机构信息 单位名称 某某工程管理有限公司 社会信用代码 91500107MAACALR185 法定代表人 李某 中标人信息 单位名称 某某建设工程有限公司 | 某某交通实业有限公司
      ggzy 中标结果 table run on, the agency's section | agency | 中标结果公告 项目信息 项目名称 某某排水管网改造工程 项目编码 50000120260101001010101 招标公告编号 / 招标人信息 单位名称 某某交通实业有限公司 社会信用代码 91500106203088970C 法定代表人 张某 招标代理机构信息 单位名称 某某工程管理有限公司 社会信用代码 91500107MAACALR185 法定代表人 李某 | 某某工程管理有限公司
      ggzy 中标结果 table run on, its 项目编码 | projectNo | 中标结果公告 项目信息 项目名称 某某排水管网改造工程 项目编码 50000120260101001010101 招标公告编号 / 招标人信息 单位名称 某某交通实业有限公司 社会信用代码 91500106203088970C | 50000120260101001010101
      ggzy 中标候选人公示 run on, a contact after each party | agency | 某某工程 中标候选人公示 项目标段名称 某某体育场屋面改造工程 最高限价 4700640.92元 项目编码 50023120260101001010101 招标公告编号 / 招标人 某某农业发展有限公司 招标人联系电话 13900000000 招标代理机构 某某实业有限公司 招标代理机构联系电话 023-12345678 中标候选人排序 名称 投标报价 (元） 工期 质量 第一名 某某建筑工程有限公司 3078772.7 | 某某实业有限公司
      ggzy 中标候选人公示 run on, its 最高限价 | maxPriceCny | 某某工程 中标候选人公示 项目标段名称 某某体育场屋面改造工程 最高限价 4700640.92元 项目编码 50023120260101001010101 招标公告编号 / 招标人 某某农业发展有限公司 招标人联系电话 13900000000 | 4700640.92
      a 招标代理机构信息 block run on (11m) | agency | 八、凡对本次采购提出询问，请按以下方式联系 1. 招标人信息 名 称： 某市体育运动学校 地 址： 某市某南路59号 联系方式： 0633-2213721 2. 招标代理机构信息 名 称： 某某管理咨询有限公司 地址： 某市某路1000号 联系方式： 0633-2285757 | 某某管理咨询有限公司
      a minute typed in two runs, run on (11m) | bidDeadline | 六 、递交响应文件 截止时间： 2026 年 3 月 20 日10 ：0 0 （ 北京时间）。 七 、递交响应文件地点： 响应文件必须在截止时间前送达询价地点。 | 2026-03-20T10:00
      a day-only 开标时间 and the heading's time (11m) | bidOpening | 发布日期：2026-03-16 17:58 ｜ 发布单位：某某招标股份有限公司 ｜ 项目开标时间：2026-04-07 ｜ 项目监管地：省本级 ｜ 阅读次数： 一、项目基本情况 1、项目编号： HBT-1 二、申请人的资格要求 无 三、获取招标文件 1、时间： 2026年03月17日 至 2026年03月23日 四、提交投标文件截止时间、开标时间和地点 1、开始时间： 2026年03月17日00点00分 （北京时间） 2、截止时间： 2026年04月07日09点00分 （北京时间） 3、地点： 通过供应商客户端递交 五、公告期限 | 2026-04-07T09:00
      a bare signature day after a phone, a count after it (11m) | publishedAt | 九、对本次公告内容提出询问，请按以下方式联系 1.采购人信息 名 称： 某某管理中心 地 址： 某区某路443号 联系方式： 0991-2935817 2.采购代理机构信息 名 称： 某某项目管理有限公司 地 址： 某市某路266号 联系方式： 16699260833 3.项目联系方式 项目联系人： 张先生 电 话： 16699260833 / 2026年03月16日 0 附件信息： 协商文件.pdf 386.5K 中小企业声明函 89.7K | 2026-03-16T00:00
      days in a row after a phone: the last signs (11m) | publishedAt | 3.项目联系方式 项目联系人： 张先生 电 话： 16699260833 2026年02月27日 2026年03月16日 1 附件信息： 磋商文件.pdf 526.5K 中小企业声明函 129.9K | 2026-03-16T00:00
      a signature day after a fax, its attachment after it (11m) | publishedAt | 附件1：投标报名函。 采购人：某县人民医院 联系人：王先生 联系电话：0876- 6622962 采购代理机构：某某招标代理有限公司某分公司 地 址：某市某路9-3幢 联系人：杨某 电 话：(0876)2613488 传 真：(0876)2613488 2016年2月25日 附件.doc | 2016-02-25T00:00
      a 日期 line, a copy's summary run on after it (11m) | publishedAt | 二、联系方式 招 标人： 某铁路局集团有限公司 地址： 某市某路366号 联 系 人： 冷某 联系电话： 13363973455 传真/邮箱： 029-82159987 日期：2023年08月07日 中标价(元) 14408342.2 公示开始时间 2023-8-7 | 2023-08-07T00:00
      a heading run on into its sentence, the deadline (11m) | bidDeadline | 一、项目概况 1.采购内容：电子肠镜 数量：1台； 二、供应商资格要求 具有法人资格。 三、保证金 保证金账户： 户 名：某县政务服务管理局 联系人：何某 联系电话：0876—6517553 四、招标文件 本项目的招标文件自2016年2月25日～2016年3月16日报名，售价￥500.00元/份。 五、投标文件的递交 本项目所有响应文件用汉语编制，一套正本，贰套副本。响应文件必须在2016年3月18日下午14:30～15:00 (北京时间)之间送到某县公共资源交易中心，响应文件的接收人为：杨某。 六、开标时间和地点 公开招标采购会议于2016年3月18日下午15:00 (北京时间)在某县公共资源交易中心交易大厅举行。 七、发布公告的媒介 某省政府采购网：http://www.yngp.com/ | 2016-03-18T15:00
      a heading run on into its sentence, the opening (11m) | bidOpening | 一、项目概况 1.采购内容：电子肠镜 数量：1台； 二、供应商资格要求 具有法人资格。 三、保证金 保证金账户： 户 名：某县政务服务管理局 联系人：何某 联系电话：0876—6517553 四、招标文件 本项目的招标文件自2016年2月25日～2016年3月16日报名，售价￥500.00元/份。 五、投标文件的递交 本项目所有响应文件用汉语编制，一套正本，贰套副本。响应文件必须在2016年3月18日下午14:30～15:00 (北京时间)之间送到某县公共资源交易中心，响应文件的接收人为：杨某。 六、开标时间和地点 公开招标采购会议于2016年3月18日下午15:00 (北京时间)在某县公共资源交易中心交易大厅举行。 七、发布公告的媒介 某省政府采购网：http://www.yngp.com/ | 2016-03-18T15:00
      a name and its date run on after the award's price (11m) | publishedAt | 1、采购方式：竞争性磋商 2、采购项目名称：某某学院财务模块升级及服务 3、采购结果如下： 成交供应商名称：某某科技有限公司 成交价格：柒万伍仟元整（75,000.00元） 某某职业技术学院设备管理处 2019-7-12 | 2019-07-12T00:00
      a title run on into its sentence's subject (11m) | buyer | 某某学校（中学部）图书馆升级改造项目成交公告 上海市某区某某学校《中学部图书馆升级改造项目》项目综合评议采购（竞争性谈判），经过专家认真评审并经采购人确认，本次成交结果公布如下： 1、成交日期：2022年7月13日 2、成交供应商：上海某某设备有限公司 3、成交金额：408000元 | 上海市某区某某学校
      a works result sheet run on, its 建设单位 | buyer | 招标代码：04112018050062 标段编号 G21020120180101 开标日期 2018年06月29日 工程名称 某公园亮化工程施工 建设单位 某市某区城市建设管理局 工程类别 施工类 招标方式 公开招标 建设地点 某市内 代理机构 某某工程管理咨询有限公司 中标单位 某某安装工程有限责任公司 中标价 15458310.5300元 | 某市某区城市建设管理局
      an address glued to the buyer's name, run on (11n, 柳州) | buyerAddress | 六、中标信息：中标供应商名称：某某规划院中标供应商地址：南宁市某路2号中标金额：人民币伍拾玖万伍仟元整（￥595,000.00）七、联系事项：采购人：某市国土资源局地址：某省某市立新路49号联系人：曾主任 联系电话：0772-2813723采购代理机构：某某招标咨询有限公司 地址：某市河东路1号 | 某省某市立新路49号
      a school's own contact section, no agency (11n, 扬州) | buyerAddress | 某职业大学某服务中标公告¶五、中标信息：¶中标单位：某某运输集团有限责任公司¶中标金额：55000元¶六、本次招标联系事项：¶ 国资处联系人：孔老师87697823¶ 地址：某市文昌西路458号           邮政编码：225009¶本中标结果公告期限为1个工作日。 | 某市文昌西路458号
      """)
  void fieldOfKeptText(String layout, String field, String text, String expected) {
    assertEquals(expected, FIELDS.get(field).apply(Layouts.written(text)), layout);
  }

  /**
   * Round 11m (FormatInvarianceTest): an amount or a date written in another real form ("¶" ends a line) reads the
   * same.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
      a signature day with its weekday  | publishedAt | 联系电话：0415-2590966¶某某职业技术学院¶2019年7月11日（星期四） | 2019-07-11T00:00
      a figure's line over a 时间 label   | budgetCny | 三、招标文件的发售时间及地点等：¶预算金额（万元）：84¶时间：2016年03月02日 08:30 至 2016年03月09日 16:30 | 840000
      招标控制价 in a sentence, thousands | maxPriceCny | 1.3本工程招标控制价为 2,578,474.00元，发包价为 2405861 元（详见附件工程量清单），计划工期 200 日历天。 | 2578474
      预算造价 in a sentence, a ￥ figure | budgetCny | 2.2本次招标范围：新建排水涵管8处等，财政审定预算造价为￥9561327.00(其中暂列金450000元)。 | 9561327
      a works' investment, a ￥ figure   | budgetCny | 1. 招标条件 本招标项目某派出所装修工程已由某县发展和改革局批准建设，现对该项目的施工进行公开招标。¶2. 项目概况与招标范围 本工程 投资约 ￥6200000.00，本工程计划工期为 100日历天。 | 6200000
      the same in 大写 with its figure     | budgetCny | 1. 招标条件 本招标项目某派出所装修工程已由某县发展和改革局批准建设，现对该项目的施工进行公开招标。¶2. 项目概况与招标范围 本工程 投资约 陆佰贰拾万元整（¥6,200,000.00），本工程计划工期为 100日历天。 | 6200000
      an exchange's deal price in 人民币…元 | type | 项目编号：R32026SH1000004 标的名称：某运动队赞助项目 交易价格：人民币4,800,000.00元 成交日期：2026-03-16 | AWARD
      its unit in the label's bracket   | type | 项目编号：R32026SH1000004 标的名称：某运动队赞助项目 交易价格（万元）：480 成交日期：2026.03.16 | AWARD
      """)
  void fieldOfAFormat(String layout, String field, String text, String expected) {
    assertEquals(expected, FIELDS.get(field).apply(Layouts.written(text)), layout);
  }

  /**
   * Round 11m (FrameInvarianceTest): a notice inside its site's frame, as portals and aggregators show it (PORTALS.md
   * §2.1's ccgp frame; 瑞安's 相关链接 and 上一篇/下一篇, 长兴's 【我要打印】【关闭】, 八爪鱼's 信息来源): menus, lists of other
   * notices with their dates, buttons and the footer are the site's, not the notice's; the notice opens under its
   * heading. Each row failed before its fix.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
      a 相关链接 list's 发布时间             | publishedAt | <h1>某局某项目</h1><p>一、项目基本情况</p><p>项目编号：ABC-001</p><h3>相关链接</h3><ul><li><a href="/1.html">某湖北体彩培训招标公告</a> 发布时间：<em>2026-03-16 17:58</em></li></ul> | null
      a related notice's 项目编号            | projectNo   | <h1>某医院远程会诊系统采购项目</h1><p>一、采购内容</p><p>远程会诊系统一套。</p><ul><li><a href="/t.htm">珠海市教育局粤教云项目（项目编号：CLPSP16ZH04ZC25）的中标公告</a><em>2016-11-14</em></li></ul> | none
      a sidebar's 中标公告 on a tender         | type        | <ul><li><a href="/a.html">某学校设备采购中标公告</a><span>2026-03-12</span></li></ul><h1>某医院远程会诊系统采购项目</h1><p>获取采购文件的时间：2026年3月1日至3月8日</p> | TENDER
      a menu's 中标公告 on a tender           | type        | <ul><li><a href="/">首页</a></li><li><a href="/zb">招标公告</a></li><li><a href="/jg">中标公告</a></li></ul><h1>某医院远程会诊系统采购项目</h1><p>获取采购文件的时间：2026年3月1日至3月8日</p> | TENDER
      上一篇/下一篇's numbers               | projectNo   | <h1>某医院远程会诊系统采购项目</h1><p>一、采购内容</p><p>远程会诊系统一套。</p><p>上一篇：<a href="/1.htm">某局某项目（项目编号：ABC2016-001）中标公告</a></p> | none
      the footer's 地址                     | buyerAddress | <h1>某局设备采购招标公告</h1><p>采购人：某局</p><div class="footer"><p>主办单位：某县财政局</p><p>地址：某县某路18号 电话：0572-6044639</p><p>浙ICP备05003416号-1</p></div> | none
      buttons under a cell-per-line table   | suppliers   | <h1>某局某项目中标公告</h1><p>中标人信息</p><p>标段号</p><p>排序</p><p>中标人名称</p><p>中标价(元)</p><p>001</p><p>第1名</p><p>某某建设工程有限公司</p><p>9330166.85</p><p>【打印本页】【关闭窗口】</p> | 某某建设工程有限公司/001/9330166.85
      a date line under a menu and a heading | publishedAt | <p>某某网</p><p>服务热线：400-810-1996</p><ul><li><a href="/">首页</a></li><li><a href="/f">政采法规</a></li><li><a href="/g">购买服务</a></li><li><a href="/j">监督检查</a></li><li><a href="/x">信息公告</a></li></ul><p>当前位置：首页 » 政采公告 » 采购公告</p><h2>招标公告</h2><p>2021年05月12日 来源： 【 打印 】</p><p>编号：A33032704</p> | 2021-05-12T00:00
      the first sentence under a site's head | buyer      | <p>某县公共资源交易中心</p><p>首页 中心概况 交易信息</p><p>当前位置：首页 > 交易信息 > 中标公告</p><p>最新公告</p><h1>某学校（中学部）图书馆升级改造项目成交公告</h1><p>【阅读次数：422】【我要打印】【关闭】</p><p>某学校（中学部）图书馆升级改造项目成交公告</p><p>上海市某区某学校《中学部图书馆升级改造项目》项目综合评议采购（竞争性谈判），本次成交结果公布如下：</p> | 上海市某区某学校
      a code opening the text under its heading | projectNo | <p>某医院</p><p>网站首页 医院概况 招标采购</p><p>您现在的位置：首页 > 招标采购</p><h1>某防洪治理工程施工招标公告</h1><p>发布时间：2021-05-18 点击数：215</p><p><b>ABCD2021-069-048</b></p><p>1. 招标条件</p><p>某某防洪治理工程已由某某批准建设。</p> | ABCD2021-069-048
      """)
  void fieldInASiteFrame(String layout, String field, String html, String expected) {
    Notice n = page(html);
    assertEquals(expected, field.equals("type") ? n.type().name() : FIELDS.get(field).apply(n), layout);
  }

  /**
   * A heading its page's {@code <title>} repeats, whole or before the site's name: the title, with no notice word in
   * it (failed before), or naming only the kind of notice (a guard: passed before too, by the first generic line).
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      a heading <title> repeats            | <title>某镇某路道路工程施工[抽签法]-某县公共资源交易中心</title><p>某县公共资源交易中心</p><p>当前位置：首页 > 交易信息</p><h1>某镇某路道路工程施工[抽签法]</h1><p>一、本次发包范围</p> | 某镇某路道路工程施工[抽签法]
      a kind of notice <title> repeats     | <title>竞争性谈判成交公告</title><p>某省政府采购网</p><p>当前位置：首页 > 结果公告</p><h2>竞争性谈判成交公告</h2><p>一、项目名称：某大学教职工住宅区防水维修工程项目</p><p>二、成交供应商：某某建设有限公司</p> | 竞争性谈判成交公告
      """)
  void titleInASiteFrame(String layout, String html, String expected) {
    assertEquals(expected, page(html).title(), layout);
  }

  /** 发包公告: a town's small works let to listed contractors by lottery; it tells how the 成交结果 will be published. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      a 发包公告 title            | <h1>某镇某路道路工程发包公告</h1><p>本次成交结果在某县公共资源交易网上发布成交公告。</p> | TENDER
      a title naming no kind      | <h1>某镇某路道路工程施工[抽签法]</h1><p>项目已具备发包条件，现对该项目的施工进行公开发包。由发包人、签约承包人及监督人员共同签字确认成交结果。本次成交结果在某县公共资源交易网上发布成交公告。</p> | TENDER
      a 发包 result stays an award | <h1>某镇某路道路工程发包结果公告</h1><p>签约承包人：某某建设有限公司</p> | AWARD
      """)
  void typeOfALetWorks(String layout, String html, String expected) {
    assertEquals(expected, page(html).type().name(), layout);
  }

  /**
   * A 谈判（磋商）公告 body with no heading and no procedure's name, only its sections on getting the 谈判 documents and
   * handing in the responses (an aggregator's copy that kept the body alone).
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      sections to get documents and respond | <p>一、采购项目名称：某设备</p><p>四、获取谈判（磋商）文件：</p><p>1.时间：2016年03月18日至2016年03月25日</p><p>五、递交响应文件时间及地点</p><p>时间：2016年03月31日 08:30—09:30</p> | TENDER
      a result naming the responses stays an award | <p>一、采购项目名称：某设备</p><p>二、递交响应文件时间：2016年03月31日</p><p>三、成交供应商：某某科技有限公司</p><p>成交金额：12000元</p> | AWARD
      """)
  void typeOfABodyOnlyNegotiation(String layout, String html, String expected) {
    assertEquals(expected, page(html).type().name(), layout);
  }

  static final java.util.Map<String, Function<Notice, String>> FIELDS = java.util.Map.ofEntries(
      java.util.Map.entry("buyer", Notice::buyer), java.util.Map.entry("projectNo", Notice::projectNo),
      java.util.Map.entry("region", Notice::region), java.util.Map.entry("buyerAddress", Notice::buyerAddress),
      java.util.Map.entry("agency", Notice::agency), java.util.Map.entry("category", Notice::category),
      java.util.Map.entry("type", n -> n.type().name()), java.util.Map.entry("title", Notice::title),
      java.util.Map.entry("budgetCny", n -> n.budget() == null ? null : Layouts.yuan(n.budget())),
      java.util.Map.entry("awardCny", n -> n.award() == null ? null : Layouts.yuan(n.award())),
      java.util.Map.entry("suppliers", Layouts::suppliers),
      java.util.Map.entry("maxPriceCny", n -> n.maxPrice() == null ? null : Layouts.yuan(n.maxPrice())),
      java.util.Map.entry("publishedAt", n -> String.valueOf(n.publishedAt())),
      java.util.Map.entry("bidOpening", n -> String.valueOf(n.bidOpening())),
      java.util.Map.entry("bidDeadline", n -> String.valueOf(n.bidDeadline())));
}
