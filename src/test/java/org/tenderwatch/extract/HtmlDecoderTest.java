package org.tenderwatch.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** GBK fixtures are made here: none of the real samples is GBK (PORTALS.md). */
class HtmlDecoderTest {

  private static final Charset GBK = Charset.forName("GBK");
  /** 镕, 堃 and 喆 are in GBK but not in GB2312: a strict GB2312 decoder breaks them. */
  private static final String TEXT = "关于朱镕基同志纪念馆服务器采购项目的中标公告：采购人王堃，联系人张喆。"
      + "本项目采购图形处理器服务器两台，预算金额人民币伍拾万元整，欢迎合格供应商参加。";

  private static String page(String head) {
    return "<html><head>" + head + "<title>中标公告</title></head><body><p>" + TEXT + "</p><p>" + TEXT
        + "</p></body></html>";
  }

  @ParameterizedTest
  @ValueSource(strings = {"<meta charset=gb2312>", "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">",
      "<meta charset=\"GBK\">", "<meta charset=gb18030>"})
  void gbLabelledPageDecodesGbkOnlyCharacters(String meta) {
    Document doc = HtmlDecoder.decode(page(meta).getBytes(GBK), null, "https://example.org/");
    assertTrue(doc.body().text().contains("朱镕基"), doc.body().text());
    assertTrue(doc.body().text().contains("王堃"));
    assertTrue(doc.body().text().contains("张喆"));
  }

  @Test
  void gb18030FourByteCharactersSurviveAGbkLabel() {
    String html = page("<meta charset=gbk>").replace("王堃", "王𠮷");
    Document doc = HtmlDecoder.decode(html.getBytes(Charset.forName("GB18030")), null, "");
    assertTrue(doc.body().text().contains("王𠮷"));
  }

  @Test
  void headerCharsetWhenThePageHasNone() {
    byte[] bytes = page("").getBytes(GBK);
    Document doc = HtmlDecoder.decode(bytes, "text/html; charset=gb2312", "");
    assertTrue(doc.body().text().contains("朱镕基"));
    assertEquals("中标公告", doc.title());
  }

  @Test
  void detectorWhenNeitherPageNorHeaderSays() {
    Document doc = HtmlDecoder.decode(page("").getBytes(GBK), null, "");
    assertTrue(doc.body().text().contains("朱镕基同志纪念馆"), doc.body().text());
  }

  @Test
  void metaAfterFiveKilobytesIsStillThePagesWord() {
    String padding = "<!-- " + "x".repeat(6000) + " -->";
    String html = "<html><head>" + padding + "<meta charset=gb2312><title>中标公告</title></head><body><p>" + TEXT
        + "</p></body></html>";
    byte[] bytes = html.getBytes(GBK);
    assertTrue(html.indexOf("<meta") > 5 * 1024);
    Document doc = HtmlDecoder.decode(bytes, null, "");
    assertTrue(doc.body().text().contains("朱镕基"), doc.body().text());
  }

  @Test
  void utf8PagesStayUtf8() {
    byte[] bytes = page("<meta charset=utf-8>").getBytes(StandardCharsets.UTF_8);
    assertTrue(HtmlDecoder.decode(bytes, "text/html; charset=gbk", "").body().text().contains("朱镕基"));
    assertTrue(HtmlDecoder.decode(page("").getBytes(StandardCharsets.UTF_8), null, "").body().text().contains("王堃"));
  }

  @Test
  void unknownHeaderCharsetIsIgnored() {
    byte[] bytes = page("").getBytes(StandardCharsets.UTF_8);
    assertTrue(HtmlDecoder.decode(bytes, "text/html; charset=no-such-charset", "").body().text().contains("张喆"));
  }

  @Test
  void realCcgpPageIsUtf8() throws Exception {
    byte[] bytes = GoldenNoticesTest.resourceBytes("realdata/ccgp_detail_shenzhen_longhua_aircon_award.html");
    Document doc = HtmlDecoder.decode(bytes, null, "https://www.ccgp.gov.cn/");
    assertTrue(doc.text().contains("深圳市金龙空调电器有限公司"));
  }
}
