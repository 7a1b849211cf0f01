package org.tenderwatch.samples;

import static org.tenderwatch.samples.NoticeBodies.awardBody;
import static org.tenderwatch.samples.NoticeBodies.awardSummary;
import static org.tenderwatch.samples.NoticeBodies.tenderBody;
import static org.tenderwatch.samples.NoticeBodies.tenderSummary;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.tenderwatch.samples.NoticeBodies.Method;
import org.tenderwatch.samples.NoticeBodies.Project;
import org.tenderwatch.samples.SampleModel.Attachment;
import org.tenderwatch.samples.SampleModel.Expect;
import org.tenderwatch.samples.SampleModel.Lot;
import org.tenderwatch.samples.SampleModel.Notice;
import org.tenderwatch.samples.SampleModel.Party;
import org.tenderwatch.samples.SampleModel.Template;

/**
 * Every notice of the sample portal, with what a correct crawl should make of it.
 *
 * <p>The four cases retell the 2024 reporting on Chinese buyers reaching US AI compute through cloud
 * resellers, written as notices in the real templates. Buyers are the institutions named in that reporting;
 * every supplier, agency, project number, person and phone number of a synthetic notice is invented. Real
 * notices (REAL_COPY, REAL_UIR) keep their real text.
 */
final class SampleCatalog {

  private SampleCatalog() {}

  /** A stable download id (32 hex digits like the real ones) derived from the file name. */
  static String attachmentId(String fileName) {
    return UUID.nameUUIDFromBytes(("tenderwatch-sample:" + fileName).getBytes(StandardCharsets.UTF_8))
        .toString().replace("-", "");
  }

  static Attachment pdf(String fileName, int evidencePage, List<String> evidenceWords, List<List<String>> pages) {
    return new Attachment(attachmentId(fileName), fileName, pages, evidencePage, evidenceWords);
  }

  private static LocalDateTime at(String s) {
    return LocalDateTime.parse(s.replace(' ', 'T'));
  }

  private static final String SCU_PLACE = "四川省政府采购一体化平台";

  // ---------------------------------------------------------------- parties (all agencies and suppliers invented)

  static final Party SCU = new Party("四川大学", "四川省成都市武侯区一环路南一段24号", "028-85403261");
  static final Party SCU_AGENCY = new Party("四川蜀信招标采购有限公司", "成都市高新区天府大道北段1700号环球中心W3区12楼1206室", "028-61958830");
  static final Project SCU_LLM = new Project("SXZC-2024-CS0417", "四川大学大模型接口服务采购项目",
      "服务/信息技术服务/信息技术咨询服务", 280_000, SCU, SCU_AGENCY, "周敏", "028-61958830", "武侯区", "李老师");

  static final Party USTC = new Party("中国科学技术大学", "安徽省合肥市包河区金寨路96号", "0551-63602553");
  static final Party USTC_AGENCY = new Party("安徽众诚招标代理有限公司", "合肥市蜀山区潜山路190号华邦世贸中心36层", "0551-62877450");
  static final Project USTC_COMPUTE = new Project("AHZC-2024-GK0388", "中国科学技术大学算力租赁服务采购项目",
      "服务/信息技术服务/运营服务/其他运营服务", 168_000_000, USTC, USTC_AGENCY, "汪洋", "0551-62877450", "包河区", "许老师");

  static final Party SZU = new Party("深圳大学", "广东省深圳市南山区南海大道3688号", "0755-26534581");
  static final Party SZU_AGENCY = new Party("深圳市鹏信招标代理有限公司", "深圳市福田区深南大道6008号特区报业大厦28楼", "0755-83212760");
  /** Contacts 朱镕 and 王堃: 镕 and 堃 are GBK but not GB2312, so a strict gb2312 decoder breaks this page. */
  static final Project SZU_CLOUD = new Project("SZDXCG2024000311", "深圳大学云计算资源服务采购项目",
      "服务/信息技术服务/运营服务/其他运营服务", 200_000, SZU, SZU_AGENCY, "朱镕", "0755-83212760", "南山区", "王堃");

  static final Party ZJLAB = new Party("之江实验室", "浙江省杭州市余杭区中泰街道科创大道之江实验室南湖总部", "0571-58005117");
  static final Party ZJLAB_AGENCY = new Party("浙江恒信招标咨询有限公司", "杭州市西湖区文三路259号昌地火炬大厦1号楼9层", "0571-88217630");
  static final Project ZJLAB_CLOUD = new Project("ZJHX-2024-CS0519", "之江实验室云服务资源采购项目",
      "服务/信息技术服务/运营服务/其他运营服务", 184_000, ZJLAB, ZJLAB_AGENCY, "陈俊", "0571-88217630", "余杭区", "孙老师");

