package org.tenderwatch.samples;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The records the sample catalog is written in; the generators and README read them, the test does not. */
final class SampleModel {

  private SampleModel() {}

  /** How a notice page is produced. */
  enum Template {
    /** 2017+ ccgp detail page, UTF-8. */
    VF,
    /** 2017+ ccgp detail page written in GBK under a gb2312 label, as some provincial mirrors serve. */
    VF_GBK,
    /** ≤2016 ccgp detail page. */
    VT,
    /** A real saved page, copied byte for byte from src/test/resources/realdata. */
    REAL_COPY,
    /** A real notice whose text survives as block JSON in src/test/resources/realdata, put back into the vF page. */
    REAL_UIR
  }

  /** A buyer or agency as the 联系方式 section names it. */
  record Party(String name, String address, String phone) {}

  /** One winning supplier (per lot when a notice has lots). */
  record Lot(String lot, String supplier, String address, long amountCny) {}

  /**
   * A PDF attachment served at /oss/download?uuid=id.
   *
   * @param pages page texts, one list of paragraphs per PDF page
   * @param evidencePage the 1-based page that carries the decisive words
   * @param evidenceWords words that page must contain (a flag term, or a near-miss text)
   */
  record Attachment(String id, String fileName, List<List<String>> pages, int evidencePage,
      List<String> evidenceWords) {}

  /**
   * What a correct crawl should make of a notice (written to samples/expected.json).
   *
   * @param type tender, award, correction, termination or other (NoticeType.json())
   * @param flags expected flag categories of this notice on its own; empty for ordinary notices and near-misses
   * @param caseId case1…case4, or null
   * @param kind "case", "ordinary" or "near-miss"
   * @param linkedTo path of the tender an award or termination belongs to, or null
   */
  record Expect(String type, String projectNo, String buyer, Long budgetCny, List<String> flags,
      List<Lot> suppliers, Long awardCny, String caseId, String kind, String linkedTo, String note) {}

  /**
   * One notice of the portal.
   *
   * @param path path below samples/portal, e.g. cggg/zygg/jzxcs/202404/t20240412_21734561.htm
   * @param province the 地域 a list page shows ("四川")
   * @param region the 行政区域 of the 公告概要 ("武侯区")
   * @param provinceClass the extra class of div.vF_detail_main ("pzln51")
   * @param summary 公告概要 rows, null for real pages
   * @param body the HTML of div.vF_detail_content, null for real pages
   * @param realSource the file in src/test/resources/realdata a real page comes from
   */
  record Notice(String path, Template template, String title, LocalDateTime published, String province,
      String region, String provinceClass, String buyer, List<Row> summary, String body,
      List<Attachment> attachments, Expect expect, String realSource, String readme) {

    String scope() {
      return path.split("/")[1];
    }

    String type() {
      return path.split("/")[2];
    }

    String channelDir() {
      return "cggg/" + scope() + "/" + type();
    }

    /** The href a list page in channelDir() uses: ./YYYYMM/tYYYYMMDD_id.htm */
    String listHref() {
      return "./" + path.substring(channelDir().length() + 1);
    }
  }

  /** A row of the 公告概要 table. */
  sealed interface Row permits Heading, Field, FieldPair, AttachmentRow {}

  /** "公告信息：" / "联系人及联系方式：" spanning the table. */
  record Heading(String text) implements Row {}

  record Field(String label, String value) implements Row {}

  /** Two label/value pairs on one row (行政区域 | 公告时间). */
  record FieldPair(String label1, String value1, String label2, String value2) implements Row {}

  record AttachmentRow(int n, Attachment attachment) implements Row {}

  static final DateTimeFormatter PUB_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", java.util.Locale.ROOT);
  static final DateTimeFormatter PUB_TIME = DateTimeFormatter.ofPattern("yyyy年MM月dd日 HH:mm", java.util.Locale.ROOT);
  static final DateTimeFormatter SUMMARY_TIME = DateTimeFormatter.ofPattern("yyyy年MM月dd日  HH:mm", java.util.Locale.ROOT);

  /** 280000 → "28.000000", the six-decimal 万元 figure ccgp prints. */
  static String wan(long yuan) {
    return BigDecimal.valueOf(yuan).divide(BigDecimal.valueOf(10_000), 6, RoundingMode.UNNECESSARY).toPlainString();
  }

  /** 280000 → "￥28.000000万元（人民币）", the 公告概要 form. */
  static String summaryAmount(long yuan) {
    return "￥" + wan(yuan) + "万元（人民币）";
  }

  /** 200000 → "200,000.00元". */
  static String yuanText(long yuan) {
    return String.format(java.util.Locale.ROOT, "%,d.00元", yuan);
  }
}
