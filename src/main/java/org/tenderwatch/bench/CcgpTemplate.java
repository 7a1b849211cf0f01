package org.tenderwatch.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The page frames of www.ccgp.gov.cn the benchmark corpus is written in: the 2017+ "vF" detail page and the
 * channel list page. Class names, ids and element order follow the saved real page
 * (samples/realdata/ccgp_detail_shenzhen_longhua_aircon_award.html, PORTALS.md §2.1) and the sample portal's
 * generator; the site header and footer are shortened as there. Pure: records in, strings out.
 */
public final class CcgpTemplate {
  static final Map<String, String> SCOPE_NAMES = Map.of("zygg", "中央公告", "dfgg", "地方公告");
  static final Map<String, String> CHANNEL_NAMES = Map.of(
      "gkzb", "公开招标公告", "jzxtpgg", "竞争性谈判公告", "jzxcs", "竞争性磋商公告", "dylygg", "单一来源公告",
      "zbgg", "中标公告", "cjgg", "成交公告", "gzgg", "更正公告", "fblbgg", "废标公告");
  /** The 16 channel lists of config/sources/ccgp.yaml. */
  static final List<String> CHANNELS = List.of("gkzb", "jzxtpgg", "jzxcs", "dylygg", "zbgg", "cjgg", "gzgg", "fblbgg");
  /** Notices per list page, as on the real site. */
  public static final int PAGE_SIZE = 20;

