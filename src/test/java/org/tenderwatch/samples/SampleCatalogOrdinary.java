package org.tenderwatch.samples;

import static org.tenderwatch.samples.NoticeBodies.awardBody;
import static org.tenderwatch.samples.NoticeBodies.awardSummary;
import static org.tenderwatch.samples.NoticeBodies.tenderBody;
import static org.tenderwatch.samples.NoticeBodies.tenderSummary;

import java.time.LocalDateTime;
import java.util.List;
import org.tenderwatch.samples.NoticeBodies.Method;
import org.tenderwatch.samples.NoticeBodies.Project;
import org.tenderwatch.samples.SampleModel.Expect;
import org.tenderwatch.samples.SampleModel.Lot;
import org.tenderwatch.samples.SampleModel.Notice;
import org.tenderwatch.samples.SampleModel.Party;
import org.tenderwatch.samples.SampleModel.Template;

/**
 * The notices that must not be flagged: real ones (copied or re-rendered from src/test/resources/realdata), ordinary
 * synthetic ones in the other channels, and near-misses that share a word with a flag term (AWS D1.1, A100 as
 * an instrument model, Minecraft Bedrock, Azure Active Directory, 四川省大学生). Buyers of synthetic notices are
 * real institutions; what they buy here, and every supplier, agency and person, is invented.
 */
final class SampleCatalogOrdinary {

  private SampleCatalogOrdinary() {}

  private static LocalDateTime at(String s) {
    return LocalDateTime.parse(s.replace(' ', 'T'));
  }

  private static Expect none(String type, Project pr, Long budget, List<Lot> lots, Long award, String kind, String note) {
    return new Expect(type, pr.no(), pr.buyer().name(), budget, List.of(), lots, award, null, kind, null, note);
  }

  static List<Notice> notices() {
    return List.of(realAircon(), realUir001(), realUir003(), realUir004(), realUir009(), singleSource(), correction(),
        oldAward(), nearWelding(), nearA100(), nearMinecraft(), nearOffice365(), nearSichuanStudents());
  }

  // ---------------------------------------------------------------- real notices

  private static Notice real(String path, Template t, String title, String pub, String province, String buyer,
      Expect e, String source, String readme) {
    return new Notice(path, t, title, at(pub), province, null, null, buyer, null, null, List.of(), e, source, readme);
  }

  private static Expect realExpect(String type, String no, String buyer, Long budget, List<Lot> lots, Long award,
      String note) {
    return new Expect(type, no, buyer, budget, List.of(), lots, award, null, "ordinary", null, note);
  }

  static Notice realAircon() {
    return real("cggg/dfgg/zbgg/202505/t20250527_24670758.htm", Template.REAL_COPY,
        "深圳市龙华科技实验高级中学空调采购中标（成交）结果公告", "2025-05-27 20:20", "广东", "深圳市龙华科技实验高级中学",
        realExpect("award", "LHACG2025000057", "深圳市龙华科技实验高级中学", null,
            List.of(new Lot("A", "深圳市金龙空调电器有限公司", "深圳市南山区桃源街道西丽留仙大道1201号创客小镇13栋3楼东", 6_687_920)),
            6_687_920L, "real page; 概要 says ￥668.790000万元, body 6687920.0元; 投标供应商/候选 lists are not winners"),
        "ccgp_detail_shenzhen_longhua_aircon_award.html", "REAL page copied byte for byte (summary table display:none)");
  }

  static Notice realUir001() {
    return real("cggg/zygg/gkzb/202506/t20250604_24710007.htm", Template.REAL_UIR,
        "国家广播电视总局监管中心广播电视行业网络安全保护管理系统工程监理采购项目公开招标公告", "2025-06-04 16:42", "北京",
        "国家广播电视总局监管中心",
        realExpect("tender", "TC25080AS", "国家广播电视总局监管中心", 560_000L, List.of(), null, "real text"),
        "ccgp_uir_001_broadcast_security_supervision.json", "REAL text re-rendered into the vF page");
  }

