package org.tenderwatch.extract;

import static org.tenderwatch.extract.Layouts.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Publication dates, budgets and titles in the detail-page headers of real portals (issue 11, 11i): ggzy's
 * "发布时间：… 来源：…" line, "【信息时间：… 浏览次数：…】", ccgp's span#pubTime, a date in p.info / div.time under the
 * heading, "[2023-05-06]" stamps, a signature date; budgets per lot and in total, in table columns and brackets;
 * titles in &lt;title&gt;, h1/h2/div.title/td.title, split over a &lt;br&gt;. Made-up pages in the portals' shapes.
 */
class HeaderShapesTest {

  /** Rows the extractor did not yet read when they were written; each is dropped as a rule makes it pass. */
  private static final Set<String> NOT_YET = Set.of();

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
      ggzy 发布时间 来源               | <h4>某市某局办公楼维修工程招标公告</h4><p>发布时间：2024-03-05 来源：某市公共资源交易中心</p><p>开标时间：2024-03-26 09:30</p> | 2024-03-05T00:00
      信息时间 浏览次数 in brackets     | <div class="title">某县医院设备采购中标公告</div><p>【信息时间：2023-05-06 浏览次数：128】</p><p>中标人：某某医疗器械有限公司</p> | 2023-05-06T00:00
      发布日期 in 年月日                | <h2>某学院家具采购项目竞争性磋商公告</h2><p>发布日期：2023年05月06日</p><p>响应文件提交截止时间：2023年05月16日 09:00</p> | 2023-05-06T00:00
      信息发布时间, seconds dropped      | <h1>某镇污水管网工程中标候选人公示</h1><div class="info">信息发布时间：2022-11-08 17:32:10</div><p>公示期：2022-11-08至2022-11-11</p> | 2022-11-08T17:32
      公告发布日期                     | <h1>某局物业服务采购结果公告</h1><p>公告发布日期：2021-07-15</p><p>合同签订日期：2021-07-30</p> | 2021-07-15T00:00
      时间 点击数, seconds dropped     | <div class="title">某街道绿化养护项目成交公告</div><p>时间：2023-05-06 10:20:30 点击数：56</p><p>成交供应商：某某园林有限公司</p> | 2023-05-06T10:20
      ccgp span#pubTime                | <div class="vF_detail_header"><h2 class="tc">某大学实验设备采购公开招标公告</h2><p class="tc"><span id="pubTime">2023年05月06日 14:05</span><span id="sourceName">某某招标有限公司</span></p></div><p>开标时间：2023年05月26日 09:30</p> | 2023-05-06T14:05
      a date in p.info under the title | <h1>某区道路照明改造工程中标公示</h1><p class="info">2023-05-06 来源：本站 作者：admin</p><p>投标截止时间：2023-04-20 09:00</p> | 2023-05-06T00:00
      a date in div.time               | <div class="article"><h2>某社区服务中心装修项目招标公告</h2><div class="time">2023-05-06</div><p>投标截止时间：2023-05-27 09:00</p></div> | 2023-05-06T00:00
      a list-style [date] stamp        | <h3>某县农村饮水工程监理招标公告</h3><p>[2023-05-06]</p><p>开标时间：2023年05月27日 09时30分</p> | 2023-05-06T00:00
      the signature date alone         | <h1>某中学食堂食材采购成交公告</h1><p>成交供应商：某某食品有限公司</p><p>某中学</p><p>2023年5月6日</p> | 2023-05-06T00:00
      发布时间 after a 开标时间          | <h1>某医院信息化项目中标公告</h1><p>开标时间：2023-04-28 09:30</p><p>发布时间：2023-05-06</p> | 2023-05-06T00:00
      slashes, then print links        | <h1>某局会议服务采购成交公告</h1><p>发布者：某局 发布时间：2023/05/06 【打印】【关闭】</p><p>成交供应商：某某会务有限公司</p> | 2023-05-06T00:00
      发稿时间 in an em                 | <div class="detail"><h2>某区公园提升工程中标结果公示</h2><p><em>发稿时间：2023-05-06 09:15</em> <em>阅读次数：33</em></p><p>中标人：某某园林工程有限公司</p></div> | 2023-05-06T09:15
      a CMS head's meta PubDate        | <html><head><meta name="PubDate" content="2025-05-27 20:20"><title>某局采购公告</title></head><body><h2>某局采购公告</h2><p>开标时间：2025-06-20 09:30</p></body></html> | 2025-05-27T20:20
      a 星期 after the stamp            | <h1>某局会议室改造采购公告</h1><p>2023年05月06日 10:20 星期六</p><p>开标时间：2023-05-30 09:00</p> | 2023-05-06T10:20
      a day in brackets under the title | <h1>某局会议室改造采购公告</h1><p>（2023-05-06）</p><p>开标时间：2023-05-30 09:00</p> | 2023-05-06T00:00
      发文日期 of a government site     | <h1>某局会议室改造采购公告</h1><p>索引号：001/2023-0001 发文机关：某局</p><p>发文日期：2023-05-06</p><p>开标时间：2023-05-30 09:00</p> | 2023-05-06T00:00
      a signature date with its label   | <h1>某局会议室改造采购公告</h1><p>一、项目名称：会议室改造</p><p>采购人：某局</p><p>日期：2023年5月6日</p> | 2023-05-06T00:00
      中标候选人公示时间                 | <h1>某局运动场改造工程中标候选人公示</h1><p>中标候选人公示时间：2023年5月6日至2023年5月9日</p><p>第一中标候选人：某某建设有限公司</p> | 2023-05-06T00:00
      公告期限 stating dates             | <h1>某局会议室改造采购公告</h1><p>公告期限：2023年5月6日至2023年5月12日</p><p>开标时间：2023-05-30 09:00</p> | 2023-05-06T00:00
      a signature year with a letter O  | <h1>某局会议室改造中标公告</h1><p>中标人：某某公司</p><p>某局</p><p>二O二三年五月六日</p> | 2023-05-06T00:00
      the earlier tender's date        | <h1>某市体育馆改造工程中标结果公告</h1><p>招标公告发布日期：2023-03-01</p><p>开标时间：2023-03-22 09:30</p><p>中标人：某某建设有限公司</p> | none
      公示期 starts on publication      | <h1>某市体育馆改造工程中标候选人公示</h1><p>招标公告发布日期：2023-03-01</p><p>开标时间：2023-03-22 09:30</p><p>公示期：2023-03-24至2023-03-27</p> | 2023-03-24T00:00
      only a deadline                  | <h1>某局车辆采购询价公告</h1><p>报价截止时间：2023-05-16 09:00</p><p>开标时间：2023-05-16 09:30</p> | none
      only a contract date             | <h1>某校物业服务合同公告</h1><p>合同签订日期：2023-05-06</p><p>合同金额：120000元</p> | none
      """)
  void publishedAt(String layout, String html, String expected) {
    assumeFalse(NOT_YET.contains(layout), "not yet read: " + layout);
    Notice n = page(html);
    assertEquals(expected, n.publishedAt() == null ? null : n.publishedAt().toString(), layout);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
      采购预算 人民币 万元              | <h1>某局设备采购公开招标公告</h1><p>采购预算：人民币120万元</p><p>投标保证金：人民币2万元</p> | 1200000
      项目预算（元）                    | <h1>某县学校课桌椅采购项目</h1><p>项目预算（元）：350000.00</p> | 350000
      预算总金额 after lots             | <h1>某医院设备采购</h1><p>第一包预算金额：30万元</p><p>第二包预算金额：20万元</p><p>预算总金额：50万元</p> | 500000
      预算金额（万元） in brackets       | <h1>某镇道路硬化工程招标公告</h1><p>预算金额（万元）：85.6</p><p>最高限价（万元）：85.6</p> | 856000
      a table column with its unit     | <h1>某区办公设备采购公告</h1><table><tr><th>包号</th><th>采购内容</th><th>预算金额（元）</th></tr><tr><td>1</td><td>台式计算机</td><td>240000.00</td></tr></table> | 240000
      亿元 in brackets                  | <h1>某市轨道交通工程招标公告</h1><p>项目预算（亿元）：1.25</p> | 125000000
      预算金额 total then lots          | <h1>某局设备采购</h1><p>预算金额：50.00万元（第一包30万元，第二包20万元）</p> | 500000
      a column 预算（万元）              | <h1>某县采购意向公开</h1><table><tr><td>序号</td><td>采购项目名称</td><td>预算（万元）</td></tr><tr><td>1</td><td>某中学教学设备</td><td>45.5</td></tr></table> | 455000
      大写 then ¥ with commas           | <h1>某所电梯维保服务采购公告</h1><p>采购项目预算金额为：壹拾万元整（¥100,000.00）</p> | 100000
      采购资金预算                      | <h1>某县采购意向公开</h1><p>采购资金预算：200000元</p><p>预计采购时间：2023年6月</p> | 200000
      本项目预算金额                     | <h1>某局设备采购公告</h1><p>本项目预算金额：1200000元</p><p>最高限价：1150000元</p> | 1200000
      lots listed under 预算金额         | <h1>某医院设备采购</h1><p>预算金额：</p><p>第一包：30万元</p><p>第二包：20万元</p><p>最高限价：同预算金额</p> | 500000
      two lots of the same budget       | <h1>某局设备采购</h1><p>采购包1：</p><p>预算金额：300000元</p><p>采购包2：</p><p>预算金额：300000元</p> | 600000
      a total restated under its lot   | <h1>某局设备采购</h1><p>预算金额：300000元</p><p>采购包1：</p><p>预算金额：300000元</p> | 300000
      最高限价 is no budget             | <h1>某局印刷服务采购公告</h1><p>最高限价：98000元</p><p>投标保证金：1000元</p> | none
      保证金 is no budget               | <h1>某局保洁服务招标公告</h1><p>投标保证金：人民币5000元</p><p>履约保证金：合同金额的5%</p> | none
      预算金额 元 after 人民币           | <h1>某大学图书采购公开招标公告</h1><p>预算金额：人民币壹佰万元整（¥1000000.00元）</p> | 1000000
      """)
  void budget(String layout, String html, String expected) {
    assumeFalse(NOT_YET.contains(layout), "not yet read: " + layout);
    Notice n = page(html);
    String got = n.budget() == null ? null : n.budget().cny().stripTrailingZeros().toPlainString();
    assertEquals(expected, got, layout);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
      <title> then the site after '-'  | <html><head><title>某县人民医院CT设备采购项目中标公告-某县公共资源交易网</title></head><body><p>项目编号：YY-01</p></body></html> | 某县人民医院CT设备采购项目中标公告
      <title> then the site after '_'  | <html><head><title>某区教育局课桌椅采购成交公告_某区人民政府</title></head><body><p>项目编号：JY-02</p></body></html> | 某区教育局课桌椅采购成交公告
      <title> then the site after a bar | '<html><head><title>某市环卫设备采购招标公告 | 某市政府采购网</title></head><body><p>项目编号：HW-03</p></body></html>' | 某市环卫设备采购招标公告
      an h2 heading under a breadcrumb | <div class="crumb">首页 &gt; 交易信息 &gt; 中标公告</div><h2>某镇中心小学运动场改造工程中标公告</h2><p>中标人：某某建设有限公司</p> | 某镇中心小学运动场改造工程中标公告
      a div.title heading              | <div class="location">当前位置：首页 &gt; 政府采购 &gt; 采购公告</div><div class="title">某县农业农村局农机采购项目招标公告</div><p>项目编号：NJ-05</p> | 某县农业农村局农机采购项目招标公告
      a td.title heading               | <table><tr><td class="title">某市疾控中心检测试剂采购项目成交公告</td></tr><tr><td>项目编号：JK-06</td></tr></table> | 某市疾控中心检测试剂采购项目成交公告
      a heading split over a <br>      | <h1>某市第二人民医院<br>医用耗材采购项目中标公告</h1><p>项目编号：YH-07</p> | 某市第二人民医院医用耗材采购项目中标公告
      <title> then the site after '—'  | <html><head><title>某区卫生院救护车采购项目询价公告—某区公共资源交易中心</title></head><body><p>项目编号：JH-10</p></body></html> | 某区卫生院救护车采购项目询价公告
      <title> then the site in 【】     | <html><head><title>某局办公设备采购中标公告【某市政府采购网】</title></head><body><p>项目编号：A-1</p></body></html> | 某局办公设备采购中标公告
      关于…的公告                       | <h1>关于某区老旧小区改造工程施工招标的公告</h1><p>发布时间：2023-05-06</p> | 关于某区老旧小区改造工程施工招标的公告
      the site and h1 both shown       | <html><head><title>某省政府采购网</title></head><body><h1>某省政府采购网</h1><div class="path">首页 &gt; 采购公告</div><h3>某厅办公楼维修项目竞争性磋商公告</h3><p>项目编号：WX-09</p></body></html> | 某厅办公楼维修项目竞争性磋商公告
      """)
  void title(String layout, String html, String expected) {
    assumeFalse(NOT_YET.contains(layout), "not yet read: " + layout);
    assertEquals(expected, page(html).title(), layout);
  }
}
