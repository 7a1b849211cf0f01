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
      "suppliers", Layouts::suppliers);

  private static final String SUMMARY = "某大学食堂食品原材料采购项目更正公告¶2026年07月20日 10:08 来源：中国政府采购网 【打印】¶"
      + "公告概要：¶公告信息：¶采购项目名称某大学食堂食品原材料采购项目¶品目服务/商务服务/批发服务/其他批发服务¶采购单位某某大学¶"
      + "行政区域某某市公告时间2026年07月20日 10:08¶首次公告日期2026年07月16日更正日期2026年07月20日¶更正事项采购公告¶"
      + "一、项目基本情况¶原公告的采购项目编号：ABC2026-052¶";

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
      summary rows run together: 行政区域 before 公告时间 | region   | S | 某某市
      summary rows run together: 品目                  | category | S | 服务/商务服务/批发服务/其他批发服务
      summary rows end at a line with no label         | category | 公告概要：¶公告信息：¶采购项目名称某项目¶采购单位某某大学¶行政区域某某市公告时间2026年07月20日 10:08¶项目联系人王某¶附件：¶品目名称 办公设备¶一、项目编号：ABC2026-052 | none
      """)
  void fieldOfACopy(String layout, String field, String text, String expected) {
    Notice n = Layouts.written("S".equals(text) ? SUMMARY : text);
    Object got = FIELDS.get(field).apply(n);
    assertEquals(expected, got == null ? null : got.toString(), layout);
  }
}