  // ---------------------------------------------------------------- attachments

  static final Attachment SCU_DOC = pdf("四川大学大模型接口服务采购项目磋商文件.pdf", 3,
      List.of("Azure OpenAI", "4000万 tokens", "GPT-4"), List.of(
          List.of("四川大学大模型接口服务采购项目", "竞争性磋商文件", "项目编号：SXZC-2024-CS0417", "采购人：四川大学",
              "采购代理机构：四川蜀信招标采购有限公司", "二〇二四年四月"),
          List.of("目 录", "第一章 竞争性磋商邀请", "第二章 供应商须知（含前附表）", "第三章 采购需求", "第四章 磋商程序及评审办法",
              "第五章 合同主要条款", "第六章 响应文件格式",
              "供应商须知前附表：1. 采购方式：竞争性磋商。2. 磋商保证金：不收取。3. 响应文件递交截止时间：以磋商公告为准。"
                  + "4. 评审方法：综合评分法，价格分值30分。"),
          List.of("第三章 采购需求", "一、项目概述",
              "为支撑学校人工智能教学科研平台建设，本项目采购微软 Azure OpenAI 服务（GPT-4 模型）接口调用额度，"
                  + "用于科研团队的大模型应用开发与测试。",
              "二、服务内容及技术要求",
              "1. 服务须通过 Microsoft Azure OpenAI Service 官方接口提供，可调用 GPT-4、GPT-4 Turbo 模型；",
              "2. 调用额度：不少于 4000万 tokens（输入与输出合计），服务期内按实际调用量结算；",
              "3. 供应商负责账号开通、密钥管理、用量统计及月度用量报告；",
              "4. 接口可用性不低于99.9%，故障响应时间不超过2小时。",
              "三、服务期限：合同签订之日起12个月。"),
          List.of("第四章 磋商程序及评审办法", "1. 磋商小组由3人组成，对响应文件进行资格性及符合性审查。",
              "2. 评分因素：价格30分，技术方案40分，服务保障20分，业绩10分。",
              "3. 磋商小组按综合得分由高到低推荐成交候选供应商。")));

  static final Attachment USTC_DOC = pdf("中国科学技术大学算力租赁服务采购项目招标文件.pdf", 3,
      List.of("500台", "NVIDIA A100", "8卡"), List.of(
          List.of("中国科学技术大学算力租赁服务采购项目", "招标文件", "项目编号：AHZC-2024-GK0388", "采购人：中国科学技术大学",
              "采购代理机构：安徽众诚招标代理有限公司", "二〇二四年四月"),
          List.of("第一章 投标邀请", "第二章 投标人须知前附表",
              "1. 项目名称：中国科学技术大学算力租赁服务采购项目。2. 预算金额：16800.000000万元。3. 投标保证金：不收取。",
              "4. 评标办法：综合评分法。5. 投标有效期：90日历天。", "第三章 采购需求（见下页）"),
          List.of("第三章 采购需求", "一、租赁标的",
              "租赁 GPU 服务器 500台，每台配置 8卡 NVIDIA A100 80GB SXM4 GPU（英伟达），GPU 间以 NVLink 互联；",
              "每台服务器配置 2颗 64核处理器、2TB 内存、4×200Gb/s InfiniBand 计算网络接口，30TB NVMe 本地存储。",
              "二、服务要求",
              "1. 500台服务器须部署于同一数据中心并组成统一集群，提供 Slurm 作业调度及容器环境；",
              "2. 租赁期6个月，集群可用率不低于99.5%；",
              "3. 中标人负责机房、电力、网络及7×24小时运维。"),
          List.of("第四章 商务要求", "1. 服务地点：中标人数据中心，远程接入。", "2. 付款方式：按季度支付租赁费用。",
              "3. 中标人须对采购人数据承担保密义务。"),
          List.of("第五章 评标办法", "价格分30分，技术分55分，商务分15分。", "评标委员会由5人组成。")));

