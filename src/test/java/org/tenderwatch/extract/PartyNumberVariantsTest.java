package org.tenderwatch.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.tenderwatch.extract.Layouts.page;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The parties (buyer, agency, the buyer's address) and the project number in shapes the other variant tables do not
 * have (round 11p, written before the rules): labels of other portals and kinds of notice (采购人全称/采购单位全称/招标人全称,
 * 招标采购单位, 需求单位, 委托单位 and 受托单位, 询价人, 项目单位, 委托代理机构, 招标代理公司), ccgp contact blocks in other
 * numberings, widths and orders (the address after the phones), contact tables whose columns the parties head,
 * "label | value | 地址 | value" rows, definition lists, the address in brackets after the name, 接受…委托 and X委托Y
 * sentences, sign-offs over a date in Chinese numerals, names with brackets, and project numbers under 交易编号,
 * 采购文件编号, a bare 计划编号, beside 标段编号 and 包号, with Chinese letters and full-width digits, split across spans,
 * in a table's header row, in a sentence ("项目编号为X") and in a title's 【】. Each row is a made-up page (某某 names,
 * made-up numbers) of a real shape.
 *
 * <p>20 of the first 72 rows failed when written: eleven labels (the three 全称, 招标采购单位, 需求单位, 委托单位 and
 * 受托单位 (two rows), 询价人, 项目单位, 委托代理机构, 招标代理公司); the buyer block's 地址 after 联系人/电话/传真; the
 * three rows of a contact table whose columns the parties head; the address in brackets after the name (its closing
 * bracket was kept); 交易编号, 采购文件编号, a bare 计划编号; "项目编号为X" in a sentence. The others passed and stay as
 * guards. Of a second batch of 22 rows, 9 failed: seven labels (政府采购代理机构, 项目代理机构, 招标单位名称, 建设单位名称,
 * 业主名称, 遴选单位, 遴选编号); "受某某大学（北京）委托" (the place in brackets was dropped as a note); a title's number
 * in brackets with Chinese letters ("（湘财采计〔2024〕0012号）招标公告"). Of a third batch of 14 rows (values that end
 * oddly, headings with a colon), 2 failed: a party's block heading with the name after its colon ("1、采购人信息：X",
 * "2、采购代理机构信息：Y"). Of a fourth batch of 11 rows (contact tables whose cells hold several lines, block headings
 * as table rows, Word spans), 6 failed: a role's cell holding its block's lines ("采购人 | 名称：X 地址：Y", the buyer and
 * the agency); the blocks' headings as spanning rows over "名 称 | X" and "地 址 | Y" rows (four rows). Of a fifth batch
 * of 10 rows, 4 failed: the opening place's "（地址：…）" and the hand-in place's "，地址：…" read as the buyer's; 采购组织机构
 * (浙江); a code after the title with a space before it. Of a sixth batch of 7 rows (entrusting sentences), 5 failed:
 * notes in brackets after the names in "受X的委托，Y（以下简称…）对" and "X（以下简称…）委托Y（以下简称…），对" (three rows);
 * "根据X的委托，Y对…" (two rows; the buyer read was "根据X"). Of a seventh batch of 5 rows (values run into labels no
 * field is read under), 4 failed: a number (Latin, and with Chinese letters) and a buyer run into "采购方式："; an address
 * run into "邮政编码：". Of an eighth batch of 3 rows (round 11q, a state firm's e-procurement notice), all 3 failed: its
 * 采购单编号 and its 采购执行单位 (inline and in a label/value table) were read under no field. Of a ninth batch of 9 rows
 * (round 11t, a university's own notices kept by a campus app: 上海理工大学), 7 failed: its 招投标单号 (in an item, in
 * the opening sentence's brackets, before the agency's own number) and 招投标编号 were no number labels; "X受委托，对…"
 * (three rows), naming no principal, named no agency. The two guards (受X委托, a firm 受委托研发) passed and stay.
 */
class PartyNumberVariantsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
      # buyer labels of other portals: 全称, 招标采购单位, 需求单位, 委托单位, 询价人, 项目单位
      采购单位全称 | buyer | <p>采购单位全称：某某市某区人民医院</p><p>项目编号：ZB-2024-101</p> | 某某市某区人民医院
      采购人全称 | buyer | <p>采购人全称：某某县教育体育局</p><p>采购代理机构全称：某某招标有限公司</p> | 某某县教育体育局
      招标人全称 | buyer | <p>招标人全称：某某县城乡建设投资有限公司</p><p>招标代理机构全称：某某工程咨询有限公司</p> | 某某县城乡建设投资有限公司
      招标采购单位 | buyer | <p>招标采购单位：某某职业技术学院</p><p>招标编号：ZB2024-033</p> | 某某职业技术学院
      需求单位 alone | buyer | <p>项目名称：某某系统运维服务</p><p>需求单位：某某市大数据管理局</p><p>项目编号：SJ-2024-015</p> | 某某市大数据管理局
      需求单位 beside 招标人: the 招标人 | buyer | <p>招标人：某某集团有限公司</p><p>需求单位：某某集团有限公司某某分公司</p> | 某某集团有限公司
      委托单位 and 受托单位, the buyer | buyer | <p>委托单位：某某市城市管理局</p><p>受托单位：某某项目管理有限公司</p><p>项目编号：CG-2024-077</p> | 某某市城市管理局
      委托单位 and 受托单位, the agency | agency | <p>委托单位：某某市城市管理局</p><p>受托单位：某某项目管理有限公司</p><p>项目编号：CG-2024-077</p> | 某某项目管理有限公司
      询价人 (a 询价公告) | buyer | <h1>某某设备询价公告</h1><p>询价人：某某市疾病预防控制中心</p><p>询价编号：XJ-2024-09</p> | 某某市疾病预防控制中心
      项目单位 | buyer | <p>项目单位：某某县人民医院</p><p>招标代理机构：某某招标有限公司</p> | 某某县人民医院
      # agency labels: 委托代理机构, 招标代理公司, 代理机构（盖章）, the buyer's own 采购中心
      委托代理机构 | agency | <p>采购人：某某县卫生健康局</p><p>委托代理机构：某某建设管理有限公司</p> | 某某建设管理有限公司
      招标代理公司 | agency | <p>招标人：某某县交通运输局</p><p>招标代理公司：某某工程咨询有限公司</p> | 某某工程咨询有限公司
      an agency that is the buyer's own 采购中心 | agency | <p>采购人：某某大学</p><p>采购代理机构：某某大学招标采购中心</p> | 某某大学招标采购中心
      集中采购机构 with 采购人, the agency | agency | <p>采购人：某某市第一中学</p><p>集中采购机构：某某市公共资源交易中心</p> | 某某市公共资源交易中心
      # ccgp 2020+ contact sections: other numbering, widths and spaces
      a full-width numbered buyer block | buyer | <p>１．采购人信息</p><p>名　　称：某某市图书馆</p><p>地　　址：某某市某路８号</p><p>２．采购代理机构信息</p><p>名　　称：某某招标有限公司</p> | 某某市图书馆
      a （一） buyer block, the address | buyerAddress | <p>（一）采购人信息</p><p>名&nbsp;&nbsp;称：某某市图书馆</p><p>地&nbsp;&nbsp;址：某某市某路8号</p><p>（二）采购代理机构信息</p><p>名&nbsp;&nbsp;称：某某招标有限公司</p><p>地&nbsp;&nbsp;址：某某市某路9号</p> | 某某市某路8号
      a buyer block with 联系人 before 地址 | buyerAddress | <p>1.采购人信息</p><p>名 称：某某市气象局</p><p>联系人：王某</p><p>联系电话：0571-80000001</p><p>传 真：0571-80000002</p><p>地 址：某某市某路15号</p><p>2.采购代理机构信息</p><p>名 称：某某招标有限公司</p><p>地 址：某某市某路30号</p> | 某某市某路15号
      the agency block first, its 地址 then the buyer block with none | buyerAddress | <p>1.采购代理机构信息</p><p>名 称：某某招标有限公司</p><p>地 址：某某市某路30号</p><p>2.采购人信息</p><p>名 称：某某市气象局</p><p>联系方式：0571-80000001</p> | none
      a buyer block in <br> lines | buyer | <p>1.采购人信息<br>名 称：某某市植物园<br>地 址：某某市某路2号<br>联系方式：0571-80000001<br>2.采购代理机构信息<br>名 称：某某咨询有限公司<br>地 址：某某市某路3号</p> | 某某市植物园
      a buyer block in <br> lines, the address | buyerAddress | <p>1.采购人信息<br>名 称：某某市植物园<br>地 址：某某市某路2号<br>联系方式：0571-80000001<br>2.采购代理机构信息<br>名 称：某某咨询有限公司<br>地 址：某某市某路3号</p> | 某某市某路2号
      a buyer block in <br> lines, the agency | agency | <p>1.采购人信息<br>名 称：某某市植物园<br>地 址：某某市某路2号<br>联系方式：0571-80000001<br>2.采购代理机构信息<br>名 称：某某咨询有限公司<br>地 址：某某市某路3号</p> | 某某咨询有限公司
      # contact tables: roles heading the columns, fields the rows
      roles head the columns, the buyer | buyer | <table><tr><td>项目</td><td>采购人</td><td>采购代理机构</td></tr><tr><td>名称</td><td>某某市档案局</td><td>某某招标有限公司</td></tr><tr><td>地址</td><td>某某市某路1号</td><td>某某市某路2号</td></tr><tr><td>联系人</td><td>王某</td><td>李某</td></tr></table> | 某某市档案局
      roles head the columns, the agency | agency | <table><tr><td>项目</td><td>采购人</td><td>采购代理机构</td></tr><tr><td>名称</td><td>某某市档案局</td><td>某某招标有限公司</td></tr><tr><td>地址</td><td>某某市某路1号</td><td>某某市某路2号</td></tr><tr><td>联系人</td><td>王某</td><td>李某</td></tr></table> | 某某招标有限公司
      roles head the columns, the buyer's address | buyerAddress | <table><tr><td>项目</td><td>采购人</td><td>采购代理机构</td></tr><tr><td>名称</td><td>某某市档案局</td><td>某某招标有限公司</td></tr><tr><td>地址</td><td>某某市某路1号</td><td>某某市某路2号</td></tr><tr><td>联系人</td><td>王某</td><td>李某</td></tr></table> | 某某市某路1号
      label, value, 地址, value on one row | buyerAddress | <table><tr><td>采购人</td><td>某某县林业局</td><td>地址</td><td>某某县某路6号</td></tr><tr><td>采购代理机构</td><td>某某招标有限公司</td><td>地址</td><td>某某市某路7号</td></tr></table> | 某某县某路6号
      label, value, 地址, value on one row, the agency | agency | <table><tr><td>采购人</td><td>某某县林业局</td><td>地址</td><td>某某县某路6号</td></tr><tr><td>采购代理机构</td><td>某某招标有限公司</td><td>地址</td><td>某某市某路7号</td></tr></table> | 某某招标有限公司
      a definition list of the parties | buyerAddress | <dl><dt>采购人：</dt><dd>某某县林业局</dd><dt>地址：</dt><dd>某某县某路6号</dd><dt>采购代理机构：</dt><dd>某某招标有限公司</dd><dt>地址：</dt><dd>某某市某路7号</dd></dl> | 某某县某路6号
      # one-line and sentence forms
      the buyer's address in brackets after its name | buyerAddress | <p>采购人：某某县文化馆（地址：某某县某路5号）</p><p>采购代理机构：某某招标有限公司</p> | 某某县某路5号
      buyer, address and phone in one comma sentence | buyerAddress | <p>采购人：某某县文化馆，地址：某某县某路5号，联系电话：0570-80000001。</p> | 某某县某路5号
      buyer, address and phone in one comma sentence, the buyer | buyer | <p>采购人：某某县文化馆，地址：某某县某路5号，联系电话：0570-80000001。</p> | 某某县文化馆
      the opening place after the buyer is no address | buyerAddress | <p>采购人：某某县文化馆</p><p>联系人：王某</p><p>开标时间：2024年5月20日9:30</p><p>开标地点：某某县某路9号四楼开标室</p> | none
      a 地点 after the buyer's lines is no address | buyerAddress | <p>采购人：某某县文化馆</p><p>开标时间：2024年5月20日9:30</p><p>地点：某某县公共资源交易中心开标室</p> | none
      the agency's 地址 only, buyer first | buyerAddress | <p>采购人：某某县文化馆</p><p>采购代理机构：某某招标有限公司</p><p>地址：某某市某路30号</p><p>联系人：李某</p> | none
      # 受X委托 and X委托Y sentences
      the agency abbreviated, 受 the buyer | agency | <p>某某招标有限公司（以下简称“代理机构”）受某某县人民政府委托，对某某项目进行公开招标。</p> | 某某招标有限公司
      受 the buyer with ideographic spaces around | buyer | <p>某某招标有限公司受　某某市第一中学　委托，对某某项目进行竞争性磋商。</p> | 某某市第一中学
      接受 the buyer's 委托 | buyer | <p>某某招标有限公司接受某某县水利局的委托，对某某工程进行公开招标。</p> | 某某县水利局
      接受 the buyer's 委托, the agency | agency | <p>某某招标有限公司接受某某县水利局的委托，对某某工程进行公开招标。</p> | 某某招标有限公司
      X委托Y with no 受, the buyer | buyer | <p>某某县人民医院委托某某招标有限公司，对某某设备进行公开招标，欢迎合格的供应商投标。</p> | 某某县人民医院
      X委托Y with no 受, the agency | agency | <p>某某县人民医院委托某某招标有限公司，对某某设备进行公开招标，欢迎合格的供应商投标。</p> | 某某招标有限公司
      # sign-offs
      both sign over a date in Chinese numerals | buyer | <p>项目编号：ZB-2024-001</p><p>特此公告。</p><p>某某县人民医院</p><p>某某招标有限公司</p><p>二〇二四年五月十日</p> | 某某县人民医院
      both sign over a date in Chinese numerals, the agency | agency | <p>项目编号：ZB-2024-001</p><p>特此公告。</p><p>某某县人民医院</p><p>某某招标有限公司</p><p>二〇二四年五月十日</p> | 某某招标有限公司
      a role label over each signing name | agency | <p>项目编号：ZB-2024-001</p><p>招标人：（盖章）</p><p>某某县水利局</p><p>招标代理机构：（盖章）</p><p>某某工程咨询有限公司</p><p>2024年5月10日</p> | 某某工程咨询有限公司
      # names with brackets and branches
      a half-width bracket in the buyer's name | buyer | <p>招标人：某某(集团)有限公司</p><p>招标代理机构：某某招标有限公司</p> | 某某(集团)有限公司
      a university's campus in brackets | buyer | <p>采购人：中国某某大学（北京）</p><p>项目编号：BJ-2024-012</p> | 中国某某大学（北京）
      a branch agency with a bracketed place | agency | <p>采购人：某某市第一中学</p><p>采购代理机构：某某（上海）项目管理有限公司某某分公司</p> | 某某（上海）项目管理有限公司某某分公司
      # project numbers: other labels
      交易编号 (a trading centre) | projectNo | <p>交易编号：JY2024-0012</p><p>项目名称：某某工程</p> | JY2024-0012
      采购文件编号 | projectNo | <p>采购文件编号：CGWJ-2024-016</p><p>采购人：某某县卫生健康局</p> | CGWJ-2024-016
      计划编号 alone | projectNo | <p>计划编号：渝财采计〔2024〕123号</p><p>采购人：某某区教育委员会</p> | 渝财采计〔2024〕123号
      计划编号 and 项目编号 on one line: the project's | projectNo | <p>计划编号：2024-JH-0088 项目编号：CQZC-2024-0321</p> | CQZC-2024-0321
      包号 alone is no project number | projectNo | <p>包号：1</p><p>采购人：某某县卫生健康局</p> | none
      项目代码 alone is an investment code (guard) | projectNo | <p>项目代码：2402-330100-04-01-123456</p><p>招标人：某某县水务局</p> | none
      标段编号 beside 项目编号: the project's | projectNo | <p>标段编号：ZB-2024-001-01</p><p>项目编号：ZB-2024-001</p> | ZB-2024-001
      标段（包）编号 alone | projectNo | <p>标段（包）编号：E3301000001000123001</p><p>招标人：某某县水务局</p> | E3301000001000123001
      # project numbers: Chinese letters, brackets, widths
      a number opening with 〔year〕 | projectNo | <p>项目编号：〔2024〕某采字第12号</p> | 〔2024〕某采字第12号
      a number opening with [year] | projectNo | <p>项目编号：[2024]-ZB-015</p> | [2024]-ZB-015
      a number opening with （year） | projectNo | <p>项目编号：（2024）ZB016号</p> | （2024）ZB016号
      a number with full-width letters and digits | projectNo | <p>项目编号：ＪＳＺＣ－２０２４－００８</p> | ＪＳＺＣ－２０２４－００８
      a number split across spans | projectNo | <p>项目编号：<span>HZCG-</span><span>2024-</span><span>0045</span></p> | HZCG-2024-0045
      a number split across spans in a Word body | projectNo | <p class="MsoNormal"><span>项目编号：</span><span lang="EN-US">SXZC</span><span lang="EN-US">2024</span><span>-</span><span lang="EN-US">067</span></p> | SXZC2024-067
      a number then （招标文件编号：…） | projectNo | <p>招标编号：ZB-2024-201（招标文件编号：ZBWJ-2024-201）</p> | ZB-2024-201
      a number in a table's header row | projectNo | <table><tr><th colspan="2">项目编号：GZZC-2024-0331</th></tr><tr><td>项目名称</td><td>某某设备采购</td></tr></table> | GZZC-2024-0331
      a number under its column, one data row | projectNo | <table><tr><td>项目名称</td><td>项目编号</td><td>预算金额（元）</td></tr><tr><td>某某设备采购</td><td>FJZC-2024-0099</td><td>300000</td></tr></table> | FJZC-2024-0099
      项目编号为X in a sentence | projectNo | <p>某某县人民医院就某某设备采购项目（项目编号为ZB-2024-301）进行公开招标，欢迎合格的供应商参加。</p> | ZB-2024-301
      a number in 【】 before the title | projectNo | <h1>【ZB-2024-401】某某设备采购项目招标公告</h1><p>一、项目基本情况</p> | ZB-2024-401
      a number in half-width brackets after the title, labelled 编号 | projectNo | <h1>某某设备采购项目招标公告(编号:ZB2024402)</h1><p>一、项目基本情况</p> | ZB2024402
      several numbers separated by semicolons: the first | projectNo | <p>项目编号：YCZC-2024-8；YJZB[2024]003号</p> | YCZC-2024-8
      the number ends before 项目名称 run on | projectNo | <p>采购项目编号：HBZC-2024-77采购项目名称：某某服务</p> | HBZC-2024-77
      # a buyer repeated per lot, or per lot label
      the buyer in each lot's heading line | buyer | <p>第一包：采购人：某某市第三中学；预算金额：10万元</p><p>第二包：采购人：某某市第三中学；预算金额：20万元</p> | 某某市第三中学
      采购人 per lot in a table, the buyer | buyer | <table><tr><td>包号</td><td>采购人</td><td>预算金额（万元）</td></tr><tr><td>1</td><td>某某县中医院</td><td>30</td></tr><tr><td>2</td><td>某某县中医院</td><td>40</td></tr></table> | 某某县中医院
      # cell-per-line and run-on copies
      a cell-per-line copy: 采购人 then 地址 | buyerAddress | <p>采购人</p><p>某某县民政局</p><p>地址</p><p>某某县某路12号</p><p>采购代理机构</p><p>某某招标有限公司</p><p>地址</p><p>某某市某路13号</p> | 某某县某路12号
      a run-on copy with 采购人地址 | buyerAddress | <p>采购人：某某县民政局 采购人地址：某某县某路12号 采购人联系方式：0570-80000001 采购代理机构：某某招标有限公司 代理机构地址：某某市某路13号</p> | 某某县某路12号
      a run-on copy: the agency after 采购人地址 | agency | <p>采购人：某某县民政局 采购人地址：某某县某路12号 采购人联系方式：0570-80000001 采购代理机构：某某招标有限公司 代理机构地址：某某市某路13号</p> | 某某招标有限公司
      # second batch: more labels
      政府采购代理机构 | agency | <p>采购人：某某县财政局</p><p>政府采购代理机构：某某招标有限公司</p> | 某某招标有限公司
      项目代理机构 | agency | <p>招标人：某某县住房和城乡建设局</p><p>项目代理机构：某某工程咨询有限公司</p> | 某某工程咨询有限公司
      招标单位名称 | buyer | <p>招标单位名称：某某县第一人民医院</p><p>招标代理机构名称：某某招标有限公司</p> | 某某县第一人民医院
      建设单位名称 | buyer | <p>工程名称：某某道路工程</p><p>建设单位名称：某某县交通投资有限公司</p> | 某某县交通投资有限公司
      业主名称 | buyer | <p>项目名称：某某污水管网工程</p><p>业主名称：某某县水务集团有限公司</p> | 某某县水务集团有限公司
      遴选单位 (a campus 遴选公告) | buyer | <h1>某某物业服务遴选公告</h1><p>遴选单位：某某职业学院</p><p>遴选编号：LX-2024-03</p> | 某某职业学院
      遴选编号 | projectNo | <h1>某某物业服务遴选公告</h1><p>遴选单位：某某职业学院</p><p>遴选编号：LX-2024-03</p> | LX-2024-03
      # sentences
      建设单位为X in the works clause | buyer | <p>1.招标条件</p><p>本招标项目某某小学改扩建工程已由某某县发展和改革局批准建设，建设单位为某某县教育局，建设资金来自财政资金，项目已具备招标条件。</p> | 某某县教育局
      受 a buyer whose name has a bracket | buyer | <p>某某招标有限公司受某某大学（北京）委托，对某某仪器进行公开招标。</p> | 某某大学（北京）
      # sign-offs
      the agency signs with the date on its line | agency | <p>采购人：某某县人民医院</p><p>特此公告。</p><p>某某招标有限公司　　2024年5月10日</p> | 某某招标有限公司
      both sign on one line, the agency | agency | <p>项目编号：ZB-2024-001</p><p>特此公告。</p><p>某某县人民医院　　　　某某招标有限公司</p><p>2024年5月10日</p> | 某某招标有限公司
      both sign with labels on one line | agency | <p>项目编号：ZB-2024-001</p><p>招标人：某某县水利局（盖章）　　招标代理机构：某某工程咨询有限公司（盖章）</p><p>2024年5月10日</p> | 某某工程咨询有限公司
      # addresses with a postcode after them
      a postcode after the address | buyerAddress | <p>采购人：某某县档案馆</p><p>地址：某某县某路1号 邮编：310000</p> | 某某县某路1号
      a postcode in brackets after the address | buyerAddress | <p>采购人：某某县档案馆</p><p>地址：某某县某路1号（邮编：310000）</p> | 某某县某路1号
      a postcode glued to the address | buyerAddress | <p>采购人：某某县档案馆</p><p>地址：某某县某路1号邮编：310000</p> | 某某县某路1号
      # numbers
      a title's number in brackets with Chinese letters | projectNo | <h1>某某设备采购项目（湘财采计〔2024〕0012号）招标公告</h1><p>一、项目基本情况</p> | 湘财采计〔2024〕0012号
      a title opening with the number in half-width brackets | projectNo | <h1>[ZB2024-0502]某某设备采购项目招标公告</h1><p>一、项目基本情况</p> | ZB2024-0502
      a number under a definition term with no colon | projectNo | <dl><dt>项目名称</dt><dd>某某设备采购</dd><dt>项目编号</dt><dd>HNZC-2024-066</dd></dl> | HNZC-2024-066
      a number with an English note in the label | projectNo | <p>项目编号(Project No.)：ZB-2024-601</p> | ZB-2024-601
      a number cell split in spans with a dash between | projectNo | <table><tr><td>项目编号</td><td><span>ZB</span>-<span>2024</span>-<span>701</span></td></tr></table> | ZB-2024-701
      本项目编号为 | projectNo | <p>本项目编号为：ZB-2024-801，请投标人在投标文件中注明。</p> | ZB-2024-801
      a number labelled in a table header row, value row under | projectNo | <table><tr><th>项目编号</th><th>项目名称</th><th>采购方式</th></tr><tr><td>SZCG2024000123</td><td>某某设备</td><td>公开招标</td></tr></table> | SZCG2024000123
      # third batch: values that end oddly, headings with a colon, more sign-offs
      采购人信息： with the name after it | buyer | <p>1、采购人信息：某某市林业局</p><p>地址：某某市某路5号</p><p>2、采购代理机构信息：某某招标有限公司</p> | 某某市林业局
      采购代理机构信息： with the name after it | agency | <p>1、采购人信息：某某市林业局</p><p>地址：某某市某路5号</p><p>2、采购代理机构信息：某某招标有限公司</p> | 某某招标有限公司
      an address with a building in brackets | buyerAddress | <p>采购人：某某市林业局</p><p>地址：某某市某路5号（某某大厦5楼）</p> | 某某市某路5号（某某大厦5楼）
      an address with a single space inside | buyerAddress | <p>采购人：某某市林业局</p><p>地址：某某省某某市 某某路5号</p><p>联系人：王某</p> | 某某省某某市 某某路5号
      a buyer's 本级 note kept | buyer | <p>采购人：某某市教育局（本级）</p><p>项目编号：ZB-2024-001</p> | 某某市教育局（本级）
      a buyer run into 采购项目名称 | buyer | <p>采购人：某某县卫生健康局采购项目名称：某某设备</p> | 某某县卫生健康局
      an agency run into its 地址 | agency | <p>采购代理机构：某某工程咨询有限公司地址：某某市某路2号</p> | 某某工程咨询有限公司
      a buyer's seal note in half-width brackets with spaces | buyer | <p>采购人( 盖章 )：某某县水利局</p> | 某某县水利局
      the agency's 全称 cell in a four-column table | agency | <table><tr><td>采购人名称</td><td>某某县水利局</td><td>代理机构全称</td><td>某某招标有限公司</td></tr></table> | 某某招标有限公司
      a project number after 项目名称 on the same line in brackets, labelled 编号 | projectNo | <p>项目名称：某某设备采购（编号：ZB-2024-901）</p> | ZB-2024-901
      a number before its lot suffix with a slash | projectNo | <p>项目编号：0702-2441ZJ0G1234/02</p> | 0702-2441ZJ0G1234/02
      a number whose colon is half-width with a space after | projectNo | <p>招标编号: SDGP370000000202502005150</p> | SDGP370000000202502005150
      the number of a re-run, a bracketed 二次 note dropped | projectNo | <p>项目编号：ZB-2024-902（二次招标）</p> | ZB-2024-902
      the project's number, not the 原公告's | projectNo | <h1>某某设备采购项目更正公告</h1><p>一、项目基本情况</p><p>原公告的采购项目编号：ZB-2024-903</p><p>原公告的采购项目名称：某某设备采购</p> | ZB-2024-903
      # fourth batch: contact tables whose cells hold several lines, block headings as table rows
      the role in the left cell, its lines in the right, the buyer | buyer | <table><tr><td>采购人</td><td><p>名称：某某市人民检察院</p><p>地址：某某市某路11号</p><p>联系人：王某</p></td></tr><tr><td>采购代理机构</td><td><p>名称：某某招标有限公司</p><p>地址：某某市某路12号</p></td></tr></table> | 某某市人民检察院
      the role in the left cell, its lines in the right, the address | buyerAddress | <table><tr><td>采购人</td><td><p>名称：某某市人民检察院</p><p>地址：某某市某路11号</p><p>联系人：王某</p></td></tr><tr><td>采购代理机构</td><td><p>名称：某某招标有限公司</p><p>地址：某某市某路12号</p></td></tr></table> | 某某市某路11号
      the role in the left cell, its lines in the right, the agency | agency | <table><tr><td>采购人</td><td><p>名称：某某市人民检察院</p><p>地址：某某市某路11号</p><p>联系人：王某</p></td></tr><tr><td>采购代理机构</td><td><p>名称：某某招标有限公司</p><p>地址：某某市某路12号</p></td></tr></table> | 某某招标有限公司
      the parties side by side, <br> lines in each cell, the address | buyerAddress | <table><tr><td>采购人：某某市人民检察院<br>地址：某某市某路11号<br>联系人：王某</td><td>采购代理机构：某某招标有限公司<br>地址：某某市某路12号<br>联系人：李某</td></tr></table> | 某某市某路11号
      the parties side by side, <br> lines in each cell, the agency | agency | <table><tr><td>采购人：某某市人民检察院<br>地址：某某市某路11号<br>联系人：王某</td><td>采购代理机构：某某招标有限公司<br>地址：某某市某路12号<br>联系人：李某</td></tr></table> | 某某招标有限公司
      block headings as spanning table rows, the buyer | buyer | <table><tr><td colspan="2">1.采购人信息</td></tr><tr><td>名 称</td><td>某某市人民检察院</td></tr><tr><td>地 址</td><td>某某市某路11号</td></tr><tr><td colspan="2">2.采购代理机构信息</td></tr><tr><td>名 称</td><td>某某招标有限公司</td></tr><tr><td>地 址</td><td>某某市某路12号</td></tr></table> | 某某市人民检察院
      block headings as spanning table rows, the address | buyerAddress | <table><tr><td colspan="2">1.采购人信息</td></tr><tr><td>名 称</td><td>某某市人民检察院</td></tr><tr><td>地 址</td><td>某某市某路11号</td></tr><tr><td colspan="2">2.采购代理机构信息</td></tr><tr><td>名 称</td><td>某某招标有限公司</td></tr><tr><td>地 址</td><td>某某市某路12号</td></tr></table> | 某某市某路11号
      block headings as spanning table rows, the agency | agency | <table><tr><td colspan="2">1.采购人信息</td></tr><tr><td>名 称</td><td>某某市人民检察院</td></tr><tr><td>地 址</td><td>某某市某路11号</td></tr><tr><td colspan="2">2.采购代理机构信息</td></tr><tr><td>名 称</td><td>某某招标有限公司</td></tr><tr><td>地 址</td><td>某某市某路12号</td></tr></table> | 某某招标有限公司
      block headings in a table's th, the agency block first | buyerAddress | <table><tr><th colspan="2">采购代理机构信息</th></tr><tr><td>名称</td><td>某某招标有限公司</td></tr><tr><td>地址</td><td>某某市某路12号</td></tr><tr><th colspan="2">采购人信息</th></tr><tr><td>名称</td><td>某某市人民检察院</td></tr><tr><td>地址</td><td>某某市某路11号</td></tr></table> | 某某市某路11号
      a Word body: label and value in spans, the number | projectNo | <p class="MsoNormal"><b><span style="font-family:宋体">项目编号</span></b><b><span lang="EN-US">:</span></b><span lang="EN-US">&nbsp;GXZC2024-G1-00123-KLZB</span></p> | GXZC2024-G1-00123-KLZB
      a Word body: the buyer label in bold, the name in spans | buyer | <p class="MsoNormal"><b><span>采购人</span></b><b><span>：</span></b><span>某某市</span><span>人民检察院</span></p> | 某某市人民检察院
      # fifth batch: addresses that are the opening place's, other roles, numbers on their own line
      the opening place's 地址 in brackets is no buyer's | buyerAddress | <p>采购人：某某县文化馆</p><p>开标时间：2024年5月20日9:30</p><p>开标地点：某某县公共资源交易中心（地址：某某县某路9号）</p> | none
      the bid hand-in place's 地址 is no buyer's | buyerAddress | <p>采购人：某某县文化馆</p><p>递交投标文件地点：某某县公共资源交易中心，地址：某某县某路9号</p> | none
      a 代建单位 is no agency (guard) | agency | <p>建设单位：某某县教育局</p><p>代建单位：某某县城市建设投资有限公司</p> | none
      a 代建单位 beside the 建设单位, the buyer | buyer | <p>建设单位：某某县教育局</p><p>代建单位：某某县城市建设投资有限公司</p> | 某某县教育局
      采购组织机构 (浙江) | agency | <p>采购人：某某市第一中学</p><p>采购组织机构：某某市政府采购中心</p> | 某某市政府采购中心
      a number on the line after its label | projectNo | <p>项目编号：<br>ZB-2024-011</p><p>项目名称：某某设备</p> | ZB-2024-011
      a number after the title with no brackets | projectNo | <h1>某某设备采购项目招标公告 ZB-2024-012</h1><p>一、项目基本情况</p> | ZB-2024-012
      a lot's number after the project's on one line: the project's | projectNo | <p>项目编号：ZB-2024-013 包号：ZB-2024-013-1</p> | ZB-2024-013
      招标项目编号 beside 项目代码 on one line | projectNo | <p>项目代码：2402-330100-04-01-123456 招标项目编号：E3301000001000456001</p> | E3301000001000456001
      the agency named only in the phone lines (guard) | agency | <p>采购人：某某县文化馆</p><p>代理机构联系人：李某</p><p>代理机构联系电话：0570-80000002</p> | none
      # sixth batch: entrusting sentences with notes and other verbs
      受X委托 first, the agency abbreviated after the comma | agency | <p>受某某县人民医院的委托，某某招标有限公司（以下简称“代理机构”）对某某设备进行公开招标。</p> | 某某招标有限公司
      X委托Y, both abbreviated | buyer | <p>某某县人民医院（以下简称“采购人”）委托某某招标有限公司（以下简称“代理机构”），对某某设备进行公开招标。</p> | 某某县人民医院
      X委托Y, both abbreviated, the agency | agency | <p>某某县人民医院（以下简称“采购人”）委托某某招标有限公司（以下简称“代理机构”），对某某设备进行公开招标。</p> | 某某招标有限公司
      根据X的委托, the buyer | buyer | <p>根据某某县人民医院的委托，某某招标有限公司对某某设备进行公开招标，欢迎合格的供应商前来投标。</p> | 某某县人民医院
      根据X的委托, the agency | agency | <p>根据某某县人民医院的委托，某某招标有限公司对某某设备进行公开招标，欢迎合格的供应商前来投标。</p> | 某某招标有限公司
      X现受Y委托 | buyer | <p>某某招标有限公司现受某某县人民医院委托，对某某设备进行竞争性谈判。</p> | 某某县人民医院
      a 编号 in brackets after the project in a sentence | projectNo | <p>某某县人民医院就某某设备采购项目（编号：ZB-2024-021）进行公开招标。</p> | ZB-2024-021
      # seventh batch: values run into labels that are no field's
      a number run into 采购方式 | projectNo | <p>项目编号：ZB2024031采购方式：公开招标</p> | ZB2024031
      a number with Chinese letters run into 采购方式 | projectNo | <p>采购编号：某财采〔2024〕32号采购方式：询价</p> | 某财采〔2024〕32号
      a buyer run into 采购方式 | buyer | <p>采购人：某某县人民医院采购方式：询价</p> | 某某县人民医院
      an address run into 联系人 | buyerAddress | <p>采购人：某某县人民医院</p><p>地址：某某县某路3号联系人：王某</p> | 某某县某路3号
      an address run into 邮政编码 | buyerAddress | <p>采购人：某某县人民医院</p><p>地址：某某县某路3号邮政编码：310000</p> | 某某县某路3号
      # eighth batch (11q): a state firm's e-procurement notice numbers its 采购单 and names its 采购执行单位
      采购单编号 (a state firm's purchase order) | projectNo | <p>一、采购单编号：P-CG-24-00012345</p><p>二、采购单名称：某某公司厂区道路维修工程</p><p>三、采购执行单位：某某发电有限公司</p> | P-CG-24-00012345
      采购执行单位, its 采购执行人 a person | buyer | <p>一、采购单编号：P-CG-24-00012345</p><p>二、采购单名称：某某公司厂区道路维修工程</p><p>三、采购执行单位：某某发电有限公司</p><p>四、采购执行人：王某</p> | 某某发电有限公司
      采购执行单位 in a label/value table | buyer | <table><tr><td>采购单编号</td><td>P-CG-24-00012346</td></tr><tr><td>采购执行单位</td><td>某某能源有限公司</td></tr></table> | 某某能源有限公司
      # ninth batch (11t-pf, a university's own notices): the campus 招投标单号 / 招投标编号, and "X受委托，对…" naming no principal
      招投标单号 in an item | projectNo | <p>1、项目名称：某某大学学生宿舍改造项目</p><p>2、招投标单号：GD24001</p> | GD24001
      招投标单号 in brackets in the opening sentence | projectNo | <p>由某某咨询有限公司组织的某某大学洗衣机投放服务项目（招投标单号：QD24002）的竞争性磋商方式的采购</p> | QD24002
      招投标单号 with the agency's own number in brackets after it | projectNo | <p>2、招投标单号：QD24003（代理机构内部编号：AB2400123）</p> | QD24003
      招投标编号 | projectNo | <p>招投标编号：ZTB-2024-017</p><p>项目名称：某某学院实验室设备采购</p> | ZTB-2024-017
      an agency 受委托 with no principal, a comma, 对 | agency | <p>根据《中华人民共和国招标投标法》及相关法律、法规之规定，某某招标代理有限公司受委托，对某某大学食堂托管服务项目进行公开招标采购，特邀请合格的供应商前来投标。</p> | 某某招标代理有限公司
      an agency 受委托 with no principal, no comma | agency | <p>某某工程咨询有限责任公司受委托对某某学院宿舍改造项目设计进行国内公开招投标采购。</p> | 某某工程咨询有限责任公司
      an agency 受委托 with no principal, 就 | agency | <p>某某项目管理有限公司受委托，就某某中学操场改造工程进行竞争性磋商。</p> | 某某项目管理有限公司
      受X委托 still names the buyer (guard) | buyer | <p>某某招标代理有限公司受某某大学委托，对某某大学食堂托管服务项目进行公开招标采购。</p> | 某某大学
      a firm 受委托 to develop, no procurement verb after it (guard) | agency | <p>某某科技有限公司受委托研发的管理系统已上线运行。</p> | none
      """)
  void fieldOfAParty(String layout, String field, String html, String expected) {
    Notice n = page(html.startsWith("<h1>") ? html : "<h1>某项目公告</h1>" + html);
    assertEquals(expected, PortalQuirksTest.FIELDS.get(field).apply(n), layout);
  }
}
