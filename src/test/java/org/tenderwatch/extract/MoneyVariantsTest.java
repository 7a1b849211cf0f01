package org.tenderwatch.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.tenderwatch.extract.Layouts.page;

import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Budgets, max prices and their amounts' units and forms (round 11p, written before the rules). Each row is a
 * made-up page (某某 names, made-up figures) of a real shape: ccgp's 6-decimal 万元 in the 公告概要 and the body, a unit
 * only in the label's bracket or a table header or a caption line ("金额单位：万元"), full-width ￥, digits and
 * thousands commas, 亿元, 大写 capitals beside or instead of the figure, 合计/总计 rows, budget and max price columns,
 * 政采云 标项 tables and 预算总金额, a 采购意向 table, lots as lines or in one value (a total then its lots, lots then
 * 合计, lots alone), 最高限价 with no value (同预算金额, 见采购文件, 无) or per unit, a term's or a year's budget, bounds,
 * works tenders' 招标控制价 and 合同估算价, and deposits, document prices, the agency fee and run-on labels that are
 * never the budget. The default title is a 公开招标公告's; the field "problems" lists the notice's budget: and
 * maxPrice: problems other than "not found" ("-" when none).
 *
 * <p>Decisions where the conventions are silent: a budget stated as a ceiling ("不超过200万元") or as a range
 * ("150-200万元", its ceiling) is the budget; a bound in a rule ("采购预算200万元以下的项目…") is none; a ceiling on
 * the bids in a sentence ("投标报价不得超过120万元") is the max price, read only when no 最高限价 label, sentence or column states one; a budget per year stays a
 * year's amount, as written, unless the value states the term's total after it ("50万元/年，三年总预算150万元").
 *
 * <p>11 of the 70 rows failed when written: a full-width thousands comma (cut as a clause end), 金额单位 above a
 * one-row and a two-row lots table, lots in one value with no total (the first lot was read), lots lines then a 合计
 * line (summed and noted), each 采购包's 最高限价 (only the first read; and its sum now noted), lots' max prices after
 * a ；, a bid ceiling in a sentence, "本工程招标控制价：…" (a label after a Chinese char, a colon), and "预算金额：" left
 * blank over "投标保证金：2万元" (the deposit was read). Of the 2 rows added next, both failed: a range ("150-200万元"
 * read as 150 元) and a yearly budget with the term's total after it (the year's amount was read). Of the 3 added
 * last, all failed: 采购项目预算金额（元） (its 项目预算金额 follows a Chinese char), "本项目采购预算：人民币120万元整" (a
 * colon with no 为 before the figure) and "最高限价为预算金额" (the budget on the next line was read as the max price).
 * Near-duplicate passing rows made room for the 5 (a second 6-decimal max price, a total then its lots in brackets,
 * a run-on budget beside the run-on max price, 以内 beside 不超过, a budget and max price on one line).
 */
class MoneyVariantsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
      # ccgp 公告概要 and body: 6-decimal 万元, the unit in the label's bracket, spaces, full-width forms
      the 公告概要 预算金额 in 6-decimal 万元 | budgetCny | <table><tr><td class="title">预算金额</td><td>￥56.000000万元（人民币）</td></tr></table><p>一、项目基本情况</p><p>项目编号：ZB-2024-001</p> | 560000
      the body 预算金额 in 6-decimal 万元 | budgetCny | <p>一、项目基本情况</p><p>项目编号：ZB-2024-002</p><p>预算金额：3784.000000万元</p><p>最高限价（如有）：3784.000000万元</p> | 37840000
      预算金额（万元） with a bare figure | budgetCny | <p>二、项目预算</p><p>预算金额（万元）：64.4269</p><p>三、投标人资格要求</p> | 644269
      预算金额(单位：元) with a bare figure | budgetCny | <p>预算金额(单位：元)：1250000.00</p><p>采购需求：详见采购文件</p> | 1250000
      采购项目预算金额（元） with a bare figure | budgetCny | <p>一、项目基本情况</p><p>采购项目预算金额（元）：1200000.00</p><p>采购需求：见附件</p> | 1200000
      本项目采购预算 after a colon, 整 after it | budgetCny | <p>2. 本项目采购预算：人民币120万元整。</p><p>3. 采购需求：见附件</p> | 1200000
      万元 after a space and 人民币 after it | budgetCny | <p>预算金额：56.000000 万元（人民币）</p> | 560000
      full-width ￥ and digits | budgetCny | <p>预算金额：￥１２０．５万元</p> | 1205000
      thousands separators, full-width | budgetCny | <p>预算金额：１，２３４，５６７．８０元</p> | 1234567.8
      the unit in brackets after the figure | budgetCny | <p>预算金额：120.00（万元）</p> | 1200000
      gpcms budget with four decimals | budgetCny | <p>采购预算：1890000.0000</p> | 1890000
      a spaced label | budgetCny | <p>预 算 金 额：120万元</p><p>采购需求：见附件</p> | 1200000
      amounts in 亿元 | budgetCny | <p>预算金额：1.25亿元</p> | 125000000
      # capitals (大写) beside or instead of the figure
      capitals then the figure in brackets | budgetCny | <p>预算金额：人民币壹佰万元整（¥1,000,000.00）</p> | 1000000
      capitals only | budgetCny | <p>预算金额：人民币贰佰万元整</p> | 2000000
      大写 then 小写 | budgetCny | <p>项目预算：大写：人民币叁拾万元整 小写：¥300000.00元</p> | 300000
      capitals in a sentence with the figure | budgetCny | <p>本项目预算金额为人民币壹佰贰拾万元整（¥1,200,000.00），超过预算的报价无效。</p> | 1200000
      # tables: a unit in the header, a 合计/总计 row, budget and max price columns
      a 合计 row at the bottom of a lots table | budgetCny | <table><tr><td>包号</td><td>包名称</td><td>预算金额（元）</td></tr><tr><td>1</td><td>台式计算机</td><td>300000</td></tr><tr><td>2</td><td>打印机</td><td>200000</td></tr><tr><td>合计</td><td></td><td>500000</td></tr></table> | 500000
      a 合计 row states the total, no problem | problems | <table><tr><td>包号</td><td>包名称</td><td>预算金额（元）</td></tr><tr><td>1</td><td>台式计算机</td><td>300000</td></tr><tr><td>2</td><td>打印机</td><td>200000</td></tr><tr><td>合计</td><td></td><td>500000</td></tr></table> | -
      a 总计 row spanning two cells | budgetCny | <table><tr><td>序号</td><td>采购内容</td><td>数量</td><td>预算金额（万元）</td></tr><tr><td>1</td><td>课桌椅</td><td>500套</td><td>40</td></tr><tr><td>2</td><td>黑板</td><td>50块</td><td>10</td></tr><tr><td colspan="3">总计</td><td>50</td></tr></table> | 500000
      the unit in a header's 单位 bracket over lot rows | budgetCny | <table><tr><td>包号</td><td>采购内容</td><td>预算金额（单位：万元）</td></tr><tr><td>1</td><td>监控设备</td><td>35.5</td></tr><tr><td>2</td><td>网络设备</td><td>14.5</td></tr></table> | 500000
      lot rows and no total are summed, noted | problems | <table><tr><td>包号</td><td>采购内容</td><td>预算金额（单位：万元）</td></tr><tr><td>1</td><td>监控设备</td><td>35.5</td></tr><tr><td>2</td><td>网络设备</td><td>14.5</td></tr></table> | budget: no total stated; the sum of 2 lot budgets
      a lots table with budget and max price columns: max price | maxPriceCny | <table><tr><td>包号</td><td>包名称</td><td>预算金额（万元）</td><td>最高限价（万元）</td></tr><tr><td>1</td><td>教学设备</td><td>100</td><td>98</td></tr><tr><td>2</td><td>实验设备</td><td>60</td><td>58</td></tr></table> | 1560000
      金额单位 stated above the lots table | budgetCny | <p>金额单位：万元</p><table><tr><td>包号</td><td>包名称</td><td>预算金额</td></tr><tr><td>1</td><td>办公家具</td><td>45</td></tr></table> | 450000
      金额单位 above a table of two lots | budgetCny | <p>金额单位：万元</p><table><tr><td>包号</td><td>包名称</td><td>预算金额</td></tr><tr><td>1</td><td>办公家具</td><td>45</td></tr><tr><td>2</td><td>窗帘</td><td>5</td></tr></table> | 500000
      政采云 标项 table with 预算金额（元） | budgetCny | <p>标项名称：某某设备采购</p><table><tr><td>标项</td><td>标项名称</td><td>数量</td><td>预算金额（元）</td><td>最高限价（元）</td></tr><tr><td>1</td><td>某某设备采购</td><td>1</td><td>670000</td><td>660000</td></tr></table> | 670000
      政采云 标项 table's 最高限价（元） | maxPriceCny | <table><tr><td>标项</td><td>标项名称</td><td>数量</td><td>预算金额（元）</td><td>最高限价（元）</td></tr><tr><td>1</td><td>某某设备采购</td><td>1</td><td>670000</td><td>660000</td></tr></table> | 660000
      政采云 预算总金额 over its 标项 lines | budgetCny | <p>预算总金额（元）：7550000</p><p>标项1</p><p>标项名称：医疗设备</p><p>预算金额（元）：4000000</p><p>标项2</p><p>标项名称：超声设备</p><p>预算金额（元）：3550000</p> | 7550000
      a 采购意向 table's 预算金额（万元） | budgetCny | <h1>某某大学2024年6月政府采购意向</h1><table><tr><td>序号</td><td>采购项目名称</td><td>采购需求概况</td><td>预算金额（万元）</td><td>预计采购时间（填写到月）</td><td>备注</td></tr><tr><td>1</td><td>某某实验室设备采购</td><td>采购实验设备一批</td><td>85</td><td>2024年8月</td><td>无</td></tr></table> | 850000
      a 合计 row in capitals and figure | budgetCny | <table><tr><td>序号</td><td>品目名称</td><td>预算金额</td></tr><tr><td>1</td><td>空调</td><td>人民币30万元</td></tr><tr><td>2</td><td>冰箱</td><td>人民币20万元</td></tr><tr><td>合计</td><td>大写</td><td>人民币伍拾万元整（¥500,000.00）</td></tr></table> | 500000
      # lots written as lines
      per-lot lines, no total | budgetCny | <p>包1：预算金额：100万元</p><p>包2：预算金额：80万元</p> | 1800000
      per-lot lines are noted as summed | problems | <p>包1：预算金额：100万元</p><p>包2：预算金额：80万元</p> | budget: no total stated; the sum of 2 lot budgets
      a total then its lots on one line | budgetCny | <p>预算金额：300万元，其中：包1：200万元，包2：100万元</p> | 3000000
      lots then 合计 on one line | budgetCny | <p>预算金额：第一包50万元，第二包30万元，合计80万元</p> | 800000
      lots on one line and no total: their sum | budgetCny | <p>预算金额：第一包50万元，第二包30万元</p><p>采购需求：见附件</p> | 800000
      lots lines then a 合计 line | budgetCny | <p>预算金额：</p><p>第一包：50万元</p><p>第二包：30万元</p><p>合计：80万元</p> | 800000
      lots lines then a 合计 line, no problem | problems | <p>预算金额：</p><p>第一包：50万元</p><p>第二包：30万元</p><p>合计：80万元</p> | -
      a 采购包 heading over each lot's 预算金额 | budgetCny | <p>采购包1：</p><p>预算金额：300000元</p><p>最高限价：300000元</p><p>采购包2：</p><p>预算金额：200000元</p><p>最高限价：200000元</p> | 500000
      each 采购包's 最高限价 summed | maxPriceCny | <p>采购包1：</p><p>预算金额：300000元</p><p>最高限价：290000元</p><p>采购包2：</p><p>预算金额：200000元</p><p>最高限价：190000元</p> | 480000
      each 采购包's 最高限价 summed, noted | problems | <p>采购包1：</p><p>最高限价：290000元</p><p>采购包2：</p><p>最高限价：190000元</p> | maxPrice: no total stated; the sum of 2 lots' max prices
      the lots' max prices on one line | maxPriceCny | <p>最高限价：包1：100万元；包2：80万元</p> | 1800000
      # max price: no value, a unit price, a bound, per period
      最高限价 同预算金额 | maxPriceCny | <p>预算金额：120万元</p><p>最高限价：同预算金额</p> | none
      最高限价为预算金额, no figure of its own | maxPriceCny | <p>最高限价为预算金额</p><p>预算金额：120万元</p> | none
      最高限价 见采购文件 | maxPriceCny | <p>预算金额：120万元</p><p>最高限价：见采购文件</p><p>投标保证金：2万元</p> | none
      最高限价（如有）：无 | maxPriceCny | <p>预算金额：120万元</p><p>最高限价（如有）：无</p><p>采购需求：见附件</p> | none
      a max price per unit is no total | maxPriceCny | <p>预算金额：35万元</p><p>单价最高限价：3500元/台</p> | none
      a max price for a three-year term | maxPriceCny | <p>预算金额：1800万元/三年</p><p>最高限价：1800万元/三年</p> | 18000000
      a budget per year for a three-year service | budgetCny | <p>预算金额：60万元/年（服务期三年）</p> | 600000
      a three-year budget with its yearly part | budgetCny | <p>预算金额：180万元（60万元/年，服务期3年）</p> | 1800000
      a budget as a range gives its ceiling | budgetCny | <h1>某某局2024年9月政府采购意向</h1><p>采购项目名称：某某系统运维服务</p><p>预算金额：150-200万元</p><p>预计采购时间：2024年9月</p> | 2000000
      a yearly budget then the term's total in one value | budgetCny | <p>预算金额：50万元/年，三年总预算150万元</p><p>服务期限：三年</p> | 1500000
      a budget stated as a ceiling 不超过 | budgetCny | <p>采购预算：不超过200万元</p> | 2000000
      a budget bound in a rule is none | budgetCny | <p>采购预算200万元以下的项目，可以采用询价方式采购。</p> | none
      最高限价 in a sentence with capitals | maxPriceCny | <p>本项目最高投标限价为人民币伍拾万元整（¥500,000.00），超过最高投标限价的投标无效。</p> | 500000
      budget and max price in one sentence, no colons | maxPriceCny | <p>本项目预算金额120万元，最高限价118万元，投标报价超过最高限价的，其投标无效。</p> | 1180000
      a bid ceiling in a sentence is the max price | maxPriceCny | <p>三、投标报价</p><p>投标报价不得超过120万元，超过者按无效投标处理。</p> | 1200000
      # works tenders: 招标控制价, 合同估算价
      a works tender's 招标控制价 | maxPriceCny | <p>1.2 本工程招标控制价：1234567.89元</p><p>1.3 计划工期：180日历天</p> | 1234567.89
      招标控制价（元） over its figure | maxPriceCny | <table><tr><td>招标控制价（元）</td><td>13066098.64</td></tr></table> | 13066098.64
      a works tender's 合同估算价 as its budget | budgetCny | <p>2.1 建设地点：某某县某某镇</p><p>2.2 合同估算价：2000万元</p><p>2.3 招标控制价：1980万元</p> | 20000000
      招标控制价为 capitals and the figure | maxPriceCny | <p>本工程招标控制价为：人民币壹佰贰拾叁万肆仟伍佰陆拾柒元整（¥1,234,567.00）。</p> | 1234567
      合同估算价 beside a 招标控制价: the max price | maxPriceCny | <p>2.2 合同估算价：2000万元</p><p>2.3 招标控制价：1980万元</p> | 19800000
      标段合同估算价 over its value | budgetCny | <p>标段合同估算价：</p><p>2000 万元</p><p>计划工期：</p><p>365日历天</p> | 20000000
      # deposits, fees and run-on lines are never the budget
      a budget line followed by a deposit | budgetCny | <p>预算金额：150万元</p><p>投标保证金：2万元</p> | 1500000
      an empty budget over a deposit | budgetCny | <p>预算金额：</p><p>投标保证金：2万元</p><p>采购需求：见附件</p> | none
      a deposit and a document price only | budgetCny | <p>投标保证金：2万元</p><p>采购文件售价：300元</p> | none
      the agency fee is no budget | budgetCny | <p>代理服务费：由中标人支付，收费金额：12000元</p><p>采购需求：见附件</p> | none
      the agency fee is no award | awardCny | <h1>某某设备采购项目中标公告</h1><p>中标供应商：某某科技有限公司</p><p>中标金额：详见附件</p><p>招标代理服务费：人民币陆仟捌佰元整（¥6800.00）</p> | none
      a max price run on into the next label | maxPriceCny | <p>预算金额：120万元最高限价：118万元采购需求：详见采购文件</p> | 1180000
      a budget with its funds' sources in brackets | budgetCny | <p>预算金额：150万元（其中：财政资金100万元，自筹资金50万元）</p> | 1500000
      the figure and its unit on separate lines | budgetCny | <p>预算金额：</p><p>60</p><p>万元</p><p>。</p> | 600000
      """)
  void moneyOfANotice(String layout, String field, String html, String expected) {
    Notice n = page(html.startsWith("<h1>") ? html : "<h1>某某单位某某采购项目公开招标公告</h1>" + html);
    String actual = "problems".equals(field) ? moneyProblems(n) : PortalQuirksTest.FIELDS.get(field).apply(n);
    assertEquals(expected, actual, layout);
  }

  private static String moneyProblems(Notice n) {
    String p = n.problems().stream().filter(s -> s.startsWith("budget:") || s.startsWith("maxPrice:"))
        .filter(s -> !s.endsWith(": not found"))
        .collect(Collectors.joining("; "));
    return p.isEmpty() ? "-" : p;
  }
}
