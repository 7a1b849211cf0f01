package org.tenderwatch.extract;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Round 11s-ru: ccgp.gov.cn winners tables (三、中标（成交）信息 1.中标结果) whose header words and row cells a crawler's
 * copy ran together with no separator at all ("序号供应商名称供应商地址中标（成交）金额评审总得分1甲公司某路1号投标总报价：
 * 100.00（元）98.17"), written before the rule. Each row is a made-up page in a text block ("¶" a line break; its first
 * line the title), then the suppliers "name/lot/amount" joined by "; " ("-" for none) and the award in 元 ("-" for
 * none). A page that speaks of 标项 (the ccgp template's 标项名称 columns) has its one-row table's 序号 as the lot, as
 * WinnerTables reads a real table.
 *
 * <p>The first seven rows under "glued" and the no-标项 row failed before the rule (no winner was read); the sum in
 * capitals, the label in 万元 and the unit-less figure run into the score were added with the sum's forms once
 * FormatInvarianceTest rewrote the four real pages so (not run against the code before the rule), and the two 万元
 * figures run into the score failed before a sum's figure could end short of its digits' run; the one-decimal 万元
 * figure (FormatInvarianceTest's 万元 label on a real page) failed before a cut leaving a two-digit score came first. The rows under "left
 * alone" passed before it and guard what it must not change: a table with separators, a 中标候选人 list (no winner
 * list), an items table.
 *
 * <p>Round 11s-rw: a cell holding a line break carries the row over to the next lines (ccgp's consortium cell, its lead
 * "牵头供应商：甲公司" then its members "投标联合体：甲公司、乙事务所", the winner its lead; an address); the five rows under
 * "11s-rw" failed before the rule (no winner was read), the two left-alone rows passed before it.
 *
 * <p>Round 11t-pb: a winner priced as a rate ("报价：24.3（%）", a ccgp 新疆 page's canteen let at a share), after which
 * the address column took the rate and the score's first digit was read as the sum (8 yuan); the four rows under
 * "11t-pb" failed before the rule, the left-alone 中标候选人 list of rates passes with and without it.
 *
 * <p>Round 11t-ry: the two rows whose header follows a lead label ("1.中标结果：　", a full-width colon and an
 * ideographic space; "１．中标结果：", full-width digits) passed before the cheap check that skips a line no column word
 * can open, and guard it: the check must look past the lead label as LEAD does, on folded chars.
 */
class GluedTablesTest {

  private static final String HEAD = "某某单位某某项目成交结果公告¶2026年07月29日 09:02 来源： 【打印】¶"
      + "一、项目编号：ABC-2026-001¶二、项目名称：某某项目¶三、中标（成交）信息¶1.中标结果：¶";
  private static final String LOTS = "¶2.废标结果:¶序号标项名称废标理由其他事项¶四、主要标的信息¶";

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      # glued: header and row on one line, no separator
      name, address, labelled amount, score | 序号供应商名称供应商地址中标（成交）金额评审总得分1某某医疗器械有限公司某某省某某市某某开发区科技园1期C2-1栋六层投标总报价：1518800.00（元）98.17 | 某某医疗器械有限公司/1/1518800 | 1518800
      a space inside the header | 序号供应商名称供应商地址 中标（成交）金额评审总得分1某某市政工程有限公司某某大道与某某路交叉口某某大厦801室报价：2165566（元）90.83 | 某某市政工程有限公司/1/2165566 | 2165566
      amount first, 浙江's column order | 序号中标（成交）金额(元)中标供应商名称中标供应商地址评审总得分1磋商报价：667113（元）某某建设有限公司某某市环城北路88-25号二楼84.46 | 某某建设有限公司/1/667113 | 667113
      a 中心 whose name holds 社会 | 序号供应商名称供应商地址 中标（成交）金额评审总得分1某某社会工作服务中心某某市某某区某某街401号A座508室磋商报价：3160000（元）86.47 | 某某社会工作服务中心/1/3160000 | 3160000
      a branch's name | 序号供应商名称供应商地址中标（成交）金额评审总得分1某某通信集团某某有限公司某某分公司某某路12号投标总报价：56000.00（元）91.5 | 某某通信集团某某有限公司某某分公司/1/56000 | 56000
      two rows run on | 序号供应商名称供应商地址中标（成交）金额评审总得分1某某甲科技有限公司某某路1号报价：120000（元）90.122某某乙科技有限公司某某路2号报价：80000（元）88.6 | 某某甲科技有限公司/1/120000; 某某乙科技有限公司/2/80000 | 200000
      the sum in capitals, its figure in brackets | 序号供应商名称供应商地址中标（成交）金额评审总得分1某某医疗器械有限公司某某路1号投标总报价：壹佰伍拾壹万捌仟捌佰元整（¥1,518,800.00）98.17 | 某某医疗器械有限公司/1/1518800 | 1518800
      the sum's label in 万元 | 序号中标（成交）金额(元)中标供应商名称中标供应商地址评审总得分1磋商报价（万元）：66.7113某某建设有限公司某某市某某路88号84.46 | 某某建设有限公司/1/667113 | 667113
      a figure with no unit run into the score | 序号供应商名称供应商地址中标（成交）金额评审总得分1某某医疗器械有限公司某某路1号投标总报价：1518800.0098.17 | 某某医疗器械有限公司/1/1518800 | 1518800
      a 万元 figure with no unit run into the score | 序号供应商名称供应商地址 中标（成交）金额评审总得分1某某市政工程有限公司某某大厦东单元801室报价（万元）：216.556690.83 | 某某市政工程有限公司/1/2165566 | 2165566
      a 万元 figure of one decimal run into a two-decimal score | 序号供应商名称供应商地址中标（成交）金额评审总得分1某某医疗器械有限公司某某路1号投标报价（万元）：56.882.93 | 某某医疗器械有限公司/1/568000 | 568000
      a whole 万元 figure run into the score | 序号供应商名称供应商地址 中标（成交）金额评审总得分1某某社会工作服务中心某某街401号A座508室磋商报价（万元）：31686.47 | 某某社会工作服务中心/1/3160000 | 3160000
      a 标项名称 column, two lots | 序号标项名称中标（成交）金额(元)中标供应商名称中标供应商地址1办公家具采购磋商报价：86500（元）某某家具有限公司某某路3号2空调采购磋商报价：42000（元）某某电器经营部某某路5号 | 某某家具有限公司/1/86500; 某某电器经营部/2/42000 | 128500
      a 统一社会信用代码 column | 序号供应商名称统一社会信用代码中标（成交）金额评审总得分1某某软件有限公司91330100MA28XXXX0K投标报价：99800.00（元）95.2 | 某某软件有限公司/1/99800 | 99800
      the header after its lead label, a full-width colon and an ideographic space | 1.中标结果：　序号供应商名称供应商地址中标（成交）金额评审总得分1某某软件有限公司某某路9号投标报价：99800.00（元）95.2 | 某某软件有限公司/1/99800 | 99800
      the header after a lead label in full-width digits | １．中标结果：序号供应商名称供应商地址中标（成交）金额评审总得分1某某软件有限公司某某路9号投标报价：99800.00（元）95.2 | 某某软件有限公司/1/99800 | 99800
      the header on a line, the row on the next | 序号供应商名称供应商地址中标（成交）金额评审总得分¶1某某软件有限公司某某路9号投标报价：99800.00（元）95.2 | 某某软件有限公司/1/99800 | 99800
      # 11s-rw: a cell holding a line break (ccgp's consortium cell: its lead, then its members) splits the row
      a consortium's lead and members over two lines | 序号供应商名称供应商地址中标（成交）金额评审总得分1牵头供应商：某某甲工程咨询有限公司 ¶投标联合体：某某甲工程咨询有限公司、某某乙会计师事务所某某街898号某某公园S6栋5层报价：405000（元）84.47 | 某某甲工程咨询有限公司/1/405000 | 405000
      a consortium on one line, a 设计研究院 member | 序号供应商名称供应商地址中标（成交）金额评审总得分1牵头供应商：某某甲建设有限公司 投标联合体：某某甲建设有限公司、某某乙设计研究院有限公司某某路1号投标总报价：2560000.00（元）91.3 | 某某甲建设有限公司/1/2560000 | 2560000
      a consortium, amount first | 序号中标（成交）金额(元)中标供应商名称中标供应商地址评审总得分1磋商报价：667113（元）联合体牵头人：某某甲建设有限公司¶联合体成员：某某甲建设有限公司、某某乙园林工程有限公司某某市某某路88号84.46 | 某某甲建设有限公司/1/667113 | 667113
      an address over two lines | 序号供应商名称供应商地址中标（成交）金额评审总得分1某某软件有限公司某某路9号 ¶某某大厦3层投标报价：99800.00（元）95.2 | 某某软件有限公司/1/99800 | 99800
      two rows, the first over two lines | 序号供应商名称供应商地址中标（成交）金额评审总得分1牵头供应商：某某甲科技有限公司 ¶投标联合体：某某甲科技有限公司、某某乙信息中心某某路1号报价：120000（元）90.12¶2某某丙科技有限公司某某路2号报价：80000（元）88.6 | 某某甲科技有限公司/1/120000; 某某丙科技有限公司/2/80000 | 200000
      # 11t-pb: a winner priced as a rate ("报价：24.3（%）", a canteen let at a share of its takings): the winner, no sum;
      # with a rate winner among them the winners give no total
      a rate price, a score after it | 序号供应商名称供应商地址中标（成交）金额评审总得分1某某餐饮商贸有限公司某某县某某镇某某产业园东南第2区报价：24.3（%）83.5 | 某某餐饮商贸有限公司/1/ | -
      a whole rate, a half-width sign | 序号供应商名称供应商地址中标（成交）金额评审总得分1某某物业服务有限公司某某路12号投标报价：95%91.2 | 某某物业服务有限公司/1/ | -
      a rate, amount first | 序号中标（成交）金额(元)中标供应商名称中标供应商地址评审总得分1磋商报价：88.5（%）某某餐饮管理有限公司某某市某某路6号86.1 | 某某餐饮管理有限公司/1/ | -
      a rate row, then a sum row | 序号供应商名称供应商地址中标（成交）金额评审总得分1某某甲餐饮有限公司某某路1号报价：24.3（%）83.562某某乙科技有限公司某某路2号报价：80000（元）88.6 | 某某甲餐饮有限公司/1/; 某某乙科技有限公司/2/80000 | -
      """)
  void glued(String layout, String table, String suppliers, String award) {
    Notice n = RunOnTablesTest.read(HEAD + table + LOTS);
    assertAll(layout,
        () -> assertEquals(suppliers, Layouts.suppliers(n), "suppliers"),
        () -> assertEquals(award, Layouts.yuan(n.award()), "award"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      # glued, on a page that never says 标项: the 序号 only numbers the row
      no 标项 on the page | 序号供应商名称供应商地址中标（成交）金额评审总得分1某某医疗器械有限公司某某路1号投标总报价：1518800.00（元）98.17 | 某某医疗器械有限公司//1518800 | 1518800
      # left alone
      a table with separators | 序号 供应商名称 供应商地址 中标（成交）金额 1 某某家具有限公司 某某路3号 86500 | 某某家具有限公司//86500 | 86500
      a 中标候选人 list run together | 序号中标候选人名称投标报价(元)1某某甲建设有限公司1000000.002某某乙建设有限公司1020000.00 | - | -
      an items table run together | 序号货物名称品牌规格型号数量单价(元)1办公桌某某牌A-1205台800 | - | -
      # 11s-rw left alone: a row cut off before its sum, the next line no part of it
      a row with no sum, a heading after it | 序号供应商名称供应商地址中标（成交）金额评审总得分1牵头供应商：某某甲建设有限公司 ¶投标联合体：某某甲建设有限公司、某某乙设计研究院有限公司¶二、其他补充事宜 | - | -
      an items table over two lines | 序号货物名称品牌规格型号数量单价(元)1办公桌 ¶某某牌A-1205台800 | - | -
      # 11t-pb left alone: a 中标候选人 list priced as rates is no winner list
      a 中标候选人 list of rates run together | 序号中标候选人名称投标报价(%)1某某甲餐饮有限公司报价：24.3（%）2某某乙餐饮有限公司报价：25.1（%） | - | -
      """)
  void noLotsOrLeftAlone(String layout, String table, String suppliers, String award) {
    Notice n = RunOnTablesTest.read(HEAD + table + "¶四、主要标的信息¶");
    assertAll(layout,
        () -> assertEquals(suppliers, Layouts.suppliers(n), "suppliers"),
        () -> assertEquals(award, Layouts.yuan(n.award()), "award"));
  }
}
