package org.tenderwatch.samples;

import static org.tenderwatch.samples.SampleModel.PUB_DATE;
import static org.tenderwatch.samples.SampleModel.PUB_TIME;

import java.util.List;
import java.util.Map;
import org.tenderwatch.samples.SampleModel.AttachmentRow;
import org.tenderwatch.samples.SampleModel.Field;
import org.tenderwatch.samples.SampleModel.FieldPair;
import org.tenderwatch.samples.SampleModel.Heading;
import org.tenderwatch.samples.SampleModel.Notice;
import org.tenderwatch.samples.SampleModel.Row;

/**
 * The page frames of www.ccgp.gov.cn: the 2017+ "vF" detail page, the ≤2016 "vT" detail page and the channel
 * list page. Class names, ids and the order of elements follow the saved real page
 * (src/test/resources/realdata/ccgp_detail_shenzhen_longhua_aircon_award.html) and PORTALS.md §2.1; the site header and
 * footer are shortened, the anti-bot scripts are kept because the real pages carry them.
 */
final class PortalPages {

  private PortalPages() {}

  static final Map<String, String> SCOPE_NAMES = Map.of("zygg", "中央公告", "dfgg", "地方公告");

  /** Channel names as the breadcrumb and list pages write them. */
  static final Map<String, String> TYPE_NAMES = Map.of(
      "gkzb", "公开招标公告", "jzxtpgg", "竞争性谈判公告", "jzxcs", "竞争性磋商公告", "dylygg", "单一来源公告",
      "zbgg", "中标公告", "cjgg", "成交公告", "gzgg", "更正公告", "fblbgg", "废标公告");

  /** Types in the order the site's navigation lists them. */
  static final List<String> TYPES = List.of("gkzb", "jzxtpgg", "jzxcs", "dylygg", "zbgg", "cjgg", "gzgg", "fblbgg");

  private static final String HEADER = """
      <link href="//www.ccgp.gov.cn/css/inc.css" rel="stylesheet" type="text/css">
      <div class="v4incheadertop">
          <div class="v4incheadertop_tel_block">
              <div class="v4incheadertop_tel">
                  <p class="cl">财政部唯一指定政府采购信息网络发布媒体 国家级政府采购专业网站</p><p class="cr">服务热线：400-810-1996</p>
              </div>
          </div>
          <div class="v4incheadertop_nav_block">
              <div class="v4incheadertop_nav">
                  <ul class="v4incheadertop_nav_ls">
                      <li id="ch_index" style="width:140px"><a href="//www.ccgp.gov.cn/">首页</a></li>
                      <li id="ch_zcfg" style="width: 172px"><a href="//www.ccgp.gov.cn/zcfg/">政采法规</a></li>
                      <li id="ch_gmfw" style="width:172px"><a href="//www.ccgp.gov.cn/gpsr/">购买服务</a></li>
                      <li id="ch_jdjc" style="width:172px"><a href="//www.ccgp.gov.cn/jdjc/">监督检查</a></li>
                      <li id="ch_xxgg" style="width:172px"><a href="//www.ccgp.gov.cn/xxgg/">信息公告</a></li>
                      <li id="ch_gpa" style="width:172px"><a href="//www.ccgp.gov.cn/wtogpa/">国际专栏</a></li>
                  </ul>
              </div>
          </div>
          <div class="clb"></div>
      </div>
      """;

  private static final String FOOTER = """
      <div class="footer mt13">
          <div class="copyright_bl">
           <div class="vF_cp">
          <div class="cpright">
              <p>
              主办单位：中华人民共和国财政部国库司  <br>网站标识码：<span>bm14000002</span> &nbsp;|&nbsp; <a href="https://beian.miit.gov.cn" target="_blank">京<span>ICP</span>备<span>19054529</span>号<span>-1</span></a> &nbsp;|&nbsp; 京公网安备<span>11010602060068</span>号 <br><span id="botm_cpy">&copy; 1999-2025</span> 中华人民共和国财政部 版权所有 &nbsp;|&nbsp; <a href="/contact.shtml" target="_blank">联系我们</a></p>
          </div>
          </div>
          </div>
      </div>
      """;

  private static final String BOT = "<script id=\"keyparam\" src=\"/_bot_sbu/sbu_fpcm.js\">b220cb5b51b0940c0f343d37ebb48744</script>"
      + "<script id=\"keyt\" src=\"/_bot_sbu/sbu_fpc.js\">900</script>";