  private static final DateTimeFormatter PUB_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);
  private static final DateTimeFormatter PUB_TIME = DateTimeFormatter.ofPattern("yyyy年MM月dd日 HH:mm", Locale.ROOT);
  private static final Charset GB18030 = Charset.forName("GB18030");

  private static final String HEADER = """
      <link href="//www.ccgp.gov.cn/css/inc.css" rel="stylesheet" type="text/css">
      <div class="v4incheadertop">
          <div class="v4incheadertop_tel_block"><div class="v4incheadertop_tel">
              <p class="cl">财政部唯一指定政府采购信息网络发布媒体 国家级政府采购专业网站</p><p class="cr">服务热线：400-810-1996</p>
          </div></div>
          <div class="v4incheadertop_nav_block"><div class="v4incheadertop_nav"><ul class="v4incheadertop_nav_ls">
              <li id="ch_index" style="width:140px"><a href="//www.ccgp.gov.cn/">首页</a></li>
              <li id="ch_zcfg" style="width: 172px"><a href="//www.ccgp.gov.cn/zcfg/">政采法规</a></li>
              <li id="ch_gmfw" style="width:172px"><a href="//www.ccgp.gov.cn/gpsr/">购买服务</a></li>
              <li id="ch_jdjc" style="width:172px"><a href="//www.ccgp.gov.cn/jdjc/">监督检查</a></li>
              <li id="ch_xxgg" style="width:172px"><a href="//www.ccgp.gov.cn/xxgg/">信息公告</a></li>
          </ul></div></div>
          <div class="clb"></div>
      </div>
      """;
  private static final String FOOTER = """
      <div class="footer mt13"><div class="copyright_bl"><div class="vF_cp"><div class="cpright">
          <p>主办单位：中华人民共和国财政部国库司  <br>网站标识码：<span>bm14000002</span> &nbsp;|&nbsp; 京<span>ICP</span>备<span>19054529</span>号<span>-1</span> <br><span id="botm_cpy">&copy; 1999-2025</span> 中华人民共和国财政部 版权所有</p>
      </div></div></div></div>
      """;
  private static final String BOT = "<script id=\"keyparam\" src=\"/_bot_sbu/sbu_fpcm.js\">b220cb5b51b0940c0f343d37ebb48744</script>"
      + "<script id=\"keyt\" src=\"/_bot_sbu/sbu_fpc.js\">900</script>";

  private CcgpTemplate() {}

  /** The page's bytes: UTF-8, or GB18030 under a gb2312 label for a GBK notice. */
  public static byte[] noticeBytes(BenchNotice n) {
    return noticePage(n).getBytes(n.gbk() ? GB18030 : StandardCharsets.UTF_8);
  }

  /** A 2017+ detail page; GBK pages differ in the charset label and the breadcrumb separator (» is not in GBK). */
  public static String noticePage(BenchNotice n) {
    String sep = "&nbsp;" + (n.gbk() ? "&raquo;" : "»") + "&nbsp;";
    String title = n.title();
    return "<!DOCTYPE html><html><head>\n"
        + "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=" + (n.gbk() ? "gb2312" : "utf-8") + "\">\n"
        + "<meta http-equiv=\"pragma\" content=\"no-cache\">\n<meta name=\"SiteName\" content=\"中国政府采购网\">\n"
        + "<meta name=\"SiteDomain\" content=\"www.ccgp.gov.cn\">\n<meta name=\"SiteIDCode\" content=\"bm14000002\">\n"
        + "<meta name=\"ArticleTitle\" content=\"" + title + "\">\n"
        + "<meta name=\"PubDate\" content=\"" + n.published().format(PUB_DATE) + "\">\n"
        + "<meta name=\"ContentSource\" content=\"中国政府采购网\">\n<title>" + title + "</title>\n"
        + "<link href=\"/css/detail.css\" rel=\"stylesheet\" type=\"text/css\">\n"
        + "<script language=\"javascript\" src=\"/js/jquery-3.2.1.min.js\"></script>\n</head>\n"
        + "<body id=\"detail\">" + BOT + "\n" + HEADER
        + "<div class=\"main\">\n<div class=\"main_container\">\n"
        + "    <div class=\"vF_deail_currentloc mt10\">\n        <p>当前位置：<a href=\"../../../../\" title=\"首页\" class=\"CurrChnlCls\">首页</a>" + sep
        + "<a href=\"../../../\" title=\"政采公告\" class=\"CurrChnlCls\">政采公告</a>" + sep
        + "<a href=\"../../\" class=\"CurrChnlCls\">" + SCOPE_NAMES.get(n.scope()) + "</a>" + sep
        + "<a href=\"../\" class=\"CurrChnlCls\">" + CHANNEL_NAMES.get(n.channel()) + "</a></p>\n    </div>\n"
        + "    <div class=\"vF_deail_maincontent\">\n<div class=\"vF_detail_main\">\n"
        + "            <div class=\"vF_detail_header\"><h2 class=\"tc\">" + title + "</h2>\n"
        + "            <p class=\"tc\"><span id=\"pubTime\">" + n.published().format(PUB_TIME)
        + "</span> 来源：<span id=\"sourceName\">中国政府采购网</span> 【<span id=\"printBtn\">打印</span>】</p></div>\n"
        + "<!--contentTable-->\n" + summaryTable(n) + "\n<!--contentTable-->\n"
        + "<div class=\"vF_detail_content_container\">\n            <div class=\"vF_detail_content\">\n"
        + paragraphs(n.lines())
        + "\n            <div style=\"width:780px;height:0;clear:both\"></div></div>\n        </div><!--vF_detail_content_container-->\n"
        + "        </div><!--vF_detail_main-->\n    </div><!--vF_deail_maincontent-->\n"
        + "    </div>\n</div>\n" + FOOTER
        + "<script language=\"javascript\" src=\"/js/detailaddon.js\"></script>\n</body></html>\n";
  }

  /** The 公告概要 table: td.title is the label, the next td its value; 附件N rows are bizDownload links. */
  static String summaryTable(BenchNotice n) {
    StringBuilder t = new StringBuilder("<div class=\"table\"><h5>公告概要：</h5><table width=\"600\" border=\"0\" cellspacing=\"1\""
        + " bgcolor=\"#bfbfbf\" style=\"text-align:left;\"><tbody><tr><td colspan=\"4\"><b>公告信息：</b></td></tr>");
    field(t, "采购项目名称", n.title());
    field(t, "品目", n.isAward() ? "服务/其他服务" : "货物/其他货物");
    field(t, "采购单位", n.buyer());
    t.append("<tr><td class=\"title\">行政区域</td><td width=\"168\">").append(n.region())
        .append("</td><td class=\"title\" width=\"128\">公告时间</td><td width=\"168\">")
        .append(n.published().format(PUB_TIME)).append("</td></tr>");
    if (n.isAward()) {
      field(t, "总中标金额", "￥" + wan(n.awardCny()) + " 万元（人民币）");
    } else {
      field(t, "预算金额", "￥" + wan(n.budgetCny()) + "万元（人民币）");
    }
    t.append("<tr><td colspan=\"4\"><b>联系人及联系方式：</b></td></tr>");
    field(t, "采购单位", n.buyer());
    field(t, "代理机构名称", n.agency());
    if (!n.pdfs().isEmpty()) {
      t.append("<tr><td colspan=\"4\"><b>附件：</b></td></tr>");
      for (int i = 0; i < n.pdfs().size(); i++) {
        BenchNotice.Pdf p = n.pdfs().get(i);
        t.append("<tr><td class=\"title\">附件").append(i + 1).append("</td><td colspan=\"3\"><a class=\"bizDownload\" id=\"")
            .append(p.id()).append("\" href=\"\">").append(p.fileName()).append("</a></td></tr>");
      }
    }
    return t.append("</tbody></table></div>").toString();
  }

  private static void field(StringBuilder t, String label, String value) {
    t.append("<tr><td class=\"title\">").append(label).append("</td><td colspan=\"3\">").append(value).append("</td></tr>");
  }

  private static String paragraphs(List<String> lines) {
    StringBuilder b = new StringBuilder();
    for (String l : lines) {
      b.append("<p>").append(l).append("</p>\n");
    }
    return b.toString();
  }

  /**
   * A channel list page (newest first). The pager is the real site's script call: size = number of pages,
   * current = 0-based page, so page k lives at index_k.htm (index.htm for 0).
   */
  public static String listPage(String scope, String channel, List<BenchNotice> items, int page, int pages) {
    StringBuilder li = new StringBuilder();
    String dir = "cggg/" + scope + "/" + channel + "/";
    for (BenchNotice n : items) {
      String text = n.title().length() > 30 ? n.title().substring(0, 30) + "..." : n.title();
      li.append("<li><a href=\"./").append(n.path().substring(dir.length())).append("\" title=\"").append(n.title())
          .append("\">").append(text).append("</a>发布时间：<em>").append(n.published().format(PUB_DATE))
          .append("</em> 地域：<em>").append(n.region()).append("</em> 采购人：<em>").append(n.buyer()).append("</em></li>\n");
    }
    String title = CHANNEL_NAMES.get(channel);
    return "<!DOCTYPE html><html><head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">\n"
        + "<meta name=\"SiteName\" content=\"中国政府采购网\">\n<meta name=\"ColumnName\" content=\"" + title + "\">\n"
        + "<title>" + title + "_" + SCOPE_NAMES.get(scope) + "_中国政府采购网</title>\n</head>\n<body>" + BOT + "\n" + HEADER
        + "<div class=\"main\">\n<div class=\"main_container\">\n    <div class=\"vT_z\">\n"
        + "    <div class=\"vF_detail_relcontent_lst\">\n    <ul class=\"c_list_bid\">\n" + li + "</ul>\n    </div>\n"
        + "    <p class=\"pager\"><script type=\"text/javascript\">Pager({size:" + pages + ", current:" + page
        + ", prefix:'index',suffix:'htm'});</script></p>\n    </div>\n</div>\n</div>\n" + FOOTER + "</body></html>\n";
  }

  /** 280000 → "28.000000", the six-decimal 万元 figure ccgp prints. */
  static String wan(long yuan) {
    return BigDecimal.valueOf(yuan).divide(BigDecimal.valueOf(10_000), 6, RoundingMode.UNNECESSARY).toPlainString();
  }
}
