package org.tenderwatch.extract;

import static org.tenderwatch.extract.Layouts.page;
import static org.tenderwatch.extract.Layouts.block;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/**
 * Shapes of provincial, municipal and Word-pasted notices (issue 11, 11h): headings kept as cells, the 上海 result
 * sentence, a buyer named only at the head of the title, a date label under a title. Made-up names in the portals'
 * wording.
 */
class PortalShapesTest {

  @Test
  void aHeadingSetInCellsAndKeptAsPiecesIsJoined() {
    // ccgp-hunan's heading row (buyer | project | kind of notice) as a text copy keeps it, tab runs between cells
    Notice n = block("某某技工学校\t\t\t某某校区监控设备采购及安装\t\t\t公开招标中标公告\t\t\t公告日期：2018年11月20日"
        + "\t\t\t受某某技工学校的委托，某某项目管理有限公司对某某校区监控设备采购及安装项目进行公开招标，现将中标信息公告如下："
        + "\t\t\t项目名称：某某校区监控设备采购及安装项目");
    assertEquals("某某技工学校某某校区监控设备采购及安装公开招标中标公告", n.title());
    Notice lines = block("某省公路管理局\n2018年全省农村公路检测\n公开招标中标公告\n2018年11月21日\n项目名称：2018年全省农村公路检测");
    assertEquals("某省公路管理局2018年全省农村公路检测公开招标中标公告", lines.title());
    // pieces followed by a sentence, not a label or date, are not taken as a heading
    Notice sentence = block("某某学校\n食堂设备采购\n中标公告\n经评审，现将结果公告如下\n项目名称：某某学校食堂设备采购项目");
    assertEquals("某某学校食堂设备采购项目", sentence.title());
  }

  @Test
  void shanghaisResultSentenceNamesTheAgencyNumberAndBudget() {
    Notice n = block("""
        由某某招标服务中心有限公司组织的某某局舆情监测（项目编号:SH-2019-0001,预算编号：00-20-00413，项目总金额：680000.00）的竞争性磋商方式的采购，于2019-12-20 16:00:00在上海市政府采购网发布采购信息。
        经评审委员会评审，并经采购人确认，本次成交结果公布如下：
        二、成交信息：
        包为“某某局舆情监测”的成交供应商：某某信息技术有限公司，成交金额：668082元""");
    assertEquals("某某招标服务中心有限公司", n.agency());
    assertEquals("SH-2019-0001", n.projectNo());
    assertEquals(0, new java.math.BigDecimal("680000").compareTo(n.budget().cny()));
    // a buyer that organises its own purchase is not an agency
    Notice own = block("某某局办公桌采购成交公告\n由某某大学组织的办公桌采购已结束，成交供应商：某某家具有限公司");
    assertNull(own.agency());
  }

  @Test
  void buyerNamedOnlyAtTheHeadOfTheTitle() {
    Notice n = NoticeExtractor.fromFragment("某省某某科学技术研究所台式计算机网上竞价成交公告",
        "<p>某省某某科学技术研究所台式计算机网上竞价项目（网上竞价编号：GD2016-01），于2016年12月16日发布网上竞价公告。</p>"
            + "<p>成交供应商：某某科技有限公司</p><p>某省政府采购中心</p><p>2016年12月22日</p>", null);
    assertEquals("某省某某科学技术研究所", n.buyer());
    Notice agency = NoticeExtractor.fromFragment("某某工程咨询有限公司某某设备采购项目中标公告",
        "<p>某某工程咨询有限公司某某设备采购项目（项目编号：ZX-01）评审已结束。</p><p>中标供应商：某某科技有限公司</p>", null);
    assertNull(agency.buyer(), "an agency heads the title");
    Notice unrepeated = NoticeExtractor.fromFragment("某某大学实验室设备采购中标公告",
        "<p>项目编号：DX-01</p><p>中标供应商：某某科技有限公司</p>", null);
    assertEquals("某某大学", unrepeated.buyer(), "a public institution heading the title, repeated or not");
  }

