package org.tenderwatch.bench;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The notices planted on the search fixture: two years of ccgp notices, some mentioning a watched term (A100,
 * Azure OpenAI, a few both), some not, with a burst that overflows a search window and several on one day in one
 * channel. Seeded: the same notices every run. The corpus of the discovery benchmark ({@link DiscoveryBench}) and of
 * the search tests (BxsearchFixture).
 */
public final class Planted {
  public static final LocalDate SINCE = LocalDate.of(2023, 1, 1);
  public static final LocalDate UNTIL = LocalDate.of(2024, 12, 31);
  static final String[] CHANNELS = {"gkzb", "jzxtpgg", "jzxcs", "dylygg", "zbgg", "cjgg"};
  private static final String[] REGIONS = {"北京市", "上海市", "广东省", "四川省", "江苏省", "湖北省"};

  private final Random random = new Random(20240618L);
  private long nextId = 24_000_000L;
  public final List<BenchNotice> all = new ArrayList<>();

  /** The two-year set. */
  public static Planted twoYears() {
    Planted p = new Planted();
    for (int i = 0; i < 60; i++) {
      p.add(p.anyDay(SINCE, UNTIL), p.channel(), "a100");
    }
    for (int i = 0; i < 50; i++) { // 50 hits in 16 days: more than the fixture's 2 pages of 20 show
      p.add(p.anyDay(LocalDate.of(2024, 3, 5), LocalDate.of(2024, 3, 20)), p.channel(), "a100");
    }
    for (int i = 0; i < 8; i++) { // several on one day in one channel
      p.add(LocalDate.of(2024, 6, 18).atTime(9 + i, 15), "gkzb", "a100");
    }
    for (int i = 0; i < 20; i++) {
      p.add(p.anyDay(SINCE, UNTIL), p.channel(), i < 5 ? "both" : "azure");
    }
    for (int i = 0; i < 40; i++) {
      p.add(p.anyDay(SINCE, UNTIL), p.channel(), "plain");
    }
    return p;
  }

  public Planted() {}

  public LocalDateTime anyDay(LocalDate from, LocalDate to) {
    long days = to.toEpochDay() - from.toEpochDay() + 1;
    return from.plusDays(random.nextInt((int) days)).atTime(8 + random.nextInt(10), random.nextInt(60));
  }

  public String channel() {
    return CHANNELS[random.nextInt(CHANNELS.length)];
  }

  /** One notice of channel dfgg/{channel} (zbgg, cjgg are awards) whose body mentions {@code what}. */
  public BenchNotice add(LocalDateTime published, String channel, String what) {
    long id = nextId++;
    String item = switch (what) {
      case "a100" -> "GPU服务器（NVIDIA A100 80GB）";
      case "azure" -> "Azure OpenAI 服务调用额度";
      case "both" -> "NVIDIA A100 推理服务器及 Azure OpenAI 服务";
      default -> "办公家具";
    };
    boolean award = channel.equals("zbgg") || channel.equals("cjgg");
    String region = REGIONS[(int) (id % REGIONS.length)];
    String title = region + "第" + id + "号大学" + item.replaceAll("[（(].*", "") + (award ? "采购项目中标公告" : "采购项目公开招标公告");
    List<String> lines = List.of("一、项目编号：ZB-" + id, "二、项目名称：" + item + "采购项目",
        "三、采购需求：" + item + " 一批，详见采购文件。",
        "四、申请人的资格要求：1.满足《中华人民共和国政府采购法》第二十二条规定；2.落实政府采购政策需满足的资格要求："
            + "本项目不专门面向中小企业采购；3.本项目的特定资格要求：无。",
        "五、获取招标文件：时间：自公告发布之日起5个工作日，每天上午9:00至12:00，下午14:00至17:00（北京时间，法定节假日除外）；"
            + "地点：华信招标代理有限公司；方式：现场或电子邮件获取；售价：￥300元（人民币）。",
        "六、提交投标文件截止时间、开标时间和地点：详见采购文件，逾期送达或者不符合规定的投标文件恕不接受。",
        "七、公告期限：自本公告发布之日起5个工作日。八、其他补充事宜：无。",
        "九、凡对本次采购提出询问，请按以下方式联系：1.采购人信息 名称：第" + id + "号大学 地址：" + region
            + "学府路1号 联系方式：010-12345678；2.采购代理机构信息 名称：华信招标代理有限公司 地址：" + region
            + "中山路88号 联系方式：010-87654321；3.项目联系方式 项目联系人：王工 电话：010-87654321。");
    BenchNotice n = new BenchNotice(id, "dfgg", channel, title, published, "第" + id + "号大学",
        "华信招标代理有限公司", "ZB-" + id, 1_000_000L + id % 97 * 10_000L, region, lines,
        award ? "中科曙光信息产业有限公司" : null, award ? 900_000L : 0L, List.of(), false,
        "plain".equals(what) ? null : what);
    all.add(n);
    return n;
  }

  /** The notices whose text holds one of the terms (what a search for them must find). */
  public List<BenchNotice> mentioning() {
    return all.stream().filter(n -> n.flagCategory() != null).toList();
  }
}