  /** The head both detail templates share; charset is "utf-8" or "gb2312". */
  private static String head(String title, String pubDate, String charset) {
    return """
        <!DOCTYPE html><html><head>
        <meta http-equiv="Content-Type" content="text/html; charset=%s">
        <meta http-equiv="pragma" content="no-cache">
        <meta name="SiteName" content="中国政府采购网">
        <meta name="SiteDomain" content="www.ccgp.gov.cn">
        <meta name="SiteIDCode" content="bm14000002">
        <meta name="ArticleTitle" content="%s">
        <meta name="PubDate" content="%s">
        <meta name="ContentSource" content="中国政府采购网">
        <title>%s</title>
        <link href="/css/detail.css" rel="stylesheet" type="text/css">
        <script language="javascript" src="/js/jquery-3.2.1.min.js"></script>
        </head>
        """.transform(t -> String.format(java.util.Locale.ROOT, t, charset, title, pubDate, title));
  }

  /** 首页 » 政采公告 » 地方公告 » 中标公告, relative links as on the real page; sep is "»" or "&raquo;". */
  private static String breadcrumb(Notice n, String sep) {
    String s = "&nbsp;" + sep + "&nbsp;";
    return "    <div class=\"vF_deail_currentloc mt10\">\n        <p>当前位置：<a href=\"../../../../\" title=\"首页\" class=\"CurrChnlCls\">首页</a>" + s
        + "<a href=\"../../../\" title=\"政采公告\" class=\"CurrChnlCls\">政采公告</a>" + s
        + "<a href=\"../../\" title=\"" + SCOPE_NAMES.get(n.scope()) + "\" class=\"CurrChnlCls\">" + SCOPE_NAMES.get(n.scope()) + "</a>" + s
        + "<a href=\"../\" title=\"" + TYPE_NAMES.get(n.type()) + "\" class=\"CurrChnlCls\">" + TYPE_NAMES.get(n.type()) + "</a></p>\n    </div>\n";
  }

  /** The 公告概要 table: td.title is the label, the next td its value. */
  static String summaryTable(List<Row> rows) {
    StringBuilder t = new StringBuilder("<div class=\"table\"><h5>公告概要：</h5><table width=\"600\" border=\"0\" cellspacing=\"1\" bgcolor=\"#bfbfbf\" style=\"text-align:left;\"><tbody>");
    boolean first = true;
    for (Row row : rows) {
      switch (row) {
        case Heading h -> t.append("<tr><td colspan=\"4\"><b>").append(h.text()).append("</b></td></tr>");
        case Field f -> {
          t.append("<tr><td class=\"title\"").append(first ? " width=\"128\"" : "").append(">").append(f.label())
              .append("</td><td colspan=\"3\"").append(first ? " width=\"430\"" : "").append(">").append(f.value()).append("</td></tr>");
          first = false;
        }
        case FieldPair p -> t.append("<tr><td class=\"title\">").append(p.label1()).append("</td><td width=\"168\">").append(p.value1())
            .append("</td><td class=\"title\" width=\"128\">").append(p.label2()).append("</td><td width=\"168\">").append(p.value2()).append("</td></tr>");
        case AttachmentRow a -> t.append("<tr><td class=\"title\">附件").append(a.n()).append("</td><td colspan=\"3\"><a class=\"bizDownload\" id=\"")
            .append(a.attachment().id()).append("\" href=\"\">").append(a.attachment().fileName()).append("</a></td></tr>");
      }
    }
    return t.append("</tbody></table></div>").toString();
  }

  /** A 2017+ detail page; gbk pages differ only in the charset label and the breadcrumb separator (» is not in GBK). */
  static String vF(Notice n, boolean gbk) {
    String pub = n.published().format(PUB_DATE);
    return head(n.title(), pub, gbk ? "gb2312" : "utf-8")
        + "<body id=\"detail\">" + BOT + "\n" + HEADER
        + "<div class=\"main\">\n<div class=\"main_container\">\n"
        + breadcrumb(n, gbk ? "&raquo;" : "»")
        + "    <div class=\"vF_deail_maincontent\">\n"
        + "<div class=\"vF_detail_main " + n.provinceClass() + "\">\n"
        + "            <div class=\"vF_detail_header\"><h2 class=\"tc\">" + n.title() + "</h2>\n"
        + "            <p class=\"tc\"><span id=\"pubTime\">" + n.published().format(PUB_TIME) + "</span> 来源：<span id=\"sourceName\">中国政府采购网</span> 【<span id=\"printBtn\">打印</span>】 <span id=\"shareTo\"></span><span class=\"displayArti\" id=\"displayGG\" style=\"display: none;\">【显示公告正文】</span><span class=\"displayArti\" id=\"hideGG\">【显示公告概要】</span></p></div>\n"
        + "<!--contentTable-->\n" + summaryTable(n.summary()) + "\n<!--contentTable-->\n"
        + "<div class=\"vF_detail_content_container\">\n            <div class=\"vF_detail_content\">\n"
        + n.body()
        + "\n            <div style=\"width:780px;height:0;clear:both\"></div></div>\n        </div><!--vF_detail_content_container-->\n"
        + "        </div><!--vF_detail_main-->\n    </div><!--vF_deail_maincontent-->\n"
        + "    <div class=\"vF_detail_relcontent mt13\" style=\"display: none;\">\n    <h2><p>相关公告</p></h2>\n    <div class=\"vF_detail_relcontent_lst\">\n        <ul class=\"c_list_tat\">\n        </ul>\n    </div>\n</div><!--相关公告-->\n"
        + "    </div>\n</div>\n" + FOOTER
        + "<script language=\"javascript\" src=\"/js/detailaddon.js\"></script>\n</body></html>\n";
  }

