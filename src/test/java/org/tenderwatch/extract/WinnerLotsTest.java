package org.tenderwatch.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Round 11s-ru: a winner's lot named apart from its block, written before the rules. Each row is a made-up ccgp page
 * in a text block ("¶" a line break; its first line the title), then the suppliers "name/lot/amount" joined by "; "
 * ("-" for none). Three shapes: a one-lot award whose lot only its title names ("某某项目第29包（显微镜类）中标公告"); lots
 * named only in the 其它补充事宜's recommendation sentences ("…推荐为标段一：某某系统的中标供应商"); lot headings over the
 * winners after an 初审情况 list of every lot, a 废标 lot without a heading of its own. Round 11t-rx: a title's lot named by
 * a lot noun and a numeral word ("包组一").
 */
class WinnerLotsTest {

  private static final String DATE = "¶2026年07月28日 20:39 来源： 【打印】¶一、项目编号：ABC-2026-001¶二、项目名称：某某项目¶";
  private static final String ONE = "三、中标（成交）信息¶供应商名称：某某仪器设备有限公司¶供应商地址：某某市某某路1号¶"
      + "中标（成交）金额：584.9100000（万元）¶四、主要标的信息¶";
  private static final String TWO = "三、中标（成交）信息¶供应商名称：某某医药有限公司¶供应商地址：某某路50号¶中标（成交）金额：186.0000000（万元）¶"
      + "供应商名称：某某医药有限公司¶供应商地址：某某路50号¶中标（成交）金额：145.0000000（万元）¶四、主要标的信息¶";

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      # the title names the one lot the notice awards
      第N包 in the title | 某某研究院2026年集中采购项目第29包（显微镜类）中标公告 | ONE | 某某仪器设备有限公司/第29包/5849100
      第N包 before the lot's subject | 某某医院模拟训练系统采购项目第1包无线智能高级创伤模拟系统中标公告 | ONE | 某某仪器设备有限公司/第1包/5849100
      a lettered lot in brackets | 某某市教育局某某示范校项目（C包）采购项目的中标公告 | ONE | 某某仪器设备有限公司/C包/5849100
      包N in the title | 某某单位某某设备采购项目包2成交结果公告 | ONE | 某某仪器设备有限公司/包2/5849100
      # 11t-rx: a lot noun that names nothing else (包组, 标包, 采购包, 合同包) before a numeral word
      包组 and a numeral word in the title | 某某频道卫星转发器租赁服务项目包组一（某某节目转发器租赁）中标公告 | ONE | 某某仪器设备有限公司/包组一/5849100
      采购包 and a numeral word in the title | 某某大学实验设备采购项目采购包二中标公告 | ONE | 某某仪器设备有限公司/采购包二/5849100
      # left alone: no lot in the title, several lots, several winners
      no lot in the title | 某某研究院某某设备采购项目中标公告 | ONE | 某某仪器设备有限公司//5849100
      two lots in the title | 某某研究院某某设备采购项目第1包、第2包中标公告 | ONE | 某某仪器设备有限公司//5849100
      a list of lots in the title | 某某研究院某某设备采购项目（采购包1、2）中标公告 | ONE | 某某仪器设备有限公司//5849100
      two winners, one title lot | 某某研究院某某设备采购项目第1包中标公告 | TWO | 某某医药有限公司//1860000; 某某医药有限公司//1450000
      包 and a numeral word is goods, not a lot | 某某学校面包一批采购项目中标公告 | ONE | 某某仪器设备有限公司//5849100
      a list of 包组 lots in the title | 某某频道卫星转发器租赁服务项目包组一、二中标公告 | ONE | 某某仪器设备有限公司//5849100
      """)
  void titleLot(String layout, String title, String body, String suppliers) {
    Notice n = RunOnTablesTest.read(title + DATE + ("ONE".equals(body) ? ONE : TWO));
    assertEquals(suppliers, Layouts.suppliers(n), layout);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      # each winner's lot named in a recommendation sentence, in the winners' order
      推荐为标段一：X的中标供应商 | 某某医药有限公司综合得分为87.69分，排名第一，推荐为标段一：某某超声系统的中标供应商。¶某某医药有限公司综合得分为89.71分，排名第一，推荐为标段二：某某超声探头的中标供应商。 | 某某医药有限公司/标段一/1860000; 某某医药有限公司/标段二/1450000
      推荐X为第一包的成交供应商 | 经评审，推荐某某医药有限公司为第一包的成交供应商。¶经评审，推荐某某医药有限公司为第二包的成交供应商。 | 某某医药有限公司/第一包/1860000; 某某医药有限公司/第二包/1450000
      # left alone: one sentence for two winners; a candidate ranking
      one sentence, two winners | 某某医药有限公司综合得分为87.69分，推荐为标段一：某某超声系统的中标供应商。 | 某某医药有限公司//1860000; 某某医药有限公司//1450000
      a candidates' sentence | 某某医药有限公司推荐为第一包第一中标候选人。¶某某医药有限公司推荐为第二包第一中标候选人。 | 某某医药有限公司//1860000; 某某医药有限公司//1450000
      """)
  void sentenceLots(String layout, String sentences, String suppliers) {
    Notice n = RunOnTablesTest.read("某某医院手术室专项中标公告" + DATE + TWO + "八、其它补充事宜¶" + sentences + "¶九、凡对本次公告内容提出询问");
    assertEquals(suppliers, Layouts.suppliers(n), layout);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      # an 初审情况 list of every lot, then a heading over each winner; 第二包 废标, no heading of its own
      a 废标 lot without a heading | 初审情况：¶第一包：¶全部投标人通过了初审¶第二包：¶全部投标人通过了初审¶第三包：¶全部投标人通过了初审¶第一包：¶供应商名称： 某某甲计算机有限公司¶中标（成交）金额： 人民币2.100000 万元¶第三包：¶供应商名称： 某某乙办公设备有限公司¶中标（成交）金额： 人民币5.783700 万元¶其他补充说明: 第二包两家供应商最后报价相同，该包废标。 | 某某甲计算机有限公司/第一包/21000; 某某乙办公设备有限公司/第三包/57837
      # left alone: the 初审 list's lots are the winners' when no heading stands over them
      the list's lots alone | 初审情况：¶第一包：¶全部投标人通过了初审¶第二包：¶全部投标人通过了初审¶供应商名称： 某某甲计算机有限公司¶中标（成交）金额： 人民币2.100000 万元¶供应商名称： 某某乙办公设备有限公司¶中标（成交）金额： 人民币5.783700 万元 | 某某甲计算机有限公司/第一包/21000; 某某乙办公设备有限公司/第二包/57837
      """)
  void headingsAfterAList(String layout, String section, String suppliers) {
    Notice n = RunOnTablesTest.read("某某批量集中采购项目中标公告" + DATE.replace("二、项目名称：某某项目¶", "")
        + "二、中标（成交）信息¶" + section + "¶三、主要中标（成交）标的信息");
    assertEquals(suppliers, Layouts.suppliers(n), layout);
  }
}