  static Notice realUir003() {
    return real("cggg/dfgg/zbgg/202504/t20250411_24427761.htm", Template.REAL_UIR,
        "核与辐射环境应急监测能力建设项目环保监测设备采购项目中标公告", "2025-04-11 10:29", "北京", "北京市核与辐射安全中心",
        realExpect("award", "11000025210200115760-XM001", "北京市核与辐射安全中心", null,
            List.of(new Lot("1", "联合光科（北京）科技有限公司", "北京市北京经济技术开发区科创十三街29号院一区2号楼13层1302-C18", 4_000_000)),
            4_000_000L, "real text; its two attachments are not mirrored"),
        "ccgp_uir_003_radiation_monitoring_award.json", "REAL text re-rendered into the vF page");
  }

  static Notice realUir004() {
    return real("cggg/zygg/zbgg/202505/t20250523_24654307.htm", Template.REAL_UIR,
        "中国动物疫病预防控制中心2025年兽医卫生综合信息平台集成运维服务项目中标公告", "2025-05-23 20:13", "北京",
        "中国动物疫病预防控制中心",
        realExpect("award", "25CNIC-024852-49", "中国动物疫病预防控制中心", null, List.of(
            new Lot("1", "北京安信天行科技有限公司", "北京市海淀区北四环西路68号10层1001号", 1_236_000),
            new Lot("2", "闪联（河北）农业科技有限公司", "河北省石家庄市桥西区胜利南街118号塔坛国际商贸城1号楼05单元1413", 1_188_000),
            new Lot("3", "北京信诺软通信息技术有限公司", "北京市石景山区实兴大街30号院3号楼2层A-3194房间", 1_075_000),
            new Lot("4", "闪联（河北）农业科技有限公司", "", 688_000),
            new Lot("5", "武汉至为科技有限公司", "武汉东湖新技术开发区光谷大道41号现代·国际设计城三期7号研发楼栋11层04号（自贸区武汉片区）", 620_000)),
            4_807_000L, "real text; five lots written '1包-北京安信天行科技有限公司'; attachments not mirrored"),
        "ccgp_uir_004_veterinary_platform_award.json", "REAL text re-rendered into the vF page");
  }

  static Notice realUir009() {
    return real("cggg/dfgg/zbgg/202504/t20250427_24507229.htm", Template.REAL_UIR,
        "2025年广州市新污染物环境调查监测与风险评估采购项目中标结果公告", "2025-04-27 11:34", "广东",
        "广东省广州生态环境监测中心站",
        realExpect("award", "GZZJ-ZG-2025075", "广东省广州生态环境监测中心站", null, List.of(
            new Lot("1", "生态环境部华南环境科学研究所(联合体成员：广东省科学院测试分析研究所（中国广州分析测试中心）)",
                "广东省广州市黄埔区瑞和路18号", 575_000),
            new Lot("2", "华南师范大学", "广东省广州市天河区中山大道西55号", 610_000)),
            1_185_000L, "real text; two 合同包 in tables; a university as supplier (not a buyer)"),
        "ccgp_uir_009_pollutant_monitoring_award.json", "REAL text re-rendered into the vF page");
  }

  // ---------------------------------------------------------------- ordinary synthetic notices

  static Notice singleSource() {
    Party buyer = new Party("中国农业科学院作物科学研究所", "北京市海淀区中关村南大街12号", "010-82108571");
    Party agency = new Party("北京中科国信招标有限公司", "北京市海淀区知春路7号致真大厦D座11层", "010-62379015");
    Project pr = new Project("ZKGX-2024-DY0107", "中国农业科学院作物科学研究所液质联用仪维保服务项目",
        "服务/维修和保养服务/设备维修和保养服务", 480_000, buyer, agency, "刘畅", "010-62379015", "海淀区", "赵老师");
    LocalDateTime pub = at("2024-03-19 15:00");
    Party supplier = new Party("北京谱析科仪技术服务有限公司", "北京市昌平区回龙观镇生命园路8号院3号楼5层", "010-80725316");
    return new Notice("cggg/zygg/dylygg/202403/t20240319_21612088.htm", Template.VF,
        pr.name() + "单一来源采购公示", pub, "北京", pr.region(), "pzln11", buyer.name(), NoticeBodies.plainSummary(pr, pub),
        NoticeBodies.singleSourceBody(pr, "对研究所现有液相色谱-质谱联用仪2台提供为期一年的原厂级维护保养服务。",
            "该设备的核心部件及控制软件仅由原厂授权服务商提供维修服务，其他供应商无法获得原厂备件及软件授权，符合《政府采购法》第三十一条第一项规定的情形。",
            supplier, "王建华（研究员，中国农业大学）、孙丽（高级工程师）、马晓东（研究员）：同意采用单一来源采购方式。", pub),
        List.of(), none("tender", pr, 480_000L, List.of(), null, "ordinary",
            "单一来源公示 opens a procurement: type tender; the named supplier is proposed, not a winner"),
        null, "单一来源公示 (dylygg)");
  }

