package org.tenderwatch.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Made-up notices in the shapes of ggzy.gov.cn content frames as crawlers keep them: one block element per line, a
 * label alone on its line with its value below, tables one cell per line (PORTALS.md §2.4; golden ggzy_* pages).
 */
class GgzyLayoutsTest {

  /** A text block, " ¦ " between lines, read as the golden text blocks are. */
  private static Notice block(String lines) {
    return NoticeExtractor.fromHtml(GoldenNoticesTest.blockPage(String.join("\n", lines.split(" ¦ ", -1))));
  }

  private static BigDecimal cny(Amount a) {
    return a == null || a.cny() == null ? null : a.cny().stripTrailingZeros();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      a works lot's estimated contract price  | 标段编号： ¦ GC5301001 ¦ 标段合同估算价： ¦ 2000 万元 ¦ 计划工期(日历天)： ¦ 100 | 2E+7
      the price without the lot word          | 一、招标条件 ¦ 合同估算价：350.5万元 ¦ 二、资格要求 | 3.505E+6
      the 山东 sentence after its label        | 项目名称： ¦ 某安保服务项目 ¦ 预算金额： ¦ 本项目预算金额为 27336000 元，其中：无分包 某安保服务项目 27336000元。 ¦ 采购需求： ¦ 见附件 | 2.7336E+7
      the unit on the line under the figure   | 一、项目基本情况 ¦ 5、预算金额： ¦ 179.3 ¦ (万元) ¦ 6、最高限价： ¦ 179.3 ¦ (万元) | 1.793E+6
      a works project's estimated price       | 某工程施工招标公告 ¦ 招标人：某城投公司 ¦ 招标项目估算价：2000万元 | 2E+7
      a lot table in 万元, one cell per line   | 一、项目基本情况 ¦ 包号 ¦ 预算金额(万元) ¦ 最高限价(万元) ¦ A ¦ 140.000000 ¦ 140.000000 ¦ 采购需求： ¦ 见附件 | 1.4E+6
      """)
  void budgetOfAGgzyTender(String layout, String lines, BigDecimal budget) {
    assertEquals(budget.stripTrailingZeros(), cny(block(lines).budget()), layout);
  }

  @Test
  void aLotTableGivesTheMaxPriceInItsHeadersUnit() {
    Notice n = block("包号 ¦ 预算金额(万元) ¦ 最高限价(万元) ¦ A ¦ 27.000000 ¦ 26.500000 ¦ 采购需求： ¦ 见附件");
    assertEquals(new BigDecimal("265000").stripTrailingZeros(), cny(n.maxPrice()));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      one label for both dates, joined by 、  | 四、提交投标截止时间、开标时间和地点： ¦ 投标截止时间、开标时间： ¦ 2026-04-08 09:00:00（北京时间） ¦ 开标地点： ¦ 某市公共资源交易中心 | 2026-04-08T09:00 | 2026-04-08T09:00
      the start of submission is no deadline  | 四、响应文件提交 ¦ 1、开始时间： ¦ 2026年03月17日00点00分 ¦ （北京时间） ¦ 2、截止时间： ¦ 2026年03月27日09点30分 ¦ （北京时间） ¦ 五、开启 ¦ 1、时间： ¦ 2026年03月27日09点30分 | 2026-03-27T09:30 | 2026-03-27T09:30
      the 标准施工招标文件 sentence, no opening | 某工程施工招标公告 ¦ 招标人：某城投公司 ¦ 投标文件递交的截止时间（投标截止时间，下同）为2026年4月8日9时30分，地点为某市公共资源交易中心。 | 2026-04-08T09:30 |
      the opening in brackets after the label | 某工程施工招标公告 ¦ 递交投标文件截止时间（开标时间）：2026年04月08日09:30 | 2026-04-08T09:30 | 2026-04-08T09:30
      an opening 同投标截止时间                | 某工程施工招标公告 ¦ 投标截止时间：2026年04月08日 09时30分 ¦ 开标时间：同投标截止时间 | 2026-04-08T09:30 | 2026-04-08T09:30
      a bare 截止时间 under 响应文件提交        | 四、响应文件提交 ¦ 1.截止时间：2026年03月27日09时35分（北京时间） ¦ 2.地点：某市公共资源交易中心网站 ¦ 五、响应文件开启 ¦ 1.时间：2026年03月27日09时35分（北京时间） | 2026-03-27T09:35 | 2026-03-27T09:35
      """)
  void deadlineAndOpeningOfAGgzyTender(String layout, String lines, LocalDateTime deadline, LocalDateTime opening) {
    Notice n = block(lines);
    assertEquals(deadline, n.bidDeadline(), layout + ": deadline");
    assertEquals(opening, n.bidOpening(), layout + ": opening");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      a works tender's publication start      | 某体育公园设计施工一体化招标公告 ¦ 招标方式： ¦ 公开招标 ¦ 公告发布开始时间： ¦ 2026-03-16 17:00 ¦ 附件： ¦ 序号 ¦ 文件名 ¦ 创建时间 ¦ 1 ¦ 招标公告.docx ¦ 2026-03-16 13:43:08 | 2026-03-16T17:00
      发布日期 under the title                 | 某全民健身运动会竞争性磋商公告 ¦ 发布日期：2026-03-16 16:40 ¦ ｜ ¦ 发布单位：某项目管理有限公司 | 2026-03-16T16:40
      a publicity period, no signature        | 某工程中标候选人公示 ¦ 招标人：某城投公司 ¦ 公示期：2026年03月16日至2026年03月18日 ¦ 第一中标候选人：某建设有限公司 | 2026-03-16T00:00
      a candidate list's publicity start      | 某体育馆围墙工程中标候选人公示 ¦ （招标编号：S1407003） ¦ 公示开始时间: ¦ 2026-03-16 18:00 ¦ 公示结束时间: ¦ 2026-03-19 18:00 | 2026-03-16T18:00
      """)
  void publishedAtOfAGgzyNotice(String layout, String lines, LocalDateTime published) {
    assertEquals(published, block(lines).publishedAt(), layout);
  }

  @Test
  void theBuyerUnderAContactHeadingCutInThree() {
    Notice n = block("七、对本次招标提出询问，请按 ¦ 以下方式 ¦ 联系。 ¦ 1 ¦ .采购人 ¦ 信息 ¦ 名 称： ¦ 某省体育产业发展服务中心 ¦ 地址： ¦ 某市经十路1号"
        + " ¦ 2.采购代理机构信息 ¦ 名   称： ¦ 某招标有限责任公司");
    assertEquals("某省体育产业发展服务中心", n.buyer());
    assertEquals("某市经十路1号", n.buyerAddress());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      a table's date cells under their labels | 某工程中标结果更正公告 ¦ 招标人 ¦ 某文化传媒有限公司 ¦ 开标时间 ¦ 2026-03-03 09:00:00 ¦ 中标单位 ¦ 某建设工程有限责任公司 ¦ 定标时间 ¦ 2026-03-13 ¦ 定标方法 ¦ 集体决策
      a deadline inside the 项目概况 sentence  | 项目概况 ¦ 某健身器材更新项目 ¦ 招标项目的潜在投标人应在 ¦ 某市公共资源交易中心网站 ¦ 获取招标文件，并于 ¦ 2026年03月27日09时35分 ¦ （北京时间）前递交响应文件。 ¦ 一、项目基本情况
      the end of a document-sale period       | 某联赛运营服务项目公开招标公告 ¦ 项目概况 ¦ 某联赛运营服务项目 ¦ 一、项目基本情况 ¦ 项目编号：SDGP3700001 ¦ 三、获取招标文件 ¦ 时间： ¦ 2026年03月17日08:30 ¦ 至 ¦ 2026年03月23日17:00 ¦ (节假日 ¦ 除外)。 ¦ 地点：某交易系统。
      """)
  void aDateLineThatIsAValueDoesNotSign(String layout, String lines) {
    assertEquals(null, block(lines).publishedAt(), layout);
  }

