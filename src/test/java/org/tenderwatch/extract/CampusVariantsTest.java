package org.tenderwatch.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.tenderwatch.extract.Layouts.page;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Notices on a university's, a hospital's or a school's own procurement pages (round 11p, written before the rules):
 * short 询价/竞价/比选/遴选/院内招标 notices in plain paragraphs, 成交公告 and 采购结果公示 in a sentence or a small table
 * (成交单位 | 成交金额 | 联系人), 网上竞价 and 院内议价 results, "经学校采购工作领导小组研究，确定X为成交单位", a department as
 * the buyer (后勤管理处, 设备科), the procurement office signing with the date under it, the campus's own project numbers
 * (HDZB-2024-018, 校采〔2024〕12号, 询价编号), a budget in 万元 in a sentence, "请于…前将报价单密封送至…" deadlines,
 * 联系人/电话 lines and 报价单/采购需求 attachments. Each row is a made-up page (某某 names, made-up figures) of a real
 * shape.
 *
 * <p>6 of the first 51 rows failed when written: "确定X为成交单位，议价金额…" (议价金额 was no amount word); "X为中选单位"
 * with no 确定/被确定 before it; "项目预算约50万元"; "请于…前将报价单密封送至…" (报价单 and 送至 were no hand-in words);
 * 竞价截止时间; "比选申请文件递交截止时间及开启时间". The other rows passed and stay as guards. Of the second batch, 4
 * failed: "最终确定由X供货，议价金额…"; the buyer opening the first sentence before its need ("某某市第一中学因教学需要，
 * 拟对…", "某某市人民医院根据工作需要，拟对…"; the title "病房窗帘院内招标公告" gave "病房窗帘院"); the institution's own
 * office signing ("某某大学采购与招标管理中心") read as the agency. Three guards (a 第一中标候选人, an agency company
 * signing, a tender's duty of the 成交供应商) passed. Last, a deadline with no year ("请于5月10日17:00前将报价单…送至")
 * whose year only the signature's date below gives failed; its guard (a day the documents are handed out) passed.
 *
 * <p>Round 11r (the tuning misses of a real 评审结果公示, univ_xzit_campus_rocks_relocation_award): 6 of 7 rows failed
 * when written: the price after the winner in its label's line with no colon ("拟中标人：X，中标价（￥）N元", twice; and
 * the sum in words "中标价壹拾万元整（¥…）"), "成交金额(¥)：" (the currency's sign as the label's note), the campus's or
 * hospital's own office named only in an objection or a contact line as the buyer (twice); the guard (a 政府采购中心
 * named for objections is no one's office) passed.
 */
class CampusVariantsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
      # the notice's type from a campus title
      a 询价公告 is a tender | type | <h1>某某大学实验室耗材询价公告</h1><p>我校拟对实验室耗材进行询价采购，欢迎符合条件的供应商参加报价。</p><p>联系人：张老师 电话：0371-12345678</p> | TENDER
      a 网上竞价公告 is a tender | type | <h1>某某大学办公电脑网上竞价公告</h1><p>竞价截止时间：2024年5月10日17:00</p> | TENDER
      a 比选公告 is a tender | type | <h1>某某医院保洁服务比选公告</h1><p>一、比选内容：门诊楼保洁服务</p><p>二、报名时间：2024年5月6日至5月10日</p> | TENDER
      a 遴选公告 is a tender | type | <h1>某某医院物业服务供应商遴选公告</h1><p>我院拟遴选物业服务供应商一家，现将有关事项公告如下。</p> | TENDER
      a 院内招标公告 is a tender | type | <h1>某某医院院内招标公告（2024-018）</h1><p>我院拟对病房窗帘进行院内招标，欢迎有意向的供应商参加。</p> | TENDER
      a 成交公告 of one sentence is an award | type | <h1>某某学院学生公寓床具采购成交公告</h1><p>经询价小组评审，确定某某家具有限公司为成交单位，成交金额为人民币36800元。</p> | AWARD
      a 采购结果公示 is an award | type | <h1>某某大学图书馆书架采购结果公示</h1><table><tr><td>成交单位</td><td>成交金额</td><td>联系人</td></tr><tr><td>某某家具有限公司</td><td>58000元</td><td>李某</td></tr></table> | AWARD
      a 网上竞价结果公示 is an award | type | <h1>某某大学办公电脑网上竞价结果公示</h1><p>成交供应商：某某电脑有限公司</p><p>成交金额：45600元</p> | AWARD
      a 院内议价结果公示 is an award | type | <h1>某某医院输液泵院内议价结果公示</h1><p>经议价小组议价，确定某某医疗器械有限公司为成交单位，议价金额8.5万元。</p> | AWARD
      a 遴选结果公示 is an award | type | <h1>某某医院物业服务遴选结果公示</h1><p>中选单位：某某物业管理有限公司</p><p>中选金额：每年96万元</p> | AWARD
      a 比选结果公示 is an award | type | <h1>某某医院保洁服务比选结果公示</h1><p>比选结果：某某保洁服务有限公司为中选单位，中选价格：28万元/年。</p> | AWARD
      # winners and amounts: sentences, small tables, 网上竞价, 院内议价
      确定X为成交单位 after the leading group's study | suppliers | <h1>某某学院空调采购成交公告</h1><p>经学校采购工作领导小组研究，确定某某电器有限公司为成交单位，成交金额为人民币36800元。</p> | 某某电器有限公司//36800
      确定X为成交单位 with the amount in 万元 | awardCny | <h1>某某学院空调采购成交公告</h1><p>经学校采购工作领导小组研究，确定某某电器有限公司为成交单位，成交金额3.68万元。</p> | 36800
      a small 成交单位 / 成交金额 / 联系人 table | suppliers | <h1>某某大学图书馆书架采购结果公示</h1><table><tr><td>成交单位</td><td>成交金额</td><td>联系人</td></tr><tr><td>某某家具有限公司</td><td>58000元</td><td>李某</td></tr></table> | 某某家具有限公司//58000
      the same table with 联系电话 and the amount in 万元 | suppliers | <h1>某某大学图书馆书架采购结果公示</h1><table><tr><td>项目名称</td><td>成交单位</td><td>成交金额（万元）</td><td>联系人</td><td>联系电话</td></tr><tr><td>图书馆书架</td><td>某某家具有限公司</td><td>5.8</td><td>李某</td><td>13800000000</td></tr></table> | 某某家具有限公司//58000
      成交单位 and 成交金额 on one line | suppliers | <h1>某某中学课桌椅采购结果公示</h1><p>成交单位：某某教学设备有限公司 成交金额：126000元</p> | 某某教学设备有限公司//126000
      网上竞价 X以Y元成交 | suppliers | <h1>某某大学打印机网上竞价结果公示</h1><p>本次网上竞价共有3家供应商参与，某某办公设备有限公司以12,800.00元成交。</p> | 某某办公设备有限公司//12800
      网上竞价 result table with 最终报价 and 是否成交 | suppliers | <h1>某某大学打印机网上竞价结果公示</h1><table><tr><td>供应商</td><td>最终报价（元）</td><td>是否成交</td></tr><tr><td>某某办公设备有限公司</td><td>12800</td><td>成交</td></tr></table> | 某某办公设备有限公司//12800
      院内议价 确定X为成交单位 | suppliers | <h1>某某医院输液泵院内议价结果公示</h1><p>经议价小组议价，确定某某医疗器械有限公司为成交单位，议价金额8.5万元。</p> | 某某医疗器械有限公司//85000
      遴选 中选单位 and 中选金额 | suppliers | <h1>某某医院物业服务遴选结果公示</h1><p>中选单位：某某物业管理有限公司</p><p>中选金额：960000元</p> | 某某物业管理有限公司//960000
      拟成交供应商 in a 公示 | suppliers | <h1>某某学院实训设备询价结果公示</h1><p>拟成交供应商：某某科技有限公司</p><p>报价：人民币68000元</p><p>公示期：2024年5月10日至5月12日</p> | 某某科技有限公司//68000
      X为中选单位 in a 比选结果 | suppliers | <h1>某某医院保洁服务比选结果公示</h1><p>经比选小组评审，某某保洁服务有限公司为中选单位，中选价格为28万元。</p> | 某某保洁服务有限公司//280000
      成交供应商 then the 联系人 and 电话 of the office | suppliers | <h1>某某大学窗帘采购成交公告</h1><p>成交供应商：某某布艺有限公司</p><p>成交价格：23500元</p><p>联系人：王老师</p><p>联系电话：0531-88880000</p> | 某某布艺有限公司//23500
      中标单位 and 中标金额 in a 院内招标结果 | suppliers | <h1>某某医院院内招标结果公示</h1><p>项目名称：病房窗帘</p><p>中标单位：某某窗饰有限公司</p><p>中标金额：4.2万元</p> | 某某窗饰有限公司//42000
      a tender's 报价单 attachment names no winner | suppliers | <h1>某某大学实验室耗材询价公告</h1><p>请于2024年5月10日17:00前将报价单密封送至某某楼301室。</p><p>附件：1.报价单.docx 2.采购需求.docx</p> | -
      # the buyer: a department, a hospital's 科, a school naming itself
      a university department as 采购单位 | buyer | <h1>某某大学学生公寓床具询价公告</h1><p>采购单位：某某大学后勤管理处</p><p>预算金额：15万元</p> | 某某大学后勤管理处
      a hospital's 设备科 as 采购人 | buyer | <h1>某某医院输液泵询价公告</h1><p>采购人：某某医院设备科</p><p>预算金额：8万元</p> | 某某医院设备科
      采购单位 over the signing office, the buyer | buyer | <h1>某某大学实验室耗材询价公告</h1><p>采购单位：某某大学化学学院</p><p>预算金额：6万元</p><p>某某大学采购与招标管理中心</p><p>2024年5月6日</p> | 某某大学化学学院
      # project numbers in the campus's own formats
      a letter code with the year | projectNo | <h1>某某大学空调采购询价公告</h1><p>项目编号：HDZB-2024-018</p><p>预算金额：20万元</p> | HDZB-2024-018
      校采〔年〕号 | projectNo | <h1>某某大学空调采购询价公告</h1><p>项目编号：校采〔2024〕12号</p><p>预算金额：20万元</p> | 校采〔2024〕12号
      询价编号 | projectNo | <h1>某某医院输液泵询价公告</h1><p>询价编号：XJ-2024-012</p><p>采购人：某某医院</p> | XJ-2024-012
      竞价编号 | projectNo | <h1>某某大学打印机网上竞价公告</h1><p>竞价编号：JJ2024050601</p><p>竞价截止时间：2024年5月10日17:00</p> | JJ2024050601
      the number in a title's bracket with 编号 | projectNo | <h1>某某医院病房窗帘院内招标公告（编号：YNZB-2024-031）</h1><p>我院拟对病房窗帘进行院内招标。</p> | YNZB-2024-031
      采购编号 in a sentence-only notice | projectNo | <h1>某某学院实训设备采购成交公告</h1><p>采购编号：某院采〔2024〕第18号</p><p>成交单位：某某科技有限公司，成交金额：68000元。</p> | 某院采〔2024〕第18号
      # budgets in 万元, in sentences
      本项目预算为N万元 | budgetCny | <h1>某某大学学生公寓床具询价公告</h1><p>本项目预算为15万元，报价超过预算的视为无效报价。</p> | 150000
      采购预算 with a note in brackets | budgetCny | <h1>某某大学学生公寓床具询价公告</h1><p>采购预算：人民币12万元（含运输、安装及税费）</p> | 120000
      项目预算约N万元 | budgetCny | <h1>某某医院保洁服务比选公告</h1><p>项目预算约50万元，服务期一年。</p> | 500000
      预算金额为人民币N万元整 in a sentence | budgetCny | <h1>某某中学课桌椅询价公告</h1><p>一、项目概况：本次采购学生课桌椅200套，预算金额为人民币8.6万元整。</p> | 86000
      最高限价 is no budget | budgetCny | <h1>某某大学打印机网上竞价公告</h1><p>最高限价：3万元</p><p>竞价截止时间：2024年5月10日17:00</p> | none
      an award's budget in 万元 beside the amount | budgetCny | <h1>某某学院空调采购成交公告</h1><p>项目预算：4万元</p><p>成交单位：某某电器有限公司</p><p>成交金额：36800元</p> | 40000
      # publication dates under the signature
      the office's signature then the date | publishedAt | <h1>某某大学实验室耗材询价公告</h1><p>预算金额：6万元</p><p>某某大学采购与招标管理中心</p><p>2024年5月6日</p> | 2024-05-06T00:00
      signature and date on one line | publishedAt | <h1>某某大学实验室耗材询价公告</h1><p>预算金额：6万元</p><p>某某大学采购与招标管理中心 2024年5月10日</p> | 2024-05-10T00:00
      the date under the signature before the attachments | publishedAt | <h1>某某大学实验室耗材询价公告</h1><p>请于2024年5月10日17:00前将报价单密封送至某某楼301室。</p><p>联系人：张老师 电话：0371-12345678</p><p>某某大学后勤管理处</p><p>2024年5月6日</p><p>附件：1.报价单.docx 2.采购需求.docx</p> | 2024-05-06T00:00
      a date in Chinese numerals under the signature | publishedAt | <h1>某某医院输液泵询价公告</h1><p>预算金额：8万元</p><p>某某医院设备科</p><p>二〇二四年五月六日</p> | 2024-05-06T00:00
      发布时间 in the page header with 浏览次数 | publishedAt | <h1>某某大学打印机网上竞价结果公示</h1><p>发布时间：2024-05-10 15:30:12 浏览次数：128</p><p>成交供应商：某某办公设备有限公司</p> | 2024-05-10T15:30
      # deadlines and openings
      请于…前将报价单密封送至 | bidDeadline | <h1>某某大学实验室耗材询价公告</h1><p>请于2024年5月10日17:00前将报价单密封送至某某楼301室。</p> | 2024-05-10T17:00
      报价截止时间 上午 | bidDeadline | <h1>某某医院输液泵询价公告</h1><p>报价截止时间：2024年5月10日上午10:00</p> | 2024-05-10T10:00
      竞价截止时间 | bidDeadline | <h1>某某大学打印机网上竞价公告</h1><p>竞价开始时间：2024年5月8日9:00</p><p>竞价截止时间：2024年5月10日17:00</p> | 2024-05-10T17:00
      报价文件递交截止 and 开启 in one label | bidOpening | <h1>某某医院保洁服务比选公告</h1><p>比选申请文件递交截止时间及开启时间：2024年5月10日14:30</p> | 2024-05-10T14:30
      开标时间 and 开标地点 on one line | bidOpening | <h1>某某医院院内招标公告</h1><p>开标时间：2024年5月10日14:30 开标地点：门诊楼5楼会议室</p> | 2024-05-10T14:30
      # round 11p, second batch: a supplier named by 由, the buyer after its need, the office signing, a day with no year
      院内议价 由X供货 | suppliers | <h1>某某医院输液泵院内议价结果公示</h1><p>经议价小组议价，最终确定由某某医疗器械有限公司供货，议价金额为8.5万元。</p> | 某某医疗器械有限公司//85000
      a school naming itself in the opening sentence | buyer | <h1>学生课桌椅询价公告</h1><p>某某市第一中学因教学需要，拟对学生课桌椅进行询价采购，欢迎符合条件的供应商参加报价。</p><p>预算金额：12万元</p> | 某某市第一中学
      a hospital naming itself before 根据工作需要 | buyer | <h1>病房窗帘院内招标公告</h1><p>某某市人民医院根据工作需要，拟对病房窗帘进行院内招标，现邀请合格供应商参加。</p> | 某某市人民医院
      the signing office is no agency | agency | <h1>某某大学实验室耗材询价公告</h1><p>采购单位：某某大学化学学院</p><p>预算金额：6万元</p><p>联系人：张老师</p><p>电话：0371-12345678</p><p>某某大学采购与招标管理中心</p><p>2024年5月6日</p> | none
      a candidate 为第一中标候选人 is no winner | suppliers | <h1>某某医院门诊楼改造中标候选人公示</h1><p>经评标委员会评审，某某建设有限公司为第一中标候选人，投标报价：1,280,000.00元。</p> | -
      an agency company signing stays the agency | agency | <h1>某某医院输液泵询价公告</h1><p>采购人：某某医院</p><p>预算金额：8万元</p><p>某某招标代理有限公司</p><p>2024年5月6日</p> | 某某招标代理有限公司
      a tender's 由中标人负责 names no winner | suppliers | <h1>某某大学空调采购询价公告</h1><p>预算金额：20万元</p><p>安装调试由成交供应商负责，费用包含在报价内。</p> | -
      请于 a day with no year, the year from the signature | bidDeadline | <h1>某某大学实验室耗材询价公告</h1><p>请于5月10日17:00前将报价单密封送至某某楼301室，逾期不予受理。</p><p>某某大学采购与招标管理中心</p><p>2024年5月6日</p> | 2024-05-10T17:00
      a tender naming the day its documents are sold, no year | bidDeadline | <h1>某某大学实验室耗材询价公告</h1><p>请于5月8日前到某某楼301室领取询价文件。</p><p>某某大学采购与招标管理中心</p><p>2024年5月6日</p> | null
      # round 11r: a 评审结果公示 with the price after a bracketed currency sign, the office named only in the objection line
      拟中标人 then 中标价（￥）N元 in one sentence | suppliers | <h1>评审结果公示：某某楼维修项目</h1><p>拟中标人：某某建设有限公司，中标价（￥）86000元。</p><p>其他有效投标人：某某工程有限公司，投标报价（￥）91000元。</p> | 某某建设有限公司//86000
      中标价（￥）N元 is the award | awardCny | <h1>评审结果公示：某某楼维修项目</h1><p>拟中标人：某某建设有限公司，中标价（￥）86000元。</p><p>其他有效投标人：某某工程有限公司，投标报价（￥）91000元。</p> | 86000
      中标价 then the sum in words, no colon | suppliers | <h1>评审结果公示：某某楼维修项目</h1><p>拟中标人：某某建设有限公司，中标价壹拾万元整（¥100,000.00）。</p> | 某某建设有限公司//100000
      成交金额(¥) on its own line | awardCny | <h1>某某学院空调采购成交公告</h1><p>成交单位：某某电器有限公司</p><p>成交金额(¥)：36800元</p> | 36800
      the college's own office named in the objection line is the buyer | buyer | <h1>评审结果公示：某某楼维修项目</h1><p>拟中标人：某某建设有限公司，中标价（￥）86000元。</p><p>如有异议，请向某某学院招投标办公室提出质疑。</p> | 某某学院
      a hospital's own 招标办 named in a contact line is the buyer | buyer | <h1>病房窗帘采购结果公示</h1><p>成交单位：某某窗饰有限公司，成交金额4.2万元。</p><p>联系人：某某医院招标办 王老师</p> | 某某医院
      a government procurement centre named for objections is no buyer | buyer | <h1>评审结果公示：某某楼维修项目</h1><p>拟中标人：某某建设有限公司，中标价（￥）86000元。</p><p>如有异议，请向某某市政府采购中心提出质疑。</p> | none
      # titles
      the title with its number in brackets | title | <h1>某某医院病房窗帘院内招标公告（编号：YNZB-2024-031）</h1><p>我院拟对病房窗帘进行院内招标。</p> | 某某医院病房窗帘院内招标公告（编号：YNZB-2024-031）
      """)
  void fieldOfACampusNotice(String layout, String field, String html, String expected) {
    Notice n = page(html);
    String actual = field.equals("title") ? n.title() : PortalQuirksTest.FIELDS.get(field).apply(n);
    assertEquals(expected, actual, layout);
  }
}
