package org.tenderwatch.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.tenderwatch.extract.Layouts.page;

import java.time.LocalDateTime;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Dates of shapes {@link DateVariantsTest} does not hold (round 11p-vc): publication in CMS metadata lines and
 * tables of many labels (录入时间, 发稿时间, 更新日期, 挂网时间, 发文日期), beside print and font buttons, after the
 * title in brackets, signatures in slashes, dots and table cells; corrections' and awards' other dates; openings
 * named 比选/询价/谈判/磋商 or "同上"; times on the next line; changes in a correction table's 原/更正后 columns.
 *
 * <p>Of the 67 rows, 20 failed first: a date after the title in 【】 or （） (2), a stamp beside print or font buttons
 * (2), 更新日期 and 挂网时间 (2), 比选时间 and 询价时间 (2), 开标时间：同上, an opening's time on the next line, 谈判定于…
 * 进行 and 磋商会议将于…召开 (2), 截止时间为北京时间…, a correction table's new column (2), 开标时间推迟至 after a reason
 * that names 澄清, 电子投标文件上传截止时间, 竞争性谈判响应文件提交截止时间, 投标文件接收时间 as a window, and a bare
 * "投标截止：". A bare "递交截止时间：" was left out: as a label it cuts "文件递交截止时间" of a run-on header strip. A
 * second lot of 19 rows (from 发布于 on), 11 failed first: a metadata table row (来源 | 日期 | 浏览), a clarification's
 * 澄清日期, "投标截止时间/开标时间" and "…暨开标时间" (4), "开标时间（投标截止时间）", and changes 顺延至, 延后至, 推迟到 (4).
 * A third lot of 11 (from 投标（响应）文件 on), 3 failed first: 投标（响应）文件递交截止时间, 磋商截止时间, 公示发布日期.
 * A fourth lot of 5 guards (from the review date on), 1 failed first: a cell-per-line 开标时间's value among the first
 * lines read as the portal's stamp. A fifth lot of 10 (from the 时间 label over a signature on), 5 failed first: a
 * "时间：" label over the signature's day under a sealed party ("招标人：某某（盖章）"), 投标文件的递交截止时间, and a
 * deadline's label with its place ("…截止时间及地点", "…和地点", 2). A row "公示期为…" in a sentence first expected the
 * period's start: the golden set reads such a sentence strictly (the 宜昌 candidates pages: no publication), so it stays
 * as a guard and no rule reads it. A sixth lot of 4 (from 更正前内容 on), 1 failed first: 原开标时间 over 现开标时间.
 * A seventh lot of 6 (round 11s-pa, from 现更正为 on), 4 failed first: a correction's old part and its new part under
 * "现更正为：" / "现更改为：" restating the same labels (ccgp's 更正公告, 更正内容); two guards keep a change written
 * "由…更正为…" and a mark with no date label after it (the date before it is read as before).
 * An eighth lot of 8 (from 原公告的…截止时间
 * then 更正为 on, round 11s-pc: the old value, a comma and its new one after the label, as ccgp's 陕西 and 黑龙江 更正公告 write
 * it), 4 failed first: 原公告的…截止时间 and 原公告的开启时间 then 更正为, 现变更为 and 顺延至 after the old value (the
 * old value was read); the four guards (a place changed after the date, no change, 更正为 with no date, a document
 * deadline) read as before. A ninth lot of 5 (from the numbered change line on), 2 failed first: a numbered line that
 * states its own date ("2.递交投标文件的截至时间、开标时间修改为…") was taken for a heading over the next lines (the
 * correction's 更正日期 was read), and 截至时间 (a miswriting of 截止时间) was no deadline's word; guards: a numbered
 * 延期至 line, a heading over its date line, 截至 as "as of". A tenth lot of 11 (round 11t-rd, from the second 更正内容
 * on), 6 failed first: a correction's new part opened by a second "更正内容：" after "原公告内容：" (2), by "现变更为" with
 * no colon before a quoted restatement (2), and a value's new date on the line below it ("变更为：…") or with "变更为"
 * and the date on lines of their own (LayoutInvarianceTest's bare layout); the same on one line after a space passed
 * already; the guards (one 更正内容, a quoted place 现变更为, a place 变更为 after the value, 变更为 with no date below a
 * value) read as before.
 */
class DateShapesTest {

  private static final Map<String, Function<Notice, LocalDateTime>> FIELDS = Map.of(
      "publishedAt", Notice::publishedAt, "bidDeadline", Notice::bidDeadline, "bidOpening", Notice::bidOpening);

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
      a CMS line of 公告日期 and 字号 | publishedAt | <h1>某某大学图书馆书架采购项目询价公告</h1><p>公告日期：2024-05-10　　字号：【大 中 小】</p><p>一、项目名称：某某大学图书馆书架采购项目</p> | 2024-05-10T00:00
      a government header table of 索引号, 发文机关 and 发文日期 | publishedAt | <table><tr><td>索引号：</td><td>11000000/2024-00012</td><td>发文机关：</td><td>某某区财政局</td></tr><tr><td>发文日期：</td><td>2024年05月10日</td><td>主题分类：</td><td>政府采购</td></tr></table><h1>某某区财政局印刷服务定点采购结果公告</h1><p>成交供应商：某某印务有限公司</p> | 2024-05-10T00:00
      a 项目编号 row deep in a goods table dates no page | publishedAt | <h1>某某局设备采购项目中标公告</h1><p>中标供应商：某某科技有限公司</p><table><tr><td>1</td><td>某某设备1</td><td>1台</td></tr><tr><td>2</td><td>某某设备2</td><td>1台</td></tr><tr><td>3</td><td>某某设备3</td><td>1台</td></tr><tr><td>4</td><td>某某设备4</td><td>1台</td></tr><tr><td>5</td><td>某某设备5</td><td>1台</td></tr><tr><td>6</td><td>某某设备6</td><td>1台</td></tr><tr><td>7</td><td>某某设备7</td><td>1台</td></tr><tr><td>8</td><td>某某设备8</td><td>1台</td></tr><tr><td>9</td><td>某某设备9</td><td>1台</td></tr><tr><td>10</td><td>某某设备10</td><td>1台</td></tr><tr><td>11</td><td>某某设备11</td><td>1台</td></tr><tr><td>12</td><td>某某设备12</td><td>1台</td></tr><tr><td>13</td><td>某某设备13</td><td>1台</td></tr><tr><td>14</td><td>某某设备14</td><td>1台</td></tr><tr><td>项目编号：ZB-2024-01</td><td>日期：2024年3月1日</td></tr></table> | none
      录入时间 with seconds beside 作者 | publishedAt | <h2>某某中学食堂设备采购公告</h2><p>录入时间：2024-5-10 10:30:00　作者：总务处　浏览次数：56</p><p>采购预算：12万元</p> | 2024-05-10T10:30
      发稿时间 beside 来源 | publishedAt | <h2>某某镇卫生院救护车采购询价公告</h2><p>来源：某某镇卫生院　发稿时间：2024-05-10　阅读：33</p><p>报价截止时间：2024年5月17日17:00</p> | 2024-05-10T00:00
      更新日期 in a metadata line | publishedAt | <h2>某某街道办事处办公电脑采购成交公告</h2><p>更新日期：2024-05-10　来源：某某街道办事处</p><p>成交供应商：某某电脑有限公司</p> | 2024-05-10T00:00
      挂网时间 of a trading centre | publishedAt | <div class="article"><h3>某某县第一小学运动场改造工程招标公告</h3><p>挂网时间：2024-05-10 17:30:00</p><p>一、招标条件</p><p>本招标项目某某县第一小学运动场改造工程已由某某县发展和改革局批准建设。</p></div> | 2024-05-10T17:30
      发布时间 with 北京时间 | publishedAt | <h2>某某局物业管理服务项目公开招标公告</h2><p>发布时间：北京时间 2024年05月10日 10:30</p><p>项目编号：ZB2024-018</p> | 2024-05-10T10:30
      发布时间 with a weekday | publishedAt | <h2>某某局物业管理服务项目公开招标公告</h2><p>发布时间：2024年5月10日 星期五</p><p>项目编号：ZB2024-018</p> | 2024-05-10T00:00
      a bare date in brackets with print and close buttons | publishedAt | <h2>某某学院学生公寓床具采购项目成交公告</h2><p>[ 2024-05-10 ]　[打印]　[关闭]</p><p>成交供应商：某某家具有限公司</p> | 2024-05-10T00:00
      a date in 【】 before the font-size buttons | publishedAt | <h2>某某学院学生公寓床具采购项目成交公告</h2><p>【2024-05-10】【字体：大 中 小】</p><p>成交供应商：某某家具有限公司</p> | 2024-05-10T00:00
      a date after the title in 【】 | publishedAt | <h2>某某学院学生公寓床具采购项目成交公告【2024-05-10】</h2><p>成交供应商：某某家具有限公司</p> | 2024-05-10T00:00
      a date after the title in brackets | publishedAt | <h2>某某学院学生公寓床具采购项目成交公告（2024-05-10）</h2><p>成交供应商：某某家具有限公司</p> | 2024-05-10T00:00
      a metadata table row 发布时间 and 浏览次数 | publishedAt | <h2>某某区卫健委体检服务采购结果公告</h2><table><tr><td>发布时间</td><td>2024-05-10</td><td>浏览次数</td><td>36</td></tr></table><p>成交供应商：某某体检中心有限公司</p> | 2024-05-10T00:00
      a dl of 发布日期 | publishedAt | <h2>某某区卫健委体检服务采购结果公告</h2><dl><dt>发布日期：</dt><dd>2024/05/10</dd><dt>信息来源：</dt><dd>某某区卫健委</dd></dl><p>成交供应商：某某体检中心有限公司</p> | 2024-05-10T00:00
      a signature date with slashes | publishedAt | <h1>某某局车辆维修服务采购成交公告</h1><p>成交供应商：某某汽修有限公司</p><p>某某局</p><p>2024/05/10</p> | 2024-05-10T00:00
      a signature date in dots, month unpadded | publishedAt | <h1>某某局车辆维修服务采购成交公告</h1><p>成交供应商：某某汽修有限公司</p><p>某某局</p><p>2024.5.10</p> | 2024-05-10T00:00
      a signature in Chinese numerals with 〇 and a right-aligned &nbsp; indent | publishedAt | <h1>某某局车辆维修服务采购成交公告</h1><p>成交供应商：某某汽修有限公司</p><p style="text-align:right">某某局&nbsp;&nbsp;&nbsp;&nbsp;</p><p style="text-align:right">二〇二四年五月十日&nbsp;&nbsp;</p> | 2024-05-10T00:00
      a signature in a right-aligned two-row table | publishedAt | <h1>某某局车辆维修服务采购成交公告</h1><p>成交供应商：某某汽修有限公司</p><table><tr><td>某某局</td></tr><tr><td>2024年5月10日</td></tr></table> | 2024-05-10T00:00
      a signature with the agency under the buyer, <br>-separated | publishedAt | <h1>某某局车辆维修服务采购成交公告</h1><p>成交供应商：某某汽修有限公司<br>采购人：某某局<br>采购代理机构：某某项目管理有限公司<br>2024年5月10日</p> | 2024-05-10T00:00
      a correction's 原公告发布时间 and its own 更正日期 | publishedAt | <h1>某某局办公设备采购项目更正公告</h1><p>原公告发布时间：2024年05月01日</p><p>更正内容：投标截止时间延期至2024年5月27日9:30</p><p>更正日期：2024年05月10日</p> | 2024-05-10T00:00
      a correction's 原公告发布时间 and its signature | publishedAt | <h1>某某局办公设备采购项目更正公告</h1><p>原公告发布时间：2024年05月01日</p><p>更正内容：投标截止时间延期至2024年5月27日9:30</p><p>某某招标有限公司</p><p>2024年5月10日</p> | 2024-05-10T00:00
      a correction's 原公告日期 is no publication | publishedAt | <h1>某某局办公设备采购项目变更公告</h1><p>原公告日期：2024年05月01日</p><p>变更内容：开标地点变更为某市公共资源交易中心第三开标室</p> | none
      an award's 定标时间 and the notice's 公告日期 | publishedAt | <h1>某某局办公设备采购项目中标结果公告</h1><p>定标时间：2024年05月08日</p><p>公告日期：2024年05月10日</p><p>中标人：某某科技有限公司</p> | 2024-05-10T00:00
      an award's 中标日期 and a 公告时间 with its time | publishedAt | <h1>某某局办公设备采购项目中标公告</h1><p>中标日期：2024年05月08日</p><p>中标供应商：某某科技有限公司</p><p>公告时间：2024年05月10日 16:20</p> | 2024-05-10T16:20
      获取文件时间 is no publication | publishedAt | <h1>某某局办公设备采购项目招标公告</h1><p>获取文件时间：2024年05月10日至2024年05月17日</p><p>投标截止时间：2024年5月31日9:30</p> | none
      报名时间 is no publication | publishedAt | <h1>某某医院医疗设备遴选公告</h1><p>报名时间：2024年05月10日至2024年05月15日</p><p>报名地点：某某医院设备科</p> | none
      质疑期 is no publication | publishedAt | <h1>某某局办公设备采购项目中标公告</h1><p>中标供应商：某某科技有限公司</p><p>质疑期：自本公告发布之日起7个工作日内（2024年05月10日至2024年05月20日）</p> | none
      合同签订日期 is no publication | publishedAt | <h1>某某局办公设备采购合同公告</h1><p>合同签订日期：2024年05月08日</p><p>供应商名称：某某科技有限公司</p> | none
      a 公示期 and a 发布时间: the 发布时间 | publishedAt | <h1>某某道路工程中标候选人公示</h1><p>发布时间：2024-05-09 17:10</p><p>公示期：2024年5月10日至2024年5月12日</p><p>第一中标候选人：某某建设有限公司</p> | 2024-05-09T17:10
      比选时间 | bidOpening | <h1>某某医院保安服务比选公告</h1><p>比选申请文件递交截止时间：2024年5月20日9:00</p><p>比选时间：2024年5月20日9:30</p> | 2024-05-20T09:30
      询价时间 | bidOpening | <h1>某某学校课桌椅询价公告</h1><p>报价文件递交截止时间：2024年5月20日9:00</p><p>询价时间：2024年5月20日9:30</p><p>询价地点：某某学校会议室</p> | 2024-05-20T09:30
      开标时间：同上 under the deadline | bidOpening | <h1>某某局设备采购项目招标公告</h1><p>投标截止时间：2024年5月20日9:30</p><p>开标时间：同上</p><p>开标地点：某市公共资源交易中心</p> | 2024-05-20T09:30
      开标时间与投标截止时间相同 | bidOpening | <h1>某某局设备采购项目招标公告</h1><p>投标文件递交截止时间：2024年5月20日9:30</p><p>开标时间：与投标文件递交截止时间相同</p> | 2024-05-20T09:30
      开标时间：同截止时间 | bidOpening | <h1>某某局设备采购项目招标公告</h1><p>截标时间：2024年5月20日9:30</p><p>开标时间：同截止时间</p> | 2024-05-20T09:30
      the opening's time on the next line | bidOpening | <h1>某某局设备采购项目招标公告</h1><p>开标时间：2024年5月20日</p><p>上午9:30（北京时间）</p><p>开标地点：某市公共资源交易中心</p> | 2024-05-20T09:30
      the deadline's time on the next line | bidDeadline | <h1>某某局设备采购项目招标公告</h1><p>投标截止时间：2024年5月20日</p><p>9时30分</p><p>开标地点：某市公共资源交易中心</p> | 2024-05-20T09:30
      上午九点半 in Chinese numerals | bidOpening | <p>开标时间：2024年5月20日上午九点半</p> | 2024-05-20T09:30
      下午 with 时分 | bidOpening | <p>开标时间：2024年5月20日下午2时30分</p> | 2024-05-20T14:30
      a date with slashes and a time | bidOpening | <p>开标时间：2024/05/20 09:30</p> | 2024-05-20T09:30
      a table row of label, value, label, value | bidOpening | <table><tr><td>投标截止时间</td><td>2024-05-20 09:00</td><td>开标时间</td><td>2024-05-20 09:30</td></tr></table> | 2024-05-20T09:30
      a dl of the deadline | bidDeadline | <dl><dt>投标截止时间</dt><dd>2024-05-20 09:30</dd><dt>开标地点</dt><dd>某市公共资源交易中心</dd></dl> | 2024-05-20T09:30
      谈判定于…在…进行 | bidOpening | <h1>某某学院实验设备竞争性谈判公告</h1><p>本次谈判定于2024年5月20日9:30在某某学院行政楼302会议室进行，请供应商法定代表人或授权代表准时参加。</p> | 2024-05-20T09:30
      磋商会议将于…在…召开 | bidOpening | <h1>某某中心物业服务竞争性磋商公告</h1><p>磋商会议将于2024年5月20日上午9:30在某某中心会议室召开。</p> | 2024-05-20T09:30
      开标时间为北京时间 | bidOpening | <p>七、开标</p><p>本项目开标时间为北京时间2024年5月20日9:30，开标地点为某市公共资源交易中心。</p> | 2024-05-20T09:30
      截止时间为北京时间 | bidDeadline | <p>投标文件递交的截止时间为北京时间2024年5月20日9:30，逾期送达的投标文件恕不接受。</p> | 2024-05-20T09:30
      the opening in a correction table of 原 and 更正后 columns | bidOpening | <h1>某某局设备采购项目更正公告</h1><table><tr><td>更正事项</td><td>原内容</td><td>更正后内容</td></tr><tr><td>开标时间</td><td>2024-05-20 09:30</td><td>2024-05-27 09:30</td></tr></table> | 2024-05-27T09:30
      the deadline in a correction table of 更正前 and 更正后 columns | bidDeadline | <h1>某某局设备采购项目更正公告</h1><table><tr><td>序号</td><td>更正项</td><td>更正前</td><td>更正后</td></tr><tr><td>1</td><td>投标截止时间</td><td>2024年5月20日9:30</td><td>2024年5月27日9:30</td></tr></table> | 2024-05-27T09:30
      变更后的开标时间 after the original | bidOpening | <h1>某某局设备采购项目变更公告</h1><p>原开标时间：2024年5月20日9:30</p><p>变更后的开标时间：2024年5月27日9:30</p> | 2024-05-27T09:30
      更正后投标截止时间 after the original | bidDeadline | <h1>某某局设备采购项目更正公告</h1><p>原投标截止时间：2024年5月20日9:30</p><p>更正后投标截止时间：2024年5月27日9:30</p> | 2024-05-27T09:30
      延期至 stated after the label | bidDeadline | <h1>某某局设备采购项目延期公告</h1><p>投标截止时间延期至：2024年5月27日9:30（北京时间）</p> | 2024-05-27T09:30
      开标时间推迟至 in a sentence with a reason | bidOpening | <h1>某某局设备采购项目延期公告</h1><p>因招标文件澄清，本项目开标时间推迟至2024年5月27日上午9:30，开标地点不变。</p> | 2024-05-27T09:30
      电子投标文件上传截止时间 | bidDeadline | <h1>某某局设备采购项目招标公告</h1><p>电子投标文件上传截止时间：2024年5月20日9:30</p> | 2024-05-20T09:30
      询价响应文件递交截止时间 | bidDeadline | <h1>某某学校课桌椅询价公告</h1><p>询价响应文件递交截止时间：2024年5月20日9:30</p> | 2024-05-20T09:30
      竞争性谈判响应文件提交截止时间 | bidDeadline | <h1>某某学院实验设备竞争性谈判公告</h1><p>竞争性谈判响应文件提交截止时间：2024年5月20日9:30</p> | 2024-05-20T09:30
      投标文件接收时间 as a window | bidDeadline | <h1>某某村道路硬化工程招标公告</h1><p>投标文件接收时间：2024年5月20日8:30至9:30</p> | 2024-05-20T09:30
      报名截止 beside a bid deadline | bidDeadline | <h1>某某学院实验设备招标公告</h1><p>报名截止：2024年5月13日17:00</p><p>投标截止：2024年5月20日9:30</p> | 2024-05-20T09:30
      投标文件须在…前送达 | bidDeadline | <p>投标文件须在2024年5月20日上午9时30分前送达某市公共资源交易中心，逾期送达的不予受理。</p> | 2024-05-20T09:30
      a deadline in 2024-5-20 with seconds | bidDeadline | <p>投标截止时间：2024-5-20 9:30:00</p> | 2024-05-20T09:30
      a deadline with 北京时间 before the date | bidDeadline | <p>投标截止时间：北京时间2024年5月20日9:30</p> | 2024-05-20T09:30
      a deadline in full-width digits | bidDeadline | <p>投标截止时间：２０２４年５月２０日９：３０</p> | 2024-05-20T09:30
      the opening with a weekday and 北京时间 after it | bidOpening | <p>开标时间：2024年5月20日（星期一）9:30（北京时间）</p> | 2024-05-20T09:30
      an opening cell-per-line after its heading and a 开标时间 sub-label | bidOpening | <p>六、开标时间及地点</p><p>开标时间：</p><p>2024年5月20日9:30</p><p>开标地点：某市公共资源交易中心</p> | 2024-05-20T09:30
      the opening day with its year in the window above | bidOpening | <h1>某某局设备采购项目招标公告</h1><p>三、获取招标文件</p><p>时间：2024年5月10日至5月17日</p><p>四、开标时间：5月20日上午9:30</p> | 2024-05-20T09:30
      谈判时间 with 上午 and 时 | bidOpening | <p>谈判时间：2024年5月20日上午9时</p> | 2024-05-20T09:00
      开标 a window of hours | bidOpening | <p>开标时间：2024年5月20日9:30-11:30</p> | 2024-05-20T09:30
      报价截止时间 with a letter-spaced label | bidDeadline | <p>报 价 截 止 时 间：2024年5月20日17:00</p> | 2024-05-20T17:00
      an ideographic-spaced 发 布 时 间 | publishedAt | <h2>某某区教育局校服采购公告</h2><p>发　布　时　间：2024-05-10</p><p>项目编号：JY2024-01</p> | 2024-05-10T00:00
      发布于 with no colon beside a view count | publishedAt | <h2>某某学院图书馆密集架采购项目成交公告</h2><p>发布于 2024-05-10 10:30　浏览 56 次</p><p>成交供应商：某某办公设备有限公司</p> | 2024-05-10T10:30
      发布时间 with no colon beside 来源 in a copy | publishedAt | <h2>某某学院图书馆密集架采购项目成交公告</h2><p>发布时间 2024-05-10　来源 某某学院招标办</p><p>成交供应商：某某办公设备有限公司</p> | 2024-05-10T00:00
      a metadata table row of 来源, 日期 and 浏览 cells | publishedAt | <h2>某某镇中心小学课桌椅采购成交公告</h2><table><tr><td>来源：某某镇中心小学</td><td>日期：2024-05-10</td><td>浏览：18</td></tr></table><p>成交供应商：某某家具有限公司</p> | 2024-05-10T00:00
      a signature date then 此件主动公开 | publishedAt | <h1>某某区民政局养老服务采购成交公告</h1><p>成交供应商：某某养老服务有限公司</p><p>某某区民政局</p><p>2024年5月10日</p><p>（此件主动公开）</p> | 2024-05-10T00:00
      a clarification's own 澄清日期 | publishedAt | <h1>某某局办公设备采购项目澄清公告</h1><p>原公告发布日期：2024年05月01日</p><p>澄清内容：采购需求第3项参数修改为……</p><p>澄清日期：2024年05月10日</p> | 2024-05-10T00:00
      a date after the title with &nbsp; | publishedAt | <h2>某某局办公设备采购项目成交公告&nbsp;&nbsp;2024-05-10</h2><p>成交供应商：某某科技有限公司</p> | 2024-05-10T00:00
      开标时间：另行通知 is no date | bidOpening | <h1>某某局设备采购项目招标公告</h1><p>投标截止时间：2024年5月20日9:30</p><p>开标时间：另行通知</p> | none
      a cell 投标截止时间/开标时间, the deadline | bidDeadline | <table><tr><td>投标截止时间/开标时间</td><td>2024-05-20 09:30</td></tr><tr><td>开标地点</td><td>某市公共资源交易中心</td></tr></table> | 2024-05-20T09:30
      a cell 投标截止时间/开标时间, the opening | bidOpening | <table><tr><td>投标截止时间/开标时间</td><td>2024-05-20 09:30</td></tr><tr><td>开标地点</td><td>某市公共资源交易中心</td></tr></table> | 2024-05-20T09:30
      投标截止时间暨开标时间, the opening | bidOpening | <p>五、投标截止时间暨开标时间：2024年5月20日9时30分（北京时间）</p><p>六、开标地点：某市公共资源交易中心</p> | 2024-05-20T09:30
      投标截止时间暨开标时间, the deadline | bidDeadline | <p>五、投标截止时间暨开标时间：2024年5月20日9时30分（北京时间）</p><p>六、开标地点：某市公共资源交易中心</p> | 2024-05-20T09:30
      截标及开标时间 | bidOpening | <p>截标及开标时间：2024年5月20日9:30</p> | 2024-05-20T09:30
      开标时间（投标截止时间）, the deadline | bidDeadline | <p>开标时间（投标截止时间）：2024年5月20日9:30</p><p>开标地点：某市公共资源交易中心</p> | 2024-05-20T09:30
      截止时间和开标时间顺延至 | bidOpening | <h1>某某局设备采购项目更正公告</h1><p>本项目投标截止时间和开标时间顺延至2024年5月27日9:30，其他内容不变。</p> | 2024-05-27T09:30
      截止时间顺延至, the deadline | bidDeadline | <h1>某某局设备采购项目更正公告</h1><p>本项目投标截止时间顺延至2024年5月27日9:30，其他内容不变。</p> | 2024-05-27T09:30
      开标时间延后至 | bidOpening | <h1>某某局设备采购项目变更公告</h1><p>本项目开标时间延后至2024年5月27日9:30。</p> | 2024-05-27T09:30
      截止时间推迟到 | bidDeadline | <h1>某某局设备采购项目变更公告</h1><p>本项目递交投标文件截止时间推迟到2024年5月27日9:30。</p> | 2024-05-27T09:30
      a 开标时间 of a weekday 周一 and 时 alone | bidOpening | <p>开标时间：2024年5月20日(周一)上午9时</p> | 2024-05-20T09:00
      投标文件递交地点及截止时间 heading | bidDeadline | <p>五、投标文件递交截止时间及地点</p><p>2024年5月20日9:30前，某市公共资源交易中心二楼</p> | 2024-05-20T09:30
      投标（响应）文件递交截止时间 | bidDeadline | <h1>某某局设备采购项目招标公告</h1><p>投标（响应）文件递交截止时间：2024-05-20 09:30</p> | 2024-05-20T09:30
      an old award's 开标定标日期 section: no publication | publishedAt | <h1>某某局设备采购项目中标公告</h1><p>二、开标定标日期</p><p>1、招标公告日期：2024年4月30日</p><p>2、开标日期：2024年5月20日</p><p>3、定标日期：2024年5月28日</p><p>三、中标供应商：某某科技有限公司</p> | none
      an old award's 开标定标日期 section, the opening | bidOpening | <h1>某某局设备采购项目中标公告</h1><p>二、开标定标日期</p><p>1、招标公告日期：2024年4月30日</p><p>2、开标日期：2024年5月20日</p><p>3、定标日期：2024年5月28日</p><p>三、中标供应商：某某科技有限公司</p> | 2024-05-20T00:00
      网上开标时间 | bidOpening | <h1>某某局设备采购项目招标公告</h1><p>网上开标时间：2024年5月20日9:30</p><p>开标方式：远程不见面开标</p> | 2024-05-20T09:30
      电子开标时间 | bidOpening | <h1>某某局设备采购项目招标公告</h1><p>电子开标时间：2024年5月20日9:30</p> | 2024-05-20T09:30
      磋商截止时间 | bidDeadline | <h1>某某中心保洁服务竞争性磋商公告</h1><p>磋商截止时间：2024年5月20日9:30</p> | 2024-05-20T09:30
      公示发布日期 | publishedAt | <h1>某某道路工程中标候选人公示</h1><p>公示发布日期：2024-05-10</p><p>第一中标候选人：某某建设有限公司</p> | 2024-05-10T00:00
      招标文件获取截止时间 alone is no deadline | bidDeadline | <h1>某某局设备采购项目招标公告</h1><p>招标文件获取截止时间：2024-05-17 17:00</p> | none
      a date written 2024年05月20日09:30:00 with seconds, no space | bidOpening | <p>开标时间：2024年05月20日09:30:00</p> | 2024-05-20T09:30
      a window of two full dates for the deadline | bidDeadline | <p>投标文件递交时间：2024年5月20日08:30至2024年5月20日09:30</p> | 2024-05-20T09:30
      a signature of a 年 月 日 typed with ideographic spaces | publishedAt | <h1>某某局车辆维修服务采购成交公告</h1><p>成交供应商：某某汽修有限公司</p><p>某某局</p><p>2024年　5月　10日</p> | 2024-05-10T00:00
      a review date typed over a template's （日期） is no publication | publishedAt | <h1>某某处公厕改造工程竞争性磋商成交结果公告</h1><p>本项目于2024年5月8日（日期）在某市公共资源交易中心组织评审结束，现将成交结果公告如下：</p><p>成交供应商：某某建设有限公司</p> | none
      a cell-per-line 开标时间 at the top is no stamp | publishedAt | <p>某某局设备采购项目招标公告</p><p>开标时间</p><p>2024-05-20 09:30</p><p>开标地点</p><p>某市公共资源交易中心</p><p>一、项目基本情况</p><p>项目编号：ZB2024-01</p> | none
      a cell-per-line 投标截止时间 at the top, the deadline | bidDeadline | <p>某某局设备采购项目招标公告</p><p>投标截止时间</p><p>2024-05-20 09:30</p><p>开标地点</p><p>某市公共资源交易中心</p><p>一、项目基本情况</p><p>项目编号：ZB2024-01</p> | 2024-05-20T09:30
      a colon label over the last date line is no signature | publishedAt | <h1>某某局设备采购项目招标公告</h1><p>一、项目基本情况</p><p>项目编号：ZB2024-01</p><p>二、开标</p><p>开标时间：</p><p>2024年5月20日 9:30</p> | none
      a colon 日期 label over the signature's date | publishedAt | <h1>某某局车辆维修服务采购成交公告</h1><p>成交供应商：某某汽修有限公司</p><p>采购人：某某局</p><p>日期：</p><p>2024年5月10日</p> | 2024-05-10T00:00
      a 时间 label over the signature's day, the party above it | publishedAt | <h1>某某村道路硬化工程中标候选人公示</h1><p>第一中标候选人：某某建设有限公司</p><p>招标人：某某村民委员会（盖章）</p><p>时间：2024年5月10日</p> | 2024-05-10T00:00
      an opening 时间 at the end is no signature | publishedAt | <h1>某某局设备采购项目招标公告</h1><p>项目编号：ZB2024-01</p><p>六、开标时间和地点</p><p>时间：2024年5月20日9:30</p><p>地点：某市公共资源交易中心</p> | none
      公示期为 in a sentence is no publication (the set reads it strictly) | publishedAt | <h1>某某道路工程中标候选人公示</h1><p>第一中标候选人：某某建设有限公司</p><p>本次公示期为2024年5月10日至2024年5月12日，如有异议请在公示期内提出。</p> | none
      a header row over a values row | bidDeadline | <table><tr><td>投标截止时间</td><td>开标时间</td><td>开标地点</td></tr><tr><td>2024-05-20 09:00</td><td>2024-05-20 09:30</td><td>某市公共资源交易中心</td></tr></table> | 2024-05-20T09:00
      a header row over a values row, the opening | bidOpening | <table><tr><td>投标截止时间</td><td>开标时间</td><td>开标地点</td></tr><tr><td>2024-05-20 09:00</td><td>2024-05-20 09:30</td><td>某市公共资源交易中心</td></tr></table> | 2024-05-20T09:30
      投标文件的递交截止时间 | bidDeadline | <h1>某某村道路硬化工程招标公告</h1><p>投标文件的递交截止时间：2024年5月20日9时30分</p> | 2024-05-20T09:30
      投标文件提交截止时间及地点 | bidDeadline | <h1>某某村道路硬化工程招标公告</h1><p>投标文件提交截止时间及地点：2024年5月20日9时30分，某县公共资源交易中心</p> | 2024-05-20T09:30
      投标截止时间和地点 | bidDeadline | <h1>某某村道路硬化工程招标公告</h1><p>投标截止时间和地点：2024年5月20日9时30分，某县公共资源交易中心</p> | 2024-05-20T09:30
      an opening with spaces round 上午 and a full-width colon | bidOpening | <p>开标时间：2024年5月20日 上午 9：30</p> | 2024-05-20T09:30
      上午九时整 | bidOpening | <p>开标时间：2024年5月20日上午九时整</p> | 2024-05-20T09:00
      a correction table headed 更正前内容 and 更正后内容 | bidOpening | <h1>某某局设备采购项目更正公告</h1><table><tr><td>更正项目</td><td>更正前内容</td><td>更正后内容</td></tr><tr><td>开标时间</td><td>2024年5月20日9:30</td><td>2024年5月27日9:30</td></tr></table> | 2024-05-27T09:30
      原开标时间 and 现开标时间 rows | bidOpening | <h1>某某局设备采购项目变更公告</h1><table><tr><td>原开标时间</td><td>2024-05-20 09:30</td></tr><tr><td>现开标时间</td><td>2024-05-27 09:30</td></tr></table> | 2024-05-27T09:30
      开标时间定于北京时间 | bidOpening | <p>本项目开标时间定于北京时间2024年5月20日上午9:30，地点为某市公共资源交易中心。</p> | 2024-05-20T09:30
      现更正为 after the old part, the combined label again | bidDeadline | <h1>某某大学设备采购项目更正公告</h1><p>更正内容：</p><p>（1）原招标文件第一章 投标邀请 投标截止时间、开标时间：2024年5月20日9点30分（北京时间）</p><p>现更正为：</p><p>（1）招标文件第一章 投标邀请 投标截止时间、开标时间：2024年5月27日9点30分（北京时间）</p> | 2024-05-27T09:30
      现更正为 after the old part, the opening | bidOpening | <h1>某某大学设备采购项目更正公告</h1><p>更正内容：</p><p>（1）原招标文件第一章 投标邀请 投标截止时间、开标时间：2024年5月20日9点30分（北京时间）</p><p>现更正为：</p><p>（1）招标文件第一章 投标邀请 投标截止时间、开标时间：2024年5月27日9点30分（北京时间）</p> | 2024-05-27T09:30
      原文件内容 then 现更改为, the deadline's label again | bidDeadline | <h1>某某大学监测项目更正公告</h1><p>原文件内容：</p><p>响应文件递交截止时间：2024年05月20日09：30（北京时间）</p><p>响应文件开启时间：2024年05月20日09：30（北京时间）。</p><p>现更改为：</p><p>响应文件递交截止时间：2024年05月20日14：30（北京时间）</p><p>响应文件开启时间：2024年05月20日14：30（北京时间）。</p> | 2024-05-20T14:30
      原文件内容 then 现更改为, the opening's label again | bidOpening | <h1>某某大学监测项目更正公告</h1><p>原文件内容：</p><p>响应文件递交截止时间：2024年05月20日09：30（北京时间）</p><p>响应文件开启时间：2024年05月20日09：30（北京时间）。</p><p>现更改为：</p><p>响应文件递交截止时间：2024年05月20日14：30（北京时间）</p><p>响应文件开启时间：2024年05月20日14：30（北京时间）。</p> | 2024-05-20T14:30
      a change written 由…更正为… in the value | bidOpening | <h1>某某局设备采购项目更正公告</h1><p>开标时间：由2024年5月20日9:30更正为2024年5月27日9:30</p> | 2024-05-27T09:30
      a 更正为 mark with no date label after it | bidDeadline | <h1>某某局设备采购项目更正公告</h1><p>投标截止时间：2024年5月20日9:30</p><p>1、原公告标题：某某局设备采购项目招标公告，更正为：某某局设备采购项目（第二次）招标公告</p> | 2024-05-20T09:30
      a 磋商's 提交首次响应文件截止时间 window on the next line | bidDeadline | <h1>某某中心保洁服务竞争性磋商公告</h1><p>提交首次响应文件截止时间：</p><p>2024年5月20日9:00-9:30（北京时间）</p> | 2024-05-20T09:30
      a correction's 原公告的…截止时间 then 更正为 after a comma | bidDeadline | <h1>某某局设备采购项目更正公告</h1><p>更正内容：</p><p>原公告的响应文件提交截止时间：2024-05-20 09:00:00，更正为：2024-05-27 09:00:00。</p><p>其他内容不变</p> | 2024-05-27T09:00
      a correction's 原公告的开启时间 then 更正为 after a comma | bidOpening | <h1>某某局设备采购项目更正公告</h1><p>原公告的响应文件提交截止时间：2024-05-20 09:00:00，更正为：2024-05-27 09:00:00。</p><p>原公告的开启时间：2024-05-20 09:00:00，更正为：2024-05-27 09:00:00。</p> | 2024-05-27T09:00
      a deadline's old value then 现变更为 with no colon | bidDeadline | <h1>某某局设备采购项目变更公告</h1><p>投标截止时间：2024年5月20日9:30，现变更为2024年5月27日9:30。</p> | 2024-05-27T09:30
      an opening's old value then 顺延至 | bidOpening | <h1>某某局设备采购项目变更公告</h1><p>开标时间：2024年5月20日9:30，顺延至2024年5月27日9:30。</p> | 2024-05-27T09:30
      an opening then its place 变更为 after a comma keeps the date | bidOpening | <h1>某某局设备采购项目变更公告</h1><p>开标时间：2024年5月20日9:30，开标地点变更为某市公共资源交易中心第三开标室。</p> | 2024-05-20T09:30
      a deadline then a comma and no change keeps the date | bidDeadline | <h1>某某局设备采购项目招标公告</h1><p>投标截止时间：2024年5月20日9:30，逾期送达的投标文件恕不接受。</p> | 2024-05-20T09:30
      a deadline then 更正为 with no date keeps the date | bidDeadline | <h1>某某局设备采购项目更正公告</h1><p>投标截止时间：2024年5月20日9:30，更正为：详见更正后的招标文件。</p> | 2024-05-20T09:30
      a document deadline's 更正为 is still no bid deadline | bidDeadline | <h1>某某局设备采购项目更正公告</h1><p>原公告的获取招标文件截止时间：2024-05-17 17:00:00，更正为：2024-05-24 17:00:00。</p> | none
      a numbered change line 截至时间、开标时间修改为, the opening | bidOpening | <h1>某某大学设备采购项目更正公告</h1><p>项目更正内容如下：</p><p>2.递交投标文件的截至时间、开标时间修改为2024年5月27日14时30分（北京时间）。</p><p>更正日期：2024年05月10日</p> | 2024-05-27T14:30
      a numbered change line 截至时间、开标时间修改为, the deadline | bidDeadline | <h1>某某大学设备采购项目更正公告</h1><p>项目更正内容如下：</p><p>2.递交投标文件的截至时间、开标时间修改为2024年5月27日14时30分（北京时间）。</p><p>更正日期：2024年05月10日</p> | 2024-05-27T14:30
      a numbered change line 投标截止时间延期至 over the correction's date | bidDeadline | <h1>某某局设备采购项目更正公告</h1><p>2.投标截止时间延期至2024年5月27日9:30。</p><p>更正日期：2024年05月10日</p> | 2024-05-27T09:30
      a numbered heading with no date over its date line | bidOpening | <h1>某某局设备采购项目招标公告</h1><p>四、提交投标文件截止时间、开标时间和地点</p><p>2024年5月20日9时30分（北京时间）</p><p>地点：某市公共资源交易中心</p> | 2024-05-20T09:30
      截至 as of a day is no deadline | bidDeadline | <h1>某某局设备采购项目招标公告</h1><p>截至2024年5月10日，共有3家供应商获取招标文件。</p><p>投标截止时间：2024年5月20日9:30</p> | 2024-05-20T09:30
      a second 更正内容 opens the new part, the opening | bidOpening | <h1>某某院设备采购项目更正公告</h1><p>更正内容：</p><p>原公告内容：9.投标截止时间：2024年5月20日9:30</p><p>10.开标时间：2024年5月20日9:30。</p><p>更正内容：</p><p>9.投标截止时间：2024年5月23日10:00</p><p>10.开标时间：2024年5月23日10:00。</p> | 2024-05-23T10:00
      a second 更正内容 opens the new part, the deadline | bidDeadline | <h1>某某院设备采购项目更正公告</h1><p>更正内容：</p><p>原公告内容：9.投标截止时间：2024年5月20日9:30</p><p>10.开标时间：2024年5月20日9:30。</p><p>更正内容：</p><p>9.投标截止时间：2024年5月23日10:00</p><p>10.开标时间：2024年5月23日10:00。</p> | 2024-05-23T10:00
      one 更正内容 keeps its own value | bidDeadline | <h1>某某院设备采购项目更正公告</h1><p>更正内容：</p><p>投标截止时间：2024年5月23日10:00</p><p>更正日期：2024年05月10日</p> | 2024-05-23T10:00
      quoted old pairs 现变更为 quoted new ones, the deadline | bidDeadline | <h1>某某大学设备采购项目更正公告</h1><p>1、“提交投标文件截止时间：2024年05月20日09点30分（北京时间）”及“开标时间：2024年05月20日09点30分（北京时间）”现变更为“提交投标文件截止时间：2024年06月03日09点30分（北京时间）”及“开标时间：2024年06月03日09点30分（北京时间）”。</p> | 2024-06-03T09:30
      quoted old pairs 现变更为 quoted new ones, the opening | bidOpening | <h1>某某大学设备采购项目更正公告</h1><p>1、“提交投标文件截止时间：2024年05月20日09点30分（北京时间）”及“开标时间：2024年05月20日09点30分（北京时间）”现变更为“提交投标文件截止时间：2024年06月03日09点30分（北京时间）”及“开标时间：2024年06月03日09点30分（北京时间）”。</p> | 2024-06-03T09:30
      现变更为 a quoted place keeps the date | bidOpening | <h1>某某局设备采购项目变更公告</h1><p>开标时间：2024年5月20日9:30</p><p>开标地点现变更为“某市公共资源交易中心第三开标室”。</p> | 2024-05-20T09:30
      an opening's line then 变更为 its new date on the next line | bidOpening | <h1>某某局代理机构遴选更正公告</h1><p>更正内容：</p><p>开标时间：2024年5月20日09:00</p><p>变更为：2024年5月27日09:00</p><p>确认邮件时间：2024年5月15日12时前</p><p>变更为：2024年5月24日12时前</p> | 2024-05-27T09:00
      an opening's value then 变更为 its new date on the same line | bidOpening | <h1>某某局代理机构遴选更正公告</h1><p>更正内容： 开标时间：2024年5月20日09:00 变更为：2024年5月27日09:00 确认邮件时间：2024年5月15日12时前 变更为：2024年5月24日12时前</p> | 2024-05-27T09:00
      an opening's label, value, 变更为 and new date each on its line | bidOpening | <h1>某某局代理机构遴选更正公告</h1><p>更正内容</p><p>开标时间</p><p>2024年5月20日09:00</p><p>变更为</p><p>2024年5月27日09:00</p> | 2024-05-27T09:00
      an opening's value then its place 变更为 on the same line keeps the date | bidOpening | <h1>某某局设备采购项目变更公告</h1><p>开标时间：2024年5月20日9:30 开标地点变更为：某市公共资源交易中心第三开标室</p> | 2024-05-20T09:30
      a deadline's line then 变更为 with no date keeps the date | bidDeadline | <h1>某某局设备采购项目更正公告</h1><p>投标截止时间：2024年5月20日9:30</p><p>变更为：详见更正后的招标文件</p> | 2024-05-20T09:30
      """)
  void field(String layout, String field, String html, String expected) {
    LocalDateTime d = FIELDS.get(field).apply(page(html));
    assertEquals(expected, d == null ? null : d.toString(), layout);
  }
}