  static final Attachment SZU_DOC = pdf("深圳大学云计算资源服务采购项目谈判文件.pdf", 3,
      List.of("Amazon Bedrock", "p5.48xlarge", "H100"), List.of(
          List.of("深圳大学云计算资源服务采购项目", "竞争性谈判文件", "项目编号：SZDXCG2024000311", "采购人：深圳大学"),
          List.of("第一章 谈判邀请", "第二章 供应商须知", "1. 预算金额：20.000000万元。2. 成交原则：满足谈判文件实质性要求且最后报价最低。"),
          List.of("第三章 采购需求",
              "1. 供应商代为开通亚马逊云科技（Amazon Web Services，AWS）账号并提供资源使用额度，合计不超过20万元；",
              "2. 账号须可启动 p4d.24xlarge（8×NVIDIA A100 40GB）及 p5.48xlarge（8×NVIDIA H100 80GB）GPU 实例；",
              "3. 账号须开通 Amazon Bedrock 服务，可调用其提供的基础模型；",
              "4. 供应商提供月度账单、用量告警及技术支持，服务期12个月。")));

  static final Attachment WELD_DOC = pdf("江苏省特种设备安全监督检验研究院钢结构焊缝无损检测服务采购项目招标文件.pdf", 2,
      List.of("AWS D1.1", "美国焊接学会"), List.of(
          List.of("钢结构焊缝无损检测服务采购项目", "招标文件", "项目编号：JSJC-2024-GK0226", "采购人：江苏省特种设备安全监督检验研究院"),
          List.of("第三章 检测技术要求",
              "1. 超声检测依据 GB/T 11345 及美国焊接学会 AWS D1.1/D1.1M《钢结构焊接规范》第8章执行；",
              "2. 射线检测依据 NB/T 47013.2，检测比例按设计文件；",
              "3. 检测人员须持有相应方法Ⅱ级及以上资格证书。"),
          List.of("第四章 商务要求", "服务期限：合同签订之日起12个月。", "付款方式：按季度结算。")));

  // ---------------------------------------------------------------- notices

  static List<Notice> notices() {
    List<Notice> all = new ArrayList<>();
    all.addAll(case1());
    all.addAll(case2());
    all.addAll(case3());
    all.addAll(case4());
    all.addAll(SampleCatalogOrdinary.notices());
    return all;
  }

  private static final String C1_TENDER = "cggg/zygg/jzxcs/202404/t20240412_21734561.htm";
  private static final String C2_TENDER = "cggg/zygg/gkzb/202404/t20240418_21769305.htm";
  private static final String C3_TENDER = "cggg/dfgg/jzxtpgg/202406/t20240606_22071466.htm";
  private static final String C4_TENDER = "cggg/dfgg/jzxcs/202408/t20240813_22396725.htm";

  private static List<Notice> case1() {
    Project pr = SCU_LLM;
    LocalDateTime pub = at("2024-04-12 10:00");
    LocalDateTime deadline = at("2024-04-23 09:30");
    Notice tender = new Notice(C1_TENDER, Template.VF, pr.name() + "竞争性磋商公告", pub, "四川", pr.region(), "pzln51",
        pr.buyer().name(), tenderSummary(pr, Method.JZXCS, pub, deadline, SCU_PLACE, List.of(SCU_DOC)),
        tenderBody(pr, Method.JZXCS, pub, deadline, SCU_PLACE, List.of(
            "标的名称：大模型接口服务", "数量：1项",
            "简要服务要求：提供微软 Azure OpenAI 服务（GPT-4 模型）接口调用额度不少于4000万 tokens，用于学校人工智能教学科研平台的大模型接口调用；具体要求详见磋商文件第三章。"),
            "合同签订之日起12个月。", "供应商须具备所提供云服务的合法授权（提供原厂授权书或代理协议）。",
            List.of("本项目磋商文件见公告附件。")),
        List.of(SCU_DOC),
        new Expect("tender", pr.no(), pr.buyer().name(), pr.budgetCny(), List.of("azure_openai"), List.of(), null,
            "case1", "case", null, "Azure OpenAI / GPT-4 / 4000万 tokens on the page and on p.3 of the PDF"),
        null, "case 1 tender: 四川大学 buys 4000万 tokens of Azure OpenAI (GPT-4)");
    LocalDateTime apub = at("2024-05-21 16:20");
    Lot win = new Lot("1", "成都云启智算科技有限公司", "成都市高新区益州大道中段555号星宸国际B座1506室", 276_000);
    Notice award = new Notice("cggg/zygg/cjgg/202405/t20240521_21961874.htm", Template.VF, pr.name() + "成交结果公告", apub,
        "四川", pr.region(), "pzln51", pr.buyer().name(),
        awardSummary(pr, apub, "张立新,何静,罗文博", win.amountCny(), List.of()),
        awardBody(pr, apub, List.of(win), "服务类", List.of(
            List.of("序号", "供应商名称", "服务名称", "服务范围", "服务要求", "服务时间", "服务标准"),
            List.of("1", win.supplier(), "大模型接口服务", "详见磋商文件", "详见磋商文件", "合同签订之日起12个月", "满足采购需求")),
            "张立新、何静、罗文博", "0.414000", List.of("本项目采用综合评分法，成交供应商综合得分91.25分，排名第一。")),
        List.of(),
        new Expect("award", pr.no(), pr.buyer().name(), null, List.of(), List.of(win), win.amountCny(), "case1", "case",
            C1_TENDER, "names neither Azure nor OpenAI nor tokens; the case is made by linking it to its tender"),
        null, "case 1 award: winner and amount, no keyword");
    return List.of(tender, award);
  }

