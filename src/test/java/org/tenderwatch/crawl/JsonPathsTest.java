package org.tenderwatch.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Text at a dot path: values as written, a list of plain values comma-joined, objects as their JSON. */
class JsonPathsTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private static JsonNode json(String s) {
    return JSON.readTree(s);
  }

  @Test
  void aValueIsItsText() {
    assertEquals("货物/设备/服务器", JsonPaths.text(json("{\"data\":{\"c\":\" 货物/设备/服务器 \"}}"), "data.c"));
    assertEquals("1890000.0000", JsonPaths.text(json("{\"b\":\"1890000.0000\"}"), "b"));
  }

  @Test
  void aListOfPlainValuesIsCommaJoined() {
    JsonNode n = json("{\"catalogueNameList\":[\"货物/设备/服务器\",\"\",\"服务/信息技术服务/运行维护服务\"]}");
    assertEquals("货物/设备/服务器,服务/信息技术服务/运行维护服务", JsonPaths.text(n, "catalogueNameList"));
  }

  @Test
  void aListOfObjectsStaysJson() {
    assertEquals("[{\"a\":1}]", JsonPaths.text(json("{\"l\":[{\"a\":1}]}"), "l"));
  }

  @Test
  void absentNullBlankAndEmptyListAreNull() {
    JsonNode n = json("{\"a\":null,\"b\":\"  \",\"c\":[]}");
    assertNull(JsonPaths.text(n, "a"));
    assertNull(JsonPaths.text(n, "b"));
    assertNull(JsonPaths.text(n, "c"));
    assertNull(JsonPaths.text(n, "d"));
  }
}
