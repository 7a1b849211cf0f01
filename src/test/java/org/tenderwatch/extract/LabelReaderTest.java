package org.tenderwatch.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * One label reader wherever a label stands (inline, two- and four-column tables, definition lists, 政采云
 * bookmarks), totals before parts, and the smaller cases seen on real pages (issue text). Fragments are written
 * here in the layouts of those pages; the golden set holds the real ones.
 */
class LabelReaderTest {

  private static Notice fragment(String title, String html) {
    return NoticeExtractor.fromFragment(title, html, "https://portal.example.cn/n/1.htm");
  }

  private static void assertYuan(String expected, Amount actual) {
    assertEquals(0, new BigDecimal(expected).compareTo(actual.cny()), actual.text());
  }

  @Test
  void winnerAndAmountInATwoColumnTable() {
    Notice n = fragment("某学院教学设备采购成交公告", """
        <table><tr><td>项目名称：</td><td>教学设备采购</td></tr>
        <tr><td>成交供应商：</td><td>沈阳某某科技有限公司</td></tr>
        <tr><td>成交金额：</td><td>12.5万元</td></tr></table>""");
    assertEquals(List.of(new SupplierAward("沈阳某某科技有限公司", null, n.suppliers().getFirst().amount())),
        n.suppliers());
    assertYuan("125000", n.award());
  }

  @Test
  void fourColumnTableAndDefinitionList() {
    Notice n = fragment("某大学服务器采购公告", """
        <table><tr><td>采购人</td><td>济南大学</td><td>采购代理机构</td><td>山东某招标有限公司</td></tr>
        <tr><td>项目编号</td><td>SDGP-2025-17</td><td>预算金额（元）</td><td>500000</td></tr></table>""");
    assertEquals("济南大学", n.buyer());
    assertEquals("山东某招标有限公司", n.agency());
    assertEquals("SDGP-2025-17", n.projectNo());
    assertYuan("500000", n.budget());
    Notice dl = fragment("某医院采购公告", "<dl><dt>招标人名称</dt><dd>某市人民医院</dd>"
        + "<dt>招标代理机构全称</dt><dd>某某咨询有限公司</dd></dl>");
    assertEquals("某市人民医院", dl.buyer());
    assertEquals("某某咨询有限公司", dl.agency());
  }

  @Test
  void theNoticeTotalBeatsALotBudget() {
    Notice n = fragment("某项目招标公告", """
        <p>第1包 预算金额：30万元</p><p>第2包 预算金额：20万元</p><p>预算总金额：50万元</p>""");
    assertYuan("500000", n.budget());
    assertTrue(n.problems().stream().noneMatch(p -> p.startsWith("budget")), n.problems().toString());
    Notice lots = fragment("某项目招标公告", "<p>第1包 预算金额：30万元</p><p>第2包 预算金额：20万元</p>");
    assertYuan("500000", lots.budget());
    assertTrue(lots.problems().contains("budget: no total stated; the sum of 2 lot budgets"),
        lots.problems().toString());
    assertYuan("1000000", fragment("某项目招标公告", "<p>预算：100万元</p>").budget());
  }

  @Test
  void aBudgetColumnCountsInTheUnitItsHeaderNames() {
    Notice n = fragment("某项目招标公告", """
        <table><tr><td>序号</td><td>项目名称</td><td>项目控制预算（单位：万元）</td></tr>
        <tr><td>1</td><td>甲</td><td>30</td></tr><tr><td>2</td><td>乙</td><td>20.5</td></tr></table>""");
    assertYuan("505000", n.budget());
  }

