package org.tenderwatch.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BaseUrlsTest {
  private final BaseUrls mirror = BaseUrls.of(
      List.of(URI.create("https://www.ccgp.gov.cn"), URI.create("https://download.ccgp.gov.cn")),
      URI.create("http://127.0.0.1:8000"));

  @ParameterizedTest
  @CsvSource({
    "https://www.ccgp.gov.cn/cggg/zygg/gkzb/index.htm, http://127.0.0.1:8000/cggg/zygg/gkzb/index.htm",
    "https://download.ccgp.gov.cn/oss/download?uuid=AB12, http://127.0.0.1:8000/oss/download?uuid=AB12",
    "https://www.ccgp.gov.cn:443/x.htm, http://127.0.0.1:8000/x.htm",
    "https://other.example.org/x.htm, https://other.example.org/x.htm",
  })
  void mapsEveryHostTheSourceNames(String logical, String physical) {
    assertEquals(URI.create(physical), mirror.physical(URI.create(logical)));
  }

  @ParameterizedTest
  @CsvSource({"http://www.ccgp.gov.cn/x.htm", "http://WWW.CCGP.GOV.CN/x.htm"})
  void plainHttpLinksToTheSameHostGoToTheMirrorToo(String logical) {
    // ccgp pages link their own host over http and https; neither may reach the real portal
    assertEquals("127.0.0.1", mirror.physical(URI.create(logical)).getHost());
  }

  @ParameterizedTest
  @CsvSource({"127.0.0.1:8000", "/just/a/path"})
  void mirrorNeedsSchemeAndHost(String bad) {
    assertThrows(IllegalArgumentException.class, () -> BaseUrls.of(List.of(URI.create("https://a.cn")),
        URI.create(bad)));
  }
}
