package org.tenderwatch.bench;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * One generated notice, before it becomes bytes.
 *
 * @param id the numeric id of its URL (t20220608_{id}.htm)
 * @param scope zygg (中央) or dfgg (地方)
 * @param channel the ccgp channel: gkzb, jzxtpgg, jzxcs, zbgg, cjgg …
 * @param lines the body text, one paragraph a line (the HTML wraps each in a p)
 * @param winner the winning supplier of an award, else null
 * @param awardCny the award amount of an award, else 0
 * @param pdfs attachments, each a list of page texts
 * @param gbk written in GBK under a gb2312 label, as some provincial mirrors serve pages
 * @param flagCategory the watched category its text mentions (nvidia_gpu, aws …), or null
 */
public record BenchNotice(long id, String scope, String channel, String title, LocalDateTime published,
    String buyer, String agency, String projectNo, long budgetCny, String region, List<String> lines,
    String winner, long awardCny, List<Pdf> pdfs, boolean gbk, String flagCategory) {

  private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyyMM", Locale.ROOT);
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd", Locale.ROOT);

  /** A PDF attachment, served at /oss/download?uuid={id}. */
  public record Pdf(String id, String fileName, List<String> pages) {}

  public BenchNotice {
    lines = List.copyOf(lines);
    pdfs = List.copyOf(pdfs);
  }

  public boolean isAward() {
    return winner != null;
  }

  /** cggg/dfgg/gkzb */
  public String channelDir() {
    return "cggg/" + scope + "/" + channel;
  }

  /** cggg/dfgg/gkzb/202206/t20220608_18036087.htm */
  public String path() {
    return channelDir() + "/" + published.format(MONTH) + "/t" + published.format(DAY) + "_" + id + ".htm";
  }

  /** The title, then the body lines: the text a notice page holds, for building an index without HTML. */
  public String text() {
    return title + "\n" + String.join("\n", lines);
  }
}
