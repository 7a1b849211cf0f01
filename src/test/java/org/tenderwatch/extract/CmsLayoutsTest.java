package org.tenderwatch.extract;

import static org.tenderwatch.extract.Layouts.block;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * University, school and hospital pages of their own CMS (issue 11, helper 11h-univ), made-up notices in those
 * portals' shapes: a breadcrumb over the heading, a metadata line (作者/时间/点击) under it, the buyer opening the
 * title, 询价 and hospital price labels.
 */
class CmsLayoutsTest {

  private static Notice page(String html) {
    return Layouts.page(html, "https://zbb.example.edu.cn/info/1.htm");
  }

  @Test
  void aBreadcrumbAndATitleLeaveTheLabelUnderThemAlone() {
    // a university CMS page: breadcrumb, heading, then "发布时间：" on a line of its own (never "公告发布时间")
    Notice n = page("""
        <div>首页 &gt; 采购公告 &gt; 结果公告</div><h1>某某大学多媒体设备采购项目成交公告</h1>
        <p>发布时间：2023-05-06 10:20</p><p>项目编号：ZB2023-015</p><p>某某大学招标与采购管理中心</p><p>2023年5月6日</p>""");
    assertEquals("某某大学多媒体设备采购项目成交公告", n.title());
    assertEquals(LocalDateTime.of(2023, 5, 6, 10, 20), n.publishedAt());
  }

  @Test
  void theSiteAfterABareDashIsNoPartOfTheTitle() {
    Notice n = page("""
        <html><head><title>实验台采购项目成交公告-某某大学招标与采购管理中心</title></head><body>
        <div class="logo">某某大学招标与采购管理中心</div><div class="cont"><p>一、项目编号：SY-2023-3</p>
        <p>二、成交供应商：甲实验设备有限公司</p><p>三、成交金额：96500元</p></div></body></html>""");
    assertEquals("实验台采购项目成交公告", n.title());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      buyer, project and kind in pieces | 某某高级技工学校¶新校区监控系统设备采购及安装¶公开招标中标公告¶公告日期：2018年11月20日¶项目名称：新校区监控系统设备采购及安装项目 | 某某高级技工学校新校区监控系统设备采购及安装公开招标中标公告
      a kind of notice alone is no title | 中标公告¶公告日期：2018年11月20日¶项目名称：某某设备采购项目 | 某某设备采购项目
      a breadcrumb is no piece        | 某某学校¶首页 > 通知公告¶项目名称：某某设备采购项目¶项目编号：A-1 | 某某设备采购项目
      """)
  void aHeadingKeptInPieces(String layout, String lines, String title) {
    assertEquals(title, block(lines.replace("¶", "\n")).title(), layout);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      author, time, clicks              | <h3>某某学院床上用品采购项目成交结果公示</h3><div class="info">作者：资产处 时间：2020-09-01 点击：</div><p>项目编号：SD-2020-088</p> | 2020-09-01T00:00
      source, date, views               | <h2>某某大学空调维修项目成交公告</h2><p>来源：招标办 日期：2021年3月5日 浏览：120</p><p>成交供应商：甲制冷工程有限公司</p> | 2021-03-05T00:00
      a stamp without its time          | <h2>某某医院保洁服务项目成交公告</h2><p>[2023-05-06] 浏览次数：12</p><p>成交供应商：甲物业管理有限公司</p> | 2023-05-06T00:00
      a meeting's time is no publication | <h2>某某中学校服采购项目磋商公告</h2><p>项目编号：XF-01</p><p>五、磋商会议</p><p>时间：2021年4月9日9:30</p><p>地点：某某中学会议室</p> |
      """)
  void aCmsMetadataLineDatesTheNotice(String layout, String html, LocalDateTime published) {
    assertEquals(published, page(html).publishedAt(), layout);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      a hospital's 最高控制价 | 最高控制价：49.8万元 | 498000
      a bare 控制价           | 控制价：49.8万元     | 498000
      a 拦标价                | 拦标价：498000元     | 498000
      """)
  void maxPrice(String layout, String line, java.math.BigDecimal cny) {
    Notice n = block("某某医院会务服务采购公告\n项目编号：YY-1\n" + line);
    assertEquals(0, cny.compareTo(n.maxPrice().cny()), layout);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      title before the project name    | 某市某区教育和体育局考点巡查系统采购项目成交公告\\n一、项目名称：\\n考点巡查系统采购项目\\n二、项目编号：SD-1 | 某市某区教育和体育局
      a university opening the title   | 关于某某大学图书馆空调维修项目的成交公告\\n项目名称：某某大学图书馆空调维修项目\\n采购编号：CG-1 | 某某大学
      the shortest institution         | 某某大学数学学院室内改造项目中标公告\\n项目编号：TD-1                    | 某某大学
      an affiliated school kept whole  | 某某大学附属中学食堂设备采购项目中标公告\\n项目编号：FZ-1                | 某某大学附属中学
      an agency's title names no buyer | 某某招标有限公司关于某某大学空调项目的中标公告\\n项目编号：ZB-1          |
      a Latin word after the hospital  | 某某市人民医院DR设备采购项目中标公告\\n中标单位：丁医疗科技有限公司         | 某某市人民医院
      a project alone names no buyer   | 新区考点巡查系统设备采购项目成交公告\\n项目编号：SD-1                   |
      """)
  void buyerOpeningTheTitle(String layout, String lines, String buyer) {
    assertEquals(buyer, block(lines.replace("\\n", "\n")).buyer(), layout);
  }
}
