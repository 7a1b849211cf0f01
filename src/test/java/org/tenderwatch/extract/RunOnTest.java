package org.tenderwatch.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Where a run-on line is cut (RunOn), as a rule table: the line => its pieces joined by " ¦ ". Lines are written
 * in the layouts of flattened real pages (湖北 and 湖南 provincial portals, crawler text blocks, aggregator copies).
 */
class RunOnTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiterString = " => ", textBlock = """
      # a label after a space, a spaced 名 称, an enumerated label and a lot marker
      采购项目名称： 某学校设备采购项目 采购项目编号： EZYG-2023-017 项目行政主管地区： 鄂州市 => 采购项目名称： 某学校设备采购项目 ¦ 采购项目编号： EZYG-2023-017 ¦ 项目行政主管地区： 鄂州市
      1、采购人信息 名 称：某中心学校 地 址：新庙镇文塘村 => 1、采购人信息 ¦ 名 称：某中心学校 ¦ 地 址：新庙镇文塘村
      1.中标供应商名称：某信息技术有限公司  2.中标供应商地址：珠海市某路1号 => 1.中标供应商名称：某信息技术有限公司 ¦ 2.中标供应商地址：珠海市某路1号
      四、中标（成交）信息 包1： 供应商名称：某科技有限公司 => 四、中标（成交）信息 ¦ 包1： ¦ 供应商名称：某科技有限公司
      # labels glued to the value before them: a long one after a Chinese char, a short one after a digit or before one
      采购人名称：长沙市公安局采购代理机构名称：某工程咨询有限责任公司电话：18900768925电话：0731-85892066 => 采购人名称：长沙市公安局 ¦ 采购代理机构名称：某工程咨询有限责任公司 ¦ 电话：18900768925 ¦ 电话：0731-85892066
      成交供应商名称：某股份有限公司　地址：长沙市岳麓区　成交金额(元)：272000备注： / => 成交供应商名称：某股份有限公司 ¦ 地址：长沙市岳麓区 ¦ 成交金额(元)：272000备注： /
      # numbered sections in sequence, even right after a Chinese char or a number; a lot with its status
      …如下。一、项目名称 采购项目名称： 某采购项目 二、项目编号 政府采购编号： CSCG-2018-17 => …如下。 ¦ 一、项目名称 ¦ 采购项目名称： 某采购项目 ¦ 二、项目编号 ¦ 政府采购编号： CSCG-2018-17
      委托代理编号：DCCG-201810001三、邀请供应商的情况 成交金额：100元 => 委托代理编号：DCCG-201810001三、邀请供应商的情况 ¦ 成交金额：100元
      （三）、成交供应商名称、地址和成交金额标段1 中标，成交供应商名称：某科技有限公司　地址：长沙市 => （三）、成交供应商名称、地址和成交金额 ¦ 标段1 中标， ¦ 成交供应商名称：某科技有限公司 ¦ 地址：长沙市
      # lots written one after the other, each after a clause mark
      第一包：中标供应商：甲科技有限公司，中标金额：10万元；第二包：中标供应商：乙科技有限公司，中标金额：20万元。 => 第一包： ¦ 中标供应商：甲科技有限公司， ¦ 中标金额：10万元； ¦ 第二包： ¦ 中标供应商：乙科技有限公司， ¦ 中标金额：20万元。
      # an amount's unit after a space is part of the value, not a label (ccgp page text with its 概要 run in)
      预算金额：73.0800000 万元（人民币）采购需求：项目名称：某设备采购 => 预算金额：73.0800000 万元（人民币）采购需求： ¦ 项目名称：某设备采购
      成交金额：12.5 元/平方米 服务期限：一年 => 成交金额：12.5 元/平方米 ¦ 服务期限：一年
      # not cut: a time, a word that changes the label, a line with one label, a short line
      开标时间：2024年3月26日 上午9:30（北京时间） 开标地点：某会议室 => 开标时间：2024年3月26日 上午9:30（北京时间） ¦ 开标地点：某会议室
      第一中标候选人供应商名称：某电子科技有限公司 投标供应商名称：某公司 => 第一中标候选人供应商名称：某电子科技有限公司 ¦ 投标供应商名称：某公司
      未中标（成交）供应商名称：某公司 地址：某市 => 未中标（成交）供应商名称：某公司 ¦ 地址：某市
      本项目的采购人为某大学，采购代理机构为某公司，欢迎参加。 => 本项目的采购人为某大学，采购代理机构为某公司，欢迎参加。
      采购人：某大学 => 采购人：某大学
      """)
  void cutsARunOnLineBeforeItsLabelsAndSections(String line, String pieces) {
    assertEquals(List.of(pieces.split(" ¦ ")), RunOn.cut(line));
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({"1, 一", "10, 十", "11, 十一", "20, 二十", "23, 二十三"})
  void chineseSectionNumerals(int n, String han) {
    assertEquals(han, RunOn.han(n));
  }
}
