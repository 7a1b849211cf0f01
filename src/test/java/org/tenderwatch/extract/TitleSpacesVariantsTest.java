package org.tenderwatch.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Round 11t-rx: a space the writer typed inside a title, kept as written. Chinese puts no space between words, so a
 * title's pieces run together ({@link HeadingPieces#joinCells}: a heading set in cells, a run-on copy of one); but a
 * writer sets a bracket group's end or a lot's name apart with one typed space ("…项目 包9（某某库） 成交结果公告",
 * "…（三期） 项目施工/标段…"), and that space is the title's. The first rows failed before the rule; the rows under "left
 * alone" passed and must still ("¶" ends a line, "⇥" is a tab run).
 */
class TitleSpacesVariantsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      a copy's heading: a lot's name and a bracket group's end set apart | ## 某某学院图书馆2026年数据库服务采购项目 包3（某某知识库） 成交结果公告¶2026年08月05日 13:15 来源： 【打印】¶一、项目编号：ABC-2026-1¶ | 某某学院图书馆2026年数据库服务采购项目 包3（某某知识库） 成交结果公告
      a crawler's record line: a space after a bracket group         | 某某安置房（二期） 项目监理/标段中标结果公示⇥http://www.ggzy.gov.cn/information/html/a/1.shtml¶项目及标段名称⇥某某安置房（二期） 项目监理/标段¶招标人⇥某某发展有限公司¶ | 某某安置房（二期） 项目监理/标段中标结果公示
      a first line: a space after a re-run's bracket                  | 某县人民医院设备采购（二次） 中标公告¶采购人：某县人民医院¶项目编号：ABC-1¶ | 某县人民医院设备采购（二次） 中标公告
      a first line: a 第N包 lot set apart on both sides               | 某某学校食堂设备采购项目 第2包 成交公告¶采购人：某某学校¶项目编号：ABC-1¶ | 某某学校食堂设备采购项目 第2包 成交公告
      a first line: a 包组 lot with a numeral word set apart          | 某某频道卫星转发器租赁项目 包组二 中标公告¶采购人：某某中心¶项目编号：ABC-1¶ | 某某频道卫星转发器租赁项目 包组二 中标公告
      # left alone: a name's pieces spaced, a run-on heading's cells, cells set apart by tab runs, a figure's noun
      a place name's pieces spaced are joined                         | 某某市 某某区 人民检察院劳务服务项目(二次)结果公告¶一、招标项目名称及招标编号：¶项目名称：某某市某某区人民检察院劳务服务项目（二次）¶ | 某某市某某区人民检察院劳务服务项目(二次)结果公告
      a run-on heading's cells are joined                             | 某省某监狱监管区雨污分流改造 项目 竞争性磋商邀请公告 公告时间：2025年07月11日 某省某监狱 的监管区雨污分流改造项目采购项目的潜在供应商应在某省政府采购网获取采购文件。 | 某省某监狱监管区雨污分流改造项目竞争性磋商邀请公告
      a heading in cells set apart by tab runs, a bracket at a seam   | 某某高级技工学校⇥新校区监控设备采购及安装（二期）⇥公开招标中标公告¶公告日期：2018年11月20日¶ | 某某高级技工学校新校区监控设备采购及安装（二期）公开招标中标公告
      a space before a count of packs is no lot's                     | 某某医院 2包 医用耗材采购结果公告¶采购人：某某医院¶项目编号：ABC-1¶ | 某某医院2包医用耗材采购结果公告
      """)
  void title(String layout, String text, String expected) {
    assertEquals(expected, Layouts.written(text).title(), layout);
  }
}
