package org.tenderwatch.bench;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Generates notice number {@code i} of a corpus from (seed, i) alone, so a corpus of any size is reproducible and
 * can be streamed (the 10⁶ index never holds the corpus in memory).
 *
 * <p>Shares, from the issue: every fourth notice is an award of the notice before it (same project number, a
 * winner, no repeat of the technology words); about 30 % of tenders carry a PDF of 1–20 pages; about 5 % of pages
 * are GBK; about 2 % of tenders mention watched technology (A100 GPU servers, AWS, Azure OpenAI, Bedrock), in the
 * page or only in the PDF. Titles are the 16,000 real ones, reused in order.
 */
public final class CorpusGenerator {
  static final double PDF_SHARE = 0.30;
  static final double GBK_SHARE = 0.05;
  static final double FLAG_SHARE = 0.02;
  static final int MAX_PDF_PAGES = 20;
  /** First publication time; notice i is published i × 3 minutes later, so higher ids are newer. */
  private static final LocalDateTime EPOCH = LocalDateTime.of(2022, 1, 1, 8, 0);
  private static final long ID_BASE = 18_000_000L;
  private static final Pattern PROJECT_NO = Pattern.compile("(?:项目编号|采购编号|招标编号)[:：]?\\s*([A-Za-z0-9][A-Za-z0-9\\-_\\[\\]〔〕]{3,40})");
  private static final Pattern NOTICE_WORDS = Pattern.compile("(（[^）]*）)?(公开招标|竞争性谈判|竞争性磋商|单一来源|询价|招标|采购)?(采购)?(公告|公示)$");

  static final List<String> REGIONS = List.of("北京市", "上海市", "天津市", "重庆市", "江西省南昌市", "四川省成都市",
      "广东省深圳市", "浙江省杭州市", "安徽省合肥市", "湖北省武汉市", "陕西省西安市", "山东省济南市", "江苏省南京市", "福建省福州市");
  static final List<String> BUYER_KINDS = List.of("大学", "人民医院", "中医院", "教育局", "卫生健康委员会", "公安局",
      "自然资源局", "疾病预防控制中心", "职业技术学院", "实验中学", "气象局", "档案馆", "科学院研究所", "数据局");
  static final List<String> AGENCY_WORDS = List.of("诚信", "正信", "国信", "华采", "中咨", "明德", "远航", "公诚");
  static final List<String> SUPPLIER_WORDS = List.of("云启", "智域", "瑞林", "华数", "星辰", "博远", "天成", "中科", "恒通", "锐捷");
  /** Demand lines that the flag rules must catch, one per category. */
  static final List<String[]> FLAG_LINES = List.of(
      new String[] {"nvidia_gpu", "GPU服务器：8卡NVIDIA A100 80GB，2台，用于深度学习训练"},
      new String[] {"aws", "云服务资源：亚马逊云科技（AWS）EC2 计算实例及存储服务一年"},
      new String[] {"azure_openai", "大模型接口：Azure OpenAI 服务 GPT-4 调用 5000万 tokens"},
      new String[] {"bedrock", "大模型托管：Amazon Bedrock 服务调用 Claude 模型"});

  private final long seed;
  private final List<String> titles;

  public CorpusGenerator(long seed, List<String> titles) {
    this.seed = seed;
    this.titles = List.copyOf(titles);
  }

  private SplittableRandom random(long i, long salt) {
    return new SplittableRandom(seed * 0x9E3779B97F4A7C15L + i * 31 + salt);
  }

  /** Notice number i (0-based). */
  public BenchNotice notice(long i) {
    if (i % 4 == 3) {
      return award(i, tender(i - 1));
    }
    return tender(i);
  }

  /** Notices first … first+count-1. */
  public List<BenchNotice> notices(long first, int count) {
    List<BenchNotice> out = new ArrayList<>(count);
    for (long i = first; i < first + count; i++) {
      out.add(notice(i));
    }
    return out;
  }

