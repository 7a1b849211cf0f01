package org.tenderwatch.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tenderwatch.text.Location;
import org.tenderwatch.text.TextPart;

class NoticeExtractorTest {

  /** A portal's 品目 data field reads as a 品目 label's value does (JSON portals' category overlay, NoticePage). */
  @Test
  void aCategoryGivenAsDataReadsAsTheLabelDoes() {
    assertEquals("货物/设备/信息化设备/计算机/服务器", NoticeExtractor.category("货物/设备/信息化设备/计算机/服务器"));
    assertEquals("台式计算机,激光打印机",
        NoticeExtractor.category("A02010104-台式计算机,A02020201-激光打印机,A02010104-台式计算机"));
    assertNull(NoticeExtractor.category("货物"));
    assertNull(NoticeExtractor.category(null));
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', textBlock = """
      深圳市龙华科技实验高级中学空调采购中标（成交）结果公告           | AWARD
      辽宁机电职业技术学院新生运动服采购成交公告                      | AWARD
      彩色多普勒超声采购项目结果公告（采购包1、2、3、4）               | AWARD
      2025年专项设备的公开招标公告                                 | TENDER
      辽宁机电职业技术学院工作服采购的采购公告                        | TENDER
      东莞理工学院网安学院深度学习GPU加速卡采购项目(二次)竞争性谈判公告   | TENDER
      成都市政务云服务-微软操作系统和数据库服务单一来源采购公示          | TENDER
      某高校高性能计算集群询价公告                                  | TENDER
      某单位服务器采购项目资格预审公告                               | TENDER
      陆军军医大学人工智能图像处理算法专用服务器更正公告                 | CORRECTION
      某高校GPU服务器采购项目中标结果更正公告                          | CORRECTION
      某部CFD超算平台计算资源终止公告                                | TERMINATION
      某项目废标（流标）公告                                        | TERMINATION
      某县疾病预防控制中心防控物资采购异常公告                          | TERMINATION
      某座椅电梯安装工程取消公告                                    | TERMINATION
      某市某初级中学校服采购项目取消招标公告                            | TERMINATION
      某市中心医院医用织物配送中心建设项目(废标公告)                    | TERMINATION
      某度假区职工体检服务机构采购项目（流标公示）                       | TERMINATION
      某某-竞争性磋商-2022-ZDL055-某区低碳试点项目第三方服务-流标结果公示   | TERMINATION
      某省海域海岛管理技术支撑项目终止公告（包1、4））                    | TERMINATION
      某部微生物实验室仪器设备废标公告（2022-AB-W1019（CLF0122SZ06））   | TERMINATION
      某某医院采购项目结果公告（采购包1（CT）、2）                       | AWARD
      某某医院配电箱答疑纪要                                        | CORRECTION
      某项目前期咨询和质量检查服务项目延长报名时间公告                    | CORRECTION
      某某公司关于某库区应急抢通维护更正公告二                          | CORRECTION
      某单位书籍采购项目二次更正公告5号                                 | CORRECTION
      某市某局检测设备采购项目更正公告2                                 | CORRECTION
      某区执法大队关于35米趸船及20米浮码头的变更公告3                     | CORRECTION
      某运动会代表团食宿采购澄清公告1                                  | CORRECTION
      某职业技术学院校舍维修（外墙维修）项目补充事项公告(一次)               | CORRECTION
      某市绿化处工程机械租赁服务项目招标文件补充说明                       | CORRECTION
      某监狱电动消防车采购项目公告补充                                  | CORRECTION
      某公园安保服务采购(FLQ22C00011)质疑答复                           | CORRECTION
      某职业技术学校校园水电维修耗材暂缓公告                             | CORRECTION
      某县新中考机考教室建设项目（二次）重启公告                          | CORRECTION
      某县本级校园专职保安服务（第二次）更改公告                          | CORRECTION
      某疾病预防控制中心采购试剂耗材项目暂停公告                          | CORRECTION
      物资采购中心鼻科手术动力装置（第二次）谈判邀请书                     | TENDER
      某某医院医用耗材遴选公告                                      | TENDER
      某某医院医用耗材遴选结果公示                                  | AWARD
      某某医院设备议价公告                                          | TENDER
      关于某某大学设备采购项目的补充公告                              | CORRECTION
      某急需补充装备采购项目竞争性磋商公告                            | TENDER
      某医院设备采购合同公告                                        | OTHER
      关于举办培训班的通知                                         | OTHER
      """)
  void typeFromTitleSuffix(String title, NoticeType type) {
    assertEquals(type, NoticeTypes.fromTitle(title));
  }

  /** The ≤2016 "vT" template: 采购人 in the summary, an old award table in 万元. */
  @Test
  void oldVtTemplate() {
    String html = """
        <html><head><meta name="ArticleTitle" content=""></head><body>
        <div class="vF_deail_currentloc"><a class="CurrChnlCls">首页</a> » <a class="CurrChnlCls">中标公告</a></div>
        <div class="vT_detail_main">
          <div class="vT_detail_header"><h2>中国科学技术馆公有云迁移改造重新招标项目</h2><span id="pubTime">2016年06月06日 16:40</span></div>
          <div class="table"><table>
            <tr><td class="title">采购项目名称</td><td colspan="3">公有云迁移改造</td></tr>
            <tr><td class="title">采购人</td><td colspan="3">中国科学技术馆</td></tr>
            <tr><td class="title">行政区域</td><td>北京市</td><td class="title">公告时间</td><td>2016年06月06日 16:40</td></tr>
            <tr><td class="title">项目编号</td><td colspan="3">0702-1641CITC7062</td></tr>
          </table></div>
          <div class="vT_detail_content w760c">
            <p>五、中标信息</p>
            <p>总中标金额：517.9175 万元（人民币）</p>
            <table><tr><td>中标供应商名称</td><td>中标供应商联系地址</td><td>中标金额(万元)</td></tr>
              <tr><td>北京百度网讯科技有限公司</td><td>北京市海淀区上地十街10号</td><td>517.9175</td></tr></table>
          </div>
        </div></body></html>""";
    Notice n = NoticeExtractor.fromHtml(Jsoup.parse(html));
    assertEquals(NoticeType.AWARD, n.type(), "no suffix in the title: the breadcrumb says 中标公告");
    assertEquals("中国科学技术馆公有云迁移改造重新招标项目", n.title());
    assertEquals(LocalDateTime.of(2016, 6, 6, 16, 40), n.publishedAt());
    assertEquals("中国科学技术馆", n.buyer());
    assertEquals("0702-1641CITC7062", n.projectNo());
    assertEquals("北京市", n.region());
    assertEquals(List.of(new SupplierAward("北京百度网讯科技有限公司", null, new Amount("517.9175", new BigDecimal("5179175")))),
        n.suppliers());
    assertEquals(0, new BigDecimal("5179175").compareTo(n.award().cny()));
  }

  /** A 成交公告's 概要 names its total 总成交金额 (a 中标公告's, 总中标金额): the award when the winner's row has none. */
  @Test
  void aChengjiaoSummaryStatesTheTotalAsZongChengjiaoJine() {
    String html = """
        <html><head><meta name="ArticleTitle" content="某局物业服务采购成交公告"></head><body>
        <div class="vF_detail_main"><div class="vF_detail_header"><h2 class="tc">某局物业服务采购成交公告</h2></div>
          <div class="table"><table>
            <tr><td class="title">采购单位</td><td colspan="3">某局</td></tr>
            <tr><td class="title">总成交金额</td><td colspan="3">￥36.500000 万元（人民币）</td></tr>
          </table></div>
          <div class="vF_detail_content"><p>三、成交信息</p><p>供应商名称：某物业管理有限公司</p>
            <p>成交金额：（可填写下浮率、折扣率或费率）</p></div>
        </div></body></html>""";
    Notice n = NoticeExtractor.fromHtml(Jsoup.parse(html));
    assertEquals(0, new BigDecimal("365000").compareTo(n.award().cny()));
  }

  @Test
  void biddersAndCandidatesAreNotWinners() {
    String html = """
        <div class="vF_detail_header"><h2>某中学服务器采购中标公告</h2></div>
        <div class="vF_detail_content">
          <p>三、投标供应商名称及报价：</p>
          <table><tr><td>包组</td><td>投标供应商</td><td>报价（元）</td></tr>
            <tr><td>A</td><td>甲公司</td><td>100.0</td></tr><tr><td>A</td><td>乙公司</td><td>90.0</td></tr></table>
          <p>四、候选中标供应商名单：</p>
          <table><tr><td>包组</td><td>投标供应商</td><td>报价（元）</td></tr><tr><td>A</td><td>乙公司</td><td>90.0</td></tr></table>
          <p>五、中标（成交）信息</p>
          <p>供应商名称：乙公司</p><p>供应商地址：某地</p><p>中标（成交）金额：90.0元</p>
          <p>未中标（成交）供应商名称：甲公司</p>
        </div>""";
    Notice n = NoticeExtractor.fromHtml(Jsoup.parse(html));
    assertEquals(List.of(new SupplierAward("乙公司", null, new Amount("90.0元", new BigDecimal("90")))), n.suppliers());
  }

  /** JSON portals give the title apart and the body as HTML; 辽宁机电-style 成交 wording with capital numerals. */
  @Test
  void fragmentWithGivenTitle() {
    String content = """
        <p>1、采购方式：竞争性磋商</p><p>2、采购项目名称：某学院GPU服务器采购</p>
        <p>3、采购结果</p><p>成交供应商名称：某某科技有限公司</p><p>成交价格：柒万伍仟元整（75,000.00元）</p>
        <p>采购单位：某学院</p><p>采购代理机构：某招标代理有限公司</p>""";
    Notice n = NoticeExtractor.fromFragment("某学院GPU服务器采购成交公告", content, "https://example.org/");
    assertEquals(NoticeType.AWARD, n.type());
    assertEquals("某学院GPU服务器采购成交公告", n.title());
    assertEquals("某学院", n.buyer());
    assertEquals("某招标代理有限公司", n.agency());
    assertEquals(1, n.suppliers().size());
    assertEquals("柒万伍仟元整（75,000.00元）", n.suppliers().getFirst().amount().text());
    assertEquals(0, new BigDecimal("75000").compareTo(n.award().cny()));
    assertNull(n.region());
  }

  @Test
  void partsKeepCellsApartAndTheSummarySeparate() throws Exception {
    Notice n = GoldenNoticesTest.extract("ccgp_detail_shenzhen_longhua_aircon_award.html");
    assertEquals(2, n.parts().size());
    TextPart body = n.parts().get(0);
    TextPart summary = n.parts().get(1);
    assertEquals(Location.NOTICE_PAGE, body.location());
    assertEquals(Location.summary(), summary.location());
    assertTrue(body.text().contains("A | 深圳市金龙空调电器有限公司 | 6687920.0"), body.text());
    assertTrue(body.text().contains("\n一、项目编号：LHACG2025000057\n"), "display:block spans are lines");
    assertTrue(summary.text().contains("行政区域 | 龙华区 | 公告时间 | 2025年05月27日 20:20"), summary.text());
    assertEquals("￥668.790000 万元（人民币）", n.summary().get("总中标金额"));
    assertTrue(!body.text().contains("主办单位"), "the site footer is not notice text");
  }

  @Test
  void projectNumberStopsAtSpaceOrBracket() {
    assertEquals("25CNIC-024852-49", Labels.projectNo("25CNIC-024852-49 （招标文件编号：25CNIC-024852-49）"));
    assertEquals("MJZ2016017号", Labels.projectNo("MJZ2016017号)进行公开招标"));
    assertEquals("[350001]ZXFZ[GK]2025003", Labels.projectNo("[350001]ZXFZ[GK]2025003"));
    assertEquals("ZB(2020)001", Labels.projectNo("ZB(2020)001，特此公告"));
  }

  @Test
  void aReaderThatFailsKeepsThePageWithTheFailureAmongItsProblems() {
    var doc = Jsoup.parse("<html><head><title>某项目中标公告</title></head><body><p>采购人：某大学</p></body></html>");
    Notice n = NoticeExtractor.kept(doc, null, () -> {
      throw new IllegalStateException("a rule's bug");
    });
    assertEquals("某项目中标公告", n.title());
    assertEquals(NoticeType.OTHER, n.type());
    assertEquals(List.of(new TextPart(Location.NOTICE_PAGE, "采购人：某大学")), n.parts());
    assertTrue(n.problems().getFirst().startsWith("extraction: failed (java.lang.IllegalStateException"), n.problems()
        .toString());
    // no <title> and no listed title: the page's URL, as a read page's fallback (it was an empty title)
    var bare = Jsoup.parse("<p>采购人：某大学</p>", "https://portal.example.cn/n/7.htm");
    assertEquals("https://portal.example.cn/n/7.htm", NoticeExtractor.kept(bare, null, () -> {
      throw new IllegalStateException("a rule's bug");
    }).title());
  }
}