  @Test
  void theDateLineUnderATitleEndingIn公告IsItsOwnLabel() {
    Notice n = page("<h1>某市某局办公设备采购项目中标公告</h1><p>发布日期：2019年03月01日 10:20</p><p>一、项目编号：ZB-2019-01</p>");
    assertEquals(LocalDateTime.of(2019, 3, 1, 10, 20), n.publishedAt());
  }

  @Test
  void aBudgetStatedInASentence() {
    assertEquals(0, new java.math.BigDecimal("3000000").compareTo(
        block("某县道路维修工程招标公告\n本项目预算为人民币300万元。\n投标保证金为人民币3万元。").budget().cny()));
    assertEquals(0, new java.math.BigDecimal("3290500").compareTo(
        block("某中心办公家具采购项目公开招标公告\n预算金额与最高限价：\n本项目预算金额为 3290500.00 元，其中：第 一 包 3290500.00 元。")
            .budget().cny()));
    assertNull(block("某县道路维修工程招标公告\n投标保证金为人民币3万元。").budget(), "a deposit is no budget");
  }

  @Test
  void aTitleOpeningWith关于NamesTheBuyerAfterIt() {
    Notice n = page("<h1>关于某市公安局执法记录仪采购项目的中标公告</h1><p>中标供应商：某某科技有限公司</p>");
    assertEquals("某市公安局", n.buyer(), "'关于' is no part of the name (TitleBuyers)");
  }

  @Test
  void anOpeningWrittenAsTheDeadline() {
    Notice n = block("某局采购项目招标公告\n投标截止时间：2020年1月2日 9:30（北京时间）\n开标时间：同投标截止时间\n开标地点：某市公共资源交易中心");
    assertEquals(LocalDateTime.of(2020, 1, 2, 9, 30), n.bidOpening());
    Notice other = block("某局采购项目招标公告\n投标截止时间：2020年1月2日 9:30\n开标时间：另行通知");
    assertNull(other.bidOpening());
  }

  @Test
  void aWinnersLabelOpeningANumberedSection() {
    Notice n = page("<h1>某局设备采购中标公告</h1><p>一、采购项目名称：某设备采购</p><p>二、中标供应商：某某商贸有限公司</p>"
        + "<p>三、中标金额：¥86,500.00</p><p>四、公告期限：自本公告发布之日起1个工作日</p>");
    assertEquals(1, n.suppliers().size());
    assertEquals("某某商贸有限公司", n.suppliers().getFirst().name());
    assertEquals(0, new java.math.BigDecimal("86500").compareTo(n.award().cny()));
  }

  @Test
  void aTotalStatedAfterTheLotsInOneValue() {
    Notice n = block("某局设备采购招标公告\n预算金额：第一包50万元，第二包30万元，合计80万元\n项目编号：SB-1");
    assertEquals(0, new java.math.BigDecimal("800000").compareTo(n.budget().cny()));
    Notice works = block("某县某局办公楼维修工程招标公告\n工程预算：80万元\n招标人：某县某局");
    assertEquals(0, new java.math.BigDecimal("800000").compareTo(works.budget().cny()));
  }

  @Test
  void aWordTitleCentredOnTwoLinesBuyerFirst() {
    Notice n = page("<div><p class=MsoNormal align=center><span>某县人民医院</span></p><p class=MsoNormal align=center>"
        + "<span>CT设备采购项目招标公告</span></p><p>项目编号：HN-1</p><p>预算金额：120万元</p></div>");
    assertEquals("某县人民医院CT设备采购项目招标公告", n.title());
    assertEquals("某县人民医院", n.buyer());
    Notice menu = page("<div><p>首页</p><p>某县人民医院CT设备采购项目招标公告</p><p>项目编号：HN-1</p></div>");
    assertEquals("某县人民医院CT设备采购项目招标公告", menu.title(), "a menu word is no organisation");
  }
}
