package org.tenderwatch.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.tenderwatch.extract.Layouts.page;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The parties (buyer, agency, the buyer's address) and the project number as real portals state them (round 11p,
 * written before the rules): the ccgp 2020+ contact section (1.采购人信息 名 称/地 址, 2.采购代理机构信息, 3.项目联系方式;
 * blocks on one line, the agency's block first, 名称 over its value, 单位名称, a blank 地址), ggzy works tenders'
 * 招标人/招标代理机构 on one line, run on, in two- and four-column contact tables (either side the buyer's) and in
 * contact tables headed by their columns (单位 | 名称 | 地址 | 联系人 | 电话, roles in a column, before the name or
 * none), the buyer as 建设单位/项目业主/业主单位/使用单位 beside 招标人 (and "项目业主为X" in the standard works clause),
 * 四川's 比选人/比选代理机构, 政采云 bookmark spans (code-purchase, code-purchaserContactAddr, code-agencyOrg,
 * code-projectCode, as the 广西 template writes them), sign-offs at the end (seal notes, role notes, the agency
 * alone), 受X委托 with the agency's name before it (a branch, an institute), 联系/通讯/办公/详细地址 and an address
 * that is the agency's, names with branch suffixes and brackets, a buyer repeated per lot, and project numbers in the
 * header line, after the title with or without a label, in a 公告概要 or lots table, beside 采购计划编号 or 项目代码.
 * Each row is a made-up page (某某 names, made-up numbers) of a real shape.
 *
 * <p>18 of the 70 rows failed when written: 单位名称 in a party's block (buyer and agency); a four-column table with
 * the agency's side left (the buyer's address was the agency's); five rows of contact tables headed by their columns;
 * "项目业主为X" with no 招标人; 使用单位; 比选人 and 比选代理机构; signing names with role notes ("某某县水利局（招标人）",
 * whose note's 招标 made it an agency's); an institute entrusted ("某某省机电设备招标研究院受…委托"); 办公地址; the buyer
 * and the project number repeated down a lots table's column; a code in brackets after the title with no label. The
 * two guards (a winner's contact table in an award, an items table's 使用单位 column) failed against the first form
 * of the table rule; the other rows passed and stay as guards. Round 11p added 5 rows from a real ccgp-hunan 磋商邀请公告
 * (the contact blocks' items numbered （1）…（6）, one a line or all run on one line): 4 failed first; the guard (a blank
 * 地址 before the next item, "（2）地 址：" / "（3）联系人：…") failed against the first form of the rule; and 3 rows of a
 * title whose 局部 / 局域网 was cut as a bureau ("某某部机关办公用房局", a real 中央国家机关 tender): 2 failed first.
 * Round 11s-pa added 5 rows of an address that goes on after a comma to its building, park or floor (a real ccgp
 * 更正公告: "…一号院，中国科学院奥运科技园区104楼"): 2 failed first; the 3 guards (a phone, a contact, a postal code
 * after the comma) passed and stay.
 */
class PartyVariantsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
      # ccgp 2020+ 七/八、对本次招标提出询问…联系方式: 1.采购人信息, 2.采购代理机构信息, 3.项目联系方式
      ccgp contact section, the buyer | buyer | <p>八、对本次招标提出询问，请按以下方式联系。</p><p>1.采购人信息</p><p>名 称：某某市第一人民医院</p><p>地 址：某某市某某路12号</p><p>联系方式：0571-88880001</p><p>2.采购代理机构信息</p><p>名 称：某某招标代理有限公司</p><p>地 址：某某市某某大道100号</p><p>联系方式：0571-66660001</p><p>3.项目联系方式</p><p>项目联系人：张某</p><p>电 话：0571-66660001</p> | 某某市第一人民医院
      ccgp contact section, the buyer's address | buyerAddress | <p>八、对本次招标提出询问，请按以下方式联系。</p><p>1.采购人信息</p><p>名 称：某某市第一人民医院</p><p>地 址：某某市某某路12号</p><p>联系方式：0571-88880001</p><p>2.采购代理机构信息</p><p>名 称：某某招标代理有限公司</p><p>地 址：某某市某某大道100号</p><p>联系方式：0571-66660001</p><p>3.项目联系方式</p><p>项目联系人：张某</p><p>电 话：0571-66660001</p> | 某某市某某路12号
      ccgp contact section, the buyer's 地址 blank | buyerAddress | <p>八、对本次招标提出询问，请按以下方式联系。</p><p>1.采购人信息</p><p>名 称：某某市第一人民医院</p><p>地 址：</p><p>联系方式：0571-88880001</p><p>2.采购代理机构信息</p><p>名 称：某某招标代理有限公司</p><p>地 址：某某市某某大道100号</p><p>联系方式：0571-66660001</p> | none
      ccgp contact section, each block on one line (河北) | buyerAddress | <p>七、对本次招标提出询问，请按以下方式联系。</p><p>1.采购人信息 名 称：某某市某某区人民法院 地 址：某某市某某区某某路66号 联系方式：0311-80000001</p><p>2.采购代理机构信息 名 称：某某项目管理有限公司 地 址：某某市某某路1号 联系方式：0311-80000002</p> | 某某市某某区某某路66号
      ccgp contact section, agency block first, the buyer's address | buyerAddress | <p>七、对本次招标提出询问，请按以下方式联系。</p><p>1.采购代理机构信息</p><p>名 称：某某招标有限公司</p><p>地 址：某某市某路9号</p><p>2.采购人信息</p><p>名 称：某某市疾病预防控制中心</p><p>地 址：某某市某路10号</p> | 某某市某路10号
      an address going on after a comma to its building | buyerAddress | <p>1.采购人信息</p><p>名 称：某某研究所</p><p>地址：某某市某某路一号院，某某科技园区104楼</p><p>联系方式：010-80000001</p> | 某某市某某路一号院，某某科技园区104楼
      an address going on after a comma to its floor | buyerAddress | <p>1.采购人信息</p><p>名 称：某某局</p><p>地址：某某市某某路12号，某某大厦5层</p><p>联系方式：0571-88880001</p> | 某某市某某路12号，某某大厦5层
      an address, then its phone after a comma | buyerAddress | <p>1.采购人信息</p><p>名 称：某某局</p><p>地址：某某市某某路12号，电话：0571-88880001</p> | 某某市某某路12号
      an address, then its contact after a comma | buyerAddress | <p>1.采购人信息</p><p>名 称：某某局</p><p>地址：某某市某某路12号，联系人：张某</p> | 某某市某某路12号
      an address, then its postal code after a comma | buyerAddress | <p>1.采购人信息</p><p>名 称：某某局</p><p>地址：某某市某某路12号，邮编：310000</p> | 某某市某某路12号
      名称 and 地址 each over its value | buyerAddress | <p>1.采购人信息</p><p>名 称：</p><p>某某市第一人民医院</p><p>地 址：</p><p>某某市某某路12号</p><p>2.采购代理机构信息</p><p>名 称：</p><p>某某招标代理有限公司</p> | 某某市某某路12号
      the buyer's 单位名称 in its block | buyer | <p>1.采购人信息</p><p>单位名称：某某市档案馆</p><p>地址：某某市某区某路21号</p><p>2.采购代理机构信息</p><p>单位名称：某某招标有限公司</p> | 某某市档案馆
      the agency's 单位名称 in its block | agency | <p>1.采购人信息</p><p>单位名称：某某市档案馆</p><p>地址：某某市某区某路21号</p><p>2.采购代理机构信息</p><p>单位名称：某某招标有限公司</p> | 某某招标有限公司
      招标人信息 block with 名称 (works) | buyerAddress | <p>十、联系方式</p><p>招标人信息</p><p>名称：某某县教育局</p><p>地址：某某县某路1号</p><p>招标代理机构信息</p><p>名称：某某工程咨询有限公司</p><p>地址：某某市某路2号</p> | 某某县某路1号
      the 项目联系方式 block names no party | agency | <p>八、对本次招标提出询问，请按以下方式联系。</p><p>1.采购人信息</p><p>名 称：某某市第一中学</p><p>地 址：某某市某路3号</p><p>3.项目联系方式</p><p>项目联系人：张某</p><p>电 话：0571-66660001</p> | none
      # ggzy works tenders: 招标人 and 招标代理机构 on one line, in two- and four-column contact tables
      招标人 and 招标代理机构 on one line, the buyer | buyer | <p>招标人：某某县交通运输局 招标代理机构：某某工程咨询有限公司</p> | 某某县交通运输局
      招标人 run into 招标代理机构 with no space | buyer | <p>招标人：某某县交通运输局招标代理机构：某某工程咨询有限公司</p> | 某某县交通运输局
      each party then its address, on one line | buyerAddress | <p>招标人：某某县水务局 地址：某某县某路1号 招标代理机构：某某项目管理有限公司 地址：某某市某路2号</p> | 某某县某路1号
      a two-column contact table, the buyer's address | buyerAddress | <table><tr><td>招标人：</td><td>某某县水利局</td></tr><tr><td>地址：</td><td>某某县某路1号</td></tr><tr><td>联系人：</td><td>王某</td></tr><tr><td>招标代理机构：</td><td>某某项目管理有限公司</td></tr><tr><td>地址：</td><td>某某市某路2号</td></tr></table> | 某某县某路1号
      招标人 and 地址 cells one a line | buyerAddress | <p>招标人：</p><p>某某县水利局</p><p>地 址：</p><p>某某县某路1号</p><p>招标代理机构：</p><p>某某工程咨询有限公司</p><p>地 址：</p><p>某某市某路2号</p> | 某某县某路1号
      a four-column contact table, the buyer | buyer | <table><tr><td>招标人</td><td>某某市城市建设投资有限公司</td><td>招标代理机构</td><td>某某工程项目管理有限公司</td></tr><tr><td>地址</td><td>某某市某路1号</td><td>地址</td><td>某某市某路2号</td></tr><tr><td>联系人</td><td>王某</td><td>联系人</td><td>李某</td></tr><tr><td>电话</td><td>0731-80000001</td><td>电话</td><td>0731-80000002</td></tr></table> | 某某市城市建设投资有限公司
      a four-column contact table, the buyer's address | buyerAddress | <table><tr><td>招标人</td><td>某某市城市建设投资有限公司</td><td>招标代理机构</td><td>某某工程项目管理有限公司</td></tr><tr><td>地址</td><td>某某市某路1号</td><td>地址</td><td>某某市某路2号</td></tr><tr><td>联系人</td><td>王某</td><td>联系人</td><td>李某</td></tr><tr><td>电话</td><td>0731-80000001</td><td>电话</td><td>0731-80000002</td></tr></table> | 某某市某路1号
      a four-column table with colons, the agency's side left | buyerAddress | <table><tr><td>招标代理机构：</td><td>某某招标有限公司</td><td>招标人：</td><td>某某县人民医院</td></tr><tr><td>地 址：</td><td>某某市某路2号</td><td>地 址：</td><td>某某县某路1号</td></tr><tr><td>联 系 人：</td><td>李某</td><td>联 系 人：</td><td>王某</td></tr></table> | 某某县某路1号
      a contact table headed 单位 / 名称 / 地址 / 联系人 / 电话, the buyer | buyer | <table><tr><td>单位</td><td>名称</td><td>地址</td><td>联系人</td><td>电话</td></tr><tr><td>采购人</td><td>某某市园林绿化管理处</td><td>某某市某路7号</td><td>王某</td><td>0551-60000001</td></tr><tr><td>采购代理机构</td><td>某某招标咨询有限公司</td><td>某某市某路8号</td><td>李某</td><td>0551-60000002</td></tr></table> | 某某市园林绿化管理处
      a contact table headed 单位名称 / 地址 / 联系人 / 电话, no roles: the agency | agency | <table><tr><td>单位名称</td><td>地址</td><td>联系人</td><td>联系电话</td></tr><tr><td>某某市园林绿化管理处</td><td>某某市某路7号</td><td>王某</td><td>0551-60000001</td></tr><tr><td>某某招标咨询有限公司</td><td>某某市某路8号</td><td>李某</td><td>0551-60000002</td></tr></table> | 某某招标咨询有限公司
      a contact table headed 单位名称 / 地址 / 联系人 / 电话, no roles: the buyer | buyer | <table><tr><td>单位名称</td><td>地址</td><td>联系人</td><td>联系电话</td></tr><tr><td>某某市园林绿化管理处</td><td>某某市某路7号</td><td>王某</td><td>0551-60000001</td></tr><tr><td>某某招标咨询有限公司</td><td>某某市某路8号</td><td>李某</td><td>0551-60000002</td></tr></table> | 某某市园林绿化管理处
      a contact table headed 单位 / 名称 / 地址 / 联系人 / 电话, the buyer's address | buyerAddress | <table><tr><td>单位</td><td>名称</td><td>地址</td><td>联系人</td><td>电话</td></tr><tr><td>采购人</td><td>某某市园林绿化管理处</td><td>某某市某路7号</td><td>王某</td><td>0551-60000001</td></tr><tr><td>采购代理机构</td><td>某某招标咨询有限公司</td><td>某某市某路8号</td><td>李某</td><td>0551-60000002</td></tr></table> | 某某市某路7号
      a contact table of 单位名称 / 地址 / 联系人, the role in the first column | buyerAddress | <table><tr><td></td><td>单位名称</td><td>地址</td><td>联系人</td><td>联系电话</td></tr><tr><td>招标人</td><td>某某镇人民政府</td><td>某某县某镇某街1号</td><td>王某</td><td>0570-80000001</td></tr><tr><td>招标代理</td><td>某某工程管理有限公司</td><td>某某市某路9号</td><td>李某</td><td>0570-80000002</td></tr></table> | 某某县某镇某街1号
      a winner's contact table in an award names no buyer (guard) | buyer | <h1>某某服务项目成交结果公告</h1><p>三、成交供应商信息</p><table><tr><td>单位名称</td><td>地址</td><td>联系人</td><td>联系电话</td></tr><tr><td>某某物业服务有限公司</td><td>某某市某路3号</td><td>赵某</td><td>0571-80000003</td></tr><tr><td>某某工程咨询有限公司</td><td>某某市某路4号</td><td>钱某</td><td>0571-80000004</td></tr></table> | none
      # the buyer as 建设单位 / 项目业主 / 业主单位 / 使用单位 beside 招标人
      招标人 and 建设单位 both: 招标人 | buyer | <p>建设单位：某某县人民政府</p><p>招标人：某某县城市建设投资有限公司</p> | 某某县城市建设投资有限公司
      项目业主 alone | buyer | <p>项目名称：某某道路改造工程</p><p>项目业主：某某县公路管理局</p><p>项目编号：ZB2024-018</p> | 某某县公路管理局
      业主单位 alone | buyer | <p>工程名称：某某河道整治工程</p><p>业主单位：某某县水务投资有限公司</p> | 某某县水务投资有限公司
      项目业主为X, another 招标人 | buyer | <p>1.招标条件</p><p>本招标项目某某片区路网工程已由某某市发展和改革委员会批准建设，项目业主为某某市人民政府，建设资金来自政府投资，招标人为某某市城市发展集团有限公司。项目已具备招标条件。</p> | 某某市城市发展集团有限公司
      项目业主为X alone | buyer | <p>1.招标条件</p><p>本招标项目某某乡村道路工程已由某某县发展和改革局批准建设，项目业主为某某县交通运输局，建设资金来自上级补助资金，项目已具备招标条件，现对该项目的施工进行公开招标。</p> | 某某县交通运输局
      使用单位 beside a 集中采购机构 | buyer | <p>集中采购机构：某某市政府采购中心</p><p>使用单位：某某市第二实验小学</p><p>项目编号：CG2024-0032</p> | 某某市第二实验小学
      采购人（使用单位） | buyer | <p>采购人（使用单位）：某某县中医院</p><p>集中采购机构：某某县公共资源交易中心</p> | 某某县中医院
      采购单位 and 采购人 both, the same | buyer | <p>采购单位：某某大学</p><p>项目编号：ZB-2024-001</p><p>七、联系方式</p><p>采购人：某某大学</p><p>地址：某某市某路1号</p> | 某某大学
      比选人 (四川) | buyer | <p>比选人：某某市城市建设投资有限公司</p><p>比选代理机构：某某工程咨询有限公司</p> | 某某市城市建设投资有限公司
      比选代理机构 (四川) | agency | <p>比选人：某某市城市建设投资有限公司</p><p>比选代理机构：某某工程咨询有限公司</p> | 某某工程咨询有限公司
      # 政采云 bookmark spans
      政采云 bookmarks, the buyer | buyer | <p>1.采购人信息</p><p>名&nbsp;&nbsp;&nbsp; 称：&nbsp;<samp class="bookmark-item uuid-1613995724274 code-purchase editDisable">某某职业技术学院</samp>&nbsp;&nbsp;</p><p>地&nbsp;&nbsp;&nbsp; 址：&nbsp;<samp class="bookmark-item uuid-1613995727902 code-purchaserContactAddr editDisable">某某市某区某大道1258号</samp>&nbsp;&nbsp;</p><p>2.采购代理机构信息</p><p>名&nbsp;&nbsp;&nbsp; 称：&nbsp;<samp class="bookmark-item uuid-1613995757333 code-agencyOrg editDisable">某某国际工程咨询集团股份有限公司</samp></p><p>地&nbsp;&nbsp;&nbsp; 址：&nbsp;<samp class="bookmark-item uuid-1613995761049 code-agencyContactAddr editDisable">某某市某区某路22号</samp></p> | 某某职业技术学院
      政采云 bookmarks, the agency | agency | <p>1.采购人信息</p><p>名&nbsp;&nbsp;&nbsp; 称：&nbsp;<samp class="bookmark-item uuid-1613995724274 code-purchase editDisable">某某职业技术学院</samp>&nbsp;&nbsp;</p><p>地&nbsp;&nbsp;&nbsp; 址：&nbsp;<samp class="bookmark-item uuid-1613995727902 code-purchaserContactAddr editDisable">某某市某区某大道1258号</samp>&nbsp;&nbsp;</p><p>2.采购代理机构信息</p><p>名&nbsp;&nbsp;&nbsp; 称：&nbsp;<samp class="bookmark-item uuid-1613995757333 code-agencyOrg editDisable">某某国际工程咨询集团股份有限公司</samp></p><p>地&nbsp;&nbsp;&nbsp; 址：&nbsp;<samp class="bookmark-item uuid-1613995761049 code-agencyContactAddr editDisable">某某市某区某路22号</samp></p> | 某某国际工程咨询集团股份有限公司
      政采云 bookmarks, the buyer's address | buyerAddress | <p>1.采购人信息</p><p>名&nbsp;&nbsp;&nbsp; 称：&nbsp;<samp class="bookmark-item uuid-1613995724274 code-purchase editDisable">某某职业技术学院</samp>&nbsp;&nbsp;</p><p>地&nbsp;&nbsp;&nbsp; 址：&nbsp;<samp class="bookmark-item uuid-1613995727902 code-purchaserContactAddr editDisable">某某市某区某大道1258号</samp>&nbsp;&nbsp;</p><p>2.采购代理机构信息</p><p>名&nbsp;&nbsp;&nbsp; 称：&nbsp;<samp class="bookmark-item uuid-1613995757333 code-agencyOrg editDisable">某某国际工程咨询集团股份有限公司</samp></p><p>地&nbsp;&nbsp;&nbsp; 址：&nbsp;<samp class="bookmark-item uuid-1613995761049 code-agencyContactAddr editDisable">某某市某区某路22号</samp></p> | 某某市某区某大道1258号
      政采云 bookmarks in a sentence, no label | buyer | <p>项目概况</p><p><samp class="bookmark-item uuid-1 code-purchase">某某市某区卫生健康局</samp>的<samp class="bookmark-item uuid-2 code-projectName">某某医疗设备采购项目</samp>招标项目的潜在投标人应在某某平台获取招标文件。</p> | 某某市某区卫生健康局
      政采云 project code bookmark | projectNo | <p>一、项目基本情况</p><p>项目编号：&nbsp;<samp class="bookmark-item uuid-1613995539680 code-projectCode editDisable">ZJZC2024-G1-005022-ZJZB</samp>&nbsp;&nbsp;</p><p>项目名称：<samp class="bookmark-item uuid-2 code-projectName">某某设备采购项目</samp></p> | ZJZC2024-G1-005022-ZJZB
      # sign-off blocks at the end
      a sign-off of both parties, the buyer | buyer | <p>十、其他补充事宜</p><p>无。</p><p>采购人：某某区教育局（盖章）</p><p>采购代理机构：某某招标有限公司（盖章）</p><p>2024年5月10日</p> | 某某区教育局
      a sign-off with the seal note before the colon | buyer | <p>十、其他补充事宜</p><p>无。</p><p>招标人（盖章）：某某县水利局</p><p>招标代理机构（盖章）：某某工程咨询有限公司</p><p>日期：2024年5月10日</p> | 某某县水利局
      a seal label over the buyer's name | buyer | <p>十、其他补充事宜</p><p>无。</p><p>采购人（盖章）：</p><p>某某县水利局</p><p>2024年5月10日</p> | 某某县水利局
      the agency alone signs, a name then the date | agency | <p>采购人：某某县人民医院</p><p>项目编号：ZB-2024-001</p><p>某某建设工程咨询有限公司</p><p>2024年5月10日</p> | 某某建设工程咨询有限公司
      the agency alone signs: no buyer from it | buyer | <p>某某设备采购项目竞争性磋商公告</p><p>项目编号：ZB-2024-001</p><p>某某建设工程咨询有限公司</p><p>2024年5月10日</p> | none
      the agency signs, the title names the buyer | buyer | <h1>某某大学实验室设备采购项目招标公告</h1><p>项目编号：ZB-2024-001</p><p>某某招标代理有限公司</p><p>2024年5月10日</p> | 某某大学
      both sign, names over the date | buyer | <p>项目编号：ZB-2024-001</p><p>特此公告。</p><p>某某县人民医院</p><p>某某工程咨询有限公司</p><p>2024年5月10日</p> | 某某县人民医院
      role notes after the signing names | buyer | <p>项目编号：ZB-2024-001</p><p>特此公告。</p><p>某某县水利局（招标人）</p><p>某某工程咨询有限公司（招标代理机构）</p><p>2024年5月10日</p> | 某某县水利局
      # 湖南 (ccgp-hunan, 2024+): 十一、…名称、地址和联系方法, the blocks' items numbered （1）…（6）, all run on one line in a text copy
      湖南 contact blocks run on one line, the buyer | buyer | <p>十、采购项目联系人姓名和电话1、联系人姓名：王先生2、电话：0731- 80000001十一、采购人、采购代理机构的名称、地址和联系方法1、采购人信息（1）名 称：某某县人民医院（2）地 址：某某县某某路8号（3）联系人：王先生（4）邮 编：410000（5）电 话：0731- 80000001（6）电子邮箱：/2、采购代理机构信息（1）名 称：某某项目管理有限公司（2）地 址：某某市某某区某某路99号某某大厦1201室（3）联系人：李某（4）邮 编：410000（5）电 话：13800000000（6）电子邮箱：/</p> | 某某县人民医院
      湖南 contact blocks run on one line, the agency | agency | <p>十、采购项目联系人姓名和电话1、联系人姓名：王先生2、电话：0731- 80000001十一、采购人、采购代理机构的名称、地址和联系方法1、采购人信息（1）名 称：某某县人民医院（2）地 址：某某县某某路8号（3）联系人：王先生（4）邮 编：410000（5）电 话：0731- 80000001（6）电子邮箱：/2、采购代理机构信息（1）名 称：某某项目管理有限公司（2）地 址：某某市某某区某某路99号某某大厦1201室（3）联系人：李某（4）邮 编：410000（5）电 话：13800000000（6）电子邮箱：/</p> | 某某项目管理有限公司
      湖南 contact blocks run on one line, the buyer's address | buyerAddress | <p>十、采购项目联系人姓名和电话1、联系人姓名：王先生2、电话：0731- 80000001十一、采购人、采购代理机构的名称、地址和联系方法1、采购人信息（1）名 称：某某县人民医院（2）地 址：某某县某某路8号（3）联系人：王先生（4）邮 编：410000（5）电 话：0731- 80000001（6）电子邮箱：/2、采购代理机构信息（1）名 称：某某项目管理有限公司（2）地 址：某某市某某区某某路99号某某大厦1201室（3）联系人：李某（4）邮 编：410000（5）电 话：13800000000（6）电子邮箱：/</p> | 某某县某某路8号
      湖南 contact blocks one item a line, the buyer | buyer | <p>1、采购人信息</p><p>（1）名 称：某某县人民医院</p><p>（2）地 址：某某县某某路8号</p><p>（3）联系人：王先生</p><p>2、采购代理机构信息</p><p>（1）名 称：某某项目管理有限公司</p><p>（2）地 址：某某市某某路99号</p> | 某某县人民医院
      湖南 contact blocks one item a line, the agency's address is no buyer's | buyerAddress | <p>1、采购人信息</p><p>（1）名 称：某某县人民医院</p><p>（2）地 址：</p><p>（3）联系人：王先生</p><p>2、采购代理机构信息</p><p>（1）名 称：某某项目管理有限公司</p><p>（2）地 址：某某市某某路99号</p> | none
      # a title's head read as a buyer: 局 is no bureau in 局部 (partial) or 局域网 (a local network)
      a title with 局部: the ministry, not a 局 cut from 局部 | buyer | <h1>某某部机关办公用房局部维修改造项目招标公告</h1><p>项目编号：GC-GG0000001</p> | 某某部
      a title with 局域网: the centre, not a 局 cut from 局域网 | buyer | <h1>某某中心办公楼局域网改造项目招标公告</h1><p>项目编号：ZB-0001</p> | 某某中心
      a bureau's title before 局域网 (guard) | buyer | <h1>某某县财政局办公楼局域网改造项目招标公告</h1><p>项目编号：ZB-0001</p> | 某某县财政局
      # 受X委托 with the agency's name before it
      X受Y委托, both abbreviated | buyer | <p>某某招标有限公司（以下简称“代理机构”）受某某市财政局（以下简称“采购人”）委托，对某某项目进行公开招标。</p> | 某某市财政局
      a branch office entrusted | agency | <p>某某项目管理有限公司某某分公司受某某区卫生健康局的委托，就某某项目进行竞争性磋商。</p> | 某某项目管理有限公司某某分公司
      an institute entrusted, its name before 受 | agency | <p>某某省机电设备招标研究院受某某大学委托，就某某仪器采购进行公开招标。</p> | 某某省机电设备招标研究院
      # address labels: 联系地址 / 通讯地址 / 办公地址 / 详细地址; an address line that is the agency's
      通讯地址 in the buyer's lines | buyerAddress | <p>采购人：某某市气象局</p><p>通讯地址：某某市某路15号</p><p>联系电话：0571-80000001</p> | 某某市某路15号
      办公地址 in the buyer's lines | buyerAddress | <p>采购人：某某市气象局</p><p>办公地址：某某市某路15号</p><p>联系电话：0571-80000001</p> | 某某市某路15号
      详细地址 in the buyer's block | buyerAddress | <p>1.采购人信息</p><p>名称：某某市档案馆</p><p>详细地址：某某市某区某路21号</p><p>2.采购代理机构信息</p> | 某某市某区某路21号
      the address after the agency is the agency's | buyerAddress | <p>采购人：某某市图书馆</p><p>联系人：王某 电话：0571-80000001</p><p>采购代理机构：某某招标有限公司</p><p>地址：某某市某路30号</p> | none
      the address before the agency is the buyer's | buyerAddress | <p>采购人：某某市图书馆</p><p>联系人：王某</p><p>地址：某某市某路31号</p><p>采购代理机构：某某招标有限公司</p><p>地址：某某市某路30号</p> | 某某市某路31号
      # names with branch suffixes and brackets
      a buyer's branch office | buyer | <p>采购人：中国某某通信集团某某有限公司某某分公司</p><p>项目编号：CMCC-2024-001</p> | 中国某某通信集团某某有限公司某某分公司
      a 集团 in brackets | buyer | <p>招标人：某某（集团）有限公司</p><p>招标代理机构：某某招标有限公司</p> | 某某（集团）有限公司
      a campus in brackets | buyer | <p>采购人：某某大学（本部）</p><p>采购代理机构：某某招标有限公司</p> | 某某大学（本部）
      an agency with a bracketed place | agency | <p>采购人：某某大学</p><p>采购代理机构：某某（北京）工程咨询有限公司</p> | 某某（北京）工程咨询有限公司
      a buyer's branch run into 联系人 | buyer | <p>采购单位：某某银行股份有限公司某某分行联系人：王某</p> | 某某银行股份有限公司某某分行
      # a buyer repeated per lot
      a buyer once per lot, 包 blocks | buyer | <p>包1：</p><p>采购人：某某市第二中学</p><p>预算金额：10万元</p><p>包2：</p><p>采购人：某某市第二中学</p><p>预算金额：20万元</p> | 某某市第二中学
      a buyer per lot in a lots table's 采购单位 column | buyer | <table><tr><td>包号</td><td>采购单位</td><td>采购内容</td><td>预算金额（元）</td></tr><tr><td>1</td><td>某某市第二中学</td><td>课桌椅</td><td>100000</td></tr><tr><td>2</td><td>某某市第二中学</td><td>空调</td><td>200000</td></tr></table> | 某某市第二中学
      an items table's 使用单位 column is no buyer (guard) | buyer | <table><tr><td>序号</td><td>货物名称</td><td>数量</td><td>使用单位</td></tr><tr><td>1</td><td>台式计算机</td><td>10</td><td>信息科</td></tr><tr><td>2</td><td>打印机</td><td>2</td><td>信息科</td></tr></table> | none
      # project numbers: the header line, brackets after the title, a 公告概要 table, 采购计划编号 beside it
      项目编号 run into 项目名称 | projectNo | <p>项目编号：ZB-2024-001项目名称：某某设备采购</p> | ZB-2024-001
      the number in brackets after the title, labelled | projectNo | <h1>某某医院设备采购项目（项目编号：ZJ-2024-018）招标公告</h1><p>一、项目基本情况</p> | ZJ-2024-018
      the number in brackets after the title, no label | projectNo | <h1>某某医院设备采购项目（SCZC2024-G-001）公开招标公告</h1><p>一、项目基本情况</p> | SCZC2024-G-001
      a 公告概要 table | projectNo | <p>公告概要：</p><table><tr><td>项目名称</td><td>某某设备采购</td><td>项目编号</td><td>GDZC2024-018</td></tr><tr><td>采购人</td><td>某某大学</td><td>行政区域</td><td>某某市</td></tr></table> | GDZC2024-018
      a lots table's 项目编号 column | projectNo | <table><tr><td>项目编号</td><td>包号</td><td>项目名称</td><td>预算金额（元）</td></tr><tr><td>GDZC2024-0188</td><td>1</td><td>某某设备</td><td>100000</td></tr><tr><td>GDZC2024-0188</td><td>2</td><td>某某耗材</td><td>50000</td></tr></table> | GDZC2024-0188
      采购计划编号 beside 项目编号 on one line | projectNo | <p>政府采购计划编号：苏财采〔2024〕88号 采购项目编号：JSZC-2024-0155</p> | JSZC-2024-0155
      a 项目代码 beside the 招标编号 | projectNo | <p>项目代码：2402-330100-04-01-123456</p><p>招标编号：ZJGC-2024-0188</p> | ZJGC-2024-0188
      """)
  void fieldOfAParty(String layout, String field, String html, String expected) {
    Notice n = page(html.startsWith("<h1>") ? html : "<h1>某项目公告</h1>" + html);
    assertEquals(expected, PortalQuirksTest.FIELDS.get(field).apply(n), layout);
  }
}
