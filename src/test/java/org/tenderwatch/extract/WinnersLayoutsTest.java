package org.tenderwatch.extract;

import static org.tenderwatch.extract.Layouts.suppliers;
import static org.tenderwatch.extract.Layouts.yuan;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Winners, award amounts, budgets and categories in the layouts real portals use (issue 11, part d), written as
 * small pages: HTML tables with a header row, the same tables flattened into text (tab runs, runs of spaces, single
 * spaces), label/value rows, "标签：值" ended by a gap, the next label or "；", labels without a colon, several
 * winners in one value. Each row: the page (HTML, or a text block with "⇥" for a tab run, one line per "¶"), then
 * what must be read. Suppliers are written "name/lot/amount" joined by "; ", "-" for none.
 */
class WinnersLayoutsTest {

  private static Notice read(String page) {
    return Layouts.written(page);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      # HTML tables with a header row: one winner per row, the unit from the header, the lot from a 包 column
      header row, 万元 | `<table><tr><td>包号</td><td>中标供应商名称</td><td>中标金额(万元)</td></tr><tr><td>1</td><td>甲科技有限公司</td><td>12.5</td></tr><tr><td>2</td><td>乙信息技术有限公司</td><td>30</td></tr></table>` | 甲科技有限公司/1/125000; 乙信息技术有限公司/2/300000 | 425000
      a winners table's bid price | `<table><tr><td>中标人</td><td>投标报价(元)</td><td>工期</td></tr><tr><td>丙建设工程有限公司</td><td>987654.32</td><td>90天</td></tr></table>` | 丙建设工程有限公司//987654.32 | 987654.32
      a bid list is no winners | `<table><tr><td>供应商名称</td><td>投标报价(元)</td><td>排名</td></tr><tr><td>甲公司</td><td>100.00</td><td>1</td></tr><tr><td>乙公司</td><td>120.00</td><td>2</td></tr></table>` | - | -
      中标报价 in 亿元 | `<table><tr><td>成交供应商</td><td>成交地址</td><td>中标报价(亿元)</td></tr><tr><td>丁集团有限公司</td><td>北京</td><td>1.2</td></tr></table>` | 丁集团有限公司//120000000 | 120000000
      label/value rows | `<table><tr><td>中标供应商</td><td>戊电子有限公司</td></tr><tr><td>中标金额</td><td>人民币 51.3万元</td></tr></table>` | 戊电子有限公司//513000 | 513000
      four-column label and value rows | `<table><tr><td>中标供应商</td><td>甲网络有限公司</td><td>中标金额</td><td>88,000.00元</td></tr><tr><td>采购方式</td><td>询价</td><td>项目编号</td><td>XJ-01</td></tr></table>` | 甲网络有限公司//88000 | 88000
      a 预中标单位 column | `<table><tr><td>标段</td><td>预中标单位</td><td>中标价(元)</td></tr><tr><td>一标段</td><td>乙建设有限公司</td><td>1500000</td></tr></table>` | 乙建设有限公司/一标段/1500000 | 1500000
      candidates are no winners (the set labels them so) | `<table><tr><td>名次</td><td>第一中标候选人</td><td>投标报价(元)</td></tr><tr><td>1</td><td>甲公司</td><td>100.00</td></tr></table>` | - | -
      # the same tables flattened into text
      tab runs, one item row | 成交供应商：己文化有限责任公司⇥品目名称⇥数量⇥成交金额(元)⇥单位⇥A4纸⇥480⇥12,000.00⇥包⇥三、质疑 | 己文化有限责任公司//12000 | 12000
      a two-column winners table flattened | 二、中标信息⇥中标供应商名称⇥中标金额(元)⇥甲科技有限公司⇥100,000.00⇥乙科技有限公司⇥50,000.00⇥三、其他 | 甲科技有限公司//100000; 乙科技有限公司//50000 | 150000
      two short columns are no table | 品牌⇥数量⇥甲⇥1 | - | -
      runs of spaces, a lost 序号 | 中标信息：序号     中标供应商名称     中标供应商联系地址     中标金额(万元)     1     庚网络科技有限公司     福州市某路198号     24.88     评审专家名单：甲 | 庚网络科技有限公司//248800 | 248800
      single spaces | 中标结果如下 序号 中标供应商名称 中标供应商地址 中标金额(元) 1 辛科技有限公司 某市某路1号 12345.00 | 辛科技有限公司//12345 | 12345
      the winner's own bid row | 中标供应商壬科技发展有限公司¶供应商信息⇥资格审查结果⇥报价⇥评分⇥壬科技发展有限公司⇥通过⇥1,798,196.00⇥97.45⇥癸科技有限公司⇥通过⇥1,828,000.00⇥63.51 | 壬科技发展有限公司//1798196 | 1798196
      a header and row run together, status 中标 | 四、中标人供货明细标段中标候选人名称中标候选人地址中标金额状态供货明细一甲检测技术有限公司某市学士路755号1354755.8中标详见附件 | 甲检测技术有限公司//1354755.8 | 1354755.8
      # ggzy works results kept one cell per line: a 中标价 column, a 项目经理 column, lots named 一标段
      one cell per line, 中标价 in 万元 | 某工程施工中标结果公示¶中标人名称¶中标价（万元）¶工期¶项目经理¶某建设集团有限公司¶123.4567¶180日历天¶张三 | 某建设集团有限公司//1234567 | 1234567
      one cell per line, lots named 一标段 | 某工程施工中标结果公示¶标段名称¶中标人¶中标价(元)¶工期¶一标段¶某建设集团有限公司¶1234567.89¶180¶二标段¶某路桥有限公司¶2345678.00¶200 | 某建设集团有限公司/一标段/1234567.89; 某路桥有限公司/二标段/2345678 | 3580245.89
      a 中标单位 column keys the rows | 某工程中标结果公告¶中标单位¶中标价（元）¶项目经理¶工期¶某建设有限公司¶1234567.89¶张三¶180日历天 | 某建设有限公司//1234567.89 | 1234567.89
      two columns one cell per line, 万元 | 某工程中标结果公告¶中标人¶中标金额(万元)¶某建设有限公司¶120.5¶三、其他 | 某建设有限公司//1205000 | 1205000
      # the winner as the object of the decision, its price straight after 中标价; a candidate so named is none
      确定…为中标人 | 某项目中标结果公告¶经评标委员会评审，招标人确定某建设有限公司为中标人，中标价1000000元。 | 某建设有限公司//1000000 | 1000000
      确定…为第一中标候选人 | 某项目中标候选人公示¶经评标委员会评审，确定某建设有限公司为第一中标候选人，投标报价1000000元。 | - | -
      # 标签：值 ended by a gap, the next label, ；
      a value ended by the next label | 中标供应商：甲工程有限公司 联 系 人：刘某 电 话：0730123 | 甲工程有限公司// | -
      several winners in one value | 成交供应商：甲科技有限公司、乙科技有限公司；丙科技有限公司 | 甲科技有限公司//; 乙科技有限公司//; 丙科技有限公司// | -
      a union stays one winner | 中标供应商：甲研究所(联合体成员：乙公司、丙公司) | 甲研究所(联合体成员：乙公司、丙公司)// | -
      a label without a colon | 四、中标供应商供货明细¶中标供应商甲科技发展有限公司¶联系人：张某 | 甲科技发展有限公司// | -
      a winner's bid in its block | 中标供应商：甲设备有限公司¶地址：某市某路¶投标报价：¥356,800.00 | 甲设备有限公司//356800 | 356800
      中标报价 as a label | 成交供应商：乙服务有限公司¶成交报价：12.5万元 | 乙服务有限公司//125000 | 125000
      bidders' prices are no award | 中标供应商：丙有限公司¶一、投标情况¶投标报价：100元¶投标报价：200元 | 丙有限公司// | -
      中选 and a unit 人民币元 | 中选供应商：甲医药有限公司¶中选金额（人民币元）：1,200.50 | 甲医药有限公司//1200.5 | 1200.5
      a 中标商 and an amount in 亿元 | 中标商：乙集团股份有限公司¶中标金额（亿元）：1.5 | 乙集团股份有限公司//150000000 | 150000000
      lots one after the other on a line | 第一包：中标供应商：甲科技有限公司，中标金额：10万元；第二包：中标供应商：乙科技有限公司，中标金额：20万元。 | 甲科技有限公司/第一包/100000; 乙科技有限公司/第二包/200000 | 300000
      a stated 总成交金额 is a lone winner's amount | 成交供应商：甲物业管理有限公司¶总成交金额：15万元 | 甲物业管理有限公司//150000 | 150000
      numbered items, a school CMS's | 一、项目名称：某某学院实验室家具采购项目¶三、中标单位：乙家具制造有限公司¶四、中标价：人民币叁拾贰万元整（￥320,000.00）¶五、公示期：3天 | 乙家具制造有限公司//320000 | 320000
      label/value rows, an unread label after the amount | `<table><tr><td>成交供应商</td><td>甲信息技术有限公司</td></tr><tr><td>成交金额</td><td>￥128,600.00元</td></tr><tr><td>成交时间</td><td>2023年5月5日</td></tr></table>` | 甲信息技术有限公司//128600 | 128600
      a winner named before its role | 经评标委员会评审，确定甲教育科技有限公司为中标单位，中标金额为356800元。 | 甲教育科技有限公司//356800 | 356800
      recommended as the 成交供应商 | 经磋商小组评审，推荐乙医疗器械有限公司为本项目成交供应商，成交价：12万元。 | 乙医疗器械有限公司//120000 | 120000
      a candidate named before its rank | 经评审，确定丙工程有限公司为第一中标候选人，投标报价：12万元。 | - | -
      a lot before each label | 包1成交供应商：甲科技有限公司¶包1成交金额：12万元¶包2成交供应商：乙科技有限公司¶包2成交金额：8万元 | 甲科技有限公司/包1/120000; 乙科技有限公司/包2/80000 | 200000
      a 标段 before each label | 第一标段中标人：甲建设有限公司¶第一标段中标价：120万元 | 甲建设有限公司/第一标段/1200000 | 1200000
      a proposed winner in a 公示 | 拟成交供应商：甲科技有限公司¶拟成交金额：12万元 | 甲科技有限公司//120000 | 120000
      a proposed winner's column | `<table><tr><td>标段</td><td>拟中标人</td><td>中标价(万元)</td></tr><tr><td>一标段</td><td>乙建设有限公司</td><td>120</td></tr></table>` | 乙建设有限公司/一标段/1200000 | 1200000
      a 中标（成交） label alone on its line | 中标（成交）供应商¶甲科技有限公司¶中标（成交）金额¶12万元 | 甲科技有限公司//120000 | 120000
      a candidate under a winner's label | 中标（成交）供应商¶第一中标候选人：甲建设有限公司¶投标报价：100元 | - | -
      an item number in brackets | （1）中标供应商名称：甲安全印务公司¶（2）中标供应商联系地址：北京市¶（3）中标金额：人民币 513万元 | 甲安全印务公司//5130000 | 5130000
      """)
  void winnersAndAward(String layout, String page, String suppliers, String award) {
    Notice n = read(page);
    assertEquals(suppliers, suppliers(n), layout);
    assertEquals(award, yuan(n.award()), layout);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      a budget column with its unit | `<table><tr><td>标段</td><td>项目名称</td><td>预算金额(万元)</td></tr><tr><td>1</td><td>某项目</td><td>50</td></tr></table>` | 500000
      a budget header row flattened, single spaces | 标段编号 标段名称 预算金额(元) 1 某项目 500000.00 | 500000
      a budget header run into its values | 标段信息 标段编号 标段名称 采购方式 预算金额(元)投标供应商名称1 桥梁检测 公开招标1471678.39 甲公司 | 1471678.39
      the total before the lots | 预算总金额：300万元¶包1预算金额：100万元¶包2预算金额：200万元 | 3000000
      a school's 询价 预算价 | 项目编号：XJ-1¶预算价：8.6万元¶报价截止时间：2023年3月8日17:00 | 86000
      """)
  void budget(String layout, String page, String budget) {
    assertEquals(budget, yuan(read(page).budget()), layout);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      a 品目名称 column | `<table><tr><td>品目分类</td><td>品目名称</td><td>数量</td></tr><tr><td>A02010104-台式计算机</td><td>办公电脑</td><td>10</td></tr></table>` | 办公电脑
      a catalogue code flattened, with the 品目名称 cell after it | 包号品目分类品目名称单位数量 1 C0908-其他专业技术服务 技术检测服务 项 1 | 技术检测服务
      a 品目名称 cell that repeats the project | 项目名称：某校监控系统采购项目¶包号品目分类品目名称单位数量⇥1⇥A02091107-视频监控设备⇥某校监控系统采购项目⇥批⇥1 | 视频监控设备
      a catalogue code glued to its name | 项目编号：CD-1¶品目：C02100000学生活动组织实施服务 | 学生活动组织实施服务
      a catalogue code, no 品目名称 column | 采购品目⇥品牌⇥数量⇥B0504-防水工程⇥某品牌⇥1 | 防水工程
      a code glued to the name after 采购品目： | 二、采购方式：公开招标¶三、采购品目：C02100000学生活动组织实施服务；¶四、评审日期：2026年3月10日 | 学生活动组织实施服务
      a code and its name parted by a space | 三、采购品目：C06020500 广播电视传输服务¶四、其他 | 广播电视传输服务
      several items in order | 品目分类⇥品目名称⇥数量⇥A0201060104-针式打印机⇥针式打印机⇥1⇥A0201060102-激光打印机⇥激光打印机⇥3 | 针式打印机,激光打印机
      """)
  void category(String layout, String page, String category) {
    assertEquals(category, read(page).category(), layout);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      cells at tab runs | 甲方⇥乙方⇥丙方 | 甲方;乙方;丙方
      a label's value after its colon | 采购项目名称：⇥某项目⇥预算金额：⇥950,000.00⇥元 | 采购项目名称： 某项目;预算金额： 950,000.00 元
      a lot heading keeps its lines | 包1：⇥供应商名称⇥最终报价 | 包1：;供应商名称;最终报价
      a letter-spaced label | 联⇥系⇥人：刘某⇥电⇥话：0730 | 联 系 人：刘某;电 话：0730
      a date and its time | 开标时间：2023-05-06⇥09:30 | 开标时间：2023-05-06 09:30
      """)
  void cellGaps(String layout, String line, String pieces) {
    assertEquals(List.of(pieces.split(";")), CellGaps.pieces(line.replace("⇥", String.valueOf(TextRender.GAP))),
        layout);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      three spaces part cells, two do not | `<p>湖南农业大学  的  工程   结束</p>` | 湖南农业大学 的 工程⇥结束
      a tab parts cells | `<p>甲&#9;乙</p>` | 甲⇥乙
      markup indentation is one space | `<p>甲\n      乙</p>` | 甲 乙
      """)
  void gapsInRenderedText(String layout, String html, String line) {
    String rendered = TextRender.text(TextRender.lines(org.jsoup.Jsoup.parse(html.replace("\\n", "\n")).body()));
    assertEquals(line.replace("⇥", String.valueOf(TextRender.GAP)), rendered, layout);
    assertEquals(line.replace("⇥", " "), TextRender.pageText(TextRender.lines(org.jsoup.Jsoup.parse(
        html.replace("\\n", "\n")).body())), layout + " (the page's text keeps one space)");
  }

}
