package org.tenderwatch.samples;

import static org.tenderwatch.samples.SampleModel.SUMMARY_TIME;
import static org.tenderwatch.samples.SampleModel.summaryAmount;
import static org.tenderwatch.samples.SampleModel.wan;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.tenderwatch.samples.SampleModel.Attachment;
import org.tenderwatch.samples.SampleModel.AttachmentRow;
import org.tenderwatch.samples.SampleModel.Field;
import org.tenderwatch.samples.SampleModel.FieldPair;
import org.tenderwatch.samples.SampleModel.Heading;
import org.tenderwatch.samples.SampleModel.Lot;
import org.tenderwatch.samples.SampleModel.Party;
import org.tenderwatch.samples.SampleModel.Row;

/**
 * Section templates of ccgp notices (PORTALS.md §2): the 2020+ tender and award bodies, 更正, 终止, 单一来源公示 and
 * the ≤2016 award, with their 公告概要 rows. Wording follows the real notices in src/test/resources/realdata.
 */
final class NoticeBodies {

  private NoticeBodies() {}

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年MM月dd日", java.util.Locale.ROOT);
  private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy年MM月dd日 HH:mm", java.util.Locale.ROOT);
  private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("yyyy年MM月dd日 HH点mm分", java.util.Locale.ROOT);

  /** The facts one procurement keeps across its notices. */
  record Project(String no, String name, String category, long budgetCny, Party buyer, Party agency,
      String contact, String contactPhone, String region, String buyerContact) {}

  /** Words that change with the procurement method: 招标 / 磋商 / 谈判. */
  enum Method {
    GKZB("招标", "招标文件", "投标", "投标文件", "开标"),
    JZXCS("磋商", "磋商文件", "响应", "响应文件", "开启"),
    JZXTP("谈判", "谈判文件", "响应", "响应文件", "开启");

    final String act;
    final String doc;
    final String bid;
    final String bidDoc;
    final String open;

    Method(String act, String doc, String bid, String bidDoc, String open) {
      this.act = act;
      this.doc = doc;
      this.bid = bid;
      this.bidDoc = bidDoc;
      this.open = open;
    }
  }

  static String p(String... lines) {
    StringBuilder b = new StringBuilder();
    for (String l : lines) {
      b.append("<p>").append(l).append("</p>\n");
    }
    return b.toString();
  }

  static String table(List<String> header, List<List<String>> rows) {
    StringBuilder b = new StringBuilder("<table border=\"1\" cellspacing=\"0\" width=\"100%\"><tbody><tr>");
    header.forEach(h -> b.append("<td>").append(h).append("</td>"));
    b.append("</tr>");
    for (List<String> r : rows) {
      b.append("<tr>");
      r.forEach(c -> b.append("<td>").append(c).append("</td>"));
      b.append("</tr>");
    }
    return b.append("</tbody></table>\n").toString();
  }

  private static String contacts(String heading, Project pr) {
    return p(heading, "1.采购人信息", "名 称：" + pr.buyer().name(), "地址：" + pr.buyer().address(),
        "联系方式：" + pr.buyerContact() + " " + pr.buyer().phone(),
        "2.采购代理机构信息", "名 称：" + pr.agency().name(), "地 址：" + pr.agency().address(),
        "联系方式：" + pr.contact() + " " + pr.agency().phone(),
        "3.项目联系方式", "项目联系人：" + pr.contact(), "电 话：" + pr.contactPhone());
  }

  private static List<Row> contactRows(Project pr, String buyerLabel) {
    return List.of(new Heading("联系人及联系方式："), new Field("项目联系人", pr.contact()),
        new Field("项目联系电话", pr.contactPhone()), new Field(buyerLabel, pr.buyer().name()),
        new Field(buyerLabel + "地址", pr.buyer().address()),
        new Field(buyerLabel + "联系方式", pr.buyerContact() + " " + pr.buyer().phone()),
        new Field("代理机构名称", pr.agency().name()), new Field("代理机构地址", pr.agency().address()),
        new Field("代理机构联系方式", pr.contact() + " " + pr.agency().phone()));
  }

  private static void attachmentRows(List<Row> rows, List<Attachment> attachments) {
    if (!attachments.isEmpty()) {
      rows.add(new Heading("附件："));
      for (int i = 0; i < attachments.size(); i++) {
        rows.add(new AttachmentRow(i + 1, attachments.get(i)));
      }
    }
  }

  private static List<Row> head(Project pr, LocalDateTime published, String buyerLabel) {
    List<Row> rows = new ArrayList<>();
    rows.add(new Heading("公告信息："));
    rows.add(new Field("采购项目名称", pr.name()));
    rows.add(new Field("品目", pr.category()));
    rows.add(new Field(buyerLabel, pr.buyer().name()));
    rows.add(new FieldPair("行政区域", pr.region(), "公告时间", published.format(SUMMARY_TIME)));
    return rows;
  }

  // ---------------------------------------------------------------- tender (2020+)