  @Test
  void theSignatureStillSignsUnderTheAgencysName() {
    Notice n = block("3.项目联系方式 ¦ 项目联系人： ¦ 林女士 ¦ 某工程项目咨询有限公司 ¦ 2026年03月16日 ¦ 相关附件： ¦ 某文件集.zip");
    assertEquals(LocalDateTime.of(2026, 3, 16, 0, 0), n.publishedAt());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      the buyer before the project in the title | 某区教育和体育局某考点网上巡查系统设备采购项目成交公告 ¦ 一、项目名称：某考点网上巡查系统设备采购项目 ¦ 二、项目编号：SDGP3702110001 ¦ 七、中标情况： | 某区教育和体育局
      an agency before the project is no buyer  | 某招标代理有限公司某考点网上巡查系统设备采购项目成交公告 ¦ 一、项目名称：某考点网上巡查系统设备采购项目 ¦ 二、项目编号：SDGP3702110001 |
      words before the project that name no one | 关于某考点网上巡查系统设备采购项目成交公告 ¦ 一、项目名称：某考点网上巡查系统设备采购项目 ¦ 二、项目编号：SDGP3702110001 |
      """)
  void buyerNamedOnlyInTheTitle(String layout, String lines, String buyer) {
    assertEquals(buyer, block(lines).buyer(), layout);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      ggzy.gov.cn's field above its value     | 某工程施工招标公告 ¦ 招标人：某城投公司 ¦ 控制价（最高限价） ¦ 1234567.89元 人民币 | 1234567.89
      a max price in a sentence               | 某工程施工招标公告 ¦ 招标人：某城投公司 ¦ 本项目招标控制价为1234567.89元。 | 1234567.89
      a sentence without an amount            | 某工程施工招标公告 ¦ 招标人：某城投公司 ¦ 投标报价高于招标控制价的投标将被否决。 |
      """)
  void maxPriceOfAWorksTender(String layout, String lines, BigDecimal max) {
    assertEquals(max == null ? null : max.stripTrailingZeros(), cny(block(lines).maxPrice()), layout);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      重庆's rate-or-sum label, a sum        | （某排水管网改造工程）中标结果公告 ¦ 中标人信息 ¦ 单位名称 ¦ 某建设工程有限公司 ¦ 法定代表人 ¦ 张三 ¦ 中标金额（费率、单价等） ¦ 6040665.58元 ¦ 项目负责人 ¦ 李四 | 6040665.58
      the same label holding a day rate       | （某零星维修项目）中标结果公告 ¦ 中标人信息 ¦ 单位名称 ¦ 某建设工程有限公司 ¦ 法定代表人 ¦ 张三 ¦ 中标金额（费率、单价等） ¦ 286.6元/工日 ¦ 项目负责人 ¦ 李四 |
      the note on the label's own line        | 某工程中标结果公示 ¦ 中标人：某建设工程有限公司 ¦ 中标价（费率）：1200000元 ¦ 工期：90日历天 | 1200000
      a price per square metre is no sum      | 某工程中标结果公示 ¦ 中标人：某建设工程有限公司 ¦ 中标价（单价）：35元/平方米 ¦ 工期：90日历天 |
      a price per year is a year's sum        | 某服务中标结果公示 ¦ 中标人：某建设工程有限公司 ¦ 中标价（单价）：120000元/年 ¦ 服务期：三年 | 120000
      """)
  void awardUnderARateOrSumLabel(String layout, String lines, BigDecimal award) {
    Notice n = block(lines);
    BigDecimal expected = award == null ? null : award.stripTrailingZeros();
    assertEquals(expected, cny(n.award()), layout + ": award");
    assertEquals("某建设工程有限公司", n.suppliers().getFirst().name(), layout + ": winner");
    assertEquals(expected, cny(n.suppliers().getFirst().amount()), layout + ": winner's amount");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      a one-line deal of an exchange         | 项目编号：R32026SH1000001 标的名称：某训练中心某队赞助项目 交易价格：480.000000（万元） 成交日期：2026-03-16 | AWARD | 4800000
      the deal one field a line               | 项目编号： ¦ R32026SH1000002 ¦ 交易价格：120.5万元 ¦ 成交日期：2026-03-16 | AWARD | 1205000
      a transfer notice, its price to come    | 某房屋租赁权转让公告 ¦ 转让底价：120万元 ¦ 交易价格：以最终成交价为准 ¦ 报名截止：2026-03-30 | | 
      """)
  void aPropertyExchangeDeal(String layout, String lines, NoticeType type, BigDecimal award) {
    Notice n = block(lines);
    if (type != null) {
      assertEquals(type, n.type(), layout + ": type");
    }
    assertEquals(award == null ? null : award.stripTrailingZeros(), cny(n.award()), layout + ": award");
  }
}
