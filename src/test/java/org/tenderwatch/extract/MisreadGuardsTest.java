package org.tenderwatch.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.tenderwatch.extract.Layouts.page;

import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Misreads the review of rounds 11j/11k found in their new rules, each in a made-up page: a contact after a run-on
 * winners table taken as a cell, "中标人为X" read as a name starting 为, a result that mentions its 发包公告 typed a
 * tender, a bidder's qualification (投资额…以上的类似业绩) or an agency's tender read as a works budget, a year ("2026年度")
 * after a date heading taking the notice's last date, a rate column summed as max prices, "&nbsp" without its ";".
 * Six rows failed before their fix; the 发包公告 and 2026年度 rows are guards (they passed before too). Contact lines
 * under a tab-set winners table read as winners ("联系人", "联系电话" with 731 as its amount) failed before too. The round-11l
 * review's doubts, each failing before: a correction's own 更正公告发布日期, a metadata line's date in brackets, a
 * year and re-run note after a name read as its number, two blank-valued labels taking the third's value. Round 11m: a
 * record table's 中标人 cell holding the whole notice, its title read as a winner (failed before). The round-11m
 * review's doubts, each failing before but the guard: a short page and its footer in one block dropped whole as the
 * footer, a winner written as a link (alone, in a dd, a list under its label) dropped as the site's links, a summary or
 * body a script shows styled display:none, a lot's winner given every lot's total; guard: a 质量要求 value cell
 * ("符合采购文件要求") ending in a column word, and a 公示截止日期 run on after the award's 金额 (the signature rule's new
 * 金额 label) taken as the notice's date; a contractor's name cut to its trade ("…市政工程") rejected as a project's
 * name (failed before). Round 11n: a buyer's block without its 名称 taking the agency's from the next block (failed
 * before); guards of the new address rules: a contact section's address after the agency or a winner, a 交货地址;
 * guard of the spanned 合计 cell: a 合计 on every row is no total; guards of the publisher buyer (an agency's is none)
 * and of a 采购公告 typed an award only when it states its result below (the award row failed before). The round-11n
 * review's rows, all seven failing before their fix: a writer naming itself as publisher ("我院于…在医院网站发布的",
 * "我公司于…") read as the buyer; a tender's "由采购人确认采购结果" with a 成交供应商 duty, and a 单一来源采购公示's
 * "论证结果如下" over its proposed 拟成交供应商, typed awards; a supervisor's contact section ("九、监督部门联系方式") and
 * a complaints office first in the contact section giving the buyer's address; a winner's "公司地址：" after the buyer
 * taken as a glued buyer address.
 */
class MisreadGuardsTest {

  private static final Map<String, Function<Notice, String>> FIELDS = Map.of(
      "suppliers", Layouts::suppliers, "type", n -> n.type().name(),
      "budgetCny", n -> n.budget() == null ? "none" : Layouts.yuan(n.budget()),
      "maxPriceCny", n -> n.maxPrice() == null ? "none" : Layouts.yuan(n.maxPrice()),
      "bidOpening", n -> String.valueOf(n.bidOpening()), "buyer", n -> String.valueOf(n.buyer()),
      "publishedAt", n -> String.valueOf(n.publishedAt()), "projectNo", n -> String.valueOf(n.projectNo()),
      "buyerAddress", n -> String.valueOf(n.buyerAddress()));

