package org.tenderwatch.extract;

import static org.tenderwatch.extract.Layouts.page;
import static org.tenderwatch.extract.Layouts.block;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Titles, dates, types and parties on the shapes of aggregator copies and 政采云 bodies (issue 11, helper 11h-agg):
 * a site's title block with its date, sidebars of other notices, a 政采云 result told only by its table, a buyer
 * entrusting its agency. Each page is written here from the real layouts; names and figures are made up.
 */
class AggregatorShapesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      a sidebar of latest notices     | <div class="left"><div class="box-title">最新公告</div><ul><li class="list-title"><a>某某医院物业服务采购中标公告</a></li></ul></div><div class="main"><h1>某某县人民医院CT设备采购项目成交结果公告</h1><p>采购人：某某县人民医院</p></div> | 某某县人民医院CT设备采购项目成交结果公告
      a title in a list, no link      | <ul class="detail"><li class="detail-title">某某局公务车辆维修服务成交公告</li><li>发布时间：2020-11-02</li></ul><p>采购人：某某局</p> | 某某局公务车辆维修服务成交公告
      a linked title before the title | <div class="nav"><a class="title" href="/n/2.htm">某某局办公用品采购中标公告</a></div><h3>某某局公务车辆维修服务成交公告</h3><p>采购人：某某局</p> | 某某局公务车辆维修服务成交公告
      title block with the date       | <div class="MainList"><div class="AfficheTitle">某街道办公设备采购项目<br>2021-06-28</div><div><p>项目编号：YJ-2021-1</p></div></div> | 某街道办公设备采购项目
      heading with its stamp          | <h2>某某医院CT球管采购中标公告 发布时间：2023年6月28日 10:30</h2><p>项目编号：SY-01</p> | 某某医院CT球管采购中标公告
      a year in the title stays       | <h1>某市2021 年度办公用品采购项目成交公告</h1><p>项目编号：A-1</p> | 某市2021 年度办公用品采购项目成交公告
      """)
  void titleOfAPage(String layout, String html, String title) {
    assertEquals(title, page(html).title(), layout);
  }

  @Test
  void aDateLabelUnderTheTitleIsNotGluedToIt() {
    // "公告" + "发布日期" make the known label 公告发布日期: the title must not swallow the date line's label
    Notice n = page("<h1>某某项目中标结果公告</h1><p>发布日期：2022年10月13日</p><p>采购人：某局</p>");
    assertEquals("某某项目中标结果公告", n.title());
    assertEquals(LocalDateTime.of(2022, 10, 13, 0, 0), n.publishedAt());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      a 采购结果 table is the result     | 某设备采购 | `<p>三、采购结果</p><table><tr><th>序号</th><th>标项名称</th><th>供应商名称</th><th>中标（成交）金额(元)</th></tr><tr><td>1</td><td>办公设备</td><td>甲科技有限公司</td><td>128000.00</td></tr></table>` | AWARD
      标项 rows with winners           | 某局家具采购 | `<table><tr><td>标项</td><td>标项名称</td><td>中标供应商</td><td>中标金额（万元）</td></tr><tr><td>标项一</td><td>A</td><td>甲公司</td><td>12</td></tr></table>` | AWARD
      no winners, no cue               | 某设备采购 | `<p>一、项目编号：A-1</p><p>二、项目名称：某设备采购</p>` | OTHER
      """)
  void winnersReadMakeAnUntypedNoticeAnAward(String layout, String title, String body, NoticeType type) {
    assertEquals(type, NoticeExtractor.fromFragment(title, body, null).type(), layout);
  }

  @Test
  void aContractsSupplierMakesNoAward() {
    assertEquals(NoticeType.OTHER, NoticeTypes.withWinners(NoticeType.OTHER, "某局家具采购合同公告", true));
    assertEquals(NoticeType.TENDER, NoticeTypes.withWinners(NoticeType.TENDER, "某局家具采购公告", true));
  }

  @Test
  void aBareDeadlineUnderTheHeadingOfHandingInTheResponse() {
    Notice n = block("""
        某某项目竞争性磋商公告
        三、获取（下载）采购文件
        时间：/至2021年05月09日，每天上午00:00至12:00
        四、响应文件提交（上传）
        截止时间：2021年05月10日 09:00（北京时间）
        地点（网址）：政采云平台
        五、响应文件开启
        开启时间：2021年05月10日 09:30（北京时间）""");
    assertEquals(LocalDateTime.of(2021, 5, 10, 9, 0), n.bidDeadline());
    assertEquals(LocalDateTime.of(2021, 5, 10, 9, 30), n.bidOpening());
  }

  @Test
  void aBuyerEntrustingItsAgency() {
    Notice n = block("""
        某某设备采购项目成交公告
        根据《政府采购法》，某某县人民医院委托某某工程咨询有限公司对某某设备采购项目进行竞争性谈判，现将成交结果公告如下：
        成交供应商：某某医疗器械有限公司""");
    assertEquals("某某县人民医院", n.buyer());
    assertEquals("某某工程咨询有限公司", n.agency());
    Notice reverse = block("某某招标有限公司受某某大学委托，就某某设备采购项目进行公开招标。\n项目编号：ZB-1");
    assertEquals("某某大学", reverse.buyer());
    assertEquals("某某招标有限公司", reverse.agency());
  }
}
