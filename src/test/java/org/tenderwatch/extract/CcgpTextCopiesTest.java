package org.tenderwatch.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Round 11r-ta: ccgp.gov.cn vF pages as a crawler copied their text ("¶" ends a line), each quirk in a made-up page of
 * the same shape: the 公告概要 summary kept one row a line with each label run into its value, no colon.
 */
class CcgpTextCopiesTest {

  private static final Map<String, Function<Notice, Object>> FIELDS = Map.of(
      "region", Notice::region, "category", Notice::category, "buyer", Notice::buyer,
      "projectNo", Notice::projectNo, "award", n -> Layouts.yuan(n.award()),
      "suppliers", Layouts::suppliers, "title", Notice::title);

  private static final String SUMMARY = "某大学食堂食品原材料采购项目更正公告¶2026年07月20日 10:08 来源：中国政府采购网 【打印】¶"
      + "公告概要：¶公告信息：¶采购项目名称某大学食堂食品原材料采购项目¶品目服务/商务服务/批发服务/其他批发服务¶采购单位某某大学¶"
      + "行政区域某某市公告时间2026年07月20日 10:08¶首次公告日期2026年07月16日更正日期2026年07月20日¶更正事项采购公告¶"
      + "一、项目基本情况¶原公告的采购项目编号：ABC2026-052¶";

  /**
   * Round 11s-pa: the whole page's text, as another crawler's run kept it: its record header ("# title", "# URL: …"),
   * then the site's masthead, menu and breadcrumb, and the notice's "## " heading far below them.
   */
  private static final String WHOLE = "# 某大学实验设备采购项目中标公告¶# URL: http://www.ccgp.gov.cn/cggg/zygg/zbgg/t1.htm¶"
      + "# Type: award¶# Fetched: 2026-07-30 14:01:36¶¶某大学实验设备采购项目中标公告¶¶- ¶¶- ¶¶ ¶"
      + "财政部唯一指定政府采购信息网络发布媒体 国家级政府采购专业网站¶¶服务热线：400-810-1996   |   服务投诉：010-63819289¶ ¶"
      + "- 首页¶ ¶- 政采法规¶ ¶- 购买服务¶ ¶- 监督检查¶ ¶- 信息公告¶ ¶- 国际专栏¶ ¶当前位置：首页 » ¶ 政采公告 » 中央公告 » 中标公告¶"
      + "## 某大学实验设备采购项目中标公告¶ ¶2026年07月24日 15:50 来源： 【打印】 ¶一、项目编号：ABC-2026-001¶"
      + "二、项目名称：某大学实验设备采购项目¶";

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
      summary rows run together: 行政区域 before 公告时间 | region   | S | 某某市
      summary rows run together: 品目                  | category | S | 服务/商务服务/批发服务/其他批发服务
      whole page: the record header's '# ' title line   | title    | W | 某大学实验设备采购项目中标公告
      a Markdown heading opening the copy              | title    | ## 某县卫生院设备采购中标公告¶采购人：某县卫生院¶项目编号：ABC-1¶ | 某县卫生院设备采购中标公告
      a '#' with no space is the title's own text       | title    | #2机组检修项目中标公告¶采购人：某电厂¶项目编号：ABC-1¶ | #2机组检修项目中标公告
      summary rows end at a line with no label         | category | 公告概要：¶公告信息：¶采购项目名称某项目¶采购单位某某大学¶行政区域某某市公告时间2026年07月20日 10:08¶项目联系人王某¶附件：¶品目名称 办公设备¶一、项目编号：ABC2026-052 | none
      """)
  void fieldOfACopy(String layout, String field, String text, String expected) {
    Notice n = Layouts.written("S".equals(text) ? SUMMARY : "W".equals(text) ? WHOLE : text);
    Object got = FIELDS.get(field).apply(n);
    assertEquals(expected, got == null ? null : got.toString(), layout);
  }
}
