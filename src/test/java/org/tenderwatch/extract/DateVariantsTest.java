package org.tenderwatch.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.tenderwatch.extract.Layouts.page;

import java.time.LocalDateTime;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Dates in notice bodies (round 11p-pg): publishedAt, bidDeadline and bidOpening, each row a made-up page (某某 names)
 * of a real shape (PORTALS.md §2 and §4): the ccgp 2020+ tender's sections (三、获取招标文件's window, 四、提交投标文件截止
 * 时间、开标时间和地点 with its date on the next line, 五、公告期限 of working days), 磋商/谈判/询价 labels, the 标准施工招标文件's
 * "投标文件递交的截止时间（投标截止时间，下同）为…", 项目概况's "并于…前递交投标文件", deadline and opening sentences,
 * corrections that change dates (the new one counts; 更正日期 is the correction's publication), results' 中标/定标/成交
 * 日期 (no publication), 公示期 (its start the publication when nothing else says, as FieldLabels.PUBLISHED reads it),
 * signatures, and the ways a date is written (Chinese numerals, weekdays, 上午/中午/下午, "9:00时", "9时30分整", seconds,
 * dots, a full-width colon, windows, a year left out after a full date); dates of 获取/报名/答疑/踏勘/现场考察 are never the
 * deadline.
 *
 * <p>Of the 70 rows, 18 failed first: a numbered 获取招标文件截止时间 / 报名截止时间 sub-label with a space after its colon
 * read as a deadline heading (2); 递交响应文件截止时间及谈判时间 (2); 投标文件递交的截止时间 and 提交响应文件的截止时间
 * with 的 (2); 项目概况's "并于…前递交投标文件 / 提交响应文件" (2); a change "开标时间由…更正为…", a label "投标截止时间：由…
 * 延期至…" and "原定于…开标，现延期至…开标" (the old date was read, 3); 中午12:00 (day only); 投标文件递交时间 as a window;
 * a month and day with no year after a full date (2); a 疑问 and a 现场考察 sentence read as the deadline (2); 开标（开启）
 * 时间. Round 11p added 4 rows from a real 中央国家机关政府采购中心 谈判公告 (接受响应文件截止时间及谈判开始时间, and the
 * same pair for 询价 and 磋商): the three openings failed first, the deadline passed and stays as a guard; and 2 from
 * a real 中央国家机关政府采购中心 招标公告's header row (项目编号 beside a bare 日期): it failed first, its guard (开标日期) passed.
 * And 2 rows of a heading that names handing in the bids verb first ("五、递交投标文件时间及地点" over a window, a real
 * 招远 tender): both failed first; and the same run on one line (deadline and opening): the opening, an item whose text
 * is a date ("六、开标时间及地点1、2016年…"), failed first, the deadline passed.
 */
class DateVariantsTest {

  private static final Map<String, Function<Notice, LocalDateTime>> FIELDS = Map.of(
      "publishedAt", Notice::publishedAt, "bidDeadline", Notice::bidDeadline, "bidOpening", Notice::bidOpening);

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
      ccgp 获取招标文件 window, then section 四 with its date on the next line | bidDeadline | <h1>某某局办公设备采购项目公开招标公告</h1><p>三、获取招标文件</p><p>时间：2025年06月04日至2025年06月11日，每天上午9:00至12:00，下午14:00至17:00（北京时间，法定节假日除外）</p><p>地点：某市公共资源交易网</p><p>方式：网上下载</p><p>售价：￥0.0元（人民币）</p><p>四、提交投标文件截止时间、开标时间和地点</p><p>2025年06月25日 09点30分（北京时间）</p><p>地点：某市公共资源交易中心第一开标室</p><p>五、公告期限</p><p>自本公告发布之日起5个工作日。</p> | 2025-06-25T09:30
      the same section 四 is the opening too | bidOpening | <h1>某某局办公设备采购项目公开招标公告</h1><p>三、获取招标文件</p><p>时间：2025年06月04日至2025年06月11日，每天上午9:00至12:00，下午14:00至17:00（北京时间，法定节假日除外）</p><p>地点：某市公共资源交易网</p><p>四、提交投标文件截止时间、开标时间和地点</p><p>2025年06月25日 09点30分（北京时间）</p><p>地点：某市公共资源交易中心第一开标室</p><p>五、公告期限</p><p>自本公告发布之日起5个工作日。</p> | 2025-06-25T09:30
      section 四's date line is no signature, 公告期限 of working days no date | publishedAt | <h1>某某局办公设备采购项目公开招标公告</h1><p>三、获取招标文件</p><p>时间：2025年06月04日至2025年06月11日，每天上午9:00至12:00（北京时间，法定节假日除外）</p><p>四、提交投标文件截止时间、开标时间和地点</p><p>2025年06月25日 09点30分（北京时间）</p><p>地点：某市公共资源交易中心第一开标室</p><p>五、公告期限</p><p>自本公告发布之日起5个工作日。</p> | none
      公告期限 of working days, the signature dates the notice | publishedAt | <h1>某某局办公设备采购项目公开招标公告</h1><p>四、提交投标文件截止时间、开标时间和地点</p><p>2025年06月25日 09点30分（北京时间）</p><p>五、公告期限</p><p>自本公告发布之日起5个工作日。</p><p>六、对本次招标提出询问，请按以下方式联系。</p><p>1.采购人信息</p><p>名 称：某某局</p><p>联系方式：0000-12345678</p><p>某某招标代理有限公司</p><p>2025年6月4日</p> | 2025-06-04T00:00
      section 四 with 1.时间 over 2.地点 | bidDeadline | <p>四、提交投标文件截止时间、开标时间和地点</p><p>1.时间：2025年06月25日 09点30分（北京时间）</p><p>2.地点：某市公共资源交易中心开标三室</p> | 2025-06-25T09:30
      section 四 with a deadline and a later opening | bidOpening | <p>四、提交投标文件截止时间、开标时间和地点</p><p>提交投标文件截止时间：2025年06月25日09:00（北京时间）</p><p>开标时间：2025年06月25日09:30（北京时间）</p><p>地点：某市公共资源交易中心</p> | 2025-06-25T09:30
      section 四's date with a weekday in brackets | bidDeadline | <p>四、提交投标文件截止时间、开标时间和地点</p><p>2025年06月25日（星期三）09:30（北京时间）</p><p>地点：某市公共资源交易中心</p> | 2025-06-25T09:30
      获取招标文件 numbered sub-labels with a space, the deadline in section 四's sentence | bidDeadline | <p>三、获取招标文件</p><p>1.获取招标文件开始时间： 2025年6月4日9:00</p><p>2.获取招标文件截止时间： 2025年6月11日17:00</p><p>四、投标文件递交</p><p>投标人应于2025年6月25日9:30前将投标文件递交至某市公共资源交易中心。</p> | 2025-06-25T09:30
      a numbered 报名截止时间 alone is no deadline | bidDeadline | <h1>某某医院医用耗材遴选公告</h1><p>3.报名截止时间： 2025年6月11日17:00</p><p>4.报名地点：某某医院行政楼302室</p> | none
      磋商 四、响应文件提交 截止时间 | bidDeadline | <h1>某某中心物业管理服务项目竞争性磋商公告</h1><p>四、响应文件提交</p><p>截止时间：2025年06月25日 09点30分（北京时间）</p><p>地点：某市公共资源交易中心</p><p>五、响应文件开启</p><p>开启时间：2025年06月25日 09点30分（北京时间）</p> | 2025-06-25T09:30
      磋商 五、响应文件开启 开启时间 | bidOpening | <h1>某某中心物业管理服务项目竞争性磋商公告</h1><p>四、响应文件提交</p><p>截止时间：2025年06月25日 09点00分（北京时间）</p><p>五、响应文件开启</p><p>开启时间：2025年06月25日 09点30分（北京时间）</p> | 2025-06-25T09:30
      磋商时间 after the response deadline | bidOpening | <p>响应文件提交截止时间：2025年6月25日9:00</p><p>磋商时间：2025年6月25日9:30</p><p>磋商地点：某市某路1号</p> | 2025-06-25T09:30
      谈判 递交响应文件截止时间及谈判时间, the deadline | bidDeadline | <h1>某某学院实验设备竞争性谈判公告</h1><p>六、递交响应文件截止时间及谈判时间：2025年6月25日北京时间9:30时</p><p>七、递交响应文件及谈判地点：某市某路1号</p> | 2025-06-25T09:30
      谈判 递交响应文件截止时间及谈判时间, the opening | bidOpening | <h1>某某学院实验设备竞争性谈判公告</h1><p>六、递交响应文件截止时间及谈判时间：2025年6月25日北京时间9:30时</p><p>七、递交响应文件及谈判地点：某市某路1号</p> | 2025-06-25T09:30
      谈判 接受响应文件截止时间及谈判开始时间 (中央国家机关政府采购中心), the opening | bidOpening | <h1>某某刊物印刷服务项目竞争性谈判公告</h1><p>6、接受响应文件时间、接受响应文件截止时间及谈判开始时间</p><p>接受响应文件时间：2016年6月21日上午8：30-9：00（北京时间）</p><p>接受响应文件截止时间及谈判开始时间：2016年6月21日上午9：00（北京时间）</p><p>7、谈判地点</p> | 2016-06-21T09:00
      谈判 接受响应文件截止时间及谈判开始时间, the deadline | bidDeadline | <h1>某某刊物印刷服务项目竞争性谈判公告</h1><p>6、接受响应文件时间、接受响应文件截止时间及谈判开始时间</p><p>接受响应文件时间：2016年6月21日上午8：30-9：00（北京时间）</p><p>接受响应文件截止时间及谈判开始时间：2016年6月21日上午9：00（北京时间）</p><p>7、谈判地点</p> | 2016-06-21T09:00
      询价 提交响应文件截止时间及询价开始时间, the opening | bidOpening | <h1>某某设备询价公告</h1><p>提交响应文件截止时间及询价开始时间：2016年7月5日14:00</p><p>询价地点：某某市某路9号</p> | 2016-07-05T14:00
      磋商 响应文件提交截止时间及磋商开始时间, the opening | bidOpening | <h1>某某服务竞争性磋商公告</h1><p>响应文件提交截止时间及磋商开始时间：2019年3月12日9时30分</p> | 2019-03-12T09:30
      中央国家机关政府采购中心 header row, 项目编号 beside a bare 日期 | publishedAt | <h1>某某部机关办公楼维修改造项目招标公告</h1><table><tr><td><p>项目编号：GC-GG0000001</p></td><td><p style="TEXT-ALIGN: right">日期：2018年1月12日</p></td></tr></table><p>一、招标项目概况</p><p>项目名称：某某部机关办公楼维修改造项目</p> | 2018-01-12T00:00
      a header row of 项目编号 and 开标日期 dates no publication (guard) | publishedAt | <h1>某某部机关办公楼维修改造项目招标公告</h1><table><tr><td><p>项目编号：GC-GG0000001</p></td><td><p>开标日期：2018年2月2日</p></td></tr></table><p>一、招标项目概况</p> | none
      a heading 五、递交投标文件时间及地点 over a window (山东 county, 2016) | bidDeadline | <p>五、递交投标文件时间及地点</p><p>1、时间：2016年6月23日08时30分至2016年6月23日09时30分(北京时间);</p><p>2、地点：某某市政府采购大厅(某某路1号)。</p><p>六、开标时间及地点</p><p>1、2016年6月23日09时30分(北京时间);</p> | 2016-06-23T09:30
      a heading 四、提交响应文件时间和地点 over a window | bidDeadline | <p>四、提交响应文件时间和地点</p><p>时间：2019年3月12日9:00至9:30</p><p>地点：某某市某路1号</p> | 2019-03-12T09:30
      the same run on one line, the opening's item a bare date ("六、开标时间及地点1、2016年…") | bidOpening | <p>一、采购项目名称：某某市人民法院视频系统采购二、采购项目编号：SDXY2016货物001三、采购项目分包情况：详见招标文件四、获取招标文件1、时间：自公告发布之日至2016年6月13日17时30分(北京时间，法定节假日除外)2、地点：某某项目管理有限公司五、递交投标文件时间及地点1、时间：2016年6月23日08时30分至2016年6月23日09时30分(北京时间);2、地点：某某市政府采购大厅(某某路1号)。六、开标时间及地点1、2016年6月23日09时30分(北京时间);2、地点：某某市政府采购大厅(某某路1号)。七、联系方式1、采购人：某某市人民法院</p> | 2016-06-23T09:30
      the same run on one line, the deadline | bidDeadline | <p>一、采购项目名称：某某市人民法院视频系统采购二、采购项目编号：SDXY2016货物001三、采购项目分包情况：详见招标文件四、获取招标文件1、时间：自公告发布之日至2016年6月13日17时30分(北京时间，法定节假日除外)2、地点：某某项目管理有限公司五、递交投标文件时间及地点1、时间：2016年6月23日08时30分至2016年6月23日09时30分(北京时间);2、地点：某某市政府采购大厅(某某路1号)。六、开标时间及地点1、2016年6月23日09时30分(北京时间);2、地点：某某市政府采购大厅(某某路1号)。七、联系方式1、采购人：某某市人民法院</p> | 2016-06-23T09:30
      询价 报价截止时间 | bidDeadline | <h1>某某学校课桌椅询价公告</h1><p>报价截止时间：2025年6月20日17:00</p><p>报价地点：某市某路1号</p> | 2025-06-20T17:00
      works 投标文件递交的截止时间（投标截止时间，下同）为 | bidDeadline | <p>6.投标文件的递交</p><p>6.1投标文件递交的截止时间（投标截止时间，下同）为2025年6月25日9时30分，地点为某市公共资源交易中心。</p> | 2025-06-25T09:30
      投标文件递交的截止时间 with a colon, no heading | bidDeadline | <h1>某某村道路硬化工程招标公告</h1><p>投标文件递交的截止时间：2025年6月25日9时30分，地点：某县公共资源交易中心。</p> | 2025-06-25T09:30
      提交响应文件的截止时间 with a colon | bidDeadline | <h1>某某学校食堂改造项目询比采购公告</h1><p>1、提交响应文件的截止时间：2025年6月25日9:30</p><p>2、提交地点：某市某路1号</p> | 2025-06-25T09:30
      开标时间 同投标截止时间 | bidOpening | <p>投标截止时间：2025年6月25日9时30分</p><p>开标时间：同投标截止时间</p><p>开标地点：某市公共资源交易中心</p> | 2025-06-25T09:30
      开标时间 同投标截止时间, the deadline in a sentence | bidOpening | <p>投标人应于2025年6月25日9时30分前将投标文件递交至某市公共资源交易中心。</p><p>开标时间：同投标截止时间。</p> | 2025-06-25T09:30
      投标截止时间 同开标时间 | bidDeadline | <p>开标时间：2025年6月25日9:30</p><p>投标截止时间：同开标时间</p> | 2025-06-25T09:30
      请于…前将投标文件送达 | bidDeadline | <p>请于2025年6月25日9:30前将投标文件送达某市某路1号某大厦3楼会议室，逾期送达的投标文件恕不接受。</p> | 2025-06-25T09:30
      项目概况 并于…前递交投标文件 | bidDeadline | <h1>某某局办公设备采购项目招标公告</h1><p>项目概况</p><p>某某局办公设备采购项目招标项目的潜在投标人应在某市公共资源交易网获取招标文件，并于2025年06月25日 09点30分（北京时间）前递交投标文件。</p><p>一、项目基本情况</p><p>项目编号：ZB2025-001</p> | 2025-06-25T09:30
      项目概况 磋商 并于…前提交响应文件 | bidDeadline | <h1>某某中心保洁服务项目竞争性磋商公告</h1><p>项目概况</p><p>某某中心保洁服务项目采购项目的潜在供应商应在某某政府采购网获取采购文件，并于 2025年06月25日 14点30分（北京时间）前提交响应文件。</p><p>一、项目基本情况</p> | 2025-06-25T14:30
      定于…在…开标 | bidOpening | <p>本项目定于2025年6月25日9时30分在某市公共资源交易中心第二开标室开标，投标人的法定代表人或其委托代理人应准时参加。</p> | 2025-06-25T09:30
      开标会议定于…在…举行 | bidOpening | <p>七、开标</p><p>开标会议定于2025年6月25日上午9:30在某市某路1号会议室举行，请投标人派代表参加。</p> | 2025-06-25T09:30
      原开标时间；变更后开标时间 | bidOpening | <h1>某某局办公设备采购项目更正公告</h1><p>二、更正信息</p><p>更正事项：采购公告</p><p>更正内容：原开标时间：2025年6月25日9:30；变更后开标时间：2025年7月2日9:30。</p><p>更正日期：2025年06月20日</p> | 2025-07-02T09:30
      原投标截止时间；变更后投标截止时间 | bidDeadline | <h1>某某局办公设备采购项目更正公告</h1><p>二、更正信息</p><p>更正内容：原投标截止时间：2025年6月25日9:30；变更后投标截止时间：2025年7月2日9:30。</p><p>更正日期：2025年06月20日</p> | 2025-07-02T09:30
      开标时间由…更正为… | bidOpening | <h1>某某局办公设备采购项目更正公告</h1><p>更正内容：开标时间由2025年6月25日9:30更正为2025年7月2日9:30。</p> | 2025-07-02T09:30
      投标截止时间：由…延期至… | bidDeadline | <h1>某某局办公设备采购项目延期公告</h1><p>投标截止时间：由2025年6月25日9:30延期至2025年7月2日9:30。</p> | 2025-07-02T09:30
      原公告 then 现更正为 | bidDeadline | <h1>某某局办公设备采购项目更正公告</h1><p>原公告：投标截止时间为2025年6月25日9时30分</p><p>现更正为：投标截止时间为2025年7月2日9时30分</p> | 2025-07-02T09:30
      更正日期 is a correction's publication | publishedAt | <h1>某某局办公设备采购项目更正公告</h1><p>一、项目基本情况</p><p>原公告的采购项目编号：ZB2025-001</p><p>原公告的采购项目名称：某某局办公设备采购项目</p><p>首次公告日期：2025年06月04日</p><p>二、更正信息</p><p>更正事项：采购公告</p><p>更正内容：投标截止时间延期至2025年7月2日9:30</p><p>更正日期：2025年06月20日</p><p>三、其他补充事宜</p><p>无</p> | 2025-06-20T00:00
      原定于…开标，现延期至… | bidOpening | <h1>某某局办公设备采购项目延期开标公告</h1><p>原定于2025年6月25日9:30开标的某某局办公设备采购项目，现延期至2025年7月2日9:30开标。</p> | 2025-07-02T09:30
      投标截止时间和开标时间延期至 | bidOpening | <h1>某某局办公设备采购项目更正公告</h1><p>因采购需求调整，本项目投标截止时间和开标时间延期至2025年7月2日9:30。</p> | 2025-07-02T09:30
      中标日期 is no publication | publishedAt | <h1>某某局办公设备采购项目中标公告</h1><p>五、中标信息</p><p>招标公告日期：2025年06月04日</p><p>中标日期：2025年06月28日</p><p>总中标金额：25.6 万元（人民币）</p><p>中标供应商名称：某某科技有限公司</p> | none
      定标日期 is no publication, the signature is | publishedAt | <h1>某某学校教学设备采购项目中标结果公告</h1><p>定标日期：2025年6月27日</p><p>中标单位：某某科技有限公司</p><p>某某招标代理有限公司</p><p>2025年6月28日</p> | 2025-06-28T00:00
      成交日期 in dots is no publication | publishedAt | <h1>某某委员会舆情监测服务成交公告</h1><p>一、成交日期：2025.06.27</p><p>二、成交信息：</p><p>成交供应商：某某信息技术有限公司</p> | none
      公示期 start | publishedAt | <h1>某某道路改造工程中标候选人公示</h1><p>公示期：2025年6月1日至2025年6月3日</p><p>第一中标候选人：某某建设有限公司</p> | 2025-06-01T00:00
      公示期 and a signature: the signature | publishedAt | <h1>某某道路改造工程中标候选人公示</h1><p>公示期：2025年6月2日至2025年6月4日</p><p>第一中标候选人：某某建设有限公司</p><p>招标人：某某局</p><p>2025年6月1日</p> | 2025-06-01T00:00
      the date under two signing names | publishedAt | <h1>某某局办公设备采购项目中标公告</h1><p>中标供应商：某某科技有限公司</p><p>采购人：某某局</p><p>采购代理机构：某某招标有限公司</p><p>2025年6月4日</p> | 2025-06-04T00:00
      a signature date in dots | publishedAt | <h1>某某局办公设备采购项目中标公告</h1><p>中标供应商：某某科技有限公司</p><p>某某招标有限公司</p><p>2025.06.04</p> | 2025-06-04T00:00
      a signature date then its attachments | publishedAt | <h1>某某局办公设备采购项目中标公告</h1><p>中标供应商：某某科技有限公司</p><p>某某招标有限公司</p><p>2025年6月4日</p><p>附件：中标通知书.pdf</p> | 2025-06-04T00:00
      a signature date spaced as Word writes it | publishedAt | <h1>某某局办公设备采购项目中标公告</h1><p>中标供应商：某某科技有限公司</p><p>某某招标有限公司</p><p>2025 年 6 月 4 日</p> | 2025-06-04T00:00
      a signature with a 日期 label | publishedAt | <h1>某某局办公设备采购项目中标公告</h1><p>中标供应商：某某科技有限公司</p><p>发布人：某某招标有限公司</p><p>日 期：2025年6月4日</p> | 2025-06-04T00:00
      a tender date of the award sentence is no publication | publishedAt | <h1>某某局办公设备采购项目成交公告</h1><p>本项目采购公告于2025年6月4日在某某政府采购网发布，现将结果公告如下：</p><p>成交供应商：某某科技有限公司</p> | none
      公告期限 stating dates | publishedAt | <h1>某某局办公设备采购项目成交公告</h1><p>成交供应商：某某科技有限公司</p><p>七、公告期限：2025年6月4日至2025年6月5日</p> | 2025-06-04T00:00
      a deadline in Chinese numerals | bidDeadline | <p>投标截止时间：二〇二五年六月二十五日上午九时三十分</p> | 2025-06-25T09:30
      下午2:30 | bidOpening | <p>开标时间：2025年6月25日下午2:30</p> | 2025-06-25T14:30
      中午12:00 | bidDeadline | <p>投标截止时间：2025年6月25日中午12:00</p> | 2025-06-25T12:00
      9:00时 | bidOpening | <p>开标时间：2025年6月25日9:00时</p> | 2025-06-25T09:00
      9时30分整 | bidDeadline | <p>响应文件提交截止时间：2025年6月25日9时30分整（北京时间）</p> | 2025-06-25T09:30
      seconds 09:30:00 | bidOpening | <p>开标时间：2025-06-25 09:30:00</p> | 2025-06-25T09:30
      dots with a time | bidDeadline | <p>投标截止时间：2025.06.25 09:30</p> | 2025-06-25T09:30
      a full-width colon 14：30 | bidOpening | <p>开启时间：2025年6月25日14：30</p> | 2025-06-25T14:30
      a deadline window 8:30-9:30 | bidDeadline | <p>投标截止时间：2025年6月25日8:30-9:30</p> | 2025-06-25T09:30
      投标文件递交时间 as a window | bidDeadline | <h1>某某村道路硬化工程招标公告</h1><p>投标文件递交时间：2025年6月25日8:30至9:30（北京时间）</p><p>投标文件递交地点：某县公共资源交易中心</p> | 2025-06-25T09:30
      a window of 上午 with a long dash | bidDeadline | <p>投标截止时间：2025年6月25日上午9:00—9:30</p> | 2025-06-25T09:30
      a weekday before the time | bidOpening | <p>开标时间：2025年6月25日 星期三 上午9:30</p> | 2025-06-25T09:30
      a deadline sentence with a weekday | bidDeadline | <p>投标人须于2025年6月25日（星期三）上午9:30前将投标文件递交至某市公共资源交易中心。</p> | 2025-06-25T09:30
      a year missing after the window's full date | bidDeadline | <p>获取招标文件时间：2025年6月4日至6月11日</p><p>投标截止时间：6月25日9:30（北京时间）</p> | 2025-06-25T09:30
      a year missing in the opening after the deadline's | bidOpening | <p>投标截止时间：2025年6月25日9:30</p><p>开标时间：6月25日9:30</p> | 2025-06-25T09:30
      踏勘 in a sentence is no deadline | bidDeadline | <p>现场踏勘：投标人须于2025年6月12日9:00前到某某学校门口集合，逾期不予安排。</p><p>投标人应于2025年6月25日9:30前将投标文件递交至某市公共资源交易中心。</p> | 2025-06-25T09:30
      a question deadline is no bid deadline | bidDeadline | <h1>某某学校教学设备采购项目招标公告</h1><p>投标人对招标文件有疑问的，须于2025年6月15日17:00前将疑问以书面形式提交至某某招标有限公司。</p> | none
      a site visit 现场考察 is no deadline | bidDeadline | <h1>某某医院物业服务项目竞争性磋商公告</h1><p>供应商须于2025年6月12日9:00前到某某医院后勤处参加现场考察，并提交考察确认函。</p> | none
      a deadline in a table row | bidDeadline | <table><tr><td>投标截止时间</td><td>2025-06-25 09:30</td></tr><tr><td>开标地点</td><td>某市公共资源交易中心</td></tr></table> | 2025-06-25T09:30
      开标（开启）时间 | bidOpening | <p>五、开标（开启）时间：2025年6月25日9:30</p> | 2025-06-25T09:30
      开启 in a sentence | bidOpening | <p>响应文件将于2025年6月25日9:30在某某电子交易平台开启。</p> | 2025-06-25T09:30
      五、开启 then 时间 on the next line | bidOpening | <p>五、开启</p><p>时间：</p><p>2025年06月25日 09:30</p><p>地点：某市公共资源交易中心</p> | 2025-06-25T09:30
      a result's 开标日期 with no time | bidOpening | <h1>某某局办公设备采购项目中标公告</h1><p>开标日期：2025年6月25日</p><p>中标供应商：某某科技有限公司</p> | 2025-06-25T00:00
      评标日期 is no opening | bidOpening | <h1>某某局办公设备采购项目中标公告</h1><p>评标日期：2025年6月26日</p><p>中标供应商：某某科技有限公司</p> | none
      # round 11p-pb: an Epoint 中标候选人公示's 招标概况 sentence (宜昌), a clause that opens with the opening's date
      a clause's date then 在…开标 after the tender's publication | bidOpening | <h1>某某道路工程中标候选人公示</h1><p>一、招标概况</p><p>某某道路工程于2025年05月20日在某某公共资源交易电子服务系统发布招标公告，2025年06月11日 09时00分在某某市公共资源交易中心开标、评标,根据评标委员会提交的评标报告，现将中标候选人公示如下：</p> | 2025-06-11T09:00
      a clause's date then 在…发布 is no opening | bidOpening | <h1>某某道路工程中标候选人公示</h1><p>一、招标概况</p><p>本项目已完成评审，2025年05月20日在某某公共资源交易电子服务系统发布招标公告。</p> | none
      a clause's date then 在…获取 is no opening | bidOpening | <h1>某某道路工程招标公告</h1><p>请于报名后，2025年06月01日起在某某公共资源交易中心获取招标文件，开标另行通知。</p> | none
      # round 11t-ry: Word runs in full-width digits in a sentence, read from the whole text (DateGaps' checks come after
      # folding): a year and an hour cut in two, a colon after 时; a gap between a phone's digits changes no date
      a deadline sentence in full-width Word runs | bidDeadline | <p>投标人应于２０ ２１年５月１２日 ０ ９ 时：３０分前将投标文件送达某某中心。</p> | 2021-05-12T09:30
      an opening sentence in full-width Word runs | bidOpening | <p>本项目定于２０２１年５月 １ ２ 日上午９时：３０分在某某中心进行开标。</p> | 2021-05-12T09:30
      a phone's gaps beside a sentence date | bidOpening | <p>联系电话：0791 8888 8888。本项目于2021年5月12日 9:30在某某中心开标。</p> | 2021-05-12T09:30
      """)
  void field(String layout, String field, String html, String expected) {
    LocalDateTime d = FIELDS.get(field).apply(page(html));
    assertEquals(expected, d == null ? null : d.toString(), layout);
  }
}
