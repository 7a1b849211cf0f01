package org.tenderwatch.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Round 11r-ta: ccgp.gov.cn vF pages as a crawler copied their text ("¶" ends a line), each quirk in a made-up page of
 * the same shape: the 公告概要 summary kept one row a line with each label run into its value, no colon. Round 11s-pb:
 * a tender's summary broken before the document period's hours, the summary's budget beside the body's, a lot's number
 * under a lots table's header cell broken over two lines.
 */
class CcgpTextCopiesTest {

  private static final Map<String, Function<Notice, Object>> FIELDS = Map.of(
      "region", Notice::region, "category", Notice::category, "buyer", Notice::buyer,
      "projectNo", Notice::projectNo, "award", n -> Layouts.yuan(n.award()),
      "suppliers", Layouts::suppliers, "agency", Notice::agency, "budget", n -> Layouts.yuan(n.budget()),
      "opening", Notice::bidOpening, "title", Notice::title);

  private static final String SUMMARY = "某大学食堂食品原材料采购项目更正公告¶2026年07月20日 10:08 来源：中国政府采购网 【打印】¶"
      + "公告概要：¶公告信息：¶采购项目名称某大学食堂食品原材料采购项目¶品目服务/商务服务/批发服务/其他批发服务¶采购单位某某大学¶"
      + "行政区域某某市公告时间2026年07月20日 10:08¶首次公告日期2026年07月16日更正日期2026年07月20日¶更正事项采购公告¶"
      + "一、项目基本情况¶原公告的采购项目编号：ABC2026-052¶";

  /**
   * Round 11s-pb: a tender's summary as the crawler copied it, the one value the template writes over two lines (the
   * document period's dates, then its daily hours) broken there; the body names no agency and no opening of its own.
   */
  private static final String TENDER = "某某中学智慧校园设备采购招标公告¶2026年07月29日 09:05 来源： 【打印】¶"
      + "## 公告概要：公告信息：采购项目名称某某中学智慧校园设备采购品目¶"
      + "采购单位某某中学行政区域某某区公告时间2026年07月29日 09:05获取招标文件时间2026年07月29日至2026年08月05日¶"
      + "每日上午:00:00 至 12:00  下午:12:00 至 23:59（北京时间，法定节假日除外）招标文件售价￥0获取招标文件的地点某某省政府采购网"
      + "开标时间2026年08月20日 09:00开标地点某某省政府采购网预算金额￥113.318837万元（人民币）联系人及联系方式：项目联系人聂小姐"
      + "项目联系电话0757-81265130采购单位某某中学采购单位地址某某市某某路1号采购单位联系方式0757-85519088"
      + "代理机构名称某某工程顾问有限公司代理机构地址某某市某某路2号代理机构联系方式0757-81265130¶"
      + "## 项目概况¶ 某某中学智慧校园设备采购招标项目的潜在投标人应在某某省政府采购网获取招标文件。¶"
      + "## 一、项目基本情况¶项目编号：ABC2026020¶";
  /** The same, its body stating its lots' budgets: the summary's figure is their total, never a third lot. */
  private static final String LOTS = (TENDER + "采购包1预算金额：50万元¶采购包2预算金额：30万元¶")
      .replace("￥113.318837", "￥80.000000");
  /**
   * A lots table kept a cell a line, one header cell broken over two ("采购包" over "预算金额"): the lot's number "01"
   * falls under 预算金额, and a number with a leading zero is a row's or lot's, no amount.
   */
  private static final String BROKEN_HEADER = "某某大学用电计量仪表改造项目公开招标公告¶一、项目基本情况¶项目编号：WT2026144¶"
      + "项目名称：某某大学用电计量仪表改造项目¶预算金额：160.753100 万元（人民币）¶最高限价（如有）：160.753100 万元（人民币）¶"
      + "采购需求：¶包号¶采购包¶预算金额¶标的名称¶数量¶简要技术需求或服务要求¶是否允许进口¶01¶160.7531万元¶"
      + "单相智能预付费电能表、能源管理平台集成服务¶安装电表2085块、1套¶本项目拟采购单相智能预付费电能表，具体参数详见招标文件第五章《采购需求》。¶否¶"
      + "合同履行期限：合同签订后90个日历天内完成。¶本项目( 不接受  )联合体投标。¶";
  /** The same, the body's figure unlike the summary's (a portal's slip in either): the body's, never their sum. */
  private static final String UNLIKE = TENDER + "预算金额：8000000.00 元¶";
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
      tender summary broken before the document hours: agency  | agency  | T | 某某工程顾问有限公司
      tender summary broken before the document hours: opening | opening | T | 2026-08-20T09:00
      tender summary broken before the document hours: budget  | budget  | T | 1133188.37
      a flattened summary's budget over the body's lots is their total | budget | L | 800000
      a flattened summary's budget unlike the body's is no lot          | budget | U | 8000000
      a lot's number under a header cell broken over two lines is no budget | budget | H | 1607531
      a figure opening with 0 and a decimal point is an amount          | budget | 一、项目基本情况¶项目编号：ABC2026-052¶预算金额：0.5 万元（人民币）¶ | 5000
      a lot's number alone is no budget                                | budget | 一、项目基本情况¶项目编号：ABC2026-052¶预算金额：01¶ | -
      hours after a summary value that is no document period end the summary | agency | 公告概要：公告信息：采购项目名称某项目品目¶采购单位某某大学行政区域某某市公告时间2026年07月29日 09:05¶每日上午:9:00 至 11:00 代理机构名称某某咨询有限公司¶一、项目编号：ABC2026-052 | none
      hours after the document period with no summary mark are body text | agency | 某某项目招标公告¶获取招标文件时间2026年07月29日至2026年08月05日¶每日上午:9:00 至 11:00 代理机构名称某某咨询有限公司¶一、项目编号：ABC2026-052 | none
      """)
  void fieldOfACopy(String layout, String field, String text, String expected) {
    Notice n = Layouts.written(switch (text) {
      case "S" -> SUMMARY;
      case "T" -> TENDER;
      case "L" -> LOTS;
      case "U" -> UNLIKE;
      case "H" -> BROKEN_HEADER;
      case "W" -> WHOLE;
      default -> text;
    });
    Object got = FIELDS.get(field).apply(n);
    assertEquals(expected, got == null ? null : got.toString(), layout);
  }
}