  private static List<Notice> case2() {
    Project pr = USTC_COMPUTE;
    LocalDateTime pub = at("2024-04-18 09:30");
    LocalDateTime deadline = at("2024-05-09 09:30");
    String place = "安徽合肥公共资源交易中心电子交易系统";
    Notice tender = new Notice(C2_TENDER, Template.VF, pr.name() + "公开招标公告", pub, "安徽", pr.region(), "pzln34",
        pr.buyer().name(), tenderSummary(pr, Method.GKZB, pub, deadline, place, List.of(USTC_DOC)),
        tenderBody(pr, Method.GKZB, pub, deadline, place, List.of(
            "标的名称：算力租赁服务", "数量：1项",
            "简要服务要求：为学校科研计算提供算力租赁服务，租赁期6个月，具体配置及技术参数详见招标文件第三章“采购需求”。"),
            "合同签订之日起6个月。", "投标人须具备数据中心运营能力（提供自有或租用机房的证明材料）。",
            List.of("招标文件见公告附件，潜在投标人请自行下载。")),
        List.of(USTC_DOC),
        new Expect("tender", pr.no(), pr.buyer().name(), pr.budgetCny(), List.of("nvidia_gpu"), List.of(), null,
            "case2", "case", null, "the page says only 算力租赁服务; 500台 8卡 NVIDIA A100 only on p.3 of the PDF"),
        null, "case 2 tender: 中国科学技术大学 rents 500 servers of 8×A100; GPU detail ONLY in the PDF (p.3)");
    LocalDateTime apub = at("2024-05-28 17:05");
    Lot win = new Lot("1", "合肥智域算力科技有限公司", "安徽省合肥市高新区望江西路800号创新产业园二期F1栋1203室", 165_360_000);
    Notice award = new Notice("cggg/zygg/zbgg/202405/t20240528_22004517.htm", Template.VF, pr.name() + "中标公告", apub,
        "安徽", pr.region(), "pzln34", pr.buyer().name(),
        awardSummary(pr, apub, "吴海峰,郑晓东,孙立群,黄伟,陈思远", win.amountCny(), List.of()),
        awardBody(pr, apub, List.of(win), "服务类", List.of(
            List.of("序号", "供应商名称", "服务名称", "服务范围", "服务要求", "服务时间", "服务标准"),
            List.of("1", win.supplier(), "算力租赁服务", "详见招标文件", "详见招标文件", "合同签订之日起6个月", "满足招标文件要求")),
            "吴海峰、郑晓东、孙立群、黄伟、陈思远", "18.650000", List.of("1.请中标人于本公告发布之日起30日内与采购人签订合同。")),
        List.of(),
        new Expect("award", pr.no(), pr.buyer().name(), null, List.of(), List.of(win), win.amountCny(), "case2", "case",
            C2_TENDER, "no GPU keyword; published after USTC's Entity List date 2024-05-09"),
        null, "case 2 award: winner and amount, no keyword");
    return List.of(tender, award);
  }

