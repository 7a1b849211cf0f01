package org.tenderwatch.extract;

import java.util.List;
import java.util.stream.Stream;

/**
 * The labels each field is written under (PORTALS.md §4 synonyms), in priority order: the first label found wins.
 * One table for every reader (inline "标签：值", label/value table rows, definition lists), so a synonym added here
 * is read wherever it stands.
 */
final class FieldLabels {

  /**
   * The owner of a works project (建设单位) is its buyer, after the 招标人: a construction notice names its 招标人 first.
   * The unit that will use what a central purchasing body buys (使用单位, beside a 集中采购机构) comes last.
   */
  static final List<String> BUYER = List.of("采购人名称", "采购单位名称", "招标人名称", "采购人", "采购单位", "招标人",
      "招标单位",
      // 四川's 比选公告 (state-owned firms' purchases by comparison): "比选人：某某城市建设投资有限公司"
      "比选人", "项目业主", "采购方", "建设单位", "业主单位", "业主",
      // 浙江 counties' small works let by lottery (发包公告): the employer, "9.1发包人：某县某镇人民政府"
      "发包人", "发包单位", "使用单位",
      // the full name asked for (采购人全称, as 采购代理机构全称 is); a campus's 招标采购单位; a 询价公告's 询价人
      "采购人全称", "采购单位全称", "招标人全称", "招标采购单位", "询价人", "询价单位",
      // last, as 使用单位: the unit whose need is bought (需求单位), the unit entrusting its agent (委托单位, beside
      // 受托单位) and a state firm's 项目单位
      "需求单位", "委托单位", "项目单位",
      // a name asked for by its role's other words (招标单位名称, 建设单位名称, 业主名称); a campus 遴选公告's 遴选单位
      "招标单位名称", "建设单位名称", "业主名称", "项目业主名称", "遴选单位", "遴选人",
      // a state firm's e-procurement notice names the unit running its purchase (its 采购执行人 is a person)
      "采购执行单位");
  static final List<String> AGENCY = List.of("采购代理机构全称", "采购代理机构名称", "招标代理机构全称", "招标代理机构名称",
      "代理机构名称", "采购代理机构", "招标代理机构", "代理机构", "政府集中采购机构", "集中采购机构", "采购机构",
      "招标代理", "采购代理", "代理单位", "招标代理单位", "采购代理单位", "招标代理人", "招标机构", "代理公司",
      "代理机构全称", "集中采购机构名称",
      // 四川's 比选公告: "比选代理机构：某某工程咨询有限公司"
      "比选代理机构",
      // the agent entrusted (委托代理机构, 受托单位) and the agent named as a company (招标代理公司)
      "委托代理机构", "招标代理公司", "采购代理公司", "受托单位",
      // the agency named as the government's or the project's (政府采购代理机构, 项目代理机构)
      "政府采购代理机构", "项目代理机构",
      // 浙江's 政府采购中心 notices: "采购组织机构：某某市政府采购中心"
      "采购组织机构");
  /**
   * The project's own numbers first; a works project's (工程编号); then the budget plan's number (采购计划编号),
   * which 湖南 and other provinces give beside the project number and alone on some county notices; a lot's
   * (标段编号) and a bare 编号 last. A value is a number only when it holds a digit ({@link Labels#findProjectNo}).
   */
  static final List<String> PROJECT_NO = List.of("项目编号", "采购项目编号", "招标项目编号", "采购编号", "招标编号",
      "采购项目文件编号", "招标文件编号", "招标文书编号",
      // 网上竞价 (广东 and other provinces' online bidding) and 询价 notices number the procedure itself
      "网上竞价编号", "竞价编号", "询价编号", "原公告的采购项目编号", "项目序列号", "政府采购编号", "工程编号",
      // ggzy result pages (工程建设) name the number 项目编码; a bare 编号 comes last, so any fuller label wins
      "项目编码", "采购项目编码", "招标项目编码", "政府采购计划编号", "采购计划编号",
      // 重庆's 政府采购 template: "项目号：CQS26C00197" beside its "采购执行编号"
      "项目号",
      // 湖南 counties' plan batch number (采购计划批号：娄财采计[2017]1249); Epoint 中标公示 sheets' 招标代码 over a lot's
      "采购计划批号", "计划批号", "招标代码", "标段编号",
      // a trading centre's 交易编号, the documents' 采购文件编号, a bare 计划编号 (重庆 and other counties' plan numbers)
      "交易编号", "采购文件编号", "计划编号",
      // a campus 遴选公告's and 四川's 比选公告's own numbers; a state firm's e-procurement purchase order (采购单编号)
      "遴选编号", "比选编号", "采购单编号",
      // 河北's 招标投标公共服务平台 numbers a works tender by its notice ("招标公告编号：I1301…G01", a record's th/td row);
      // 重庆's 工程 templates give it beside 项目编码, which comes first
      "招标公告编号",
      // a university's procurement office numbers its own tenders and results (招投标单号, 招投标编号)
      "招投标单号", "招投标编号", "编号");
  /**
   * The notice's total first: a lot's 预算金额 is a part of it ("totals before parts"). 上海's template states the
   * budget as 项目总金额 ("（项目编号:…,预算编号：…，项目总金额：680000.00）").
   */
  static final List<String> BUDGET_TOTAL = List.of("预算总金额", "项目总预算", "采购预算总额", "预算总额", "总预算金额",
      "项目预算总金额", "项目总金额");
  /** A budget label that may stand once per lot. */
  static final List<String> BUDGET = List.of("预算金额", "项目预算金额", "采购预算金额", "采购预算", "项目预算",
      "项目控制预算", "工程预算", "预算",
      // a 采购意向 or a county's notice states its funds: "采购资金预算：200000元", "预算资金：80万元"
      "采购资金预算", "预算资金",
      // the label after 本 (a Chinese char, so 项目预算金额 does not match at a word start): "本项目预算金额：1200000元"
      "本项目预算金额", "本项目预算", "标段预算",
      // the purchase project's own budget ("采购项目预算金额（元）：1200000.00"), whose 项目预算金额 follows a Chinese char
      "采购项目预算金额", "采购项目预算",
      // school and hospital 询价 notices: "预算价：8.6万元"
      "预算价", "采购预算价", "预算价格",
      // a works tender (工程建设 招标公告, 标准施工招标文件 template) states a lot's estimated contract price instead
      "标段合同估算价", "合同估算价", "招标项目估算价", "招标估算价", "工程估算价",
      // or its estimate (概算) in the 项目概况 sentence: "本次招标为某某工程，概算：20496957.03元。"
      "项目概算", "工程概算", "概算",
      // or its approved cost (财政审定 or 审计 预算造价): "预算造价：9561327元"
      "预算造价", "工程预算造价", "审定预算造价",
      // a county's notice names the funds by their source: "财政预算：85万元"
      "财政预算", "财政预算金额", "财政预算资金",
      // the funds named by their kind: "资金预算（万元）：36.8", "财政资金：45万元" ("资金来源：财政资金" states no figure)
      "资金预算", "财政资金",
      // the lots' budgets in one value ("各包预算：包1 80万元，包2 40万元")
      "各包预算", "分包预算");
  static final List<String> AWARD_TOTAL = List.of("总中标金额", "总成交金额", "总中标成交金额", "中标总金额", "成交总金额",
      "中标（成交）总金额",
      // the total with 合计 after it (国家税务总局's own 中标公告: "总中标金额合计：1086万元（人民币）")
      "总中标金额合计", "总成交金额合计", "中标金额合计", "成交金额合计",
      // a property-rights exchange's 成交公示 (产权交易所 deals on ggzy.gov.cn): "交易价格：480.000000（万元）"
      "交易价格");
  /**
   * A contract notice's sum (ggzy/ccgp 合同公告: 采购人名称, 中标（成交）供应商名称, 合同金额, 合同签署时间): the award
   * of that contract, read as the winner's amount ("合同金额" / "3,140.47元 人民币").
   */
  static final List<String> CONTRACT_AMOUNT = List.of("合同金额", "合同总金额", "合同价", "合同总价");
  /**
   * A project's name whose label says its number follows it ("工程名称及编号：某某工程（BZGC2016-018）"): the number
   * in brackets after the name is the project number, read only under such a label, since a name may end in any
   * bracket ("（二次）", "（C包）").
   */
  static final List<String> PROJECT_NAME_AND_NO = List.of("工程名称及编号", "项目名称及编号", "工程名称和编号",
      "项目名称和编号", "招标项目名称及编号", "采购项目名称及编号", "标段名称及编号", "工程名称（编号）", "项目名称（编号）");
  /** A works project's name (工程名称) on ggzy tables and construction notices. */
  static final List<String> PROJECT_NAME = List.of("采购项目名称", "项目名称", "招标项目名称", "工程名称");
  static final List<String> BUYER_ADDRESS = List.of("采购单位地址", "采购人地址", "招标人地址", "采购单位联系地址",
      "采购地址", "采购人联系地址", "招标人联系地址", "建设单位地址", "业主地址");
  static final List<String> CATEGORY = List.of("品目", "采购品目", "品目名称", "采购品目名称", "品目分类",
      "政府采购品目", "采购品目分类");
  static final List<String> MAX_PRICE = List.of("最高限价（如有）", "最高限价", "最高限价金额", "最高投标限价",
      "招标控制价", "采购控制价", "最高控制价",
      // ggzy.gov.cn's own field "控制价（最高限价）", a cell above its value
      "控制价（最高限价）", "控制价", "拦标价",
      // a works tender's result table names the bidders' ceiling ("投标最高限价（元）" / 145354381.96, 四川 ggzy)
      "投标最高限价", "招标最高限价",
      // a lot's own line in 陕西's and 广东's 采购需求 ("合同包最高限价：" / "1,198,050.00元", 宝鸡 凤翔)
      "合同包最高限价", "采购包最高限价",
      // the ceiling named after the bids or the purchase ("投标限价：85万元", "采购限价：")
      "投标限价", "采购限价", "最高采购限价",
      // the ceiling as an upper bound ("上限价：49.5万元", "投标报价上限：118万元")
      "上限价", "采购上限价", "投标报价上限", "报价上限");
  /**
   * A correction's new value named as such ("现开标时间：…" under "原开标时间：…", "变更后投标截止时间：…"): first, as the
   * notice may restate the old value under the plain label.
   */
  private static final List<String> NEW_VALUE = List.of("现", "变更后", "更正后", "调整后", "修改后", "变更后的", "更正后的");
  /** Combined labels ("…截止时间及开标时间：") give both dates; they come first. */
  static final List<String> DEADLINE_AND_OPENING = Stream.of(List.of("递交响应文件截止时间及开标时间",
      "递交响应文件截止时间及磋商会议时间", "提交投标文件截止时间及开标时间", "投标截止时间及开标时间",
      "投标截止及开标时间",
      // the same pair joined by 和 or 、, or the documents named first (school and hospital tenders)
      "提交投标文件截止时间和开标时间", "投标截止时间和开标时间", "投标截止时间、开标时间", "投标文件递交截止时间及开标时间",
      "投标文件递交截止时间和开标时间", "递交投标文件截止时间及开标时间", "递交投标文件截止时间和开标时间",
      "投标文件提交截止时间及开标时间", "响应文件提交截止时间及开启时间", "递交响应文件截止时间及开启时间",
      "提交投标文件截止时间、开标时间", "递交投标文件截止时间、开标时间",
      // a 竞争性谈判's responses handed in as the talks begin ("六、递交响应文件截止时间及谈判时间：…")
      "递交响应文件截止时间及谈判时间", "响应文件提交截止时间及谈判时间",
      // a hospital's 比选 and a campus 询价 open what they took at the deadline
      "比选申请文件递交截止时间及开启时间", "报价文件递交截止时间及开启时间", "递交报价文件截止时间及开启时间",
      // or the deadline in brackets after the opening ("开标时间（投标截止时间）：…")
      "开标时间（投标截止时间）", "开标（投标截止）时间"),
      // or joined by 暨 or a slash ("投标截止时间暨开标时间：…", a cell "投标截止时间/开标时间"), or the opening in brackets
      // after the deadline's label ("投标截止时间（开标时间）：…", the 中国国际招标网 template's; any deadline's wording)
      Stream.of("投标截止时间", "递交投标文件截止时间", "提交投标文件截止时间", "投标文件递交截止时间", "响应文件提交截止时间",
              "递交响应文件截止时间")
          .flatMap(d -> Stream.of(d + "暨开标时间", d + "/开标时间", d + "（开标时间）")).toList(),
      // or as the talks, the 磋商 or the 询价 begin (中央国家机关政府采购中心's "接受响应文件截止时间及谈判开始时间：…")
      Stream.of("接受响应文件截止时间", "提交响应文件截止时间", "递交响应文件截止时间", "响应文件提交截止时间",
          "响应文件递交截止时间").flatMap(d -> Stream.of("谈判", "磋商", "询价").map(k -> d + "及" + k + "开始时间")).toList())
      .flatMap(List::stream).toList();
  static final List<String> DEADLINE = Stream.concat(Stream.concat(
      NEW_VALUE.stream().flatMap(p -> Stream.of(p + "投标截止时间", p + "提交投标文件截止时间", p + "响应文件提交截止时间")),
      Stream.of("提交投标文件截止时间", "提交（上传）投标文件截止时间", "投标截止时间",
      "投标文件递交截止时间", "递交投标文件截止时间", "投标文件提交截止时间", "递交响应文件截止时间",
      "提交响应文件截止时间", "响应文件提交截止时间", "响应文件递交截止时间", "招标递交截止时间", "报价截止时间", "投标截标时间",
      "响应文件截止时间", "投标文件截止时间", "截标时间", "投标时间", "投标截止日期", "提交投标文件截止日期",
      "递交投标文件截止日期", "响应文件提交截止日期", "投标文件接收截止时间", "接收投标文件截止时间",
      // the 竞争性磋商 template's first round of responses
      "提交首次响应文件截止时间", "首次响应文件提交截止时间", "递交首次响应文件截止时间", "首次响应文件递交截止时间",
      // a 资格预审公告's applications (常德's PPP prequalification: "9.1、提交资格预审申请文件截止时间：2018年3月14日…")
      "提交资格预审申请文件截止时间", "资格预审申请文件递交截止时间", "递交资格预审申请文件截止时间",
      "资格预审申请文件提交截止时间", "申请文件递交截止时间", "申请文件提交截止时间",
      // a 询价's quotes
      "报价文件递交截止时间", "报价文件提交截止时间", "递交报价文件截止时间", "报价文件截止时间", "报价递交截止时间",
      // the same with 的 (the 标准施工招标文件's "投标文件递交的截止时间（投标截止时间，下同）：", 询比 "提交响应文件的截止时间：")
      // a campus 网上竞价's bidding closes ("竞价截止时间：2024年5月10日17:00"), a 比选's applications
      "竞价截止时间", "网上竞价截止时间", "比选申请文件递交截止时间", "比选申请文件提交截止时间",
      "比选文件递交截止时间", "比选文件提交截止时间", "比选响应文件递交截止时间", "比选响应文件提交截止时间",
      "投标文件递交的截止时间", "递交投标文件的截止时间", "提交投标文件的截止时间", "投标文件提交的截止时间",
      "提交响应文件的截止时间", "递交响应文件的截止时间", "响应文件提交的截止时间", "响应文件递交的截止时间",
      // last: a window when bids are taken ("投标文件递交时间：2025年6月25日8:30至9:30"), whose end is the deadline
      "投标文件递交时间", "递交投标文件时间", "投标文件提交时间", "提交投标文件时间", "响应文件递交时间", "递交响应文件时间",
      "投标文件接收时间", "接收投标文件时间", "响应文件接收时间",
      // e-bidding uploads, the word 时间 left out ("投标截止：2024年5月20日9:30", no 报名截止)
      "投标文件上传截止时间", "电子投标文件上传截止时间", "上传投标文件截止时间", "投标截止",
      // a campus 询价's quotes the same ("报价截止：2024年6月18日17:00前")
      "报价截止",
      // bids and responses named in one ("投标（响应）文件递交截止时间：…"); a 磋商's own word ("磋商截止时间：…")
      "投标（响应）文件递交截止时间", "投标（响应）文件提交截止时间", "递交投标（响应）文件截止时间",
      "提交投标（响应）文件截止时间", "磋商截止时间", "投标文件的递交截止时间",
      // the deadline and its place in one label ("投标文件提交截止时间及地点：2024年5月20日9时30分，某中心")
      "投标截止时间及地点", "投标截止时间和地点", "提交投标文件截止时间及地点", "投标文件提交截止时间及地点",
      "投标文件递交截止时间及地点", "递交投标文件截止时间及地点")),
      // responses named after the method ("询价响应文件递交截止时间：…", "竞争性谈判响应文件提交截止时间：…")
      Stream.of("询价", "谈判", "磋商", "竞争性谈判", "竞争性磋商", "比选")
          .flatMap(k -> Stream.of("响应文件提交截止时间", "响应文件递交截止时间").map(d -> k + d))).toList();
  static final List<String> OPENING = Stream.concat(NEW_VALUE.stream().map(p -> p + "开标时间"), Stream.of("开标时间",
      "响应文件开启时间", "开启时间", "开标日期", "磋商会议时间",
      "谈判时间", "比选时间", "询价时间", "比选开始时间", "公开招标时间", "开标时间及地点", "开标时间和地点", "开标时间、地点", "开标日期及地点", "开标会时间",
      "开标会议时间", "开评标时间", "投标文件开启时间", "唱标时间", "磋商时间",
      // 磋商, 谈判 and 询价 notices open their responses when the talks begin (重庆's "磋商开始时间： 2026年3月27日 10:00")
      "磋商开始时间", "谈判开始时间", "询价开始时间", "磋商会议开始时间", "谈判会议时间",
      // a works 发包公告 by lottery (抽签法, 浙江 counties' small projects) draws its contractor in the 开标室 instead of
      // opening bids: "4.2抽签时间：2021年5月18日15时00分"; last, so a stated 开标时间 wins
      "抽签时间", "抽签开始时间",
      // hospital tenders of 2015 (广东, 吉林): "九、开标评标时间：", "9、招标开始时间：2015年9月15日9时30分整，地点：…开标室"
      "开标评标时间", "开标、评标时间", "招标开始时间",
      // a section naming both words of the 2020+ templates' opening ("五、开标（开启）时间：…")
      "开标（开启）时间")).toList();
  /** When the portal says it published the notice; a stated time beats the signature line's bare date. */
  static final List<String> PUBLISHED = List.of("发布时间", "发布日期", "公告时间", "公告日期", "首次公告时间",
      "公告发布时间", "信息时间", "公示时间", "发布于", "信息发布时间", "信息发布日期", "公告发布日期", "公示日期",
      "发稿时间", "录入时间", "发表时间", "公示发布日期", "公示发布时间",
      // an Epoint county page's date line under its title ("（更新时间：2018-02-12 阅读次数：646）", 常德); a trading
      // centre's 挂网时间 (when the notice was put on the net)
      "更新时间", "更新日期", "挂网时间", "挂网日期",
      // a government site's document header ("发文日期：2023-05-06" beside 索引号 and 发文机关)
      "发文日期",
      // a result notice's own date on ggzy pages, "（中标公告发布时间：2026年03月16日）": 公告发布时间 there follows a
      // Chinese char, so the shorter label does not match at a word start
      "中标公告发布时间", "成交公告发布时间", "结果公告发布时间",
      // ggzy engineering pages: a notice's publicity starts when it is published ("公告发布开始时间：2026-03-16 17:00",
      // a candidate list's "公示开始时间:")
      "公告发布开始时间", "公示开始时间", "公示开始日期",
      // the same as a four-cell row "公告开始时间 | 2023年2月15日 | 公告结束时间 | 2023年2月28日" (徐州's ggzy pages)
      "公告开始时间", "公告开始日期",
      // a result's publicity period starts the day it is published ("公示期：2026年03月16日至2026年03月18日")
      "公示期", "公示起止时间", "公示期间",
      // the same period named after what is published ("中标候选人公示时间：2023年5月6日至…"), and a 公告期限 that states
      // dates rather than "自本公告发布之日起…"
      "中标候选人公示时间", "中标结果公示时间", "结果公示时间", "评标结果公示时间", "中标候选人公示期", "公告期限");
  /** A correction is published the day it corrects: its date when the page states no other. */
  static final List<String> PUBLISHED_CORRECTION = List.of("更正日期", "本次变更日期", "变更日期", "更正公告日期",
      // a clarification (澄清公告) dated as a correction is
      "澄清日期", "澄清公告日期");
  /**
   * A correction notice's own date ("四、更正公告发布日期：2021年03月05日", whose 公告发布日期 follows a Chinese char and
   * so is no {@link #PUBLISHED} label); read in a correction only: a result lists the earlier notices' dates so
   * ("3、招标公告发布日期：… 4、变更公告发布日期：…").
   */
  static final List<String> PUBLISHED_OWN_CORRECTION = List.of("更正公告发布日期", "更正公告发布时间", "变更公告发布日期",
      "变更公告发布时间");
  /** The region a notice names (the ccgp summary's 行政区域; 湖北's 项目行政主管地区). */
  static final List<String> REGION = List.of("行政区域", "项目行政主管地区", "项目所在行政区划名称", "项目所在行政区划",
      "行政区划名称", "行政区划",
      // an Epoint county page's 基本信息 cell "所属地区：" beside 所属行业; a platform's "所属行政区域：北京市"
      "所属行政区域", "所属行政区划", "所属地区", "所属区域",
      // 新疆's works template: "1．招标项目所在地区：新疆维吾尔自治区·巴音郭楞蒙古自治州·轮台县"
      "招标项目所在地区", "项目所在地区", "项目地区");
  /**
   * Where a works or purchase project is (a ggzy 招标公告's "项目所在地：某省某市某县"): its region when it names an area, not
   * when it is a site's address ("某镇某路18号"), which is no region, as a 建设地点 is none.
   */
  static final List<String> PROJECT_PLACE = List.of("项目所在地",
      // the 中国国际招标网 template's "项目实施地点:中国江苏省" (a hospital's "项目实施地点：县医院煤场" is a site, no area)
      "项目实施地点");
  /**
   * Where works are done (an Epoint result sheet's "建设地点" cell beside the 招标人's): a site, neither region nor
   * address, read for nothing; a name run on before it ends there ({@link NameEnds}).
   */
  static final List<String> PROJECT_SITE = List.of("建设地点", "项目地点", "工程地点", "实施地点", "建设地址");
  /** A notice's own title written as a field (湖北 "公告名称："). */
  static final List<String> NOTICE_TITLE = List.of("公告名称", "公告标题",
      // an aggregator's copy keeps the portal's field: "标题：某县人民医院…询价公告"
      "标题");

  /**
   * Every label a field is read under, the winners' and their amounts' ({@link Suppliers}) included: what a line or
   * a cell is known as a label by ({@link LabelRows}) and what a run-on line is cut before ({@link RunOn}). Left out:
   * {@link #PROJECT_NAME_AND_NO} (its labels end in a known 编号/名称 label's words and are read only where a name
   * stands), {@link #PUBLISHED_CORRECTION} and {@link #NOTICE_TITLE} (read only on their own line). A method, not a
   * constant: Suppliers' lists are read when it is called, whatever order the classes load in.
   */
  static Stream<String> all() {
    return Stream.of(BUYER, AGENCY, PROJECT_NO, BUDGET_TOTAL, BUDGET, AWARD_TOTAL, CONTRACT_AMOUNT, PROJECT_NAME,
        BUYER_ADDRESS, CATEGORY, MAX_PRICE, DEADLINE_AND_OPENING, DEADLINE, OPENING, PUBLISHED, REGION, PROJECT_PLACE,
        Suppliers.NAME_LABELS, Suppliers.AMOUNT_LABELS).flatMap(List::stream);
  }

  private FieldLabels() {}
}
