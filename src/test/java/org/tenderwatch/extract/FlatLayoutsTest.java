package org.tenderwatch.extract;

import static org.tenderwatch.extract.Layouts.block;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Layouts the golden tuning pages showed failing (issue 11: flattened pages, titles, dates, winners in label/value
 * rows and sentences), written here as small pages in those layouts; the golden set holds the real ones.
 */
class FlatLayoutsTest {

  private static Notice page(String html) {
    return Layouts.page(html, "https://portal.example.cn/n/1.htm");
  }

  /** A text block kept without markup, one line to a paragraph (GoldenNoticesTest.blockPage). */
  private static void assertYuan(String expected, Amount actual) {
    assertEquals(0, new BigDecimal(expected).compareTo(actual.cny()), actual.text());
  }

  @Test
  void aNoticeFlattenedIntoOneLine() {
    Notice n = block("中标（成交）结果公告 采购项目名称： 某学校信息化设备采购项目 采购项目编号： EZYG-2023-017 "
        + "项目行政主管地区： 鄂州市 中标（成交）供应商名称： 武汉某科技有限公司 中标（成交）供应商代码： 914201 "
        + "中标（成交）价格： 121.5 价格单位： 万元 公告名称： 某中心学校信息化设备采购项目中标（成交）结果公告 "
        + "首次公告时间： 2023-09-06 15:13:53 公告内容： 一、项目编号 EZYG-2023-017 二、中标（成交）信息 包1： "
        + "供应商名称：武汉某科技有限公司 中标（成交）金额：¥121.5万元 三、联系方式 1、采购人信息 名 称：某中心学校 "
        + "地 址：新庙镇文塘村 2、采购代理机构信息 名 称：某造价咨询有限责任公司 地 址：鄂州市");
    assertEquals("某中心学校信息化设备采购项目中标（成交）结果公告", n.title());
    assertEquals(LocalDateTime.of(2023, 9, 6, 15, 13), n.publishedAt());
    assertEquals("某中心学校", n.buyer());
    assertEquals("某造价咨询有限责任公司", n.agency());
    assertEquals("新庙镇文塘村", n.buyerAddress());
    assertEquals("鄂州市", n.region());
    assertEquals(1, n.suppliers().size(), n.suppliers().toString());
    assertEquals("包1", n.suppliers().getFirst().lot());
    assertYuan("1215000", n.award());
  }

  @Test
  void aFlattenedTwoColumnContactBlockAndTheTitleInsideTheText() {
    Notice n = block("标段信息 标段编号 预算金额(元) 某公司,某公司 某市路桥处2018年桥梁检测项目结果公告某公司受某市路桥处的委托，"
        + "现将结果公告如下。一、采购项目情况 采购项目名称： 2018年桥梁检测项目 预算金额(元)： 279000 "
        + "二、联系方式：采购人名称：某市路桥处采购代理机构名称：某项目管理有限公司电话：88807341电话：0731-84486998"
        + "地址：银杉路382号地址：长沙市开福区某路501联系人：甲联系人：乙");
    assertEquals("某市路桥处2018年桥梁检测项目结果公告", n.title());
    assertEquals("某市路桥处", n.buyer());
    assertEquals("某项目管理有限公司", n.agency());
    assertEquals("银杉路382号", n.buyerAddress());
    assertYuan("279000", n.budget());
  }

  @Test
  void theFirstLineIsTheTitleWhenItReadsAsOne() {
    Notice n = block("某市人民医院CT球管采购项目中标公示\n【信息时间：2023-06-28 来源：】\n中标结果公告\n"
        + "二、项目名称：某市人民医院CT球管采购项目\n中标公司名称：上海某贸易商行\n中标金额：118万元");
    assertEquals("某市人民医院CT球管采购项目中标公示", n.title());
    assertEquals(LocalDateTime.of(2023, 6, 28, 0, 0), n.publishedAt());
    assertEquals(List.of(new SupplierAward("上海某贸易商行", null, n.suppliers().getFirst().amount())), n.suppliers());
    assertYuan("1180000", n.award());
  }

  @Test
  void aCcgpSummaryFlattenedByAnAggregator() {
    Notice n = block("某局设备采购项目的中标公告\n公告概要：公告信息：采购项目名称详见公告正文品目采购单位某市教育局行政区域珠海市"
        + "公告时间2016年11月14日 17:52本项目招标公告日期详见公告正文中标日期详见公告正文总中标金额详见公告正文"
        + "代理机构名称某招标有限公司(珠海分公司)代理机构地址详见公告正文  某招标有限公司受某市教育局的委托……");
    assertEquals("珠海市", n.region());
    assertEquals(LocalDateTime.of(2016, 11, 14, 17, 52), n.publishedAt());
  }

  @Test
  void aWinnerInASentenceAndADateInBrackets() {
    Notice n = page("<h1>关于某学院2024年图书采购项目的采购结果公告</h1><p>【发布时间】2024-06-03 16:20:11 【来源】招标中心</p>"
        + "<p>第一中标候选人：甲书店有限公司，投标报价：980000元</p><p>第二中标候选人：乙图书有限公司，投标报价：985000元</p>"
        + "<p>经采购人确认，中标供应商为：甲书店有限公司，中标金额：980000元。</p>");
    assertEquals(LocalDateTime.of(2024, 6, 3, 16, 20), n.publishedAt());
    assertEquals(List.of("甲书店有限公司"), n.suppliers().stream().map(SupplierAward::name).toList());
    assertYuan("980000", n.award());
  }