  private static List<Notice> case3() {
    Project pr = SZU_CLOUD;
    LocalDateTime pub = at("2024-06-06 11:00");
    LocalDateTime deadline = at("2024-06-12 14:30");
    String place = "深圳大学采购与招投标管理中心（线上递交）";
    Notice tender = new Notice(C3_TENDER, Template.VF_GBK, pr.name() + "竞争性谈判公告", pub, "广东", pr.region(), "pzln44",
        pr.buyer().name(), tenderSummary(pr, Method.JZXTP, pub, deadline, place, List.of(SZU_DOC)),
        tenderBody(pr, Method.JZXTP, pub, deadline, place, List.of(
            "标的名称：云计算资源服务", "数量：1项",
            "简要服务要求：通过代理商采购亚马逊云科技（Amazon Web Services，AWS）账号及云资源使用额度，含 p4d.24xlarge（8×NVIDIA A100）及 p5.48xlarge（8×NVIDIA H100）GPU 实例，"
                + "并开通 Amazon Bedrock 基础模型调用服务；详见谈判文件第三章。"),
            "合同签订之日起12个月。", "供应商须为亚马逊云科技授权经销商（提供授权证明）。",
            List.of("谈判文件见公告附件。")),
        List.of(SZU_DOC),
        new Expect("tender", pr.no(), pr.buyer().name(), pr.budgetCny(), List.of("aws", "bedrock", "nvidia_gpu"),
            List.of(), null, "case3", "case", null,
            "served as GBK under a gb2312 label; contacts 朱镕 and 王堃 are outside GB2312"),
        null, "case 3 tender (GBK page): 深圳大学 buys AWS accounts with A100/H100 instances and Amazon Bedrock via a reseller, 20万元");
    LocalDateTime apub = at("2024-07-09 15:30");
    Lot win = new Lot("1", "深圳市云跃数智科技有限公司", "深圳市南山区粤海街道科技南十二路2号金蝶软件园B座7层", 200_000);
    Notice award = new Notice("cggg/dfgg/cjgg/202407/t20240709_22231180.htm", Template.VF, pr.name() + "成交公告", apub,
        "广东", pr.region(), "pzln44", pr.buyer().name(),
        awardSummary(pr, apub, "林志强,邓慧,曾海波", win.amountCny(), List.of()),
        awardBody(pr, apub, List.of(win), "服务类", List.of(
            List.of("序号", "供应商名称", "服务名称", "服务范围", "服务要求", "服务时间", "服务标准"),
            List.of("1", win.supplier(), "云计算资源服务（亚马逊云科技账号及资源额度）", "详见谈判文件", "详见谈判文件",
                "合同签订之日起12个月", "满足谈判文件要求")),
            "林志强、邓慧、曾海波", "0.300000", List.of("成交价格：贰拾万元整（200,000.00元）。")),
        List.of(),
        new Expect("award", pr.no(), pr.buyer().name(), null, List.of("aws"), List.of(win), win.amountCny(), "case3",
            "case", C3_TENDER, "the 主要标的 names 亚马逊云科技, so the award flags aws on its own"),
        null, "case 3 award: reseller wins 200,000元");
    return List.of(tender, award);
  }

  private static List<Notice> case4() {
    Project pr = ZJLAB_CLOUD;
    LocalDateTime pub = at("2024-08-13 14:00");
    LocalDateTime deadline = at("2024-08-26 14:00");
    String place = "政采云平台（https://www.zcygov.cn）";
    Notice tender = new Notice(C4_TENDER, Template.VF, pr.name() + "竞争性磋商公告", pub, "浙江", pr.region(), "pzln33",
        pr.buyer().name(), tenderSummary(pr, Method.JZXCS, pub, deadline, place, List.of()),
        tenderBody(pr, Method.JZXCS, pub, deadline, place, List.of(
            "标的名称：云服务资源", "数量：1项",
            "简要服务要求：采购亚马逊云科技（AWS）海外区域云服务资源，包括 Amazon EC2 计算实例、Amazon S3 对象存储及数据传输费用，服务期12个月，预算18.4万元。"),
            "合同签订之日起12个月。", "无。", List.of("无。")),
        List.of(),
        new Expect("tender", pr.no(), pr.buyer().name(), pr.budgetCny(), List.of("aws"), List.of(), null, "case4",
            "case", null, "AWS cloud service 18.4万元, later terminated"),
        null, "case 4 tender: 之江实验室 buys AWS cloud service, 18.4万元");
    LocalDateTime tpub = at("2024-09-05 10:15");
    Notice stop = new Notice("cggg/dfgg/fblbgg/202409/t20240905_22512043.htm", Template.VF, pr.name() + "终止公告", tpub,
        "浙江", pr.region(), "pzln33", pr.buyer().name(), NoticeBodies.plainSummary(pr, tpub),
        NoticeBodies.terminationBody(pr, "因采购需求发生重大变化，经采购人研究决定，终止本项目采购活动。", tpub),
        List.of(),
        new Expect("termination", pr.no(), pr.buyer().name(), null, List.of(), List.of(), null, "case4", "case",
            C4_TENDER, "项目终止的原因 given; no keyword"),
        null, "case 4 终止公告 (fblbgg)");
    return List.of(tender, stop);
  }
}
