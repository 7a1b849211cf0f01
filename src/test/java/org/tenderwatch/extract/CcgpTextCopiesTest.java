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
 * under a lots table's header cell broken over two lines. Round 11s-rw: ccgp's own date line under the title beats a
 * source portal's date line its copied body repeats; a summary's 采购单位地址 that is the buyer's name again is no
 * address. Round 11s-pd: a whole page whose record line cut the title with "..." takes the heading below that it
 * starts (the first two rows of each failed before the rules; the rows under "left alone" passed). Round 11t-pe: a
 * whole page whose record line ends its title in a bracket group after 公告 ("# …更正公告（第二次）") keeps it whole (its
 * two rows failed before the rule, reading the project's name and notice word without the bracket group; the two
 * "left alone" rows passed before and after).
 */
class CcgpTextCopiesTest {

  private static final Map<String, Function<Notice, Object>> FIELDS = Map.ofEntries(
      Map.entry("region", Notice::region), Map.entry("category", Notice::category), Map.entry("buyer", Notice::buyer),
      Map.entry("projectNo", Notice::projectNo), Map.entry("award", n -> Layouts.yuan(n.award())),
      Map.entry("suppliers", Layouts::suppliers), Map.entry("agency", Notice::agency),
      Map.entry("budget", n -> Layouts.yuan(n.budget())), Map.entry("opening", Notice::bidOpening),
      Map.entry("title", Notice::title), Map.entry("published", Notice::publishedAt),
      Map.entry("address", Notice::buyerAddress));

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

  /**
   * Round 11s-pd: the same whole page, the title too long for the crawler's record line, which it cut with "..." (or
   * "…"); the full title is the bare line and the "## " heading below the site's menu.
   */
  private static final String FULL_TITLE = "某某项目管理有限公司关于某县某某大队食堂食材配送项目（项目编号：ABC-ZFCG-004）竞争性磋商成交结果公示";
  private static final String CUT = WHOLE.replace("某大学实验设备采购项目中标公告", FULL_TITLE)
      .replaceFirst("^# [^¶]*¶", "# 某某项目管理有限公司关于某县某某大队食堂食材配送项目（项目编号：ABC...¶")
      .replace("二、项目名称：某大学实验设备采购项目", "二、项目名称：某县某某大队食堂食材配送项目");

  /**
   * Round 11s-rw: a 地方 notice ccgp copied from a provincial portal whose template repeats its own heading and its
   * 发布日期 line (an earlier time) under the summary; ccgp's own date line stands under the title.
   */
  private static final String SOURCE_DATE = "# 某某局某某服务项目结果公告¶# URL: http://www.ccgp.gov.cn/cggg/dfgg/zbgg/t1.htm¶"
      + "# Type: award¶# Fetched: 2026-07-29 09:25:27¶## 某某局某某服务项目结果公告¶2026年07月29日 08:56 来源： 【打印】¶"
      + "## 公告概要：公告信息：采购项目名称某某服务项目品目¶采购单位某某局行政区域某某区公告时间2026年07月29日 08:56"
      + "总中标金额￥0.000000 万元（人民币）联系人及联系方式：项目联系人王某项目联系电话027-85870905采购单位某某局"
      + "采购单位地址某某区高新大道777号采购单位联系方式027-85870905¶## 某某局某某服务项目结果公告¶"
      + " 发布日期：2026-07-29 08:45｜发布单位：某某咨询有限公司｜项目监管地：某某区|阅读次数：¶一、项目编号¶ ABC-2026-087¶"
      + "四、中标（成交）信息¶ 供应商名称：某某科技股份有限公司¶ 中标（成交）金额：137.6968(万元)¶";
  /** The same with no summary: ccgp's date line and the source's 发布时间 line only. */
  private static final String SOURCE_DATE_BARE = "## 某某局某某服务项目结果公告¶2026年07月29日 08:56 来源：中国政府采购网 【打印】 "
      + "【显示公告概要】¶## 某某局某某服务项目结果公告¶发布时间：2026-07-28 17:30¶一、项目编号：ABC-2026-087¶"
      + "四、中标（成交）信息¶供应商名称：某某科技股份有限公司¶中标（成交）金额：137.6968(万元)¶";
  /**
   * Round 11s-rw: a 政采云 award ccgp copied, its summary's 采购单位地址 holding the buyer's name again; the 采购人信息
   * block gives the address.
   */
  private static final String NAME_AS_ADDRESS = "## 某某咨询有限公司关于某某中学厕所改造项目中标(成交)结果公告¶"
      + "2026年07月29日 09:06 来源： 【打印】¶## 公告概要：公告信息：采购项目名称某某中学厕所改造项目品目¶"
      + "采购单位某某市某某初级中学行政区域某某省公告时间2026年07月29日 09:06总中标金额￥66.711300 万元（人民币）"
      + "联系人及联系方式：项目联系人王某项目联系电话13706793802采购单位某某市某某初级中学采购单位地址%s"
      + "采购单位联系方式13858977400代理机构名称某某咨询有限公司代理机构地址某某市人民路东阳日报一楼代理机构联系方式13706793802¶"
      + "一、项目编号：ABC-2026-010¶二、项目名称：某某中学厕所改造项目¶九、对本次公告内容提出询问、质疑、投诉，请按以下方式联系¶"
      + "1.采购人信息¶名 称：某某市某某初级中学¶地 址：某某街道某某北路157号¶项目联系人：李某¶2.采购代理机构信息¶"
      + "名 称：某某咨询有限公司¶地 址：某某市人民路222号¶";