  static Notice correction() {
    Party buyer = new Party("成都市第三人民医院", "四川省成都市青羊区青龙街82号", "028-61318114");
    Party agency = new Party("四川天府信诚招标有限公司", "成都市锦江区东大街下东大街段99号平安金融中心19层", "028-86753120");
    Project pr = new Project("TFXC-2024-GK0302", "成都市第三人民医院医用耗材配送服务项目", "服务/其他服务", 3_600_000,
        buyer, agency, "杨帆", "028-86753120", "青羊区", "采购办");
    LocalDateTime pub = at("2024-05-15 17:40");
    return new Notice("cggg/dfgg/gzgg/202405/t20240515_21930277.htm", Template.VF, pr.name() + "更正公告", pub, "四川",
        pr.region(), "pzln51", buyer.name(), NoticeBodies.plainSummary(pr, pub),
        NoticeBodies.correctionBody(pr, "2024年05月06日", "采购公告、招标文件",
            "原提交投标文件截止时间及开标时间“2024年05月27日 09:30”，更正为“2024年06月03日 09:30”。", pub),
        List.of(), none("correction", pr, null, List.of(), null, "ordinary", "原…更正为… correction of a date"),
        null, "更正公告 (gzgg)");
  }

  static Notice oldAward() {
    Party buyer = new Party("三明市第一医院", "福建省三明市梅列区列东街29号", "0598-8244017");
    Party agency = new Party("福建闽中招标代理有限公司", "三明市梅列区新市中路168号财富大厦12层", "0598-8236620");
    Project pr = new Project("[350400]MZZB[GK]2016008", "三明市第一医院病房护理床采购项目", "货物/通用设备/医疗设备/病房护理设备",
        500_000, buyer, agency, "黄丽", "0598-8236620", "三明市", "设备科");
    LocalDateTime pub = at("2016-06-12 16:45");
    Lot win = new Lot("1", "三明市康桥医疗器械有限公司", "三明市梅列区列东街88号", 458_000);
    String experts = "陈国平、林晓燕、郑宏、吴志坚、余芳";
    return new Notice("cggg/dfgg/zbgg/201606/t20160612_6912458.htm", Template.VT, pr.name() + "中标公告", pub, "福建",
        pr.region(), null, buyer.name(),
        NoticeBodies.oldAwardSummary(pr, pub, "2016年05月20日", "2016年06月08日", experts, win.amountCny()),
        NoticeBodies.oldAwardBody(pr, "2016年05月20日", "2016年06月08日", experts, win),
        List.of(), none("award", pr, null, List.of(win), win.amountCny(), "ordinary",
            "old vT template, 2016; amounts in 万元 (45.8); summary says 采购人"),
        null, "≤2016 vT template, old award wording");
  }

  // ---------------------------------------------------------------- near-misses

