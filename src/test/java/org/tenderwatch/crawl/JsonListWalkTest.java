package org.tenderwatch.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.net.URI;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The notice URL of a JSON row, as the channel walk and the portal searches both take it. */
class JsonListWalkTest {
  private static final URI PAGE = URI.create("https://portal.example.cn/api/list?page=1");

  private static URI link(String json) {
    JsonNode row = JsonMapper.builder().build().readTree(json);
    return JsonListWalk.detailUri(row, "url", "id", "/detail/{id}", PAGE);
  }

  @Test
  void aBlankLinkIsNoLinkNotTheListPageItself() {
    assertNull(link("{\"url\": \"\"}"));
    assertNull(link("{\"url\": \"   \"}"));
  }

  @Test
  void spacesAroundALinkAreDroppedAndSpacesInsideEncoded() {
    assertEquals(URI.create("https://portal.example.cn/notice/1.html"), link("{\"url\": \" /notice/1.html \"}"));
    assertEquals(URI.create("https://portal.example.cn/a%20b.html"), link("{\"url\": \"/a b.html\"}"));
  }
}