  /**
   * Round 11t-rx: a result whose winner is priced by a rate ("中标类型：折扣率中标"), its rate under the template's amount
   * label whose unit is yuan or % ("中标（成交）金额（元）\（%）：88.50"); the 公告概要 writes that rate as 万元
   * ("总中标金额￥0.008850 万元"), no sum of money.
   */
  private static final String RATE = "## 某某局食堂食材配送项目成交结果公告¶2026年08月05日 13:15 来源： 【打印】¶"
      + "## 公告概要：公告信息：采购项目名称某某局食堂食材配送项目品目¶采购单位某某局行政区域某某省公告时间2026年08月05日 13:15"
      + "评审专家名单张某,李某,王某总中标金额￥0.008850 万元（人民币）联系人及联系方式：项目联系人郭某项目联系电话18070000000"
      + "采购单位某某局采购单位地址某某县某某路1号采购单位联系方式19100000000代理机构名称某某项目管理有限公司"
      + "代理机构地址某某市某某大道代理机构联系方式18070000000¶一、项目编号¶ABC-ZFCG-004¶二、项目名称¶某某局食堂食材配送项目¶"
      + "三、中标（成交）信息¶供应商名称：某某电子商务有限公司¶供应商联系人：沈某¶供应商地址：某某省某某县某某路2号¶"
      + "中标类型：折扣率中标¶中标（成交）金额（元）\\（%）：88.50¶四、主要标的信息¶五、评审专家名单¶张某,李某,王某¶";
  /** The same template over a sum: no 中标类型 line, the label's value in yuan and the summary's total its 万元. */
  private static final String SUM = RATE.replace("中标类型：折扣率中标¶", "").replace("：88.50¶", "：885000.00¶")
      .replace("￥0.008850 万元", "￥88.500000 万元");

