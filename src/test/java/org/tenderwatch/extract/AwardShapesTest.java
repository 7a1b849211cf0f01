package org.tenderwatch.extract;

import static org.tenderwatch.extract.Layouts.suppliers;
import static org.tenderwatch.extract.Layouts.yuan;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Winners and award amounts in the award-notice shapes real portals use beyond the golden pages (issue 11, part i):
 * the ccgp 2020+ 三、中标（成交）信息 / 四、主要标的信息 template with lots and units in header or cell, ggzy works
 * results (中标人 / 中标价 / 工期 / 项目经理, candidate lists that are no winners, rate awards without an amount),
 * municipal and university CMS label rows and prose, and the lists that name bidders who did not win. Each row: the
 * page (HTML, or a text block with "⇥" for a tab run, one line per "¶"), the suppliers "name/lot/amount" joined by
 * "; " ("-" for none), the award in 元 ("-" for none). A 序号 column gives the lot, as the project reads 政采云
 * winner tables (their 序号 numbers the 标项). 9 of the 32 rows failed when the class was written: three bid labels
 * in a winner's block (最终报价, 评审总价, 报价), a unit in the table's caption, a combined 成交单位及成交价 label, lots
 * in prose, and three rows whose single-row 序号 was expected as no lot (the convention above; not a rule change).
 * Of the 11 ggzy and pre-2020 rows added next, one failed: the combined 供应商名称、地址和中标（成交）金额 label; of
 * the 10 header-spelling and cell-form rows after them, two: a credit code kept in the name, a titled 标项 heading;
 * of the 7 amount-form and result-marker rows next, two: bid lists whose 是否中标 / 中标结果 column marks the winner;
 * of the 4 after them, three: that list flattened (tab runs, one cell per line) and "本项目成交供应商为：X"; of the 5
 * unit and label-note rows next, three: "中标价（含税）：", "成交金额（人民币）：", a bare 金额（万元） winners column; of
 * the 4 award-total rows next, one: an award amount stated with no winner named; of the 4 one-line blocks last,
 * one: a lot whose winner is "无（废标）" (read as a winner, and it took the next lot's name). Of the 4 zero-total rows (11s), three failed: ccgp's "总中标金额￥0.000000 万元" over a rate winner was read as an award of 0 and given to the lone winner; the row whose winner states its own amount passed and stays. Rows are made-up notices written in the real templates' words.
 */
class AwardShapesTest {

  private static Notice read(String page) {
    return Layouts.written(page);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      # ccgp 2020+ template: 三、中标（成交）信息 then 四、主要标的信息; a one-row table's 序号 names no lot where the
      # page never speaks of 标项 (the labelling convention, WinnerTables.rowNumber)
      ccgp 2020 table, two lots | 三、中标（成交）信息¶包号⇥供应商名称⇥供应商地址⇥中标（成交）金额(元)¶包1⇥甲科技有限公司⇥某市某路1号⇥100000.00¶包2⇥乙科技有限公司⇥某市某路2号⇥200000.00¶四、主要标的信息 | 甲科技有限公司/包1/100000; 乙科技有限公司/包2/200000 | 300000
      ccgp 2020 rows, capital numerals and the figure | 三、中标（成交）信息¶供应商名称：丁软件有限公司¶供应商地址：某市某路4号¶中标（成交）金额：人民币壹拾贰万伍仟元整（￥125,000.00）¶四、主要标的信息 | 丁软件有限公司//125000 | 125000
      ccgp 2020 标项 blocks | 三、中标（成交）信息¶标项1：¶供应商名称：甲科技有限公司¶中标（成交）金额：10万元¶标项2：¶供应商名称：乙科技有限公司¶中标（成交）金额：20万元¶四、主要标的信息 | 甲科技有限公司/标项1/100000; 乙科技有限公司/标项2/200000 | 300000
      ccgp 2020 rate award, winner kept | 三、中标（成交）信息¶供应商名称：壬物业管理有限公司¶供应商地址：某市¶中标（成交）金额：下浮率5%¶四、主要标的信息 | 壬物业管理有限公司// | -
      ccgp 2020 rows, 最终报价 | 三、中标（成交）信息¶供应商名称：戊服务有限公司¶供应商地址：某市某路5号¶最终报价：86,500.00元¶四、主要标的信息 | 戊服务有限公司//86500 | 86500
      ccgp 2020 rows, 评审总价 | 三、中标（成交）信息¶供应商名称：己工程有限公司¶评审总价：1,234,000.00元¶四、主要标的信息 | 己工程有限公司//1234000 | 1234000
      ccgp 2020 rows, 报价 | 三、中标（成交）信息¶供应商名称：庚设备有限公司¶报价：￥56,000.00元¶四、主要标的信息 | 庚设备有限公司//56000 | 56000
      ccgp 2020 table, one winner | 一、项目编号：ZC-2023-001¶二、项目名称：某局办公设备采购项目¶三、中标（成交）信息¶序号⇥供应商名称⇥供应商地址⇥中标（成交）金额¶1⇥甲科技有限公司⇥某市某路1号⇥¥125,000.00¶四、主要标的信息¶名称⇥品牌⇥规格型号⇥数量⇥单价¶台式计算机⇥某品牌⇥X1⇥25⇥5000 | 甲科技有限公司//125000 | 125000
      ccgp 2020 table, 万元 in the cell | 三、中标（成交）信息¶序号⇥供应商名称⇥供应商地址⇥中标（成交）金额¶1⇥乙信息技术有限公司⇥某市某路2号⇥¥12.5万元¶四、主要标的信息 | 乙信息技术有限公司//125000 | 125000
      ccgp 2020 table, （单位：万元） | 三、中标（成交）信息（单位：万元）¶序号⇥供应商名称⇥供应商地址⇥中标（成交）金额¶1⇥丙网络有限公司⇥某市某路3号⇥36.8¶四、主要标的信息 | 丙网络有限公司//368000 | 368000
      ccgp 2020 HTML table with 中标（成交）金额(万元) | `<p>三、中标（成交）信息</p><table><tr><td>序号</td><td>供应商名称</td><td>供应商地址</td><td>中标（成交）金额(万元)</td></tr><tr><td>1</td><td>辛电子有限公司</td><td>某市</td><td>48.6</td></tr></table><p>四、主要标的信息</p>` | 辛电子有限公司//486000 | 486000
      成交单位及成交价 in one value | 某学院教材采购成交公告¶成交单位及成交价：乙图书有限公司，86,000元 | 乙图书有限公司//86000 | 86000
      a winner per 标段 in prose | 某道路维修工程中标公告¶第一标段：甲建设有限公司，中标价1,200,000元；第二标段：乙建设有限公司，中标价800,000元。 | 甲建设有限公司/第一标段/1200000; 乙建设有限公司/第二标段/800000 | 2000000
      # ggzy 工程建设
      ggzy 中标人 rows | 某工程施工中标结果公告¶中标人：甲建设集团有限公司¶中标价：3,456,789.00元¶工期：180日历天¶项目经理：张三 | 甲建设集团有限公司//3456789 | 3456789
      ggzy 中标价 in 万元 label | 某工程中标结果公示¶中标人：乙路桥有限公司¶中标价（万元）：345.6789¶工期：90日历天 | 乙路桥有限公司//3456789 | 3456789
      ggzy candidates only | 某工程中标候选人公示¶第一中标候选人：甲建设有限公司¶投标报价：1,000,000.00元¶第二中标候选人：乙建设有限公司¶投标报价：1,100,000.00元 | - | -
      ggzy 中标候选人 table | `<p>某工程中标候选人公示</p><table><tr><td>排名</td><td>中标候选人名称</td><td>投标报价(元)</td></tr><tr><td>1</td><td>甲建设有限公司</td><td>1000000</td></tr><tr><td>2</td><td>乙建设有限公司</td><td>1100000</td></tr></table>` | - | -
      ggzy result after the candidate list | 某工程中标结果公示¶第一中标候选人：甲建设有限公司，投标报价：100万元¶第二中标候选人：乙建设有限公司，投标报价：110万元¶中标人：甲建设有限公司¶中标价：100万元 | 甲建设有限公司//1000000 | 1000000
      ggzy 费率 award | 某监理服务中标结果公示¶中标人：丙工程咨询有限公司¶中标费率：2.5%¶总监理工程师：李四 | 丙工程咨询有限公司// | -
      ggzy 下浮率 award | 某工程中标结果公示¶中标人：丁建设有限公司¶中标下浮率：8%¶工期：60日历天 | 丁建设有限公司// | -
      # more ggzy and pre-2020 result shapes
      ggzy one line, labels parted by spaces | 某工程中标结果公示¶中标人：甲建设集团有限公司  中标价：1,234,567.00元  工期：180日历天  项目经理：张三 | 甲建设集团有限公司//1234567 | 1234567
      ggzy 中标价 with its capital numerals after | 中标人：乙建设有限公司¶中标价：1234567.00元（大写：壹佰贰拾叁万肆仟伍佰陆拾柒元整） | 乙建设有限公司//1234567 | 1234567
      ggzy vertical label table, 中标价（元） | `<table><tr><td>中标人</td><td>丙建设有限公司</td></tr><tr><td>中标价（元）</td><td>2345678.9</td></tr><tr><td>工期（日历天）</td><td>180</td></tr><tr><td>项目经理</td><td>李四</td></tr></table>` | 丙建设有限公司//2345678.9 | 2345678.9
      ggzy table 中标人名称 and 中标价格 in the cell | `<table><tr><td>中标人名称</td><td>中标价格</td><td>质量</td><td>工期</td></tr><tr><td>丁建设有限公司</td><td>1234567.89元</td><td>合格</td><td>90日历天</td></tr></table>` | 丁建设有限公司//1234567.89 | 1234567.89
      ggzy 成交人 and 成交价 on one line | 某交易结果公示¶成交人：戊物流有限公司；成交价：38.6万元 | 戊物流有限公司//386000 | 386000
      pre-2020 combined label, one lot | 五、中标（成交）供应商名称、地址和中标（成交）金额：¶甲科技有限公司，某市某路1号，¥256,000.00元¶六、评审专家名单 | 甲科技有限公司//256000 | 256000
      pre-2020 combined label, two lots on its line and after | 五、中标（成交）供应商名称、地址和中标（成交）金额：包1：甲科技有限公司，某市某路1号，10万元¶包2：乙科技有限公司，某市某路2号，20万元¶六、评审专家名单 | 甲科技有限公司/包1/100000; 乙科技有限公司/包2/200000 | 300000
      pre-2020 combined label over labelled rows | 中标供应商名称、联系地址及中标金额：¶中标供应商名称：丙设计有限公司¶中标供应商联系地址：某市某路3号¶中标金额：25.6185万元（人民币） | 丙设计有限公司//256185 | 256185
      中标金额 in capitals and figure | 中标供应商：乙科技有限公司¶中标金额：人民币贰拾伍万陆仟元整（¥256,000.00） | 乙科技有限公司//256000 | 256000
      中标金额（元） label | 中标供应商名称：丙软件有限公司¶中标金额（元）：98000.00 | 丙软件有限公司//98000 | 98000
      a candidate ranking then the winner named in prose | 某项目中标结果公告¶第一名：甲建设有限公司¶第二名：乙建设有限公司¶经评审，确定中标人为甲建设有限公司，中标价：100万元。 | 甲建设有限公司//1000000 | 1000000
      a 中标候选人 table in a result notice is no winner | `<p>某项目中标结果公告</p><p>中标人：甲建设有限公司</p><p>中标价：100万元</p><table><tr><td>中标候选人</td><td>投标报价(元)</td></tr><tr><td>甲建设有限公司</td><td>1000000</td></tr><tr><td>乙建设有限公司</td><td>1100000</td></tr></table>` | 甲建设有限公司//1000000 | 1000000
      # table header spellings and cell forms
      a 中标单位名称 column and 中标价（元） | `<table><tr><td>中标单位名称</td><td>中标价（元）</td></tr><tr><td>甲建设有限公司</td><td>1,234,567.00</td></tr></table>` | 甲建设有限公司//1234567 | 1234567
      a 成交单位 column and 成交价（元） | `<table><tr><td>成交单位</td><td>成交价（元）</td><td>服务期</td></tr><tr><td>乙服务有限公司</td><td>88000</td><td>一年</td></tr></table>` | 乙服务有限公司//88000 | 88000
      a 中标（成交）人名称 column | `<table><tr><td>中标（成交）人名称</td><td>中标（成交）金额（万元）</td></tr><tr><td>丙科技有限公司</td><td>12.5</td></tr></table>` | 丙科技有限公司//125000 | 125000
      a 中标企业 column | `<table><tr><td>标段</td><td>中标企业</td><td>中标金额（元）</td></tr><tr><td>一标段</td><td>丁建设有限公司</td><td>500000</td></tr><tr><td>二标段</td><td>戊建设有限公司</td><td>600000</td></tr></table>` | 丁建设有限公司/一标段/500000; 戊建设有限公司/二标段/600000 | 1100000
      a name with its credit code after it | 成交供应商名称：己科技有限公司（统一社会信用代码：91110000123456789X）¶成交金额：5.6万元 | 己科技有限公司//56000 | 56000
      a winner and its amount in one sentence | 某项目中标结果公告¶中标人：庚建设有限公司，中标价：2,345,678.00元。 | 庚建设有限公司//2345678 | 2345678
      an amount only in capitals | 成交供应商：辛物业有限公司¶成交金额：人民币壹拾贰万元整 | 辛物业有限公司//120000 | 120000
      an amount in 万元 with six decimals | 中标供应商：壬科技有限公司¶中标金额：123.456789万元 | 壬科技有限公司//1234567.89 | 1234567.89
      中标单价, no total | 中标供应商：癸石化有限公司¶中标单价：7.85元/升 | 癸石化有限公司// | -
      a 标项 heading over each winner | 标项一：办公桌椅¶中标供应商：甲家具有限公司¶中标金额：5万元¶标项二：空调¶中标供应商：乙电器有限公司¶中标金额：8万元 | 甲家具有限公司/标项一/50000; 乙电器有限公司/标项二/80000 | 130000
      # amount forms and result markers
      an amount with （含税） after it | 中标供应商：甲通信有限公司¶中标金额：1,234,567.00元（含税） | 甲通信有限公司//1234567 | 1234567
      a 中标（成交）金额(元) label | 供应商名称：乙软件有限公司¶中标（成交）金额(元)：569800.00 | 乙软件有限公司//569800 | 569800
      an amount 详见附件 | 中标供应商：丙科技有限公司¶中标金额：详见附件 | 丙科技有限公司// | -
      a ¥ parted from its figure | 成交供应商：丁科技有限公司¶成交金额：¥ 1,234,567.00 | 丁科技有限公司//1234567 | 1234567
      a 是否中标 column marks the winner | `<table><tr><td>排名</td><td>投标人名称</td><td>投标报价（元）</td><td>是否中标</td></tr><tr><td>1</td><td>甲建设有限公司</td><td>1000000</td><td>是</td></tr><tr><td>2</td><td>乙建设有限公司</td><td>1100000</td><td>否</td></tr></table>` | 甲建设有限公司//1000000 | 1000000
      a 中标结果 column marks the winner | `<table><tr><td>供应商名称</td><td>报价（元）</td><td>中标结果</td></tr><tr><td>甲科技有限公司</td><td>50000</td><td>未中标</td></tr><tr><td>乙科技有限公司</td><td>48000</td><td>中标</td></tr></table>` | 乙科技有限公司//48000 | 48000
      the summary's 总中标金额 is the award and a lone winner's amount | 总中标金额：￥56.980000 万元（人民币）¶三、中标（成交）信息¶供应商名称：甲照明有限公司 | 甲照明有限公司//569800 | 569800
      a 是否中标 list flattened at tab runs | 排名⇥投标人名称⇥投标报价（元）⇥是否中标¶1⇥甲建设有限公司⇥1000000⇥是¶2⇥乙建设有限公司⇥1100000⇥否 | 甲建设有限公司//1000000 | 1000000
      a 是否中标 list one cell per line | 某工程中标结果公示¶排名¶投标人名称¶投标报价（元）¶是否中标¶1¶甲建设有限公司¶1000000¶是¶2¶乙建设有限公司¶1100000¶否 | 甲建设有限公司//1000000 | 1000000
      a result sentence with 为 and 人民币 | 本项目成交供应商为：丙科技有限公司，成交价格为：人民币12万元。 | 丙科技有限公司//120000 | 120000
      a proposed winner after a candidate table | `<p>某项目中标结果公告</p><table><tr><td>中标候选人</td><td>投标报价(元)</td></tr><tr><td>甲建设有限公司</td><td>1000000</td></tr></table><p>拟中标人：甲建设有限公司</p><p>拟中标价：1000000元</p>` | 甲建设有限公司//1000000 | 1000000
      a unit in brackets after the figure | 中标人：甲建设有限公司¶中标价：1234567.89（元） | 甲建设有限公司//1234567.89 | 1234567.89
      万元 in brackets after the figure | 中标供应商：乙科技有限公司¶中标金额：12.5（万元） | 乙科技有限公司//125000 | 125000
      a label with （含税） | 中标供应商：丙科技有限公司¶中标价（含税）：86,000.00元 | 丙科技有限公司//86000 | 86000
      a label with （人民币） | 成交供应商：丁科技有限公司¶成交金额（人民币）：86,000.00元 | 丁科技有限公司//86000 | 86000
      a bare 金额（万元） column beside a winners column | `<table><tr><td>中标供应商</td><td>金额（万元）</td></tr><tr><td>戊科技有限公司</td><td>12.5</td></tr></table>` | 戊科技有限公司//125000 | 125000
      # municipal and university CMS
      CMS label rows table | `<table><tr><td>成交供应商</td><td>甲办公设备有限公司</td></tr><tr><td>成交金额</td><td>45,800.00元</td></tr></table>` | 甲办公设备有限公司//45800 | 45800
      中标单位名称 and 中标价格 on one line | 某医院设备采购中标公告¶中标单位名称：丙医疗器械有限公司；中标价格：人民币38.5万元 | 丙医疗器械有限公司//385000 | 385000
      单价 tender, no total | 某学校食堂食材采购成交公告¶成交供应商：丁农产品有限公司¶成交单价：按市场价下浮10% | 丁农产品有限公司// | -
      折扣率 tender, no total | 某单位办公用品定点采购成交公告¶成交供应商：戊商贸有限公司¶成交折扣率：85% | 戊商贸有限公司// | -
      a 中标金额 of 万元 after a winner | 某大学实验设备采购项目中标结果公告¶中标供应商：己仪器有限公司¶中标金额：￥65.3万元 | 己仪器有限公司//653000 | 653000
      # the award without a winner's own amount
      an amount with no winner named | 某项目成交公告¶成交金额：12万元 | - | 120000
      the ccgp 公告概要 row 总中标金额, a lone winner's | `<table><tr><td>总中标金额</td><td>￥12.500000 万元（人民币）</td></tr></table><p>供应商名称：甲科技有限公司</p>` | 甲科技有限公司//125000 | 125000
      a 成交总金额 label | 成交供应商：乙科技有限公司¶成交总金额：15万元 | 乙科技有限公司//150000 | 150000
      a 中标总金额 label | 中标供应商：丙科技有限公司¶中标总金额：1,500,000.00元 | 丙科技有限公司//1500000 | 1500000
      # a zero total holds the place of a rate award's amount (ccgp's 公告概要 总中标金额￥0.000000 万元 over a 折扣率 winner)
      a zero 总中标金额 over a 折扣率 winner | 总中标金额：￥0.000000 万元（人民币）¶三、中标（成交）信息¶供应商名称：甲汽车维修部¶折扣率(%)：93.0000000¶四、主要标的信息 | 甲汽车维修部// | -
      the 公告概要 row 总中标金额 zero, a 下浮率 winner | `<table><tr><td>总中标金额</td><td>￥0.000000 万元（人民币）</td></tr></table><p>供应商名称：乙物业管理有限公司</p><p>中标（成交）金额：下浮率5%</p>` | 乙物业管理有限公司// | -
      a zero 总成交金额, the winner's own amount stands | 总成交金额：0元¶成交供应商：丙科技有限公司¶成交金额：12万元 | 丙科技有限公司//120000 | 120000
      a zero 总中标金额, no winner named | 某项目中标公告¶总中标金额：0.00元 | - | -
      # one line holding the winner's whole block
      name and amount parted by spaces | 中标（成交）供应商名称：甲科技有限公司  中标（成交）金额：12万元 | 甲科技有限公司//120000 | 120000
      name, address and amount parted by ； | 供应商名称：乙科技有限公司；供应商地址：某市某路2号；中标（成交）金额：86,000.00元 | 乙科技有限公司//86000 | 86000
      a credit code on the winner's line | 中标人：丙建设有限公司  统一社会信用代码：91110000123456789X¶中标价：100万元 | 丙建设有限公司//1000000 | 1000000
      a winner's line with 无 | 包1：中标供应商：无（废标）¶包2：中标供应商：丁科技有限公司，中标金额：8万元 | 丁科技有限公司/包2/80000 | 80000
      # lists that name bidders who did not win
      the 服务类 主要标的信息 table names no winner | 三、中标（成交）信息¶供应商名称：甲物业有限公司¶中标（成交）金额：50万元¶四、主要标的信息¶名称⇥服务范围⇥服务要求⇥服务时间⇥服务标准¶物业管理服务⇥某大楼⇥按采购文件⇥一年⇥合格 | 甲物业有限公司//500000 | 500000
      an expert table with 单位 names no winner | 三、中标（成交）信息¶供应商名称：乙科技有限公司¶中标（成交）金额：30万元¶五、评审专家名单¶姓名⇥单位⇥职务¶张三⇥某某大学⇥教授¶李四⇥某设计研究院有限公司⇥高工 | 乙科技有限公司//300000 | 300000
      a bid list table without a result column | `<p>某项目中标公告</p><p>中标供应商：丙科技有限公司</p><p>中标金额：9.8万元</p><table><tr><td>序号</td><td>投标人名称</td><td>投标报价（元）</td></tr><tr><td>1</td><td>丙科技有限公司</td><td>98000</td></tr><tr><td>2</td><td>丁科技有限公司</td><td>99000</td></tr></table>` | 丙科技有限公司//98000 | 98000
      投标人名单 is no winner | 某项目开标记录¶投标人名单¶甲科技有限公司¶乙科技有限公司¶丙科技有限公司 | - | -
      报价一览 of all bidders, then the winner | 某项目成交公告¶报价一览¶供应商名称⇥报价(元)¶甲科技有限公司⇥98,000.00¶乙科技有限公司⇥99,500.00¶成交供应商：甲科技有限公司¶成交金额：98,000.00元 | 甲科技有限公司//98000 | 98000
      未中标供应商 is no winner | 三、中标（成交）信息¶供应商名称：甲科技有限公司¶中标（成交）金额：50,000.00元¶未中标（成交）供应商：乙科技有限公司，未中标原因：评分排名第二 | 甲科技有限公司//50000 | 50000
      a 废标 lot has no winner | 三、中标（成交）信息¶包1：供应商名称：甲科技有限公司，中标（成交）金额：10万元¶包2：废标，有效供应商不足三家 | 甲科技有限公司/包1/100000 | 100000
      评审专家名单 names no supplier | 三、中标（成交）信息¶供应商名称：乙咨询有限公司¶中标（成交）金额：30,000.00元¶五、评审专家名单：张三、李四、王五 | 乙咨询有限公司//30000 | 30000
      the agency is no winner | 采购代理机构：甲招标代理有限公司¶三、中标（成交）信息¶供应商名称：丙信息技术有限公司¶中标（成交）金额：20万元 | 丙信息技术有限公司//200000 | 200000
      a masked name is still a name | 三、中标（成交）信息¶供应商名称：某某*科技有限公司¶中标（成交）金额：12,000.00元 | 某某*科技有限公司//12000 | 12000
      """)
  void winnersAndAward(String layout, String page, String suppliers, String award) {
    Notice n = read(page);
    assertEquals(suppliers, suppliers(n), layout);
    assertEquals(award, yuan(n.award()), layout);
  }
}
