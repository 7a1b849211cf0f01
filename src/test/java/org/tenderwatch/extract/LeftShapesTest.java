package org.tenderwatch.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Shapes behind the tuning set's last misses (round 11r), each as made-up rows (某某 names, other amounts, a page and a
 * text-block form) written before its rule. (1) A currency mark in brackets between an amount's label and its figure
 * ("中标价（￥）110000元", "中标金额(¥)：", "报价（元）："), after the winner in one sentence ("拟中标人：X，…") or on a
 * label's line: 8 of 9 rows failed first (the 人民币 one passed). (2) A publication stated only as 公告开始时间 (a
 * four-cell row with its 公告结束时间, or a text line), and a site's "[0]" flag before the title: 4 rows, all failed
 * first. (7) Run-on copies that lost every line break: the amount in a note after the name, numbered winners with
 * their amounts after a lone label, a lot heading before a bare label ("包1： 成交供应商 X 成交金额 Y"); 4 rows, all
 * failed first. A text row is a block as a crawler kept it ("¶" a line break, "⇥" a tab run); a page row is a body
 * fragment.
 */
class LeftShapesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
      # 1. a currency mark in brackets between an amount's label and its figure
      ￥ in brackets after the winner in one sentence | suppliers | <p>拟中标人：某某园艺工程有限公司，中标价（￥）86500元。</p> | 某某园艺工程有限公司//86500
      ￥ in brackets after the winner: the award | awardCny | <p>拟中标人：某某园艺工程有限公司，中标价（￥）86500元。</p> | 86500
      ¥ and a colon after 中标供应商为 | suppliers | <p>经评审，中标供应商为某某信息技术有限公司，中标金额(¥)：1,250,000.00元。</p> | 某某信息技术有限公司//1250000
      人民币 in brackets after the winner in one sentence | suppliers | <p>成交供应商：某某商贸有限公司，成交价（人民币）：32,800元</p> | 某某商贸有限公司//32800
      ¥ in brackets on a label's own line | awardCny | <p>中标人：某某建设工程有限公司</p><p>中标金额（￥）：2,460,000.00元</p> | 2460000
      ¥ in brackets as a table's row label | suppliers | <table><tr><td>中标供应商</td><td>某某医疗设备有限公司</td></tr><tr><td>中标金额(¥)</td><td>398000.00</td></tr></table> | 某某医疗设备有限公司//398000
      ￥ in brackets in a text block | suppliers | 某某学院维修项目评审结果公示¶拟成交人：某某装饰工程有限公司，成交价（￥）  73,900元。 | 某某装饰工程有限公司//73900
      报价 in brackets after the winner | suppliers | <p>成交供应商：某某印刷有限公司，报价（元）：15600</p> | 某某印刷有限公司//15600
      ￥ in brackets before capitals | suppliers | <p>拟中标人：某某绿化工程有限公司，中标价（￥）玖万捌仟元整（¥98,000.00）。</p> | 某某绿化工程有限公司//98000
      run on: a lot heading before a bare label | suppliers | 某某仪器采购结果公告 包1： 成交供应商 某某甲仪器有限公司 成交金额 88,000.00元 包2： 成交供应商 某某乙仪器有限公司 成交金额 52,000.00元 | 某某甲仪器有限公司/包1/88000; 某某乙仪器有限公司/包2/52000
      # 2. publication only in a four-cell row 公告开始时间 | date | 公告结束时间 | date; a site's flag before the title
      公告开始时间 in a four-cell row | publishedAt | <h1>某某道路工程的招标公告</h1><table><tr><td>公告开始时间</td><td>2024年3月8日</td><td>公告结束时间</td><td>2024年3月19日</td></tr></table><p>招标人：某某城建有限公司</p> | 2024-03-08T00:00
      公告开始日期 on a text line | publishedAt | 某某泵站改造工程招标公告¶公告开始日期：2022-11-21⇥公告结束日期：2022-11-28¶招标人：某某水务有限公司 | 2022-11-21T00:00
      a site's [0] flag before the heading | title | <table><tr><td colspan="4" align="center"><font size="4" color="red"><b>[0]某某片区配套道路工程的招标公告</b></font></td></tr><tr><td>公告开始时间</td><td>2024年3月8日</td></tr></table> | 某某片区配套道路工程的招标公告
      a site's [1] flag before a text block's title | title | [1]某某学校食堂设备采购项目招标公告¶采购人：某某学校 | 某某学校食堂设备采购项目招标公告
      # 7. run-on winners: a copy that lost its line breaks, the title run into the winners
      run on: the amount in a note after the name | suppliers | 某某中学课桌椅采购结果公告 中标单位：某某教学设备有限公司（中标价：人民币128,000.00元） | 某某教学设备有限公司//128000
      run on: a lone label over numbered winners and amounts | suppliers | 某某局空调采购成交公告 成交供应商： 1.某某甲制冷设备有限公司，成交金额：5.6万元 2.某某乙空调工程有限公司，成交金额：4.2万元 | 某某甲制冷设备有限公司//56000; 某某乙空调工程有限公司//42000
      run on: the numbered winners' award | awardCny | 某某局空调采购成交公告 成交供应商： 1.某某甲制冷设备有限公司，成交金额：5.6万元 2.某某乙空调工程有限公司，成交金额：4.2万元 | 98000
      """)
  void fieldOfAShape(String shape, String field, String page, String expected) {
    Notice n = page.startsWith("<") ? Layouts.page(page.startsWith("<h1>") || field.equals("title") ? page
        : "<h1>某某项目中标（成交）结果公告</h1>" + page)
        : Layouts.block(page.replace("⇥", "\t\t").replace("¶", "\n"));
    String actual = switch (field) {
      case "suppliers" -> Layouts.suppliers(n);
      case "awardCny" -> Layouts.yuan(n.award());
      case "budgetCny" -> Layouts.yuan(n.budget());
      case "maxPriceCny" -> Layouts.yuan(n.maxPrice());
      case "publishedAt", "title" -> Layouts.titleOrDate(n, field);
      case "buyer" -> n.buyer();
      case "projectNo" -> n.projectNo();
      default -> throw new IllegalArgumentException(field);
    };
    assertEquals(expected, actual, shape);
  }
}
