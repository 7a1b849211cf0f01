package org.tenderwatch.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tenderwatch.extract.TextRender.Line;

/**
 * How cell-per-line text is read (CellLines, Join), as a rule table: the page's lines, one per cell or element,
 * joined by " ¦ " => the lines the readers get, a table row written "[a | b | c]". Written in the layouts of
 * ggzy.gov.cn content frames and Word runs pasted one per line; names and figures are made up.
 */
class CellLinesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiterString = " => ", textBlock = """
      # a winners table: header cells, then rows of as many cells, up to the next section
      七、中标情况： ¦ 序号 ¦ 中标供应商名称 ¦ 中标供应商地址 ¦ 中标金额(元) ¦ 1 ¦ 某电子有限公司 ¦ 某市某路53号 ¦ 736320.0 ¦ 八、评标委员会成员名单： ¦ 甲、乙 => 七、中标情况： ¦ [序号 | 中标供应商名称 | 中标供应商地址 | 中标金额(元)] ¦ [1 | 某电子有限公司 | 某市某路53号 | 736320.0] ¦ 八、评标委员会成员名单：甲、乙
      # the unit in a column of its own goes with the amount; the next table's header ends the rows
      包号 ¦ 供应商名称 ¦ 中标金额 ¦ 单位 ¦ 某采购-1 ¦ 某体育产业有限公司 ¦ 1,675,000.00 ¦ 万元 ¦ 序号 ¦ 名称 ¦ 数量 ¦ 1 ¦ 详见附件 ¦ 2 => [包号 | 供应商名称 | 中标金额 | 单位] ¦ [某采购-1 | 某体育产业有限公司 | 1,675,000.00万元 | 万元] ¦  ¦ [序号 | 名称 | 数量] ¦ [1 | 详见附件 | 2]
      # fewer than three known column labels in a row (评委1(技术标) is not one): no table
      排序 ¦ 供应商名称 ¦ 评委1(技术标) ¦ 综合得分 ¦ 1 => 排序 ¦ 供应商名称 ¦ 评委1(技术标) ¦ 综合得分 ¦ 1
      # header cells the reader does not know (产地) make the first row look like the rest of the header
      企业名称 ¦ 名称 ¦ 品牌 ¦ 产地 ¦ 规格要求 ¦ 数量/单位 ¦ 某公司 => [企业名称 | 名称 | 品牌] ¦ 产地 ¦ 规格要求 ¦ 数量/单位 ¦ 某公司
      # a table's caption is not its first header cell
      资格审查评审结果 ¦ 序号 ¦ 供应商名称 ¦ 评审结果 ¦ 1 ¦ 某公司 ¦ 通过 ¦ 四、其他 => 资格审查评审结果 ¦ [序号 | 供应商名称 | 评审结果] ¦ [1 | 某公司 | 通过] ¦ 四、其他
      # a lot table's budget and max-price columns (预算金额(万元), 最高限价(万元)) are column labels
      包号 ¦ 预算金额(万元) ¦ 最高限价(万元) ¦ A ¦ 140.000000 ¦ 140.000000 ¦ 采购需求： ¦ 见附件 => [包号 | 预算金额(万元) | 最高限价(万元)] ¦ [A | 140.000000 | 140.000000] ¦ 采购需求：见附件
      # a winner's and an amount's header over their values make a table of two columns; under each its value is a list
      中标人 ¦ 中标金额(万元) ¦ 某建设有限公司 ¦ 120.5 ¦ 三、其他 => [中标人 | 中标金额(万元)] ¦ [某建设有限公司 | 120.5] ¦ 三、其他
      中标人 ¦ 某建设有限公司 ¦ 中标金额(万元) ¦ 120.5 => 中标人 ¦ 某建设有限公司 ¦ 中标金额(万元) ¦ 120.5
      # a label/value list one cell per line is not a table
      项目名称 ¦ 某维修项目 ¦ 项目编码 ¦ 500001202602 => 项目名称 ¦ 某维修项目 ¦ 项目编码 ¦ 500001202602
      # a label alone on its line takes the value below it, not another label or a heading
      1.采购人信息 ¦ 名称： ¦ 某区教育局 ¦ 地址： ¦ 某区红旗大道221号 ¦ 传 真： ¦ 联系方式：028-1 => 1.采购人信息 ¦ 名称：某区教育局 ¦ 地址：某区红旗大道221号 ¦ 传 真： ¦ 联系方式：028-1
      三、中标信息： ¦ 中标公司名称：某商行 => 三、中标信息： ¦ 中标公司名称：某商行
      一、项目编号： ¦ P520382 ¦ 二、项目名称： ¦ 某配电工程 => 一、项目编号：P520382 ¦ 二、项目名称：某配电工程
      # a signature keeps its date on its own line
      招标人（盖章） ¦ : ¦ 2026 ¦ 年 ¦ 3 ¦ 月 ¦ 16 ¦ 日 => 招标人（盖章）: ¦ 2026年3月16日
      # a party's section in a label/value table: 单位名称 is that party's name
      招标人信息 ¦ 单位名称 ¦ 某体育中心 ¦ 中标人信息 ¦ 单位名称 ¦ 某建设工程有限公司 ¦ 社会信用代码 => 招标人信息 ¦ 招标人名称：某体育中心 ¦ 中标人信息 ¦ 中标人名称：某建设工程有限公司 ¦ 社会信用代码
      # Word runs: a date and time, a label cut into chars, a section numeral, a house number, marks
      截止时间： ¦ 2026 ¦ 年 ¦ 3 ¦ 月 ¦ 20 ¦ 日10 ¦ ：0 ¦ 0 ¦ （ ¦ 北京时间）。 => 截止时间：2026年3月20日10：00 ¦ （北京时间）。
      地 ¦ 址：某州某市龙眼井 ¦ 237号5楼 ¦ 联 ¦ 系 ¦ 人： ¦ 马女士 => 地址：某州某市龙眼井237号5楼 ¦ 联系人：马女士
      三 ¦ 、采购项目简介： ¦ 1 ¦ . ¦ 项目编号： ¦ SW2026 ¦ 。 => 三、采购项目简介： ¦ 1.项目编号：SW2026。
      2026年3月17日9:00至 ¦ 2026年3月19日17：00 ¦ 4、评审日期 => 2026年3月17日9:00至2026年3月19日17：00 ¦ 4、评审日期
      # whole dates listed one under another stay apart, and so does a count after one; a time after a date joins
      2026年02月27日 ¦ 2026年03月16日 ¦ 1 ¦ 附件信息： => 2026年02月27日 ¦ 2026年03月16日 ¦ 1 ¦ 附件信息：
      截止时间： ¦ 2026年3月20日 ¦ 10 ¦ ：00 => 截止时间：2026年3月20日10：00
      # a known label cut in two joins; a heading before an ordinary label does not
      六、递交响应文件 ¦ 截止时间：2026年3月20日 ¦ 一、项目基本情况 ¦ 项目编号：X1 => 六、递交响应文件截止时间：2026年3月20日 ¦ 一、项目基本情况 ¦ 项目编号：X1
      # a whole label of its own under a title is no tail: "…中标公告" / "发布日期：" is not "公告发布日期"
      某局办公设备采购项目中标公告 ¦ 发布日期：2019年03月01日 10:20 ¦ 一、项目编号：ZB-1 => 某局办公设备采购项目中标公告 ¦ 发布日期：2019年03月01日 10:20 ¦ 一、项目编号：ZB-1
      某某项目中标结果公告 ¦ 发布日期：2022年10月13日 ¦ 采购人：某局 => 某某项目中标结果公告 ¦ 发布日期：2022年10月13日 ¦ 采购人：某局
      某某大学设备采购成交公示 ¦ 公示时间：2021-06-28 => 某某大学设备采购成交公示 ¦ 公示时间：2021-06-28
      某某县医院彩超采购项目成交公告 ¦ 日期：2020-05-12 => 某某县医院彩超采购项目成交公告 ¦ 日期：2020-05-12
      四、公告 ¦ 日期：2020-05-12 => 四、公告日期：2020-05-12
      某某项目成交公告 ¦ 时间：2020-08-05 10:00:00 => 某某项目成交公告 ¦ 时间：2020-08-05 10:00:00
      # a label alone on its line is not the tail of a label cut in two: it is the next label (项目预算金额 is one)
      项目名称： ¦ 某安保服务项目 ¦ 预算金额： ¦ 本项目预算金额为 27336000 元，其中：无分包 => 项目名称：某安保服务项目 ¦ 预算金额：本项目预算金额为 27336000 元，其中：无分包
      # a contact heading cut after its number and before its last word
      1 ¦ .采购人 ¦ 信息 ¦ 名 称： ¦ 某体育中心 ¦ 2.采购代理机构信息 => 1.采购人信息 ¦ 名 称：某体育中心 ¦ 2.采购代理机构信息
      # an amount's unit in brackets on the line under its figure; a title's notice word is no label's head
      5、预算金额： ¦ 179.3 ¦ (万元) ¦ 6、最高限价： ¦ 179.3 ¦ (万元) => 5、预算金额：179.3(万元) ¦ 6、最高限价：179.3(万元)
      某全民健身运动会竞争性磋商公告 ¦ 发布日期：2026-03-16 16:40 ¦ ｜ => 某全民健身运动会竞争性磋商公告 ¦ 发布日期：2026-03-16 16:40 ¦ ｜
      # a label whose colon went to the next run
      第一中标候选人 ¦ : 某建筑工程有限公司 ¦ 资质：二级 => 第一中标候选人: 某建筑工程有限公司 ¦ 资质：二级
      # a title cut before its notice word and after a dash
      某体育公园改造工程 ¦ --灯光工程 ¦ 中标候选人公示 ¦ 项目编码 => 某体育公园改造工程--灯光工程中标候选人公示 ¦ 项目编码
      """)
  void readsCellPerLineText(String page, String expected) {
    List<Line> lines = Arrays.stream(page.split(" ¦ ", -1)).map(t -> new Line(t, null)).toList();
    List<String> out = CellLines.read(lines).stream().map(l -> l.isRow() ? "[" + l.text() + "]" : l.text()).toList();
    assertEquals(expected, String.join(" ¦ ", out));
  }

  /**
   * A header of more than three cells whose rows cannot be cut, where the line after its first cell starts no table:
   * read without rows (it once failed the whole notice, looking for a table under its caption).
   */
  @Test
  void aHeaderWithoutRowsAndNoTableAfterItsFirstCell() {
    String page = "序号 ¦ 包号 ¦ 包名称 ¦ 包预算（元） ¦ 包最高限价（元） ¦ 是否专门面向中小企业 ¦ 1 ¦ 某包-1 ¦ 某项目 ¦ 100 ¦ 100 ¦ 是";
    List<Line> lines = Arrays.stream(page.split(" ¦ ", -1)).map(t -> new Line(t, null)).toList();
    assertEquals("序号 | 包号 | 包名称 | 包预算（元） | 包最高限价（元）", CellLines.read(lines).getFirst().text());
  }
}