  @Test
  void aFourColumnRowWithALabelTheExtractorDoesNotRead() {
    Notice n = page("<h3>某中学食堂设备采购成交公告</h3><table><tr><td>采购单位</td><td>某中学</td><td>采购方式</td>"
        + "<td>竞争性磋商</td></tr><tr><td>成交供应商</td><td>某厨具有限公司</td><td>成交金额</td><td>¥86,500.00</td></tr>"
        + "<tr><td>公告日期</td><td>2022-07-01</td><td>项目编号</td><td>ZX-2022-7</td></tr></table>");
    assertEquals("某中学", n.buyer());
    assertEquals(LocalDateTime.of(2022, 7, 1, 0, 0), n.publishedAt());
    assertYuan("86500", n.award());
  }

  @Test
  void aColumnHeadingIsNotTheTitleAndTheSiteNameLeavesTheDocumentTitle() {
    Notice n = page("<html><head><title>某大学网络服务器采购项目中标公告_某大学招标与采购管理中心</title></head><body>"
        + "<div class='column-title'>招标公告</div><h4>三、中标信息</h4><p>中标供应商：某科技有限公司</p></body></html>");
    assertEquals("某大学网络服务器采购项目中标公告", n.title());
    assertEquals(NoticeType.AWARD, n.type());
  }

  @Test
  void aDeadlineOverARangeOfDaysAndABudgetColumnInYi() {
    Notice n = page("<p>某区路桥改造工程招标公告</p><p>投标时间：2019年7月9—11日8：30— 16：00</p>"
        + "<table><tr><td>项目名称</td><td>预算金额（亿元）</td><td>采购方式</td></tr>"
        + "<tr><td>某路改造</td><td>1.5</td><td>公开招标</td></tr></table>");
    assertEquals(LocalDateTime.of(2019, 7, 11, 16, 0), n.bidDeadline());
    assertYuan("150000000", n.budget());
    assertYuan("120000000", page("<p>某医院采购公告</p><p>采购预算（亿元）：1.2</p>").budget());
  }

  @Test
  void aCcgpBodyFragmentIsTypedByItsBody() {
    Notice n = page("<div class='vF_detail_content'><p>一、项目编号：ZJ-2019-0331</p><p>二、项目名称：某档案数字化服务项目</p>"
        + "<p>三、中标（成交）信息</p><table><tr><th>序号</th><th>中标（成交）金额(元)</th><th>中标供应商名称</th></tr>"
        + "<tr><td>1</td><td>报价:1280000(元)</td><td>某信息技术有限公司</td></tr></table></div>");
    assertEquals(NoticeType.AWARD, n.type());
    assertYuan("1280000", n.award());
  }

  @Test
  void aSingleWinnersAmountStatedApartFromItsName() {
    Notice n = page("<h2>某镇卫生院设备采购中标公告</h2><table><tr><td>中标候选人名称</td><td>投标报价（元）</td><td>排名</td></tr>"
        + "<tr><td>甲公司</td><td>100000</td><td>1</td></tr><tr><td>乙公司</td><td>110000</td><td>2</td></tr></table>"
        + "<p>中标（成交）金额：人民币 壹拾壹万元整（¥110,000.00）</p><p>中标（成交）供应商：乙公司</p>");
    assertEquals(List.of("乙公司"), n.suppliers().stream().map(SupplierAward::name).toList());
    assertYuan("110000", n.suppliers().getFirst().amount());
  }

  @Test
  void aDeadlineWrittenAsTheOpeningAndAShortAgencyLabel() {
    Notice n = page("<h1>某区医院信息化建设项目招标公告</h1><p>招 标 人：某区医院</p><p>招标代理：某咨询有限公司</p>"
        + "<p>开标时间：2021年4月8日（星期四）上午9时30分</p><p>递交投标文件截止时间：同开标时间</p>");
    assertEquals("某咨询有限公司", n.agency());
    assertEquals(LocalDateTime.of(2021, 4, 8, 9, 30), n.bidDeadline());
  }

  @Test
  void zcyNumberedBookmarks() {
    Notice n = NoticeExtractor.fromFragment("某局技术咨询服务结果公告", "<p><span class='bookmark-item code-00004'>YLZC2021-J3"
        + "</span></p><p><span class='bookmark-item code-00014'>某县自然资源局</span></p><p><span class='bookmark-item "
        + "code-00018'>某镇桂南路150号</span></p><p><span class='bookmark-item code-00009'>某招标代理有限公司</span></p>", "");
    assertEquals("YLZC2021-J3", n.projectNo());
    assertEquals("某县自然资源局", n.buyer());
    assertEquals("某镇桂南路150号", n.buyerAddress());
    assertEquals("某招标代理有限公司", n.agency());
  }
}