  static List<Row> tenderSummary(Project pr, Method m, LocalDateTime published, LocalDateTime deadline,
      String place, List<Attachment> attachments) {
    List<Row> rows = head(pr, published, "采购单位");
    rows.add(new Field("获取" + m.doc + "时间", published.toLocalDate().format(DAY) + "至"
        + published.toLocalDate().plusDays(5).format(DAY) + " 每日上午:9:00 至 12:00 下午:14:00 至 17:00（北京时间，法定节假日除外）"));
    rows.add(new Field(m.doc + "售价", "￥0"));
    rows.add(new Field("获取" + m.doc + "的地点", place));
    rows.add(new Field(m.open + "时间", deadline.format(MINUTE)));
    rows.add(new Field(m.open + "地点", place));
    rows.add(new Field("预算金额", summaryAmount(pr.budgetCny())));
    rows.addAll(contactRows(pr, "采购单位"));
    attachmentRows(rows, attachments);
    return rows;
  }

  /**
   * 项目概况 → 一、项目基本情况 … 七、联系方式, as the 2020+ ccgp tender template.
   *
   * @param demand the 采购需求 lines (标的名称, 数量, 简要服务要求 …)
   */
  static String tenderBody(Project pr, Method m, LocalDateTime published, LocalDateTime deadline, String place,
      List<String> demand, String period, String special, List<String> extra) {
    String budget = wan(pr.budgetCny()) + " 万元（人民币）";
    StringBuilder b = new StringBuilder();
    b.append(p("项目概况", pr.name() + " " + m.act + "项目的潜在" + (m == Method.GKZB ? "投标人" : "供应商") + "应在 " + place
        + " 获取" + m.doc + "，并于 " + deadline.format(MINUTE) + " （北京时间）前递交" + m.bidDoc + "。",
        "一、项目基本情况", "项目编号：" + pr.no(), "项目名称：" + pr.name(), "预算金额：" + budget,
        "最高限价（如有）：" + budget, "采购需求："));
    b.append(p(demand.toArray(String[]::new)));
    b.append(p("合同履行期限：" + period, "本项目( 不接受 )联合体投标。",
        "二、申请人的资格要求：", "1.满足《中华人民共和国政府采购法》第二十二条规定；",
        "2.落实政府采购政策需满足的资格要求：本项目落实促进中小企业发展、支持监狱企业发展、促进残疾人就业等政府采购政策。",
        "3.本项目的特定资格要求：" + special,
        "三、获取" + m.doc,
        "时间：" + published.toLocalDate().format(DAY) + " 至 " + published.toLocalDate().plusDays(5).format(DAY)
            + "，每天上午9:00至12:00，下午14:00至17:00。（北京时间，法定节假日除外）",
        "地点：" + place, "方式：网上下载", "售价：￥0.0 元，本公告包含的" + m.doc + "售价总和",
        "四、提交" + m.bidDoc + "截止时间、" + m.open + "时间和地点",
        "提交" + m.bidDoc + "截止时间：" + deadline.format(CLOCK) + "（北京时间）",
        m.open + "时间：" + deadline.format(CLOCK) + "（北京时间）", "地点：" + place,
        "五、公告期限", "自本公告发布之日起" + (m == Method.GKZB ? 5 : 3) + "个工作日。", "六、其他补充事宜"));
    b.append(p(extra.toArray(String[]::new)));
    b.append(contacts("七、对本次" + m.act + "提出询问，请按以下方式联系。", pr));
    return b.toString();
  }

  // ---------------------------------------------------------------- award (2020+)

  static List<Row> awardSummary(Project pr, LocalDateTime published, String experts, long totalCny,
      List<Attachment> attachments) {
    List<Row> rows = head(pr, published, "采购单位");
    rows.add(new Field("评审专家名单", experts));
    rows.add(new Field("总中标金额", "￥" + wan(totalCny) + " 万元（人民币）"));
    rows.addAll(contactRows(pr, "采购单位"));
    attachmentRows(rows, attachments);
    return rows;
  }

  /**
   * 一、项目编号 … 九、联系方式, as the 2020+ award template.
   *
   * @param items the 四、主要标的信息 table (header first)
   */
  static String awardBody(Project pr, LocalDateTime published, List<Lot> winners, String itemsHeading,
      List<List<String>> items, String experts, String agencyFee, List<String> extra) {
    StringBuilder b = new StringBuilder(p("一、项目编号：" + pr.no(), "二、项目名称：" + pr.name(), "三、中标（成交）信息"));
    for (Lot w : winners) {
      b.append(p("供应商名称：" + w.supplier(), "供应商地址：" + w.address(),
          "中标（成交）金额：" + wan(w.amountCny()) + "（万元）"));
    }
    b.append(p("四、主要标的信息", itemsHeading));
    b.append(table(items.getFirst(), items.subList(1, items.size())));
    b.append(p("五、评审专家（单一来源采购人员）名单：", experts, "六、代理服务收费标准及金额：",
        "本项目代理费收费标准：参照国家发展计划委员会《招标代理服务收费管理暂行办法》（计价格[2002]1980号）的标准，由成交供应商支付。",
        "本项目代理费总金额：" + agencyFee + " 万元（人民币）", "七、公告期限", "自本公告发布之日起1个工作日。",
        "八、其它补充事宜"));
    b.append(p(extra.toArray(String[]::new)));
    b.append(contacts("九、凡对本次公告内容提出询问，请按以下方式联系。", pr));
    b.append(p(published.toLocalDate().format(DAY)));
    return b.toString();
  }