  /** A tab-set two-column winners table with the contact lines below it, as an aggregator copy keeps it. */
  @org.junit.jupiter.api.Test
  void contactLinesUnderATabSetWinnersTableAreNoWinners() {
    Notice n = Layouts.block("某局设备采购中标公告\n中标供应商名称\t\t中标金额\n某某科技有限公司\t\t128000元\n"
        + "联系人\t\t张三\n联系电话\t\t0731-84567890");
    assertEquals("某某科技有限公司//128000", Layouts.suppliers(n));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      a contact after a run-on winners table | suppliers   | <h1>某局设备采购中标公告</h1><p>序号 中标供应商名称 中标供应商地址 中标金额(元) 1 某某科技有限公司 某市某路1号 128000.00 联系电话：0731-84567890</p> | 某某科技有限公司//128000
      中标人为 X in a spaced line            | suppliers   | <h1>某局设备采购中标公告</h1><p>评标结果 中标人为某某建设有限公司</p> | 某某建设有限公司//
      a result mentioning its 发包公告        | type        | <h1>某镇某路道路工程施工[抽签法]</h1><p>本项目已于2021年4月30日发布发包公告，现将成交结果公示如下：</p><p>成交人：某某建设有限公司</p> | AWARD
      a qualification's 投资额 is no budget    | budgetCny   | <h1>某路改造工程施工招标公告</h1><p>现对该项目的施工进行公开招标。投标人须具有单项合同投资额1000万元以上的类似业绩。</p> | none
      an agency's tender names no budget     | budgetCny   | <h1>某新建工程施工招标代理服务采购公告</h1><p>现对某新建工程施工招标代理服务进行采购，项目总投资约5000万元。</p> | none
      a year after a date heading            | bidOpening  | <h1>某局设备采购招标公告</h1><p>四、提交投标文件截止时间、开标时间和地点 2026年度第二批 地点：某市交易中心</p><p>某局</p><p>2026年05月06日</p> | null
      a rate column is no max price          | maxPriceCny | <h1>某局物业服务采购公告</h1><table><tr><td>包号</td><td>项目名称</td><td>控制价下浮率(%)</td></tr><tr><td>1</td><td>甲</td><td>5</td></tr><tr><td>2</td><td>乙</td><td>8</td></tr></table> | none
      &nbsp shown without its ;              | buyer       | <h1>某局设备采购公告</h1><p>采购单位名称:某县某乡&amp;nbsp</p> | 某县某乡
      a correction's own date run on         | publishedAt | <h1>某局设备采购更正公告</h1><p>原公告的采购项目编号：ABC-001 首次公告日期：2021年02月20日 更正内容：开标时间延期至2021年03月20日更正公告发布日期：2021年03月05日 采购人：某局 地址：某路1号</p> | 2021-03-05T00:00
      a correction's own date on its line    | publishedAt | <h1>某局设备采购更正公告</h1><p>原公告的采购项目编号：ABC-001</p><p>四、变更公告发布时间：2021年03月05日</p><p>五、联系方式</p><p>采购人：某局</p> | 2021-03-05T00:00
      a metadata line's date in 【】          | publishedAt | <h1>某局设备采购公告</h1><p>来源：招标办 日期：【2021-03-05】 浏览：12</p><p>一、项目基本情况</p><p>项目编号：ABC-001</p> | 2021-03-05T00:00
      a metadata line's date in []          | publishedAt | <h1>某局设备采购公告</h1><p>作者：资产处 时间：[2020-09-01] 点击：</p><p>一、项目基本情况</p><p>项目编号：ABC-001</p> | 2020-09-01T00:00
      a year and re-run note after a name    | projectNo   | <h1>某局设备采购公告</h1><p>一、采购项目名称及编号：某某项目 2021年度（二次）</p> | null
      two blank labels over a third's value  | buyer       | <h1>设备采购公告</h1><p>项目编号</p><p>采购代理机构</p><p>采购人</p><p>某某学校</p> | 某某学校
      the next party's 名称 is not the buyer's (11n) | buyer | <h1>设备采购公告</h1><p>1.采购人信息<br>联系人：张三<br>2.采购代理机构信息<br>名称：某某招标有限公司</p> | null
      an agency's address first in the contact section (11n) | buyerAddress | <h1>设备采购中标公告</h1><p>七、联系方式</p><p>采购代理机构：某某招标有限公司</p><p>地址：某市某路1号</p> | null
      a winner's address before the contact section (11n) | buyerAddress | <h1>设备采购中标公告</h1><p>中标单位：某某有限公司</p><p>地址：某市某路2号</p><p>八、联系方式</p><p>联系人：张老师</p> | null
      a contact section's first address in an agency's notice (11n) | buyerAddress | <h1>设备采购公告</h1><p>某某招标有限公司受某局委托，就某设备进行公开招标。</p><p>八、联系方式</p><p>联系人：王工</p><p>地址：某市某路5号</p> | null
      a delivery address glued after a name (11n) | buyerAddress | <h1>设备采购公告</h1><p>采购人：某市某局交货地址：某市某路3号</p> | null
      a 合计 cell on every row is that row's own (11n) | budgetCny | <h1>设备采购公告</h1><table><tr><td>品目</td><td>名称</td><td>数量</td><td>采购预算</td><td>合计</td></tr><tr><td>1</td><td>甲设备</td><td>2</td><td>100万元</td><td>200万元</td></tr><tr><td>2</td><td>乙设备</td><td>1</td><td>30万元</td><td>30万元</td></tr></table> | 1300000
      an agency that says it published the tender (11n) | buyer | <h1>设备采购公告</h1><p>某某招标代理有限公司于2021年3月5日在中国政府采购网发布的某设备采购项目招标公告</p> | null
      a 采购公告 stating its result below is an award (11n) | type | <h1>某笔记本电脑采购公告</h1><p>某某科技有限公司于2011年09月20日 在某电子采购平台发布的采购某笔记本电脑采购项目，经过询价采购程序，最终确认采购结果如下：</p><p>成交供应商名称:某某电子有限公司</p><p>成交金额：人民币3850元</p> | AWARD
      a generic 采购公告 that only names a future result (11n) | type | <h1>某局办公设备采购公告</h1><p>一、采购内容：办公设备</p><p>中标结果将在本网站公告。</p><p>成交供应商：须在签订合同前提交样品。</p> | TENDER
      a 中标人 cell holding the notice's title | suppliers | <h1>某局物资采购中标结果公告</h1><table><tr><td><table><tr><td>工程名称</td><td>某某工程第五批次采购</td></tr><tr><td>中标人</td><td><div><div><b><u>某某工程第五批次采购 </u>中标结果公告</b></div><div>某某工程第五批次采购的中标结果公示如下：</div><div><b>一、中标人</b></div><div>包件名称：<u>信号电缆</u><div>中标人名称：<u>某某光电科技有限公司</u></div></div><div>中标价（元）：<u>14408342.2</u></div></div><div><b>二、联系方式</b></div><div><table><tr><td>招 标人： 某某局集团有限公司</td></tr></table></div></td></tr></table></td></tr></table> | 某某光电科技有限公司//14408342.2
      a contractor's name cut to its trade  | suppliers   | <h1>某路改造工程中标公告</h1><p>中标人：某某县宏达市政工程</p><p>中标价：1500000元</p> | 某某县宏达市政工程//1500000
      a short page and its footer in one div | suppliers | <div class="wrap"><h1>某局设备采购中标公告</h1><p>中标供应商：某某科技有限公司</p><p>中标金额：128000元</p><p>主办单位：某市财政局 浙ICP备12345678号</p></div> | 某某科技有限公司//128000
      a winner written as a link under its label | suppliers | <h1>某局设备采购中标公告</h1><p>中标供应商</p><p><a href="/org/123.html">某某科技有限公司</a></p><p>中标金额：128000元</p> | 某某科技有限公司//128000
      a dd holding a winner link              | suppliers | <h1>某局设备采购中标公告</h1><dl><dt>中标供应商</dt><dd><a href="/org/1.html">某某科技有限公司</a></dd><dt>中标金额</dt><dd>128000元</dd></dl> | 某某科技有限公司//128000
      a summary shown by a toggle script      | buyer     | <h1>某局设备采购公告</h1><p>【显示公告概要】</p><div class="table" style="display:none"><table><tr><td class="title">采购单位</td><td>某某学校</td><td class="title">预算金额</td><td>128000元</td></tr></table></div><p>一、项目基本情况</p><p>现对本项目进行公开招标。</p> | 某某学校
      a body shown by script                 | buyer     | <h1>某局设备采购公告</h1><div id="content" style="display: none;"><p>采购人：某某学校</p><p>预算金额：128000元</p><p>现对本项目进行公开招标，欢迎供应商参加。</p></div><script>document.getElementById("content").style.display="block";</script> | 某某学校
      a lot winner and a stated total        | suppliers | <h1>某局设备采购中标公告</h1><p>中标金额合计：300万元</p><p>包1</p><p>中标供应商：甲方科技有限公司</p><p>包2的评审结果另行公告。</p> | 甲方科技有限公司/包1/
      a value cell ending in 要求              | suppliers | <h1>某局设备采购中标公告</h1><table><tr><td>序号</td><td>中标供应商名称</td><td>质量要求</td><td>中标金额（元）</td></tr><tr><td>1</td><td>某某科技有限公司</td><td>符合采购文件要求</td><td>128000</td></tr></table> | 某某科技有限公司//128000
      two winners as links under their label  | suppliers | <h1>某局设备采购中标公告</h1><p>中标供应商：</p><ul><li><a href="/org/1.html">甲方科技有限公司</a></li><li><a href="/org/2.html">乙方科技有限公司</a></li></ul> | 甲方科技有限公司//
      a notice period's end after the award  | publishedAt | <h1>某局设备采购中标公告</h1><p>项目编号：ABC-001</p><p>中标供应商：某某科技有限公司</p><p>中标金额：128000元 公示截止日期 2026-03-20</p> | null
      a hospital saying 我院 published the tender (11n review) | buyer | <h1>某某市人民医院CT设备采购更正公告</h1><p>我院于2021年3月5日在医院网站发布的CT设备采购公告，现更正如下：</p><p>更正内容：开标时间延期至2021年3月30日9时30分。</p><p>某某市人民医院</p><p>2021年3月10日</p> | 某某市人民医院
      a company saying 我公司 published the purchase (11n review) | buyer | <h1>某设备采购公告</h1><p>我公司于2011年09月20日 在某电子采购平台发布的采购某设备项目，经过询价采购程序，最终确认采购结果如下：</p><p>成交供应商名称:某某电子有限公司</p> | null
      a tender's 确认采购结果 and a 成交供应商 duty (11n review) | type | <h1>某局办公设备采购公告</h1><p>一、采购内容：办公设备一批</p><p>二、评审小组推荐成交候选人，由采购人确认采购结果。</p><p>三、成交供应商：须在成交通知书发出后7日内签订合同。</p> | TENDER
      a 单一来源采购公示 stating its 论证结果 (11n review) | type | <h1>某大学某仪器单一来源采购公示</h1><p>经专业人员论证，论证结果如下：该仪器只能从唯一供应商处采购。</p><p>拟成交供应商：某某仪器有限公司</p><p>拟成交金额：人民币128000元</p> | TENDER
      a supervisor's contact section in a buyer's notice (11n review) | buyerAddress | <h1>某某学校课桌椅采购公告</h1><p>一、采购内容：课桌椅200套</p><p>八、其他事项：联系人张老师，电话0514-87654321。</p><p>九、监督部门联系方式</p><p>单位：某区教育局纪检组</p><p>地址：某区某路8号</p> | null
      a complaints office first in the contact section (11n review) | buyerAddress | <h1>某某学校课桌椅采购公告</h1><p>一、采购内容：课桌椅200套</p><p>八、联系方式</p><p>投诉受理部门：某区财政局</p><p>地址：某区某路9号</p> | null
      a winner's 公司地址 after the buyer (11n review) | buyerAddress | <h1>某局办公楼维修工程中标公告</h1><p>采购人：某市某局</p><p>中标单位：某某建设有限公司</p><p>公司地址：某市某路2号</p><p>中标金额：128000元</p> | null
      """)
  void newRulesDoNotMisread(String layout, String field, String html, String expected) {
    assertEquals(expected, FIELDS.get(field).apply(page(html)), layout);
  }
}