  private BenchNotice tender(long i) {
    SplittableRandom r = random(i, 1);
    String title = titles.get((int) (i % titles.size()));
    String name = projectName(title);
    String region = pick(r, REGIONS);
    String buyer = region.replaceFirst("^(.{2,3}[省市])", "$1") + pick(r, BUYER_KINDS);
    String agency = region.substring(0, 2) + pick(r, AGENCY_WORDS) + "招标咨询有限公司";
    String projectNo = projectNo(title, i);
    long budget = (10 + r.nextInt(5_000)) * 1_000L;
    String flag = null;
    String flagLine = null;
    if (r.nextDouble() < FLAG_SHARE) {
      String[] f = FLAG_LINES.get(r.nextInt(FLAG_LINES.size()));
      flag = f[0];
      flagLine = f[1];
    }
    List<BenchNotice.Pdf> pdfs = new ArrayList<>();
    boolean flagInPdf = false;
    if (r.nextDouble() < PDF_SHARE) {
      int pages = 1 + r.nextInt(MAX_PDF_PAGES);
      flagInPdf = flagLine != null && r.nextBoolean();
      pdfs.add(pdf(r, i, name, pages, flagInPdf ? flagLine : null));
    }
    List<String> demand = new ArrayList<>();
    for (int k = 0, n = 2 + r.nextInt(5); k < n; k++) {
      demand.add("标的名称：" + projectName(titles.get(r.nextInt(titles.size()))) + "，数量：" + (1 + r.nextInt(20)) + "批");
    }
    if (flagLine != null && !flagInPdf) {
      demand.add(r.nextInt(demand.size() + 1), flagLine);
    }
    List<String> lines = tenderLines(name, projectNo, budget, buyer, agency, demand, i);
    return new BenchNotice(ID_BASE + i, r.nextInt(5) == 0 ? "zygg" : "dfgg", channel(title), title, published(i), buyer,
        agency, projectNo, budget, region, lines, null, 0, pdfs, r.nextDouble() < GBK_SHARE, flag);
  }

  /** The award of a tender: its project number and buyer, a winner, and none of the tender's technology words. */
  private BenchNotice award(long i, BenchNotice tender) {
    SplittableRandom r = random(i, 2);
    String name = projectName(tender.title());
    String winner = tender.region().substring(0, 2) + pick(r, SUPPLIER_WORDS) + "科技有限公司";
    long amount = Math.max(1_000, tender.budgetCny() - r.nextInt(50) * 1_000L);
    String channel = r.nextBoolean() ? "zbgg" : "cjgg";
    String title = name + (channel.equals("zbgg") ? "中标公告" : "成交结果公告");
    List<String> lines = List.of("一、项目编号：" + tender.projectNo(), "二、项目名称：" + name, "三、中标（成交）信息",
        "供应商名称：" + winner, "供应商地址：" + tender.region() + "高新区创新路" + (1 + r.nextInt(300)) + "号",
        "中标（成交）金额：" + CcgpTemplate.wan(amount) + "（万元）", "四、主要标的信息", "服务类：" + name,
        "五、评审专家（单一来源采购人员）名单：", "张某、李某、王某", "六、代理服务收费标准及金额：", "本项目代理费总金额：0.5 万元（人民币）",
        "七、公告期限", "自本公告发布之日起1个工作日。",
        "八、凡对本次公告内容提出询问，请按以下方式联系。", "1.采购人信息", "名 称：" + tender.buyer(),
        "2.采购代理机构信息", "名 称：" + tender.agency());
    return new BenchNotice(ID_BASE + i, tender.scope(), channel, title, published(i), tender.buyer(), tender.agency(),
        tender.projectNo(), tender.budgetCny(), tender.region(), lines, winner, amount, List.of(),
        r.nextDouble() < GBK_SHARE, null);
  }

