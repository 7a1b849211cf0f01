package org.tenderwatch.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.tenderwatch.extract.Layouts.page;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Winners and award amounts in the result-notice shapes real portals use (round 11p, written before the rules): the
 * ccgp 2020+ 中标（成交）结果公告 (三、中标（成交）信息 rows and tables, 四、主要标的信息 naming the winner again with its
 * 单价, 五、评审专家 and 六、代理服务收费, the 公告概要's 总中标金额), 政采云 result tables (序号 | 标项名称 | 中标（成交）金额 |
 * 中标供应商名称, its 废标结果 and 评审价格), 四川's 采购包 tables with 评审总得分, ggzy works results and 中标候选人公示
 * (排名, 评标价, 项目负责人, 下浮率/费率/优惠率 and per-day rates: no amount), 成交结果 with scores, bid lists of all bidders
 * in an award, multi-lot tables with 流标/废标 lots and a 合计 row, amounts in 万元 headers, capitals with ¥, RMB, a
 * 暂列金额 note, winners in one sentence, 中选 and 入围 (framework), 合同公告, and pages that speak of a winner without
 * naming one (a tender's duties, 成交供应商确定原则, an agency fee charged to the 中标供应商). Each row is a made-up page
 * (某某 names) of the real shape; the default title is a 中标（成交）结果公告's. A 序号 over one row is no lot where the
 * page never says 标项 (the labelling convention). 10 of the 51 rows failed when written: a 采购包 heading saying 本包废标
 * took the next winner; lots and winners in one sentence ("第1包中标人为X，中标金额…；第2包中标人为Y…"); "本工程中标单位为X";
 * "X以Y元中标" and "X以Y元的价格成交"; "成交结果：X，成交价Y"; 入围供应商 in a table and on a line (a framework's 序号
 * numbers its suppliers, no lot); a 合同公告's "供应商（乙方）"; a title naming only the purchase ("…采购项目公告") over a
 * stated winner and amount. A 合同公告 title stays OTHER (NoticeExtractorTest), so no row asks for its type. Of the 11
 * rows added next (cells kept one a line, unit and rate columns, the decided winner), 4 failed: a 单位 column naming
 * the amount's 万元 (南阳), a 政采云 "单价:7.85(元)" cell read as the amount, "招标人确定的中标人：X", and a 中标通知书
 * published as the result ("致：X" over "…被确定为中标人"). Then "X被确定为中标人，中标价…" failed (a sentence winner in
 * the passive); the 未中标通知书 row guards the letter rule (it read "你方未被确定为中标人" as a win in its first form).
 */
class AwardVariantsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
      # ccgp 2020+ 中标（成交）结果公告: 三、中标（成交）信息, 四、主要标的信息, 五、评审专家, 六、代理服务收费
      a 主要标的信息 table naming the winner again, its 单价 no award | suppliers | <p>三、中标（成交）信息</p><p>供应商名称：某某科技有限公司</p><p>供应商地址：某市某路1号</p><p>中标（成交）金额：256,000.00元</p><p>四、主要标的信息</p><table><tr><td>序号</td><td>供应商名称</td><td>货物名称</td><td>货物品牌</td><td>货物型号</td><td>货物数量</td><td>货物单价(元)</td></tr><tr><td>1</td><td>某某科技有限公司</td><td>台式计算机</td><td>某品牌</td><td>X100</td><td>40</td><td>6400.00</td></tr></table><p>五、评审专家（单一来源采购人员）名单：</p><p>张某、李某、王某</p> | 某某科技有限公司//256000
      a 主要标的信息 cell of 名称/品牌/数量/单价 lines | suppliers | <p>三、中标（成交）信息</p><table><tr><td>序号</td><td>中标（成交）金额(元)</td><td>中标供应商名称</td><td>中标供应商地址</td></tr><tr><td>1</td><td>128000</td><td>某某电子有限公司</td><td>某市某路2号</td></tr></table><p>四、主要标的信息</p><table><tr><td>序号</td><td>供应商名称</td><td>货物类</td></tr><tr><td>1</td><td>某某电子有限公司</td><td>名称：投影仪<br>品牌（如有）：某品牌<br>规格型号：P1<br>数量：16<br>单价：8000</td></tr></table> | 某某电子有限公司//128000
      a winners table with a 统一社会信用代码 column | suppliers | <p>三、中标（成交）信息</p><table><tr><td>序号</td><td>供应商名称</td><td>统一社会信用代码</td><td>供应商地址</td><td>中标（成交）金额</td></tr><tr><td>1</td><td>某某物业服务有限公司</td><td>91440101MA5XXXXX1K</td><td>某市某路3号</td><td>人民币94.998000 万元</td></tr></table><p>四、主要标的信息</p> | 某某物业服务有限公司//949980
      a 费率 cell in the 中标（成交）金额 column | suppliers | <p>三、中标（成交）信息</p><table><tr><td>序号</td><td>供应商名称</td><td>供应商地址</td><td>中标（成交）金额</td></tr><tr><td>1</td><td>某某工程咨询有限公司</td><td>某市某路4号</td><td>费率：0.8%</td></tr></table><p>四、主要标的信息</p> | 某某工程咨询有限公司//
      a rate award and the agency's fee: no award | awardCny | <p>三、中标（成交）信息</p><p>供应商名称：某某物业管理有限公司</p><p>供应商地址：某市某路5号</p><p>中标（成交）金额：下浮率：6%</p><p>四、主要标的信息</p><p>服务名称：物业管理服务</p><p>五、评审专家（单一来源采购人员）名单：</p><p>张某、李某、王某</p><p>六、代理服务收费标准及金额：</p><p>1.代理服务收费标准：参照计价格[2002]1980号文</p><p>2.代理服务收费金额（元）：8000</p> | -
      a fee charged to the 中标供应商 names no winner | suppliers | <h1>某某设备采购项目结果公告</h1><p>五、评审专家（单一来源采购人员）名单：</p><p>张某某（组长）、李某某、王某某</p><p>六、代理服务收费标准及金额：</p><p>收费标准：参照计价格[2002]1980号文件；收费对象：中标供应商；收费金额：人民币5800元</p><p>七、公告期限</p><p>自本公告发布之日起1个工作日。</p> | -
      experts and the agency fee only: no award | awardCny | <h1>某某设备采购项目结果公告</h1><p>五、评审专家（单一来源采购人员）名单：</p><p>张某某（组长）、李某某、王某某</p><p>六、代理服务收费标准及金额：</p><p>代理服务收费金额：人民币5800元</p><p>七、公告期限</p><p>自本公告发布之日起1个工作日。</p> | -
      the 公告概要 总中标金额 over two lots' winners | awardCny | <table><tr><td class="title">总中标金额</td><td>￥66.000000 万元（人民币）</td></tr></table><p>三、中标（成交）信息</p><table><tr><td>包号</td><td>供应商名称</td><td>供应商地址</td><td>中标（成交）金额(元)</td></tr><tr><td>1</td><td>某某甲科技有限公司</td><td>某市</td><td>400000</td></tr><tr><td>2</td><td>某某乙科技有限公司</td><td>某市</td><td>260000</td></tr></table> | 660000
      a 采购包 heading over each lot's table (四川 gpcms) | suppliers | <p>三、中标（成交）信息</p><p>采购包1：</p><table><tr><td>供应商名称</td><td>供应商地址</td><td>中标（成交）金额</td><td>评审总得分</td></tr><tr><td>某某体育文化有限公司</td><td>某市某路6号</td><td>550,000.00元</td><td>99.40</td></tr></table><p>采购包2：</p><table><tr><td>供应商名称</td><td>供应商地址</td><td>中标（成交）金额</td><td>评审总得分</td></tr><tr><td>某某体育用品有限公司</td><td>某市某路7号</td><td>120,000.00元</td><td>92.10</td></tr></table><p>四、主要标的信息</p> | 某某体育文化有限公司/采购包1/550000; 某某体育用品有限公司/采购包2/120000
      大写 and 小写 after the amount label | suppliers | <p>三、中标（成交）信息</p><p>供应商名称：某某家具有限公司</p><p>中标（成交）金额：大写：人民币叁拾万元整 小写：¥300000.00元</p> | 某某家具有限公司//300000
      a colon after the ￥ | suppliers | <p>成交供应商：某某印务有限公司</p><p>成交金额：￥：45,600.00元</p> | 某某印务有限公司//45600
      RMB before the figure | suppliers | <p>中标人：某某建设有限公司</p><p>中标价：RMB 1,280,000.00</p> | 某某建设有限公司//1280000
      # 政采云 (gpcms) result tables: 1.中标结果 (序号 names the 标项), 2.废标结果
      政采云 two 标项 rows with 报价 cells | suppliers | <p>1.中标结果：</p><table><tr><td>序号</td><td>标项名称</td><td>中标（成交）金额(元)</td><td>中标供应商名称</td><td>中标供应商地址</td></tr><tr><td>1</td><td>办公家具</td><td>报价:128000(元)</td><td>某某家具有限公司</td><td>某市某路8号</td></tr><tr><td>2</td><td>空调</td><td>报价:95000(元)</td><td>某某电器有限公司</td><td>某市某路9号</td></tr></table><p>2.废标结果：</p><table><tr><td>序号</td><td>标项名称</td><td>废标理由</td><td>其他事项</td></tr><tr><td>/</td><td>/</td><td>/</td><td>/</td></tr></table> | 某某家具有限公司/1/128000; 某某电器有限公司/2/95000
      政采云 废标结果 naming a 标项 | suppliers | <p>1.中标结果：</p><table><tr><td>序号</td><td>标项名称</td><td>中标（成交）金额(元)</td><td>中标供应商名称</td><td>中标供应商地址</td></tr><tr><td>1</td><td>复印纸</td><td>最终报价:36000(元)</td><td>某某文具有限公司</td><td>某市某路10号</td></tr></table><p>2.废标结果：</p><table><tr><td>序号</td><td>标项名称</td><td>废标理由</td><td>其他事项</td></tr><tr><td>2</td><td>硒鼓</td><td>有效供应商不足三家</td><td>/</td></tr></table> | 某某文具有限公司/1/36000
      政采云 评审价格 after the 中标金额 | suppliers | <p>1.中标结果：</p><table><tr><td>序号</td><td>标项名称</td><td>中标（成交）金额（元）</td><td>中标供应商名称</td><td>地址</td><td>统一社会信用代码</td><td>评分结果</td><td>评审价格</td></tr><tr><td>1</td><td>某学校配电改造</td><td>3293364.76</td><td>某某电力工程有限公司</td><td>某市某路11号</td><td>91520300MA6XXXXX2B</td><td>95.5</td><td>3128696.52</td></tr></table> | 某某电力工程有限公司/1/3293364.76
      # ggzy 工程建设: 中标候选人公示, 中标结果公示
      a 中标候选人公示 table with 评标价 and 项目负责人 | suppliers | <h1>某某道路工程中标候选人公示</h1><table><tr><td>排名</td><td>中标候选人名称</td><td>投标报价（元）</td><td>评标价（元）</td><td>工期（日历天）</td><td>项目负责人</td></tr><tr><td>1</td><td>某某路桥有限公司</td><td>4567890.12</td><td>4567890.12</td><td>180</td><td>张某</td></tr><tr><td>2</td><td>某某建设有限公司</td><td>4600000.00</td><td>4600000.00</td><td>180</td><td>李某</td></tr></table> | -
      a 中标候选人公示 is a result | type | <h1>某某道路工程中标候选人公示</h1><table><tr><td>排名</td><td>中标候选人名称</td><td>投标报价（元）</td><td>评标价（元）</td><td>工期（日历天）</td><td>项目负责人</td></tr><tr><td>1</td><td>某某路桥有限公司</td><td>4567890.12</td><td>4567890.12</td><td>180</td><td>张某</td></tr></table> | AWARD
      第一中标候选人 as a label/value table | awardCny | <h1>某某水利工程中标候选人公示</h1><table><tr><td>第一中标候选人</td><td>某某水利建设有限公司</td></tr><tr><td>投标报价</td><td>2,345,678.00元</td></tr><tr><td>第二中标候选人</td><td>某某建工有限公司</td></tr><tr><td>投标报价</td><td>2,400,000.00元</td></tr></table> | -
      a ggzy result table with 标段 名称 and 项目负责人 | suppliers | <h1>某某工程施工中标结果公示</h1><table><tr><td>标段（包）名称</td><td>中标人名称</td><td>中标价格（元）</td><td>工期</td><td>项目负责人</td><td>证书编号</td></tr><tr><td>某某工程施工</td><td>某某建设集团有限公司</td><td>12,345,678.00</td><td>365日历天</td><td>王某</td><td>湘143000000001</td></tr></table> | 某某建设集团有限公司//12345678
      a 下浮率 column beside the 中标价 | suppliers | <h1>某某工程中标结果公告</h1><table><tr><td>中标人</td><td>中标价（万元）</td><td>下浮率</td><td>工期</td></tr><tr><td>某某市政工程有限公司</td><td>256.78</td><td>8.5%</td><td>120日历天</td></tr></table> | 某某市政工程有限公司//2567800
      中标金额 with its 暂列金额 noted | awardCny | <h1>某某工程中标结果公告</h1><p>中标人：某某建筑工程有限公司</p><p>中标金额：1234567.00元（含暂列金额100000元）</p><p>工期：180日历天</p> | 1234567
      中标金额（费率、单价等） a rate per day in a label table | suppliers | <h1>某某维修工程中标结果公告</h1><table><tr><td>中标人</td><td>某某建设工程有限公司</td></tr><tr><td>中标金额（费率、单价等）</td><td>286.6元/工日</td></tr></table> | 某某建设工程有限公司//
      中标优惠率 is no amount | suppliers | <h1>某某施工中标结果公示</h1><p>中标人：某某建设有限公司</p><p>中标优惠率：12%</p><p>项目经理：张某</p> | 某某建设有限公司//
      中标价 as a discount from the control price | awardCny | <h1>某某施工中标结果公示</h1><p>中标人：某某建设有限公司</p><p>中标价：按招标控制价下浮8%</p> | -
      # 成交结果 with scores; bid lists of all bidders in an award
      a 最终报价/综合得分 list and the named 成交供应商 | suppliers | <h1>某某服务项目成交结果公告</h1><p>成交供应商：某某信息技术有限公司</p><table><tr><td>供应商名称</td><td>最终报价（元）</td><td>综合得分</td><td>排名</td></tr><tr><td>某某信息技术有限公司</td><td>98000</td><td>92.5</td><td>1</td></tr><tr><td>某某网络科技有限公司</td><td>99500</td><td>88.0</td><td>2</td></tr></table> | 某某信息技术有限公司//98000
      an 开标记录 of all bidders then the 中标人 | suppliers | <h1>某某工程中标结果公告</h1><table><tr><td>序号</td><td>投标人名称</td><td>投标报价（元）</td><td>工期</td><td>质量</td></tr><tr><td>1</td><td>某某甲建设有限公司</td><td>1000000</td><td>90天</td><td>合格</td></tr><tr><td>2</td><td>某某乙建设有限公司</td><td>980000</td><td>90天</td><td>合格</td></tr></table><p>中标人：某某乙建设有限公司</p><p>中标价：980000元</p> | 某某乙建设有限公司//980000
      a list of each bidder's price in one line | suppliers | <h1>某某采购项目成交公告</h1><p>各供应商报价：某某甲科技有限公司 100万元；某某乙科技有限公司 98万元；某某丙科技有限公司 99万元。</p><p>成交供应商：某某乙科技有限公司</p><p>成交金额：98万元</p> | 某某乙科技有限公司//980000
      # multi-lot tables; 废标/流标 lots among awarded ones
      a 流标 lot in the winners table | suppliers | <table><tr><td>包号</td><td>包名称</td><td>成交供应商</td><td>成交金额(元)</td></tr><tr><td>1</td><td>台式计算机</td><td>某某电脑有限公司</td><td>120000</td></tr><tr><td>2</td><td>打印机</td><td>流标</td><td>/</td></tr><tr><td>3</td><td>投影仪</td><td>某某科技有限公司</td><td>45000</td></tr></table> | 某某电脑有限公司/1/120000; 某某科技有限公司/3/45000
      a 合计 row under the winners | suppliers | <table><tr><td>序号</td><td>中标供应商</td><td>中标金额（元）</td></tr><tr><td>1</td><td>某某甲科技有限公司</td><td>100000</td></tr><tr><td>2</td><td>某某乙科技有限公司</td><td>200000</td></tr><tr><td>合计</td><td></td><td>300000</td></tr></table> | 某某甲科技有限公司/1/100000; 某某乙科技有限公司/2/200000
      a 合计 row's sum is the award | awardCny | <table><tr><td>序号</td><td>中标供应商</td><td>中标金额（元）</td></tr><tr><td>1</td><td>某某甲科技有限公司</td><td>100000</td></tr><tr><td>2</td><td>某某乙科技有限公司</td><td>200000</td></tr><tr><td>合计</td><td></td><td>300000</td></tr></table> | 300000
      a 总价 column beside 单价 and 数量 | suppliers | <table><tr><td>成交供应商</td><td>单价（元）</td><td>数量</td><td>总价（元）</td></tr><tr><td>某某办公设备有限公司</td><td>3200</td><td>10</td><td>32000</td></tr></table> | 某某办公设备有限公司//32000
      金额单位 above the winners table | suppliers | <p>金额单位：万元</p><table><tr><td>包号</td><td>中标供应商名称</td><td>中标金额</td></tr><tr><td>1</td><td>某某仪器有限公司</td><td>36.5</td></tr></table> | 某某仪器有限公司/1/365000
      a lot with 本包废标 between the blocks | suppliers | <p>三、中标（成交）信息</p><p>采购包1：</p><p>供应商名称：某某医疗器械有限公司</p><p>中标（成交）金额：68万元</p><p>采购包2：本包废标（有效供应商不足三家）</p><p>采购包3：</p><p>供应商名称：某某生物科技有限公司</p><p>中标（成交）金额：32万元</p><p>四、主要标的信息</p> | 某某医疗器械有限公司/采购包1/680000; 某某生物科技有限公司/采购包3/320000
      # winners in one sentence
      lots and winners in one sentence | suppliers | <h1>某某采购项目中标公告</h1><p>经评审，本项目第1包中标人为某某甲科技有限公司，中标金额12万元；第2包中标人为某某乙科技有限公司，中标金额8万元。</p> | 某某甲科技有限公司/第1包/120000; 某某乙科技有限公司/第2包/80000
      X以Y元中标 | suppliers | <h1>某某工程中标结果公告</h1><p>经评标委员会评审，某某建设有限公司以人民币1,234,567.00元中标。</p> | 某某建设有限公司//1234567
      X以Y元的价格成交 | suppliers | <h1>某某询价采购成交公告</h1><p>经询价小组评审，某某商贸有限公司以36800元的价格成交。</p> | 某某商贸有限公司//36800
      成交结果：X，成交价Y | suppliers | <h1>某某采购项目成交公告</h1><p>成交结果：某某科技有限公司，成交价9.8万元。</p> | 某某科技有限公司//98000
      中标结果 a winner after 为 in a 公示 sentence | suppliers | <h1>某某工程中标结果公示</h1><p>经评标委员会评审并经招标人确认，本工程中标单位为某某建设有限公司，中标价为人民币贰佰叁拾万元整（¥2,300,000.00）。</p> | 某某建设有限公司//2300000
      # 中选 and 入围 (volume-based and framework purchases)
      中选 with a unit price only | suppliers | <h1>某某药品集中带量采购中选结果公告</h1><p>中选企业：某某制药有限公司</p><p>中选价格：12.5元/支</p> | 某某制药有限公司//
      a framework's 入围供应商 table | suppliers | <h1>某某市办公设备框架协议采购入围结果公告</h1><table><tr><td>序号</td><td>入围供应商名称</td><td>入围价格</td></tr><tr><td>1</td><td>某某甲办公设备有限公司</td><td>详见附件</td></tr><tr><td>2</td><td>某某乙办公设备有限公司</td><td>详见附件</td></tr></table> | 某某甲办公设备有限公司//; 某某乙办公设备有限公司//
      入围供应商 in one line | suppliers | <h1>某某区工程造价咨询服务框架协议采购入围结果公告</h1><p>入围供应商：某某甲造价咨询有限公司、某某乙工程咨询有限公司</p> | 某某甲造价咨询有限公司//; 某某乙工程咨询有限公司//
      a framework result is an award | type | <h1>某某区工程造价咨询服务框架协议采购入围结果公告</h1><p>入围供应商：某某甲造价咨询有限公司、某某乙工程咨询有限公司</p> | AWARD
      the ≤2016 template's winners table and its 总中标金额 | awardCny | <p>五、中标信息</p><p>招标公告日期：2016年05月10日</p><p>中标日期：2016年06月01日</p><p>总中标金额：37.5 万元（人民币）</p><table><tr><td>中标供应商名称</td><td>中标供应商联系地址</td><td>中标金额(万元)</td></tr><tr><td>某某甲科技有限公司</td><td>某市某路1号</td><td>25.0</td></tr><tr><td>某某乙科技有限公司</td><td>某市某路2号</td><td>12.5</td></tr></table><p>六、评审专家名单：张某、李某、王某</p> | 375000
      two winners' blocks without lots, their sum | awardCny | <p>三、中标（成交）信息</p><p>供应商名称：某某甲医疗设备有限公司</p><p>供应商地址：某市某路1号</p><p>中标（成交）金额：120,000.00元</p><p>供应商名称：某某乙医疗设备有限公司</p><p>供应商地址：某市某路2号</p><p>中标（成交）金额：80,000.00元</p><p>四、主要标的信息</p> | 200000
      a consortium in one winner's cell | suppliers | <h1>某某EPC总承包中标结果公告</h1><table><tr><td>中标人</td><td>中标价（元）</td><td>工期</td></tr><tr><td>某某甲建设有限公司（牵头人）、某某乙设计研究院有限公司（成员）</td><td>56000000</td><td>540日历天</td></tr></table> | 某某甲建设有限公司（牵头人）、某某乙设计研究院有限公司（成员）//56000000
      # 合同公告
      a ccgp 合同公告's 供应商（乙方） | suppliers | <h1>某某学校教学设备采购合同公告</h1><p>一、合同编号：HT-2024-001</p><p>二、合同名称：某某学校教学设备采购合同</p><p>五、合同主体</p><p>采购人（甲方）：某某学校</p><p>地址：某市某路12号</p><p>供应商（乙方）：某某教学设备有限公司</p><p>地址：某市某路13号</p><p>六、合同主要信息</p><p>主要标的名称：教学设备</p><p>合同金额：12.8万元</p> | 某某教学设备有限公司//128000
      a rate contract's 0元 is no amount | awardCny | <h1>某某物业服务合同公告</h1><table><tr><td>采购人名称</td><td>某某中心</td></tr><tr><td>供应商名称</td><td>某某物业服务有限公司</td></tr><tr><td>合同金额</td><td>0元 人民币</td></tr></table> | -
      # pages that speak of a winner without naming one
      a tender's rule for the 中标供应商 | suppliers | <h1>某某设备采购公开招标公告</h1><p>一、项目基本情况</p><p>预算金额：50万元</p><p>中标供应商须在中标通知书发出之日起30日内与采购人签订合同。</p><p>中标服务费由中标人支付。</p> | -
      a tender's rule stays a tender | type | <h1>某某设备采购公开招标公告</h1><p>一、项目基本情况</p><p>预算金额：50万元</p><p>中标供应商须在中标通知书发出之日起30日内与采购人签订合同。</p> | TENDER
      a plain title with a named winner is an award | type | <h1>某某学校食堂设备采购项目公告</h1><p>中标供应商：某某厨具有限公司</p><p>中标金额：8.6万元</p> | AWARD
      成交供应商确定原则 names no winner | suppliers | <h1>某某询价采购公告</h1><p>成交供应商确定原则：满足采购需求且报价最低。</p><p>报价截止时间：2024年5月10日9时30分</p> | -
      # round 11p, second batch: cells kept one a line, unit and rate columns, the decided winner
      a 单位 column beside the amount, in 万元 (南阳 Epoint) | suppliers | <p>二、成交情况</p><table><tr><td>包号</td><td>采购内容</td><td>供应商名称</td><td>地址</td><td>中标金额</td><td>单位</td><td>备注信息</td></tr><tr><td>1</td><td>体育器材</td><td>某某体育产业发展有限公司</td><td>某市某路1号</td><td>36.5</td><td>万元</td><td>/</td></tr></table> | 某某体育产业发展有限公司/1/365000
      政采云 单价 cell is no amount | suppliers | <p>1.中标结果：</p><table><tr><td>序号</td><td>标项名称</td><td>中标（成交）金额(元)</td><td>中标供应商名称</td><td>中标供应商地址</td></tr><tr><td>1</td><td>加油服务</td><td>单价:7.85(元)</td><td>某某石化有限公司</td><td>某市某路2号</td></tr></table> | 某某石化有限公司/1/
      the template's rate note and a discount | awardCny | <p>三、中标（成交）信息</p><p>供应商名称：某某维修服务有限公司</p><p>中标（成交）金额（可填写下浮率、折扣率或费率）：96%</p><p>四、主要标的信息</p> | -
      a bid column and a 中标价 column | suppliers | <h1>某某工程中标结果公示</h1><table><tr><td>中标人</td><td>投标报价（元）</td><td>中标价（元）</td></tr><tr><td>某某建设有限公司</td><td>1050000</td><td>1000000</td></tr></table> | 某某建设有限公司//1000000
      a 流标公告 listing its bidders | suppliers | <h1>某某设备采购项目流标公告</h1><p>一、项目编号：ZB-2024-01</p><p>二、流标原因：递交投标文件的投标人不足三家。</p><p>三、投标人名单：某某甲科技有限公司、某某乙科技有限公司</p> | -
      招标人确定的中标人 | suppliers | <h1>某某工程中标结果公示</h1><p>一、评标委员会推荐的中标候选人：第一名某某甲建设有限公司，第二名某某乙建设有限公司。</p><p>二、招标人确定的中标人：某某甲建设有限公司</p><p>三、中标价：3,456,000.00元</p> | 某某甲建设有限公司//3456000
      a rate lot beside an amount lot: no total | awardCny | <table><tr><td>包号</td><td>中标供应商</td><td>中标金额</td></tr><tr><td>1</td><td>某某甲物业有限公司</td><td>120000元</td></tr><tr><td>2</td><td>某某乙物业有限公司</td><td>下浮率5%</td></tr></table> | -
      政采云 result table one cell a line, two 标项 | suppliers | <p>1.中标结果：</p><p>序号</p><p>标项名称</p><p>中标（成交）金额(元)</p><p>中标供应商名称</p><p>中标供应商地址</p><p>1</p><p>监控设备</p><p>最终报价:128000(元)</p><p>某某安防科技有限公司</p><p>某市某路3号</p><p>2</p><p>网络设备</p><p>最终报价:95000(元)</p><p>某某网络技术有限公司</p><p>某市某路4号</p><p>2.废标结果：</p> | 某某安防科技有限公司/1/128000; 某某网络技术有限公司/2/95000
      四川 采购包 tables one cell a line | suppliers | <p>三、中标（成交）信息</p><p>采购包1：</p><p>供应商名称</p><p>供应商地址</p><p>中标（成交）金额</p><p>评审总得分</p><p>某某文化传播有限公司</p><p>某市某路5号</p><p>550,000.00元</p><p>99.40</p><p>采购包2：</p><p>供应商名称</p><p>供应商地址</p><p>中标（成交）金额</p><p>评审总得分</p><p>某某广告有限公司</p><p>某市某路6号</p><p>120,000.00元</p><p>92.10</p><p>四、主要标的信息</p> | 某某文化传播有限公司/采购包1/550000; 某某广告有限公司/采购包2/120000
      a 中标通知书 to the winner | suppliers | <h1>某某工程中标通知书</h1><p>致：某某建设工程有限公司</p><p>你方于2024年5月10日所递交的某某工程投标文件已被我方接受，被确定为中标人。</p><p>中标价：1,280,000.00元</p><p>工期：120日历天</p> | 某某建设工程有限公司//1280000
      a 未中标通知书 names no winner | suppliers | <h1>某某工程未中标通知书</h1><p>致：某某建设工程有限公司</p><p>你方于2024年5月10日所递交的某某工程投标文件，经评审，你方未被确定为中标人。</p><p>感谢你方的参与。</p> | -
      X被确定为中标人 | suppliers | <h1>某某道路工程中标结果公示</h1><p>经评标委员会评审，某某路桥工程有限公司被确定为中标人，中标价：2,680,000.00元。</p> | 某某路桥工程有限公司//2680000
      人民币 with its colon, capitals then the figure | awardCny | <p>中标供应商：某某科技有限公司</p><p>中标金额：人民币：壹佰万元整（1000000元）</p> | 1000000
      # round 11p-pb: a price cell committing to a fee rate and partial fees (宜昌 design award), per-area prices
      a fee rate and two partial fees, one with its 总金额: no sum | suppliers | <h1>某某中心设计中标结果公告</h1><table><tr><td>中标人</td><td>某某设计研究院有限公司</td></tr><tr><td>中标价(报价承诺)</td><td>设计费报价：设计费折扣率80%；BIM技术服务费报价：BIM技术服务费为10元/㎡，总金额为500000元；工艺设计费报价2000000元。</td></tr></table> | 某某设计研究院有限公司//
      a fee rate and two partial fees: no award | awardCny | <h1>某某中心设计中标结果公告</h1><table><tr><td>中标人</td><td>某某设计研究院有限公司</td></tr><tr><td>中标价(报价承诺)</td><td>设计费报价：设计费折扣率80%；BIM技术服务费报价：BIM技术服务费为10元/㎡，总金额为500000元；工艺设计费报价2000000元。</td></tr></table> | -
      a price per ㎡ is a rate | suppliers | <h1>某某保洁服务中标结果公告</h1><p>中标人：某某物业服务有限公司</p><p>中标价：3.5元/㎡·月</p> | 某某物业服务有限公司//
      a price per m³ is a rate | suppliers | <h1>某某土方工程中标结果公告</h1><p>中标人：某某土石方工程有限公司</p><p>中标价：18元/m³</p> | 某某土石方工程有限公司//
      a 总价 closing its unit price still the award | suppliers | <h1>某某材料采购中标结果公告</h1><p>中标人：某某建材有限公司</p><p>中标价：含税单价为35元/㎡，总价为700000元（大写：柒拾万元整）</p> | 某某建材有限公司//700000
      """)
  void fieldOfAnAward(String layout, String field, String html, String expected) {
    Notice n = page(html.startsWith("<h1>") ? html : "<h1>某某项目中标（成交）结果公告</h1>" + html);
    String actual = switch (field) {
      case "suppliers" -> Layouts.suppliers(n);
      case "type" -> n.type().name();
      case "awardCny" -> Layouts.yuan(n.award());
      default -> throw new IllegalArgumentException(field);
    };
    assertEquals(expected, actual, layout);
  }
}