  static Notice nearWelding() {
    Party buyer = new Party("江苏省特种设备安全监督检验研究院", "江苏省南京市建邺区江东中路111号", "025-86992370");
    Party agency = new Party("江苏金诚招标咨询有限公司", "南京市鼓楼区中山北路281号虹桥中心10楼", "025-83245106");
    Project pr = new Project("JSJC-2024-GK0226", "江苏省特种设备安全监督检验研究院钢结构焊缝无损检测服务采购项目",
        "服务/专业技术服务/技术测试和分析服务", 860_000, buyer, agency, "孙浩", "025-83245106", "建邺区", "钱工");
    LocalDateTime pub = at("2024-03-26 09:00");
    LocalDateTime deadline = at("2024-04-16 09:30");
    String place = "江苏政府采购网电子交易平台";
    return new Notice("cggg/dfgg/gkzb/202403/t20240326_21655307.htm", Template.VF, pr.name() + "公开招标公告", pub, "江苏",
        pr.region(), "pzln32", buyer.name(),
        tenderSummary(pr, Method.GKZB, pub, deadline, place, List.of(SampleCatalog.WELD_DOC)),
        tenderBody(pr, Method.GKZB, pub, deadline, place, List.of("标的名称：钢结构焊缝无损检测服务", "数量：1项",
            "简要服务要求：对承压设备及钢结构焊缝开展超声、射线及磁粉检测并出具检测报告，检测依据及技术要求详见招标文件第三章。"),
            "合同签订之日起12个月。", "投标人须具有检验检测机构资质认定证书（CMA）。", List.of("招标文件见公告附件。")),
        List.of(SampleCatalog.WELD_DOC),
        none("tender", pr, 860_000L, List.of(), null, "near-miss",
            "NEAR-MISS in the PDF (p.2): AWS D1.1 is the 美国焊接学会 welding code, not Amazon"),
        null, "near-miss: AWS D1.1 welding code, only in the PDF attachment (p.2)");
  }

  static Notice nearA100() {
    Party buyer = new Party("潍坊市疾病预防控制中心", "山东省潍坊市奎文区健康东街4566号", "0536-8226130");
    Party agency = new Party("山东鸢都招标有限公司", "潍坊市高新区东风东街6388号汇金广场A座15层", "0536-8190216");
    Project pr = new Project("SDGP370700000202402001234", "潍坊市疾病预防控制中心原子吸收分光光度计采购项目",
        "货物/通用设备/仪器仪表/分析仪器/光谱仪器", 300_000, buyer, agency, "高峰", "0536-8190216", "奎文区", "理化科");
    LocalDateTime pub = at("2024-10-15 10:40");
    Lot win = new Lot("1", "潍坊华谱仪器有限公司", "潍坊市奎文区北海路5800号科技大厦9层", 286_000);
    return new Notice("cggg/dfgg/zbgg/202410/t20241015_22706318.htm", Template.VF, pr.name() + "中标公告", pub, "山东",
        pr.region(), "pzln37", buyer.name(), awardSummary(pr, pub, "于洪涛,刘佳,王振", win.amountCny(), List.of()),
        awardBody(pr, pub, List.of(win), "货物类", List.of(
            List.of("序号", "名称", "品牌（如有）", "规格型号", "数量", "单价"),
            List.of("1", "原子吸收分光光度计（火焰/石墨炉一体）", "华谱", "A100", "1台", "286000.00元")),
            "于洪涛、刘佳、王振", "0.429000", List.of("交货期：合同签订后60日内完成安装调试。")),
        List.of(), none("award", pr, null, List.of(win), win.amountCny(), "near-miss",
            "NEAR-MISS: 型号 A100 is a spectrophotometer; no GPU context"),
        null, "near-miss: lab instrument model A100 (原子吸收分光光度计)");
  }

  static Notice nearMinecraft() {
    Party buyer = new Party("宁波市鄞州区教育局", "浙江省宁波市鄞州区惠风东路568号", "0574-88126320");
    Party agency = new Party("宁波甬正招标咨询有限公司", "宁波市鄞州区天童南路588号宁波商会国贸中心A座21层", "0574-87391206");
    Project pr = new Project("YZZB-2024-TP0917", "宁波市鄞州区中小学编程教育软件采购项目", "货物/通用设备/计算机设备及软件/教育软件",
        160_000, buyer, agency, "应磊", "0574-87391206", "鄞州区", "装备中心");
    LocalDateTime pub = at("2024-09-20 16:00");
    Lot win = new Lot("1", "宁波甬创教育科技有限公司", "浙江省宁波市鄞州区首南街道学士路655号3幢1208室", 156_000);
    return new Notice("cggg/dfgg/cjgg/202409/t20240920_22590511.htm", Template.VF, pr.name() + "成交公告", pub, "浙江",
        pr.region(), "pzln33", buyer.name(), awardSummary(pr, pub, "胡晓波,毛静,董立", win.amountCny(), List.of()),
        awardBody(pr, pub, List.of(win), "货物类", List.of(
            List.of("序号", "名称", "品牌（如有）", "规格型号", "数量", "单价"),
            List.of("1", "我的世界教育版（Minecraft Education，基岩版 Bedrock Edition）学生授权（一年）", "网易", "教育版", "1200个", "130.00元")),
            "胡晓波、毛静、董立", "0.234000", List.of("用于全区中小学信息科技课程编程教学。")),
        List.of(), none("award", pr, null, List.of(win), win.amountCny(), "near-miss",
            "NEAR-MISS: Bedrock here is Minecraft Bedrock Edition (我的世界基岩版)"),
        null, "near-miss: Minecraft Bedrock Edition teaching licences");
  }