  private static List<String> tenderLines(String name, String projectNo, long budget, String buyer, String agency,
      List<String> demand, long i) {
    String wan = CcgpTemplate.wan(budget) + " 万元（人民币）";
    List<String> lines = new ArrayList<>(List.of("项目概况",
        name + " 招标项目的潜在投标人应在 中国政府采购网 获取招标文件，并于 提交截止时间前递交投标文件。",
        "一、项目基本情况", "项目编号：" + projectNo, "项目名称：" + name, "预算金额：" + wan, "最高限价（如有）：" + wan,
        "采购需求："));
    lines.addAll(demand);
    lines.addAll(List.of("合同履行期限：合同签订后" + (30 + i % 300) + "日内", "本项目( 不接受 )联合体投标。",
        "二、申请人的资格要求：", "1.满足《中华人民共和国政府采购法》第二十二条规定；",
        "2.落实政府采购政策需满足的资格要求：本项目落实促进中小企业发展、支持监狱企业发展、促进残疾人就业等政府采购政策。",
        "三、获取招标文件", "时间：公告发布之日起5个工作日，每天上午9:00至12:00，下午14:00至17:00。（北京时间，法定节假日除外）",
        "地点：中国政府采购网", "方式：网上下载", "四、公告期限", "自本公告发布之日起5个工作日。",
        "五、对本次招标提出询问，请按以下方式联系。", "1.采购人信息", "名 称：" + buyer,
        "2.采购代理机构信息", "名 称：" + agency));
    return lines;
  }

  private BenchNotice.Pdf pdf(SplittableRandom r, long i, String name, int pages, String flagLine) {
    int flagPage = flagLine == null ? -1 : r.nextInt(pages);
    List<String> texts = new ArrayList<>(pages);
    for (int p = 0; p < pages; p++) {
      StringBuilder t = new StringBuilder(p == 0 ? name + " 采购需求书\n" : "第" + (p + 1) + "章 技术要求\n");
      for (int k = 0; k < 14; k++) {
        t.append(k + 1).append(". ").append(projectName(titles.get(r.nextInt(titles.size()))))
            .append("，满足国家相关标准。\n");
        if (p == flagPage && k == 6) {
          t.append(flagLine).append('\n');
        }
      }
      texts.add(t.toString());
    }
    byte[] id = new byte[16];
    SplittableRandom idr = random(i, 3);
    for (int k = 0; k < id.length; k++) {
      id[k] = (byte) idr.nextInt(256);
    }
    return new BenchNotice.Pdf(HexFormat.of().formatHex(id), "采购需求书" + (i % 1000) + ".pdf", texts);
  }

  /** The project of a title: the title without its notice-type ending ("…项目竞争性谈判公告" → "…项目"). */
  static String projectName(String title) {
    String s = NOTICE_WORDS.matcher(title).replaceFirst("");
    return s.isBlank() ? title : s;
  }

  private static String projectNo(String title, long i) {
    Matcher m = PROJECT_NO.matcher(title);
    // the same real title recurs every 16,000 notices; the suffix keeps project numbers unique per project
    String base = m.find() ? m.group(1) : String.format(Locale.ROOT, "TW2022-%06d", i % 1_000_000);
    return i < 16_000 ? base : base + "-" + i / 16_000;
  }

  private static String channel(String title) {
    if (title.contains("更正")) {
      return "gzgg";
    }
    if (title.contains("废标") || title.contains("终止") || title.contains("流标")) {
      return "fblbgg";
    }
    if (title.contains("中标")) {
      return "zbgg";
    }
    if (title.contains("成交")) {
      return "cjgg";
    }
    if (title.contains("磋商")) {
      return "jzxcs";
    }
    if (title.contains("谈判")) {
      return "jzxtpgg";
    }
    if (title.contains("单一来源")) {
      return "dylygg";
    }
    return "gkzb";
  }

  private static LocalDateTime published(long i) {
    return EPOCH.plusMinutes(i * 3);
  }

  private static <T> T pick(SplittableRandom r, List<T> list) {
    return list.get(r.nextInt(list.size()));
  }
}
