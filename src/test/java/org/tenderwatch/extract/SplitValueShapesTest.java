package org.tenderwatch.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Values a portal's template splits over lines, or a crawler's copy runs on or glues to the next value (round 11s,
 * written before the rules, from the shapes tuning pages showed). Each row is a made-up notice (某某 names, made-up
 * figures) in the real shape: HTML, or a text block as a crawler kept it ("¶" ends a line, "⇥" is a tab run), its
 * first line the title. Rows that must stay as they are sit beside the ones a rule changes.
 */
class SplitValueShapesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
      # an amount's label alone over its amount written twice, in capitals (大写) and in figures (小写): 北京's result
      # and correction template ("成交金额：" / "人民币大写：…" / "人民币小写：￥…元")
      大写 then 小写 under a bare 成交金额 | suppliers | 某某中心某某项目成交公告¶供应商名称：某某教育科技有限公司¶供应商地址：某市某路1号¶成交金额：¶人民币大写：壹拾壹万玖仟柒佰捌拾玖元¶人民币小写：￥119789.00元¶更正日期：2026年7月20日 | 某某教育科技有限公司//119789
      大写 then 小写: the award | awardCny | 某某中心某某项目成交公告¶供应商名称：某某教育科技有限公司¶成交金额：¶人民币大写：壹拾壹万玖仟柒佰捌拾玖元¶人民币小写：￥119789.00元 | 119789
      小写 with its unit first, then 大写 | suppliers | 某某项目中标公告¶中标供应商：某某科技有限公司¶中标金额：¶小写（万元）：25.6¶大写：贰拾伍万陆仟元整 | 某某科技有限公司//256000
      小写 alone under the label | awardCny | 某某项目中标公告¶中标供应商：某某科技有限公司¶中标金额：¶（小写）￥45,600.00元¶联系人：张某 | 45600
      大写 and 小写 in a two-column table | suppliers | <p>供应商名称：某某印务有限公司</p><p>成交金额：</p><table><tr><td>人民币大写</td><td>肆万伍仟陆佰元整</td></tr><tr><td>人民币小写</td><td>￥45600.00元</td></tr></table> | 某某印务有限公司//45600
      大写 and 小写 each alone over its value | awardCny | 某某项目成交公告¶供应商名称：某某印务有限公司¶成交金额：¶人民币大写¶肆万伍仟陆佰元整¶人民币小写¶￥45600.00元 | 45600
      the whole block run on one line | awardCny | 某某项目成交公告 供应商名称：某某印务有限公司 供应商地址：某市某路2号 成交金额： 人民币大写：肆万伍仟陆佰元整 人民币小写：￥45600.00元 更正日期：2026年7月20日 | 45600
      a budget written twice under its label | budgetCny | 某某项目公开招标公告¶预算金额：¶大写：人民币叁拾万元整¶小写：¥300000.00元¶采购需求：见附件 | 300000
      # left alone: a bare amount label over another label, an agency fee written twice after the winner's amount
      a bare 成交金额 over a contact stays without an amount | suppliers | 某某项目成交公告¶供应商名称：某某印务有限公司¶成交金额：¶联系人：张某¶联系电话：010-12345678 | 某某印务有限公司//
      an agency fee written twice is no award | awardCny | 某某项目成交公告¶供应商名称：某某印务有限公司¶成交金额：￥45600.00元¶代理服务费：¶人民币大写：陆仟捌佰元整¶人民币小写：￥6800.00元 | 45600
      an agency fee written twice is no budget | budgetCny | 某某项目成交公告¶供应商名称：某某印务有限公司¶成交金额：￥45600.00元¶代理服务费：¶人民币大写：陆仟捌佰元整¶人民币小写：￥6800.00元 | none
      # a tender's own number labelled 招标公告编号 (河北's 招标投标公共服务平台 records: th/td rows over the notice), read
      # when no fuller project number label states one
      招标公告编号 in a record table's th/td row | projectNo | <table><tr><th>招标公告名称：</th><td>某某河道治理工程勘察设计招标公告</td></tr><tr><th>招标公告编号：</th><td>I1301000012345678001G01</td></tr><tr><th>招标内容：</th><td>某某河道治理工程勘察设计</td></tr></table> | I1301000012345678001G01
      招标公告编号 on a line | projectNo | 某某道路工程施工招标公告¶招标公告编号：I1301000012345678002G01¶招标人：某某县交通运输局 | I1301000012345678002G01
      a 项目编号 beside it wins | projectNo | 某某道路工程施工招标公告¶招标公告编号：I1301000012345678003G01¶项目编号：MMZB-2026-003¶招标人：某某县交通运输局 | MMZB-2026-003
      a 项目编码 over a 招标公告编号 of '/' | projectNo | 某某工程中标候选人公示¶项目编码¶50000120260202001010101¶招标公告编号¶/¶招标人¶某某建设有限公司 | 50000120260202001010101
      # a phone number run on after the buyer's address (a portal's value as its editor typed it, a copy without
      # its spaces): the address ends where the number starts
      a landline glued after the house number | buyerAddress | 某某学校某某系统采购中标公告¶1.采购人信息¶名 称：某某学校¶地址：某市某区某某路27号010-51949968¶联系方式：刘老师010-51949968 | 某市某区某某路27号
      a mobile after a space | buyerAddress | 某某学校某某系统采购中标公告¶采购人：某某学校¶采购人地址：某县某镇某街8号 13912345678¶采购代理机构：某某招标有限公司 | 某县某镇某街8号
      a landline with its extension after a comma | buyerAddress | 某某学校某某系统采购中标公告¶采购人：某某学校¶采购人地址：某市某路6号，0571-87654321-8008¶采购代理机构：某某招标有限公司 | 某市某路6号
      a house number with a dash stays | buyerAddress | 某某学校某某系统采购中标公告¶采购人：某某学校¶采购人地址：某市某路19-6号¶采购代理机构：某某招标有限公司 | 某市某路19-6号
      a room number stays | buyerAddress | 某某学校某某系统采购中标公告¶采购人：某某学校¶采购人地址：某市某区某大厦1201室¶采购代理机构：某某招标有限公司 | 某市某区某大厦1201室
      a building's number stays | buyerAddress | 某某学校某某系统采购中标公告¶采购人：某某学校¶采购人地址：某市某路88号院2号楼0101¶采购代理机构：某某招标有限公司 | 某市某路88号院2号楼0101
      # a project number with another number of the same project in brackets after it (ccgp's correction template:
      # "原公告的采购项目编号：X（招标编号：Y）"): the labelled number is the project's, the bracket's a note on it
      a 招标编号 in brackets after the 采购项目编号 | projectNo | 某某大学某某采购项目更正公告¶一、项目基本情况¶原公告的采购项目编号：ZF2026A00052（招标编号：0773-2641ABCDEF1900）¶原公告的采购项目名称：某某采购项目 | ZF2026A00052
      the same in a label/value table | projectNo | <h1>某某大学某某采购项目更正公告</h1><table><tr><td>原公告的采购项目编号</td><td>ZF2026A00053（招标编号：0773-2641ABCDEF1901）</td></tr><tr><td>原公告的采购项目名称</td><td>某某采购项目</td></tr></table> | ZF2026A00053
      a 项目编号 in brackets after a plan number still wins | projectNo | 某某单位某某采购项目公开招标公告¶采购计划编号：JH-2026-01（项目编号：XM-2026-07）¶采购人：某某单位 | XM-2026-07
      a 项目编号 in brackets after the project's name | projectNo | 某某单位某某采购项目公开招标公告¶项目名称：某某采购项目（项目编号：XM-2026-08）¶采购人：某某单位 | XM-2026-08
      a 招标编号 in brackets after a blank 采购项目编号 | projectNo | 某某大学某某采购项目更正公告¶原公告的采购项目编号：（招标编号：0773-2641ABCDEF1902）¶原公告的采购项目名称：某某采购项目 | 0773-2641ABCDEF1902
      # a section's label over a lots table, the whole run on one line with tab runs between its cells (山东's 分包情况
      # in an aggregator's copy): the header's first cell is the table's, not the label's value
      a 分包 table after its section's label, one lot | budgetCny | 某某医院某某设备竞争性谈判公告⇥一、采购项目名称：某某治疗仪⇥二、采购项目编号：JNCZ-2016-001⇥三、采购项目分包情况：⇥包号⇥货物服务名称⇥供应商资格要求⇥本包预算金额⇥未分包⇥某某治疗仪⇥（1）符合《政府采购法》第二十二条规定的条件；（2）具有本次采购项目的经营范围⇥48万元⇥四、获取谈判（磋商）文件：⇥1.时间：2016年03月18日至2016年03月25日 | 480000
      a 分包 table after its section's label, two lots | budgetCny | 某某医院某某设备竞争性谈判公告⇥一、采购项目名称：某某设备⇥三、采购项目分包情况：⇥包号⇥货物服务名称⇥本包预算金额⇥A⇥某某监护仪⇥30万元⇥B⇥某某输液泵⇥18万元⇥四、获取谈判（磋商）文件：⇥1.时间：2016年03月18日至2016年03月25日 | 480000
      a label's value after a tab run stays its value | projectNo | 某某医院某某设备竞争性谈判公告⇥一、采购项目名称：⇥某某治疗仪⇥二、采购项目编号：⇥JNCZ-2016-002⇥三、采购人名称：⇥某某医院 | JNCZ-2016-002
      a name after its label's tab run stays the name | buyer | 某某医院某某设备竞争性谈判公告⇥一、采购项目名称：⇥某某治疗仪⇥二、采购人名称：⇥某某医院⇥三、联系人：⇥张某 | 某某医院
      # a crawler's stray digit tokens after a name, space-separated ("某某局 02 0202", the cells of a layout table it
      # kept as text): no organisation's name ends in a space and a short number
      stray digit tokens after the buyer | buyer | 某某局某某设备采购竞争性谈判公告¶8. 联系方式   采 购 人：某某市文化局 02 0202   联 系 人：李先生 02   联系电话：13500000000 02 02 | 某某市文化局
      one stray token after the buyer | buyer | 某某局某某设备采购竞争性谈判公告¶采购人：某某市文化局 02¶联系人：李先生 | 某某市文化局
      a number inside the name stays | buyer | 某某中学某某设备采购竞争性谈判公告¶采购人：某某市第101中学¶联系人：李先生 | 某某市第101中学
      a name ending in a number glued to it stays | buyer | 某某医院某某设备采购竞争性谈判公告¶采购人：中国人民解放军第960医院¶联系人：李先生 | 中国人民解放军第960医院
      # 湖南's requirement table run into one line with nothing between its cells ("包名称最高限价（元）标的名称…进口产品
      # 包12,866,410.82…"): each row opens with its lot's name, 包1, 包2 … in order, glued to the lot's max price
      a glued row's max price after 包1 | maxPriceCny | 某某监狱某某改造项目竞争性磋商邀请公告¶一、采购项目基本信息1、采购项目名称：某某改造项目2、采购项目预算：2,866,410.82元二、采购人的采购需求包名称最高限价（元）标的名称简要技术要求数量标的预算（元）节能产品进口产品包12,866,410.82某某监狱某某改造项目详见磋商文件12,866,410.82说明：1.节能产品实行强制采购的，需提供证书。三、采购项目需落实的政府采购政策：1、优先采购 | 2866410.82
      two glued rows: the lots' sum | maxPriceCny | 某某学校某某设备竞争性磋商邀请公告¶二、采购人的采购需求包名称最高限价（元）标的名称简要技术要求数量标的预算（元）节能产品进口产品包1500,000.00某某设备详见磋商文件1500,000.00包2300,000.00某某家具详见磋商文件1300,000.00说明：1.节能产品实行强制采购的，需提供证书。 | 800000
      a glued row under a 万元 header | maxPriceCny | 某某学校某某设备竞争性磋商邀请公告¶二、采购人的采购需求包名称最高限价（万元）标的名称简要技术要求数量标的预算（万元）包128.5某某设备详见磋商文件128.5说明：1.节能产品实行强制采购的，需提供证书。 | 285000
      the budget beside the glued row stays the labelled one | budgetCny | 某某监狱某某改造项目竞争性磋商邀请公告¶一、采购项目基本信息1、采购项目名称：某某改造项目2、采购项目预算：2,866,410.82元二、采购人的采购需求包名称最高限价（元）标的名称简要技术要求数量标的预算（元）节能产品进口产品包12,866,410.82某某监狱某某改造项目详见磋商文件12,866,410.82说明：1.节能产品实行强制采购的，需提供证书。 | 2866410.82
      a lot's qualification line is no max price | maxPriceCny | 某某监狱某某改造项目竞争性磋商邀请公告¶二、申请人的资格要求：¶3、供应商特定资格条件：包1:3.1供应商须具有市政公用工程施工总承包三级及以上资质 | none
      """)
  void fieldOfASplitValue(String layout, String field, String page, String expected) {
    assertEquals(expected, PortalQuirksTest.FIELDS.get(field).apply(Layouts.written(page)), layout);
  }
}