  /**
   * Round 11t-rx: a correction whose change table (序号 / 更正项 / 更正前内容 / 更正后内容), flattened into one line, corrects
   * items' quantities, each with its 预算金额: an item's, never the notice's budget.
   */
  private static final String CHANGE = "## 某某咨询有限公司关于某某血站耗材采购项目的更正公告¶2026年07月29日 08:49 来源： 【打印】¶"
      + "## 公告概要：公告信息：采购项目名称某某血站耗材采购项目品目¶采购单位某某血站行政区域某某省公告时间2026年07月29日 08:49"
      + "首次公告日期2026年07月08日更正日期2026年07月29日¶一、项目基本情况¶原公告的采购项目编号：ABC-2026-001¶"
      + "原公告的采购项目名称：某某血站耗材采购项目¶首次公告日期：2026年07月08日¶二、更正信息¶更正事项：更正采购文件¶更正内容：¶"
      + " 序号 更正项 更正前内容 更正后内容 1 采购数量 / 无菌接头：数量1,200(个)；预算金额24,000.00元 "
      + "2 采购数量 / 管路(单份)：数量2,000(套)；预算金额1,500,000.00元¶更正日期：2026年07月29日¶三、其他补充事宜¶无¶";
  /** The same table kept a row a line, its cells set apart by tab runs. */
  private static final String CHANGE_ROWS = CHANGE.replace(" 序号 更正项 更正前内容 更正后内容 1 采购数量 / 无菌接头：数量1,200(个)；"
      + "预算金额24,000.00元 2 采购数量 / 管路(单份)：数量2,000(套)；预算金额1,500,000.00元", "序号⇥更正项⇥更正前内容⇥更正后内容¶"
      + "1⇥采购数量⇥/⇥无菌接头：数量1,200(个)；预算金额24,000.00元¶2⇥采购数量⇥/⇥管路(单份)：数量2,000(套)；预算金额1,500,000.00元");

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
      ccgp's date line beats the source portal's 发布日期 under the summary | published | D | 2026-07-29T08:56
      ccgp's date line beats the source portal's 发布时间, no summary        | published | B | 2026-07-29T08:56
      the summary's 采购单位地址 that is the buyer's name is no address      | address   | N | 某某街道某某北路157号
      the summary's 采购单位地址 that is the buyer's name, spaced, is none   | address   | M | 某某街道某某北路157号
      # 11s-rw left alone: a stamp of another portal's template; an address the summary states
      a ggzy stamp with no 【打印】 leaves a labelled 发布时间 with its time first | published | 某某工程中标公示¶2018-03-21 10:20:30 来源：某某交易中心¶发布时间：2018-03-20 09:00¶中标人：某某建设有限公司¶ | 2018-03-20T09:00
      the summary's own 采购单位地址 stands                                  | address   | A | 某某市江滨路8号
      no 采购单位地址 in the summary: the 采购人信息 block's                   | address   | O | 某某街道某某北路157号
      the one 地址 after the buyer repeats its name: kept, no other is stated | address | 某某医院臭氧治疗仪谈判公告¶七、联系方式¶1.采购人：某某市民族医院¶地址：某某市民族医院¶联系人：陈某¶2.采购代理机构：某某中心采购部¶地址：某某市站前路9号¶ | 某某市民族医院
      summary rows run together: 行政区域 before 公告时间 | region   | S | 某某市
      summary rows run together: 品目                  | category | S | 服务/商务服务/批发服务/其他批发服务
      whole page: the record header's '# ' title line   | title    | W | 某大学实验设备采购项目中标公告
      whole page: a '# ' title line cut with '...', the full heading below the menu | title | C | 某某项目管理有限公司关于某县某某大队食堂食材配送项目（项目编号：ABC-ZFCG-004）竞争性磋商成交结果公示
      whole page: a '# ' title line cut with '…', the full heading below the menu   | title | E | 某某项目管理有限公司关于某县某某大队食堂食材配送项目（项目编号：ABC-ZFCG-004）竞争性磋商成交结果公示
      # 11t-pe: a whole page whose record line ends its title in a bracket group after 公告 (the "## " heading below the menu)
      whole page: a '# ' title line ending in a bracket group after 公告 | title | R | 某大学实验设备采购项目更正公告（第二次）
      whole page: a '# ' title line ending in a lot's bracket group      | title | P | 某大学实验设备采购项目中标公告（采购包1）
      # 11t-pe left alone: a '# ' line naming only a kind before its bracket; a bracket group after no notice word
      whole page: a '# ' line naming only the kind, its bracket after   | title | K | 某大学实验设备采购项目中标公告
      whole page: a '# ' line whose bracket group follows no notice word  | title | Q | 某大学实验设备采购项目中标公告
      # 11s-pd left alone: a cut line no later line completes; a line that ends in '...' in a copy with no record header
      a cut '# ' line no later line starts: read as before (the project's name and its notice word) | title | X | 某县某某大队食堂食材配送项目成交结果公示
      a first line ending in '...' with its heading complete below is not searched past the heading | title | 某县卫生院设备采购中标公告¶说明...¶采购人：某县卫生院¶ | 某县卫生院设备采购中标公告
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
      # 11t-rx: a rate winner's rate, which the summary writes as 万元, is no award nor the winner's amount
      a rate winner: the summary's total that is the rate is no award  | award     | Y | -
      a rate winner: the summary's total that is the rate is no amount | suppliers | Y | 某某电子商务有限公司//
      a 费率 winner: the same                                          | award     | F | -
      # 11t-rx left alone: the same template over a sum; a rate type whose summary total is no rate
      the template over a sum: the summary's total                     | award     | Z | 885000
      the template over a sum: the winner's amount                     | suppliers | Z | 某某电子商务有限公司//885000
      a rate type line whose summary total is not the rate stands      | award     | G | 125000
      # 11t-rx: a correction's change table states items' 预算金额, no budget of the notice
      a change table flattened into a line: an item's 预算金额 is no budget | budget | I | -
      a change table a row a line: an item's 预算金额 is no budget          | budget | V | -
      # 11t-rx left alone: the correction's own budget line; items' budgets on a line with no old/new header
      a correction's own 预算金额 line outside the table is its budget       | budget | J | 1524000
      an item's 预算金额 on a line with no change header is read as before   | budget | 一、项目基本情况¶项目编号：ABC-2026-001¶采购需求：¶1 采购数量 / 无菌接头：数量1,200(个)；预算金额24,000.00元¶ | 24000
      """)
  void fieldOfACopy(String layout, String field, String text, String expected) {
    Notice n = Layouts.written(switch (text) {
      case "S" -> SUMMARY;
      case "T" -> TENDER;
      case "L" -> LOTS;
      case "U" -> UNLIKE;
      case "H" -> BROKEN_HEADER;
      case "W" -> WHOLE;
      case "C" -> CUT;
      case "E" -> CUT.replace("ABC...¶", "ABC…¶");
      case "X" -> CUT.replace(FULL_TITLE, "某县某某大队食堂食材配送项目成交结果公示");
      case "R" -> WHOLE.replace("某大学实验设备采购项目中标公告", "某大学实验设备采购项目更正公告（第二次）");
      case "P" -> WHOLE.replace("某大学实验设备采购项目中标公告", "某大学实验设备采购项目中标公告（采购包1）");
      case "K" -> WHOLE.replaceFirst("^# [^¶]*¶", "# 更正公告（第二次）¶");
      case "Q" -> WHOLE.replaceFirst("^# [^¶]*¶", "# 某大学实验设备采购项目（第二次）¶");
      case "D" -> SOURCE_DATE;
      case "B" -> SOURCE_DATE_BARE;
      case "N" -> NAME_AS_ADDRESS.replace("%s", "某某市某某初级中学");
      case "M" -> NAME_AS_ADDRESS.replace("%s", "某某市某某初级中学 ");
      case "A" -> NAME_AS_ADDRESS.replace("%s", "某某市江滨路8号");
      case "O" -> NAME_AS_ADDRESS.replace("%s", "").replace("采购单位地址", "");
      case "Y" -> RATE;
      case "F" -> RATE.replace("折扣率中标", "费率中标").replace("：88.50¶", "：1.20¶").replace("￥0.008850", "￥0.000120");
      case "Z" -> SUM;
      case "G" -> RATE.replace("￥0.008850", "￥12.500000");
      case "I" -> CHANGE;
      case "V" -> CHANGE_ROWS;
      case "J" -> CHANGE.replace("首次公告日期：2026年07月08日¶", "首次公告日期：2026年07月08日¶预算金额：1,524,000.00元¶");
      default -> text;
    });
    Object got = FIELDS.get(field).apply(n);
    assertEquals(expected, got == null ? null : got.toString(), layout);
  }
}
