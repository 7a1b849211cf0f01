package org.tenderwatch.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * samples/portal copied to a folder, plus one planted notice whose title, buyer and body carry script: as text (which
 * the extractor keeps, so it reaches the database, the index, snippets and every page) and as real markup in the page
 * (which only the archived copy holds). It names 英伟达 A100 GPU servers, so it is flagged and shows everywhere.
 */
final class PlantedPortal {
  static final String TITLE = "<script>window.__pwned=1</script>英伟达A100 GPU服务器采购项目公开招标公告";
  static final String BUYER = "测试大学\"><img src=x onerror=\"window.__pwned=5\">";
  static final String PATH = "/cggg/zygg/gkzb/202507/t20250701_99999999.htm";
  /** The planted body text next to the flagged term, so the flag's snippet carries it too. */
  static final String BODY_TEXT = "<img src=x onerror=window.__pwned=2>";

  private PlantedPortal() {}

  /** Copies samples/portal into {@code dir} and plants the notice; returns {@code dir}. */
  static Path create(Path dir) {
    try {
      Path src = Path.of("samples/portal");
      try (Stream<Path> files = Files.walk(src)) {
        for (Path f : files.toList()) {
          Path to = dir.resolve(src.relativize(f).toString());
          if (Files.isDirectory(f)) {
            Files.createDirectories(to);
          } else {
            Files.copy(f, to);
          }
        }
      }
      Path list = dir.resolve("cggg/zygg/gkzb/index.htm");
      String html = Files.readString(list, StandardCharsets.UTF_8);
      String item = "<li><a href=\"./202507/t20250701_99999999.htm\" title=\"" + Html.esc(TITLE) + "\">"
          + Html.esc(TITLE) + "</a>发布时间：<em>2025-07-01 10:00</em> 地域：<em>北京</em> 采购人：<em>"
          + Html.esc(BUYER) + "</em></li>\n";
      html = html.replace("<ul class=\"c_list_bid\">\n", "<ul class=\"c_list_bid\">\n" + item);
      Files.writeString(list, html, StandardCharsets.UTF_8);
      Path notice = dir.resolve(PATH.substring(1));
      Files.createDirectories(notice.getParent());
      Files.writeString(notice, page(), StandardCharsets.UTF_8);
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String page() {
    String t = Html.esc(TITLE);
    return String.format(java.util.Locale.ROOT, """
        <!DOCTYPE html><html><head>
        <meta http-equiv="Content-Type" content="text/html; charset=utf-8">
        <meta name="ArticleTitle" content="%1$s">
        <meta name="PubDate" content="2025-07-01 10:00">
        <title>%1$s</title>
        <script>window.__pwned=3</script>
        </head>
        <body id="detail">
        <div class="vF_deail_currentloc mt10"><p>当前位置：<a href="../../../../" class="CurrChnlCls">首页</a>&nbsp;»&nbsp;<a href="../../../" class="CurrChnlCls">政采公告</a>&nbsp;»&nbsp;<a href="../../" class="CurrChnlCls">中央公告</a>&nbsp;»&nbsp;<a href="../" class="CurrChnlCls">公开招标公告</a></p></div>
        <div class="vF_detail_main">
        <div class="vF_detail_header"><h2 class="tc">%1$s</h2>
        <p class="tc"><span id="pubTime">2025年07月01日 10:00</span></p></div>
        <div class="vF_detail_content_container"><div class="vF_detail_content">
        <p>项目编号：XSS-2025-0001</p>
        <p>项目名称：%1$s</p>
        <p>预算金额：120.000000 万元（人民币）</p>
        <p>采购需求：采购英伟达A100 GPU服务器2台 %2$s 用于深度学习训练。</p>
        <p onclick="window.__pwned=6">说明：<img src="x" onerror="window.__pwned=4"><a href="javascript:window.__pwned=7">详情</a></p>
        <p>1.采购人信息</p>
        <p>名 称：%3$s</p>
        </div></div>
        </div>
        </body></html>
        """, t, Html.esc(BODY_TEXT), Html.esc(BUYER));
  }
}