  static Notice nearOffice365() {
    Party buyer = new Party("中国民航大学", "天津市东丽区津北公路2898号", "022-24092012");
    Party agency = new Party("天津滨海众联招标有限公司", "天津市河西区友谊路35号城市大厦17层", "022-58301276");
    Project pr = new Project("BHZL-2024-TP0603", "中国民航大学正版化软件授权采购项目", "货物/通用设备/计算机设备及软件/基础软件",
        960_000, buyer, agency, "任静", "022-58301276", "东丽区", "网络信息中心");
    LocalDateTime pub = at("2024-06-11 09:45");
    LocalDateTime deadline = at("2024-06-17 09:30");
    String place = "天津市政府采购网";
    return new Notice("cggg/zygg/jzxtpgg/202406/t20240611_22089342.htm", Template.VF, pr.name() + "竞争性谈判公告", pub,
        "天津", pr.region(), "pzln12", buyer.name(), tenderSummary(pr, Method.JZXTP, pub, deadline, place, List.of()),
        tenderBody(pr, Method.JZXTP, pub, deadline, place, List.of("标的名称：正版化软件授权", "数量：1项",
            "简要服务要求：Microsoft 365 A3 教职工授权2600个（含 Office 365 桌面应用、Exchange Online）；"
                + "Azure Active Directory（Microsoft Entra ID）P1 身份认证授权2600个；Windows 11 教育版升级授权。"),
            "合同签订之日起12个月。", "供应商须为微软授权教育经销商。", List.of("无。")),
        List.of(), none("tender", pr, 960_000L, List.of(), null, "near-miss",
            "NEAR-MISS: Azure Active Directory and Office 365 licences, no OpenAI"),
        null, "near-miss: Azure Active Directory / Office 365 licences");
  }

  static Notice nearSichuanStudents() {
    Party buyer = new Party("四川省教育厅", "四川省成都市青羊区陕西街26号", "028-86110530");
    Party agency = new Party("四川锦城招标咨询有限公司", "成都市武侯区人民南路四段27号商鼎国际1号楼16层", "028-85561927");
    Project pr = new Project("JCZB-2024-XJ0930", "2024年四川省大学生程序设计竞赛云服务器租用服务项目",
        "服务/信息技术服务/运营服务/其他运营服务", 100_000, buyer, agency, "蒋丽", "028-85561927", "青羊区", "高教处");
    LocalDateTime pub = at("2024-10-22 11:20");
    Lot win = new Lot("1", "成都天府云数科技有限公司", "成都市高新区天府五街200号菁蓉汇3栋B座8层", 98_500);
    return new Notice("cggg/dfgg/cjgg/202410/t20241022_22744190.htm", Template.VF, pr.name() + "成交公告", pub, "四川",
        pr.region(), "pzln51", buyer.name(), awardSummary(pr, pub, "钟伟,邱敏,付强", win.amountCny(), List.of()),
        awardBody(pr, pub, List.of(win), "服务类", List.of(
            List.of("序号", "供应商名称", "服务名称", "服务范围", "服务要求", "服务时间", "服务标准"),
            List.of("1", win.supplier(), "阿里云 ECS 云服务器租用（200台，4核8GB）", "竞赛评测系统部署及运行保障", "详见询价文件",
                "2024年11月8日至11月12日", "满足竞赛要求")),
            "钟伟、邱敏、付强", "0.147750", List.of("本项目服务于四川省大学生程序设计竞赛。")),
        List.of(), none("award", pr, null, List.of(win), win.amountCny(), "near-miss",
            "NEAR-MISS: 四川省大学生 contains neither 四川大学 (screening) nor AWS; the cloud is 阿里云"),
        null, "near-miss: 四川省大学生 … 阿里云 (no 四川大学, no AWS)");
  }
}