  /** A ≤2016 detail page: vT_detail_header h2, vT_detail_main > div.table, body in div.vT_detail_content.w760c. */
  static String vT(Notice n) {
    return head(n.title(), n.published().format(PUB_DATE), "utf-8")
        + "<body>\n" + HEADER
        + "<div class=\"main\">\n<div class=\"main_container\">\n"
        + "    <div class=\"vT_detail_currentloc mt10\"><p>当前位置：<a href=\"../../../../\" class=\"CurrChnlCls\">首页</a>&nbsp;»&nbsp;<a href=\"../../../\" class=\"CurrChnlCls\">政采公告</a>&nbsp;»&nbsp;<a href=\"../../\" class=\"CurrChnlCls\">"
        + SCOPE_NAMES.get(n.scope()) + "</a>&nbsp;»&nbsp;<a href=\"../\" class=\"CurrChnlCls\">" + TYPE_NAMES.get(n.type()) + "</a></p></div>\n"
        + "    <div class=\"vT_detail_main\">\n"
        + "        <div class=\"vT_detail_header\"><h2>" + n.title() + "</h2>\n"
        + "        <p><span id=\"pubTime\">" + n.published().format(PUB_TIME) + "</span> 来源：<span id=\"sourceName\">中国政府采购网</span></p></div>\n"
        + "        " + summaryTable(n.summary()) + "\n"
        + "        <div class=\"vT_detail_content w760c\">\n" + n.body() + "\n        </div>\n"
        + "    </div>\n</div>\n</div>\n" + FOOTER + "</body></html>\n";
  }

  /**
   * A channel list page. Items as on the real site (PORTALS.md §2.1): the link carries the full title, the text
   * may be cut; 发布时间/地域/采购人 in em. The pager is the real site's script call: size = number of pages,
   * current = 0-based page, so page k lives at index_k.htm (index.htm for 0).
   */
  static String listPage(String scope, String type, List<Notice> items, int page, int pages) {
    String title = TYPE_NAMES.get(type);
    StringBuilder li = new StringBuilder();
    for (Notice n : items) {
      String text = n.title().length() > 30 ? n.title().substring(0, 30) + "..." : n.title();
      li.append("<li><a href=\"").append(n.listHref()).append("\" title=\"").append(n.title()).append("\">").append(text).append("</a>")
          .append("发布时间：<em>").append(n.published().format(PUB_DATE)).append("</em> ")
          .append("地域：<em>").append(n.province()).append("</em> ")
          .append("采购人：<em>").append(n.buyer()).append("</em></li>\n");
    }
    return """
        <!DOCTYPE html><html><head>
        <meta http-equiv="Content-Type" content="text/html; charset=utf-8">
        <meta name="SiteName" content="中国政府采购网">
        <meta name="ColumnName" content="%1$s">
        <title>%1$s_%2$s_中国政府采购网</title>
        <link href="/css/list.css" rel="stylesheet" type="text/css">
        </head>
        <body>%3$s
        %4$s<div class="main">
        <div class="main_container">
            <div class="vF_deail_currentloc mt10"><p>当前位置：<a href="../../../" title="首页" class="CurrChnlCls">首页</a>&nbsp;»&nbsp;<a href="../../" title="政采公告" class="CurrChnlCls">政采公告</a>&nbsp;»&nbsp;<a href="../" title="%2$s" class="CurrChnlCls">%2$s</a>&nbsp;»&nbsp;<a href="./" title="%1$s" class="CurrChnlCls">%1$s</a></p></div>
            <div class="vT_z">
            <div class="vF_detail_relcontent_lst">
            <ul class="c_list_bid">
        %5$s</ul>
            </div>
            <p class="pager"><script type="text/javascript">Pager({size:%6$d, current:%7$d, prefix:'index',suffix:'htm'});</script></p>
            </div>
        </div>
        </div>
        %8$s</body></html>
        """.transform(t -> String.format(java.util.Locale.ROOT, t, title, SCOPE_NAMES.get(scope), BOT, HEADER, li, pages, page, FOOTER));
  }
}