  @Test
  void zcyBookmarksAndSerialNumberLots() {
    Notice n = fragment("某单位设备采购项目结果公告", """
        <p>采购人：某单位</p>
        <table><tr><td>序号</td><td>中标供应商名称</td><td>中标金额</td></tr>
        <tr><td>1</td><td>杭州某某有限公司</td><td>12000元</td></tr></table>
        <p>项目预算 <samp class="bookmark-item uuid-1 code-budgetPrice">1608715900</samp></p>
        <p>四、主要标的信息</p><table><tr><td>序号</td><td>标项名称</td><td>标的名称</td></tr>
        <tr><td>1</td><td>设备采购</td><td>服务器</td></tr></table>""");
    assertEquals("1", n.suppliers().getFirst().lot());
    assertYuan("1608715900", n.budget());
    // the same one-row table where the page never speaks of 标项 (青岛, 新疆 网上超市): its 序号 numbers the row
    Notice rowNumbered = fragment("某单位设备采购项目成交公告", """
        <table><tr><td>序号</td><td>中标供应商名称</td><td>中标金额</td></tr>
        <tr><td>1</td><td>杭州某某有限公司</td><td>12000元</td></tr></table>""");
    assertNull(rowNumbered.suppliers().getFirst().lot());
  }

  @Test
  void smallerCasesFromRealPages() {
    assertEquals(LocalDateTime.of(2015, 9, 28, 0, 0), Dates.parse("二〇一五年九月二十八日"));
    Notice entrusted = fragment(null, "<p>福建某某招标代理有限公司 受 福建省立医院 的委托，就以下项目进行公开招标。</p>");
    assertEquals("福建某某招标代理有限公司", entrusted.agency());
    assertEquals("福建省立医院", entrusted.buyer());
    assertEquals("SDGP2025-01", fragment("x", "<p>项目编号：SDGP2025-01（招标文件编号：ZB-7）</p>").projectNo());
    Notice semi = fragment("某项目成交公告", "<p>成交供应商名称：某某有限公司；</p><p>成交金额：1000元</p>");
    assertEquals("某某有限公司", semi.suppliers().getFirst().name());
    assertEquals("济南大学", NoticeFields.oneName("济南大学,济南大学,济南大学,济南大学"));
    assertEquals("甲大学,乙大学", NoticeFields.oneName("甲大学,乙大学"));
    Notice cue = fragment(null, "<p>采购方式：公开招标</p><p>中标供应商名称：某某有限公司</p>");
    assertEquals(NoticeType.AWARD, cue.type());
    Notice published = fragment("某采购公告", "<p>发布时间：2019-07-17 10:20</p><p>采购人：某学院</p><p>2019年7月17日</p>");
    assertEquals(LocalDateTime.of(2019, 7, 17, 10, 20), published.publishedAt());
  }

  @Test
  void aPageWithoutTitleIsTitledFromTheListThenTheUrl() {
    String page = "<html><body><p>2015-09-28</p></body></html>";
    Notice listed = NoticeExtractor.fromHtml(Jsoup.parse(page, "https://portal.example.cn/n/7.htm"), "某采购公告");
    assertEquals("某采购公告", listed.title());
    Notice bare = NoticeExtractor.fromHtml(Jsoup.parse(page, "https://portal.example.cn/n/7.htm"));
    assertEquals("https://portal.example.cn/n/7.htm", bare.title());
    assertTrue(bare.problems().contains("title: not found; the URL is used"), bare.problems().toString());
    Notice empty = NoticeExtractor.fromHtml(Jsoup.parse("", "https://portal.example.cn/n/8.htm"));
    assertEquals("https://portal.example.cn/n/8.htm", empty.title());
    assertTrue(empty.problems().contains(Problems.TEXT_EMPTY), empty.problems().toString());
    assertNull(empty.buyer());
  }

  @Test
  void aValueEndsWhereTheNextLabelIsRunStraightIntoIt() {
    Notice n = fragment("某局软件采购结果公告", """
        <p>七、采购人和采购代理机构名称、联系人和联系方式：采购人名称：某市公安局采购代理机构名称：某工程咨询有限责任公司\
        电话：0731-1电话：0731-2地址：解放西路1号地址：东二环1号</p>""");
    assertEquals("某市公安局", n.buyer());
    assertEquals("某贸易有限公司", Labels.name("某贸易有限公司地址：某路1号"));
  }
}