  // ---------------------------------------------------------------- 终止 / 更正 / 单一来源

  static List<Row> plainSummary(Project pr, LocalDateTime published) {
    List<Row> rows = head(pr, published, "采购单位");
    rows.addAll(contactRows(pr, "采购单位"));
    return rows;
  }

  static String terminationBody(Project pr, String reason, LocalDateTime published) {
    return p("一、项目基本情况", "采购项目编号：" + pr.no(), "采购项目名称：" + pr.name(), "二、项目终止的原因", reason,
        "三、其他补充事宜", "已获取" + "磋商文件的供应商，如对本公告有疑问，请在公告期限内与采购代理机构联系。")
        + contacts("四、凡对本次公告内容提出询问，请按以下方式联系。", pr) + p(published.toLocalDate().format(DAY));
  }

  static String correctionBody(Project pr, String firstNoticeDay, String matter, String change,
      LocalDateTime published) {
    return p("一、项目基本情况", "原公告的采购项目编号：" + pr.no(), "原公告的采购项目名称：" + pr.name(),
        "首次公告日期：" + firstNoticeDay, "二、更正信息", "更正事项：" + matter, "更正内容：" + change,
        "更正日期：" + published.toLocalDate().format(DAY), "三、其他补充事宜", "其他内容不变。")
        + contacts("四、凡对本次公告内容提出询问，请按以下方式联系。", pr);
  }

  static String singleSourceBody(Project pr, String what, String reason, Party supplier, String experts,
      LocalDateTime published) {
    return p("一、采购人、采购项目名称和拟采购的货物或服务的说明", "采购人：" + pr.buyer().name(), "项目编号：" + pr.no(),
        "项目名称：" + pr.name(), "拟采购的服务说明：" + what,
        "二、拟采购的货物或服务的预算金额", "预算金额：" + wan(pr.budgetCny()) + " 万元（人民币）",
        "三、采用单一来源采购方式的原因及说明", reason,
        "四、拟定的唯一供应商名称、地址", "名称：" + supplier.name(), "地址：" + supplier.address(),
        "五、单一来源采购方式论证的专业人员意见", experts,
        "六、公示期限", published.toLocalDate().format(DAY) + " 至 " + published.toLocalDate().plusDays(7).format(DAY),
        "七、其他补充事宜", "任何供应商、单位或者个人对采用单一来源采购方式公示有异议的，可以在公示期内将书面意见反馈给采购人、采购代理机构，并同时抄送相关财政部门。")
        + contacts("八、联系方式", pr);
  }

  // ---------------------------------------------------------------- ≤2016 award (vT)

  static List<Row> oldAwardSummary(Project pr, LocalDateTime published, String tenderDay, String awardDay,
      String experts, long totalCny) {
    List<Row> rows = head(pr, published, "采购人");
    rows.add(new Field("本项目招标公告日期", tenderDay));
    rows.add(new Field("中标日期", awardDay));
    rows.add(new Field("评审专家名单", experts));
    rows.add(new Field("总中标金额", "￥" + wan(totalCny) + " 万元（人民币）"));
    rows.addAll(contactRows(pr, "采购人"));
    return rows;
  }

  static String oldAwardBody(Project pr, String tenderDay, String awardDay, String experts, Lot winner) {
    return p("一、项目信息", "采购项目名称：" + pr.name(), "项目编号：" + pr.no(), "招标公告日期：" + tenderDay,
        "中标日期：" + awardDay, "二、采购单位信息", "采购单位名称：" + pr.buyer().name(), "采购单位地址：" + pr.buyer().address(),
        "采购单位联系方式：" + pr.buyerContact() + " " + pr.buyer().phone(),
        "三、采购代理机构信息", "采购代理机构全称：" + pr.agency().name(), "采购代理机构地址：" + pr.agency().address(),
        "采购代理机构联系方式：" + pr.contact() + " " + pr.agency().phone(),
        "四、评审专家名单", experts, "五、中标信息", "总中标金额：" + wan(winner.amountCny()).replaceAll("0+$", "").replaceAll("\\.$", "") + " 万元（人民币）")
        + table(List.of("序号", "中标供应商名称", "中标供应商联系地址", "中标金额(万元)"),
            List.of(List.of("1", winner.supplier(), winner.address(),
                wan(winner.amountCny()).replaceAll("0+$", "").replaceAll("\\.$", ""))))
        + p("六、其它补充事宜", "无", "七、项目联系人：" + pr.contact(), "联系电话：" + pr.contactPhone());
  }
}
