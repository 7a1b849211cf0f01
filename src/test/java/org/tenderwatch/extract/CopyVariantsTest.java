package org.tenderwatch.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Fields of notices as crawlers and aggregators keep them, text without the portal's markup. Each row is a made-up
 * notice written as such a copy keeps it ("⇥" a tab run, "¶" a line break, each line a paragraph as the golden text
 * blocks are read): ggzy.gov.cn content frames one cell per line, cells set apart by tabs, runs of spaces or
 * ideographic spaces, a copy that lost every line break, a table flattened into "label value label value", a winners
 * table as a header line then one line per row, stray "&nbsp;" and "　", and letter-spaced labels.
 *
 * <p>5 of the first 41 rows failed when written: a header line then rows one per line with cells apart by single spaces
 * (a winners table and a lots budget table: the rows were never cut, FlatTables now reads them under a header line
 * alone), a winner's and an amount's label each before its value on one line with no colons, apart by runs of spaces
 * or ideographic spaces (two pairs were too few for SpacedLabels; a line of exactly two known label/value pairs is now
 * cut), and a letter-spaced "中 标 人：" / "中 标 价：" (the winner labels took no spaces; Suppliers now reads a
 * letter-spaced label at a line's start whole). The 20 rows of the second group all passed when written. Of the 15 of the third, 4 failed: a two-column
 * winners header line ("中标供应商 中标金额（元）", its first label ends in no column word) over a spaced row, a spaced
 * row's amount with its unit apart ("12.8 万元", counted as a cell), the same unit apart in a line of two label/value
 * pairs, and a twice-escaped "&amp;nbsp;" (read as text, the buyer came out "&amp"). The 12 of the fourth group all
 * passed when written. Of the 5 of the fifth, 2 failed: a spaced winners table then a "合计 228000" line (the line
 * was counted among the table's cells, which then filled no rows: FlatTables now sets a header line's spaced rows
 * as the rows they are, bounded by their lines) and a seven-letter label letter-spaced ("成 交 供 应 商 名 称：").
 * Left out, still failing: a spaced row one cell short of its header (its blank 地址 cell left no mark, so the row
 * cannot be aligned). The 7 rows kept of the sixth group passed when written; left out, failing: ccgp's section 四
 * heading with its bare date in a run-on excerpt that starts at section 三 (RunOn cuts at section numerals only in
 * sequence from 一, so the heading stays mid-line and its date is no deadline; the whole run-on tender reads).
 * Of the 4 rows of round 11r-tb (a crawler's copy of ccgp vF pages, tlyyxjz/BidAgent's _w3_raw), 3 failed when written:
 * the title kept the copy's Markdown heading mark ("## "; SiteFrame now drops it, a "#2" with no space stays), and
 * the 公告概要 broken over lines (its 品目 value on the next line, 采购单位… on the one after) lost 行政区域 and 品目
 * (FlatSummary joins such lines back).
 */
class CopyVariantsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
      # parties
      a letter-spaced 采 购 人 | buyer | 某某中学教学设备采购项目公开招标公告¶采 购 人：某某市第一中学¶地 址：某市某路1号 | 某某市第一中学
      a letter-spaced 代 理 机 构 | agency | 某某中学教学设备采购项目公开招标公告¶采购人：某某市第一中学¶代 理 机 构：某某招标代理有限公司¶地址：某市某路2号 | 某某招标代理有限公司
      ideographic spaces after the colon | buyer | 某某医院设备采购项目公开招标公告¶采购人名称：　　某某县人民医院¶联系人：张先生 | 某某县人民医院
      a stray &nbsp; around the name | buyer | 某某局设备采购项目公开招标公告¶采购人：&nbsp;某某县卫生健康局&nbsp;¶联系人：李女士 | 某某县卫生健康局
      buyer and agency cells apart by tabs | buyer | 某某医院设备采购项目公开招标公告¶采购人⇥某某县人民医院⇥采购代理机构⇥某某工程咨询有限公司 | 某某县人民医院
      agency in a tabbed label/value line | agency | 某某医院设备采购项目公开招标公告¶采购人⇥某某县人民医院⇥采购代理机构⇥某某工程咨询有限公司 | 某某工程咨询有限公司
      buyer cells apart by runs of spaces | buyer | 某某局设备采购项目公开招标公告¶采购人名称     某某县教育局     联系电话     0123-1234567 | 某某县教育局
      a 采购单位 cell over its value | buyer | 某某局水利设施维修项目竞争性磋商公告¶采购单位¶某某县水利局¶项目编号¶SL-2024-01 | 某某县水利局
      buyer in a run-on copy | buyer | 某某中学教学设备采购项目公开招标公告 项目编号：ZB-2025-1 采购人：某某市第一中学 地址：某市某路1号 联系人：张先生 采购代理机构：某某招标代理有限公司 | 某某市第一中学
      agency in a run-on copy | agency | 某某中学教学设备采购项目公开招标公告 项目编号：ZB-2025-1 采购人：某某市第一中学 地址：某市某路1号 联系人：张先生 采购代理机构：某某招标代理有限公司 地址：某市某路2号 | 某某招标代理有限公司
      label value label value, no colons | agency | 某某局设备采购项目公开招标公告¶采购人 某某县教育局 采购代理机构 某某项目管理有限公司 | 某某项目管理有限公司
      a letter-spaced 项 目 编 号 | projectNo | 某某局设备采购项目公开招标公告¶项 目 编 号：ZB-2025-001¶项目名称：某某设备采购 | ZB-2025-001
      项目编号 cell apart by a tab | projectNo | 某某局设备采购项目公开招标公告¶项目编号⇥ZB-2025-002⇥项目名称⇥某某设备采购 | ZB-2025-002
      # tenders: budget, max price
      budget and max price cells apart by tabs | budgetCny | 某某局设备采购项目公开招标公告¶预算金额（万元）⇥120.5⇥最高限价（万元）⇥118 | 1205000
      the max price in the tabbed line | maxPriceCny | 某某局设备采购项目公开招标公告¶预算金额（万元）⇥120.5⇥最高限价（万元）⇥118 | 1180000
      a label letter-spaced with ideographic spaces | budgetCny | 某某局设备采购项目公开招标公告¶预　算　金　额：120万元¶采购需求：见附件 | 1200000
      a stray &nbsp; around the figure | budgetCny | 某某局设备采购项目公开招标公告¶预算金额：&nbsp;1,200,000.00&nbsp;元¶采购需求：见附件 | 1200000
      a 预算金额 cell over its figure | budgetCny | 某某局设备采购项目公开招标公告¶预算金额¶1200000.00元¶采购需求¶见附件 | 1200000
      budget in a run-on copy | budgetCny | 某某局设备采购项目公开招标公告 项目编号：ZB-1 预算金额：150万元 最高限价：148万元 采购需求：见附件 | 1500000
      max price in a run-on copy | maxPriceCny | 某某局设备采购项目公开招标公告 项目编号：ZB-1 预算金额：150万元 最高限价：148万元 采购需求：见附件 | 1480000
      budget label value by spaces | budgetCny | 某某局设备采购项目公开招标公告¶项目编号  ZB-3  预算金额(元)  850000.00  采购方式  公开招标 | 850000
      a lots table one row per line, spaces apart | budgetCny | 某某局设备采购项目公开招标公告¶包号 包名称 预算金额（万元）¶1 台式计算机 30¶2 打印机 20¶采购需求：见附件 | 500000
      # tenders: deadline, opening, published
      deadline in a run-on copy | bidDeadline | 某某局设备采购项目公开招标公告 预算金额：150万元 投标截止时间：2025年6月25日 09:30 开标时间：2025年6月25日 10:00 开标地点：某市公共资源交易中心 | 2025-06-25T09:30
      opening in a run-on copy | bidOpening | 某某局设备采购项目公开招标公告 预算金额：150万元 投标截止时间：2025年6月25日 09:30 开标时间：2025年6月25日 10:00 开标地点：某市公共资源交易中心 | 2025-06-25T10:00
      opening in a tabbed line | bidOpening | 某某局设备采购项目公开招标公告¶投标截止时间⇥2025-06-25 09:30⇥开标时间⇥2025-06-25 10:00 | 2025-06-25T10:00
      a letter-spaced 开 标 时 间 | bidOpening | 某某局设备采购项目公开招标公告¶开 标 时 间：2025年6月25日9时30分¶开 标 地 点：某市公共资源交易中心 | 2025-06-25T09:30
      a stray &nbsp; between date and time | bidDeadline | 某某局设备采购项目公开招标公告¶投标截止时间：2025年06月25日&nbsp;09:30¶开标地点：某市公共资源交易中心 | 2025-06-25T09:30
      an ideographic space between date and time | bidDeadline | 某某局设备采购项目公开招标公告¶提交投标文件截止时间：2025年06月25日　09:30（北京时间）¶地点：某市公共资源交易中心 | 2025-06-25T09:30
      deadline and opening cells one per line | bidOpening | 某某局设备采购项目公开招标公告¶提交投标文件截止时间¶2025年06月25日 09时00分¶开标时间¶2025年06月25日 09时30分¶开标地点¶某市公共资源交易中心 | 2025-06-25T09:30
      the aggregator's head line with a source | publishedAt | 某某局设备采购项目公开招标公告¶发布时间：2025-06-04　　来源：某市公共资源交易网¶项目编号：ZB-1 | 2025-06-04T00:00
      the head line with &nbsp; and a view count | publishedAt | 某某局设备采购项目公开招标公告¶发布日期：2025-06-04&nbsp;&nbsp;浏览次数：12¶项目编号：ZB-1 | 2025-06-04T00:00
      # awards: winners, amounts
      a winners table, spaces apart, one row a line | suppliers | 某某局设备采购项目中标公告¶序号 中标供应商名称 中标金额（元）¶1 某某科技有限公司 128000.00¶二、其他 | 某某科技有限公司//128000
      a lots winners table, tabs apart | suppliers | 某某局设备采购项目中标公告¶包号⇥供应商名称⇥中标金额（万元）¶1⇥某某甲科技有限公司⇥12¶2⇥某某乙科技有限公司⇥8¶四、其他补充事宜 | 某某甲科技有限公司/1/120000; 某某乙科技有限公司/2/80000
      award in a run-on copy | awardCny | 某某局设备采购项目中标公告 项目编号：ZB-1 中标供应商：某某科技有限公司 供应商地址：某市某路1号 中标金额：128000.00元 四、其他补充事宜 | 128000
      winner in a run-on copy | suppliers | 某某局设备采购项目中标公告 项目编号：ZB-1 中标供应商：某某科技有限公司 供应商地址：某市某路1号 中标金额：128000.00元 四、其他补充事宜 | 某某科技有限公司//128000
      a letter-spaced 中 标 人 | suppliers | 某某道路工程中标结果公告¶中 标 人：某某建设有限公司¶中 标 价：1234567元 | 某某建设有限公司//1234567
      a stray &nbsp; before the amount | awardCny | 某某局设备采购项目成交公告¶成交供应商：某某科技有限公司¶成交金额：&nbsp;￥128,000.00元 | 128000
      winner and amount by spaces, no colons | suppliers | 某某局设备采购项目中标公告¶中标供应商名称  某某科技有限公司  中标金额  128000元 | 某某科技有限公司//128000
      winner and amount cells one per line | suppliers | 某某局设备采购项目中标公告¶中标供应商名称¶某某科技有限公司¶中标供应商地址¶某市某路1号¶中标金额¶128000.00元¶四、其他补充事宜 | 某某科技有限公司//128000
      winner and amount apart by ideographic spaces | suppliers | 某某局设备采购项目成交公告¶成交供应商　　某某科技有限公司　　成交金额　　128000元 | 某某科技有限公司//128000
      a winners table with a 万元 header, runs of spaces | awardCny | 某某局设备采购项目成交公告¶序号    供应商名称    成交金额(万元)¶1    某某科技有限公司    12.5¶四、其他补充事宜 | 125000
      # a second group: ccgp contact blocks run on, ggzy works cells, separators of &nbsp; and 　, more tables
      ccgp contacts run on: the buyer | buyer | 某某医院设备采购项目公开招标公告 一、项目基本情况 项目编号：ZB-9 七、对本次招标提出询问，请按以下方式联系。 1.采购人信息 名 称：某某县人民医院 地 址：某市某路1号 联系方式：0123-1234567 2.采购代理机构信息 名 称：某某招标有限公司 地 址：某市某路2号 联系方式：0123-7654321 | 某某县人民医院
      ccgp contacts run on: the agency | agency | 某某医院设备采购项目公开招标公告 一、项目基本情况 项目编号：ZB-9 七、对本次招标提出询问，请按以下方式联系。 1.采购人信息 名 称：某某县人民医院 地 址：某市某路1号 联系方式：0123-1234567 2.采购代理机构信息 名 称：某某招标有限公司 地 址：某市某路2号 联系方式：0123-7654321 | 某某招标有限公司
      ggzy works cells: 招标人 over its value | buyer | 某某道路改造工程招标公告¶招标人¶某某县交通运输局¶招标代理机构¶某某工程咨询有限公司¶项目编号¶GC-2025-01 | 某某县交通运输局
      ggzy works cells: 招标代理机构 over its value | agency | 某某道路改造工程招标公告¶招标人¶某某县交通运输局¶招标代理机构¶某某工程咨询有限公司¶项目编号¶GC-2025-01 | 某某工程咨询有限公司
      a label letter-spaced by ideographic spaces | buyer | 某某医院设备采购项目公开招标公告¶采　购　人：某某县人民医院¶地　　址：某市某路1号 | 某某县人民医院
      literal &nbsp; runs between two labels | buyer | 某某局设备采购项目公开招标公告¶采购人：某某县教育局&nbsp;&nbsp;&nbsp;&nbsp;联系人：张先生&nbsp;&nbsp;&nbsp;&nbsp;电话：0123-1234567 | 某某县教育局
      max price apart by ideographic spaces | maxPriceCny | 某某局设备采购项目公开招标公告¶预算金额　　1200000元　　最高限价　　1180000元 | 1180000
      a 项目预算 cell over its value with 万元 | budgetCny | 某某局设备采购项目竞争性磋商公告¶项目预算¶120万元¶采购需求¶见附件 | 1200000
      deadline and opening by spaces, no colons | bidDeadline | 某某局设备采购项目公开招标公告¶投标截止时间 2025-06-25 09:30 开标时间 2025-06-25 10:00 开标地点 某市公共资源交易中心 | 2025-06-25T09:30
      opening by spaces, no colons | bidOpening | 某某局设备采购项目公开招标公告¶投标截止时间 2025-06-25 09:30 开标时间 2025-06-25 10:00 开标地点 某市公共资源交易中心 | 2025-06-25T10:00
      deadline in Chinese hours in a run-on copy | bidDeadline | 某某局设备采购项目公开招标公告 四、提交投标文件截止时间、开标时间和地点 提交投标文件截止时间：2025年06月25日09时30分（北京时间） 开标时间：2025年06月25日09时30分（北京时间） 地点：某市公共资源交易中心 五、公告期限 自本公告发布之日起5个工作日。 | 2025-06-25T09:30
      published in a run-on copy's head | publishedAt | 某某局设备采购项目公开招标公告 发布时间：2025-06-04 09:30:00 来源：某市公共资源交易网 项目编号：ZB-1 采购人：某某局 | 2025-06-04T09:30
      two lots' winners in a run-on copy | suppliers | 某某局设备采购项目中标公告 三、中标信息 包1 中标供应商：某某甲科技有限公司 中标金额：10万元 包2 中标供应商：某某乙科技有限公司 中标金额：20万元 四、其他补充事宜 | 某某甲科技有限公司/包1/100000; 某某乙科技有限公司/包2/200000
      a lots winners table, single spaces, two rows | suppliers | 某某局设备采购项目中标公告¶包号 中标供应商名称 中标金额（元）¶1 某某甲科技有限公司 100000¶2 某某乙科技有限公司 200000¶四、其他补充事宜 | 某某甲科技有限公司/1/100000; 某某乙科技有限公司/2/200000
      the award of a spaced winners table summed | awardCny | 某某局设备采购项目中标公告¶包号 中标供应商名称 中标金额（元）¶1 某某甲科技有限公司 100000¶2 某某乙科技有限公司 200000¶四、其他补充事宜 | 300000
      ggzy winners cells one per line, a 万元 header | suppliers | 某某局设备采购项目成交公告¶序号¶成交供应商名称¶成交供应商地址¶成交金额（万元）¶1¶某某科技有限公司¶某市某路1号¶12.5¶四、其他补充事宜 | 某某科技有限公司//125000
      a stray &nbsp; inside a winners table's cell | suppliers | 某某局设备采购项目中标公告¶供应商名称⇥中标金额（元）¶某某科技有限公司&nbsp;⇥&nbsp;128000.00¶四、其他补充事宜 | 某某科技有限公司//128000
      a letter-spaced 成 交 金 额 | awardCny | 某某局设备采购项目成交公告¶成交供应商：某某科技有限公司¶成 交 金 额：128000元 | 128000
      a letter-spaced 项目编号 by ideographic spaces | projectNo | 某某局设备采购项目公开招标公告¶项目编号：　ZB-2025-003　¶项目名称：某某设备采购 | ZB-2025-003
      a 项目编号 cell over its value | projectNo | 某某局设备采购项目公开招标公告¶项目编号¶ZB-2025-004¶项目名称¶某某设备采购 | ZB-2025-004
      # a third group
      a two-column winners header line, spaced rows | suppliers | 某某局设备采购项目中标公告¶中标供应商 中标金额（元）¶某某科技有限公司 128000¶四、其他补充事宜 | 某某科技有限公司//128000
      a pair's unit apart by a space | awardCny | 某某局设备采购项目中标公告¶中标供应商名称 某某科技有限公司 中标金额 128,000.00 元 | 128000
      tabbed labels with their colons | suppliers | 某某局设备采购项目中标公告¶中标供应商：⇥某某科技有限公司⇥中标金额：⇥128000元 | 某某科技有限公司//128000
      a letter-spaced deadline label | bidDeadline | 某某局设备采购项目公开招标公告¶投 标 截 止 时 间：2025年6月25日9:30¶开 标 地 点：某市公共资源交易中心 | 2025-06-25T09:30
      ideographic spaces between date and time | bidOpening | 某某局设备采购项目公开招标公告¶开标时间：2025年6月25日　　9:30¶开标地点：某市公共资源交易中心 | 2025-06-25T09:30
      a literal &nbsp; between date and 上午 | bidOpening | 某某局设备采购项目公开招标公告¶开标时间：2025年6月25日&nbsp;上午9:30¶开标地点：某市公共资源交易中心 | 2025-06-25T09:30
      a twice-escaped &amp;nbsp; | buyer | 某某局设备采购项目公开招标公告¶采购人：&amp;nbsp;某某县教育局&amp;nbsp;¶联系人：张先生 | 某某县教育局
      a letter-spaced budget label with its unit | budgetCny | 某某局设备采购项目公开招标公告¶预 算 金 额（万元）：120¶采购需求：见附件 | 1200000
      an ideographic space before the colon | buyer | 某某局设备采购项目公开招标公告¶采购人　：某某县教育局¶联系人：张先生 | 某某县教育局
      【发布时间】 in a run-on head | publishedAt | 某某局设备采购项目公开招标公告 【发布时间】2025-06-04 【信息来源】某市公共资源交易网 项目编号：ZB-1 | 2025-06-04T00:00
      a budget and its 人民币 in a run-on copy | budgetCny | 某某局设备采购项目公开招标公告 项目编号：ZB-1 采购预算：120万元（人民币） 采购需求：见附件 | 1200000
      a tabbed winners table with commas and 万元 header | awardCny | 某某局设备采购项目中标公告¶序号⇥供应商名称⇥中标金额（万元）¶1⇥某某科技有限公司⇥1,280.5¶四、其他补充事宜 | 12805000
      a header line with a 地址 column, spaced rows | suppliers | 某某局设备采购项目中标公告¶序号 中标供应商名称 中标供应商地址 中标金额（元）¶1 某某科技有限公司 某市某路1号 128000.00¶四、其他补充事宜 | 某某科技有限公司//128000
      a spaced row's amount with its unit apart | suppliers | 某某局设备采购项目中标公告¶序号 中标供应商名称 中标金额¶1 某某科技有限公司 12.8 万元¶四、其他补充事宜 | 某某科技有限公司//128000
      an agency label cell over its value, ideographic | agency | 某某局设备采购项目公开招标公告¶采购代理机构：¶　某某招标有限公司　¶地址：某市某路2号 | 某某招标有限公司
      # a fourth group
      a tabbed 标项 results table's award | awardCny | 某某局设备采购项目结果公告¶三、采购结果¶标项⇥标项名称⇥供应商名称⇥中标金额（元）¶1⇥办公设备⇥某某科技有限公司⇥128000¶四、其他补充事宜 | 128000
      max price cell over its figure with commas | maxPriceCny | 某某局设备采购项目公开招标公告¶预算金额（元）¶1,200,000.00¶最高限价（元）¶1,180,000.00¶采购需求¶见附件 | 1180000
      an ideographic space before a deadline's colon | bidDeadline | 某某局设备采购项目公开招标公告¶投标截止时间　：2025-06-25 09:30¶开标地点：某市公共资源交易中心 | 2025-06-25T09:30
      a capitals award in a run-on copy | awardCny | 某某局设备采购项目成交公告 成交供应商：某某科技有限公司 成交金额：人民币壹拾贰万捌仟元整（¥128000.00） 四、其他补充事宜 | 128000
      a &nbsp; before a winner label's colon | suppliers | 某某局设备采购项目中标公告¶中标供应商&nbsp;：某某科技有限公司¶中标金额&nbsp;：128000元 | 某某科技有限公司//128000
      an opening's date and time on lines under it | bidOpening | 某某局设备采购项目公开招标公告¶开标时间：¶2025年6月25日¶9:30¶开标地点：某市公共资源交易中心 | 2025-06-25T09:30
      deadline and opening apart by ideographic runs | bidOpening | 某某局设备采购项目公开招标公告¶投标截止时间　　2025年6月25日9:00　　开标时间　　2025年6月25日9:30 | 2025-06-25T09:30
      a winners header apart by single ideographic spaces | suppliers | 某某局设备采购项目中标公告¶序号　供应商名称　中标金额（元）¶1　某某科技有限公司　128000¶四、其他补充事宜 | 某某科技有限公司//128000
      a four-column spaced table with 标项名称 | awardCny | 某某局设备采购项目中标公告¶标项 标项名称 供应商名称 中标金额（元）¶1 办公设备 某某甲科技有限公司 100000¶2 网络设备 某某乙科技有限公司 50000¶四、其他补充事宜 | 150000
      buyer and agency on tabbed lines of their own | agency | 某某局设备采购项目公开招标公告¶采购单位⇥某某县教育局¶代理机构⇥某某招标有限公司¶项目编号⇥ZB-1 | 某某招标有限公司
      a spaced budget with its 万元 apart in a run-on copy | budgetCny | 某某局设备采购项目公开招标公告 项目编号：ZB-1 预算金额：120 万元 最高限价：118 万元 采购需求：见附件 | 1200000
      a project number cell under 项目编号 then 项目名称, tabs | projectNo | 某某局设备采购项目公开招标公告¶项目名称⇥某某设备采购⇥项目编号⇥ZB-2025-005⇥预算金额⇥120万元 | ZB-2025-005
      # a fifth group
      a winner's name with brackets in a spaced row | suppliers | 某某局设备采购项目中标公告¶序号 中标供应商名称 中标金额（元）¶1 某某科技（集团）有限公司 128000.00¶四、其他补充事宜 | 某某科技（集团）有限公司//128000
      a spaced winners table then its 合计 line | awardCny | 某某局设备采购项目中标公告¶包号 中标供应商名称 中标金额（元）¶1 某某甲科技有限公司 100000¶2 某某乙科技有限公司 128000¶合计 228000¶四、其他补充事宜 | 228000
      a label letter-spaced by runs of three spaces | buyer | 某某局设备采购项目公开招标公告¶采   购   人：某某县教育局¶联系人：张先生 | 某某县教育局
      a seven-letter label letter-spaced | suppliers | 某某局设备采购项目成交公告¶成 交 供 应 商 名 称：某某科技有限公司¶成 交 金 额：128000元 | 某某科技有限公司//128000
      a spaced lots row under a spaced header: max price | maxPriceCny | 某某局设备采购项目公开招标公告¶包号 预算金额（万元） 最高限价（万元）¶A 140.000000 138.000000¶采购需求：见附件 | 1380000
      # a sixth group
      letter-spaced labels in a run-on copy | buyer | 某某局设备采购项目公开招标公告 项目编号：ZB-1 采 购 人：某某县教育局 地 址：某市某路1号 联 系 人：张先生 | 某某县教育局
      ggzy frame labels over values: the agency | agency | 某某局设备采购项目公开招标公告¶项目名称：¶某某设备采购¶采购人：¶某某县教育局¶代理机构：¶某某招标有限公司¶项目编号：¶ZB-1 | 某某招标有限公司
      the documents' window before the deadline, run on | bidDeadline | 某某局设备采购项目公开招标公告 获取招标文件时间：2025年6月4日至2025年6月11日 投标截止时间：2025年6月25日9:30 开标地点：某市公共资源交易中心 | 2025-06-25T09:30
      ccgp contacts one cell per line: the agency | agency | 某某局设备采购项目公开招标公告¶1.采购人信息¶名 称：¶某某县教育局¶地 址：¶某市某路1号¶2.采购代理机构信息¶名 称：¶某某招标有限公司¶地 址：¶某市某路2号 | 某某招标有限公司
      ccgp 6-decimal max price in a run-on copy | maxPriceCny | 某某局设备采购项目公开招标公告 预算金额：56.000000万元（人民币） 最高限价（如有）：56.000000万元（人民币） 采购需求：见附件 | 560000
      an award after &nbsp; runs | awardCny | 某某局设备采购项目中标公告¶中标（成交）供应商名称：某某科技有限公司&nbsp;&nbsp;&nbsp;中标（成交）金额：¥128,000.00 | 128000
      ccgp section 四's bare date in a whole run-on tender | bidDeadline | 某某局设备采购项目公开招标公告 一、项目基本情况 项目编号：ZB-1 预算金额：56万元 二、申请人的资格要求：见附件 三、获取招标文件 时间：2025年06月04日至2025年06月11日 四、提交投标文件截止时间、开标时间和地点 2025年06月25日 09点30分（北京时间） 地点：某市公共资源交易中心 五、公告期限 自本公告发布之日起5个工作日。 | 2025-06-25T09:30
      # round 11p-pb: an Epoint result sheet whose label cells have no colon, run on
      a run-on sheet: the buyer before a bare 建设地点 cell | buyer | 招标人: 某某城市建设投资有限公司 建设地点 某某县某某镇某某村 招标机构: 某某工程咨询有限公司 标段(包)编号: ABC010001-202501-01 中标人: 某某建设有限公司 中标价(元): 1234567.00 | 某某城市建设投资有限公司
      a run-on sheet: the buyer before a bare 项目地点 cell | buyer | 某某县某路改造工程中标结果公告 招标人: 某某县交通运输局 项目地点 某某县某某镇 招标代理机构: 某某项目管理有限公司 中标人: 某某路桥有限公司 | 某某县交通运输局
      a run-on sheet: a buyer's name with a space inside kept | buyer | 某某附属学校设备采购中标公告 采购人：某某大学 附属实验学校 代理机构：某某招标有限公司 中标人：某某科技有限公司 | 某某大学 附属实验学校
      # round 11r-tb: a crawler's copy of a ccgp vF page, its headings marked as Markdown marks them
      a markdown ## heading over the ccgp date line | title | # 某某局设备采购项目中标公告¶# URL: http://www.ccgp.gov.cn/cggg/1.htm¶## 某某局设备采购项目中标公告¶2026年07月29日 09:07 来源： 【打印】¶## 公告概要：公告信息：采购项目名称某某设备采购品目¶货物/设备/信息化设备/其他信息化设备¶采购单位某某局行政区域北京市公告时间2026年07月29日 09:07总中标金额￥12.800000 万元（人民币）联系人及联系方式：项目联系人张先生¶一、项目编号：ZB-1 | 某某局设备采购项目中标公告
      a unit number #2 before the title is no heading mark | title | #2机组检修项目中标公告¶2026年07月29日 09:07 来源： 【打印】¶一、项目编号：ZB-1 | #2机组检修项目中标公告
      a flattened summary with its 品目 value on the next line: region | region | ## 某某局设备采购项目中标公告¶2026年07月29日 09:07 来源： 【打印】¶## 公告概要：公告信息：采购项目名称某某设备采购品目¶货物/设备/信息化设备/其他信息化设备¶采购单位某某局行政区域北京市公告时间2026年07月29日 09:07总中标金额￥12.800000 万元（人民币）联系人及联系方式：项目联系人张先生¶一、项目编号：ZB-1 | 北京市
      a flattened summary with its 品目 value on the next line: category | category | ## 某某局设备采购项目中标公告¶2026年07月29日 09:07 来源： 【打印】¶## 公告概要：公告信息：采购项目名称某某设备采购品目¶货物/设备/信息化设备/其他信息化设备¶采购单位某某局行政区域北京市公告时间2026年07月29日 09:07总中标金额￥12.800000 万元（人民币）联系人及联系方式：项目联系人张先生¶一、项目编号：ZB-1 | 货物/设备/信息化设备/其他信息化设备
      """)
  void fieldOfACopy(String layout, String field, String text, String expected) {
    assertEquals(expected, PortalQuirksTest.FIELDS.get(field).apply(Layouts.written(text)), layout);
  }
}
