package org.tenderwatch.flag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tenderwatch.config.ConfigException;
import org.tenderwatch.config.ConfigLoader;
import org.tenderwatch.config.FlagConfig;
import org.tenderwatch.config.FlagConfig.Category;
import org.tenderwatch.config.FlagConfig.Rule;
import org.tenderwatch.text.Location;
import org.tenderwatch.text.TextPart;

class FlaggerTest {

  /** A small config built in code: one context rule, one stand-alone rule, one exclusion. */
  static FlagConfig gpuConfig(int snippetChars) {
    Category gpu =
        new Category(
            "GPUs",
            List.of(new Rule(List.of("DGX"), null, 0), new Rule(List.of("A100", "H800"), List.of("GPU", "显卡", "英伟达"), 4)),
            List.of("分光光度计"),
            6,
            null,
            null);
    return new FlagConfig(1, snippetChars, Map.of("nvidia_gpu", gpu));
  }

  static List<Flag> flag(FlagConfig config, TextPart... parts) throws IOException {
    try (Flagger f = new Flagger(config)) {
      return f.flag(List.of(parts));
    }
  }

  @Test
  void evidenceKeepsTheTermAsWrittenMarksItAndPassesTheLocationThrough() throws IOException {
    Location page3 = Location.pdfPage("招标文件.pdf", 3);
    List<Flag> flags = flag(gpuConfig(40), new TextPart(page3, "本项目采购Ａ１００显卡两块。"));
    assertEquals(List.of(new Flag("nvidia_gpu", "Ａ１００", "本项目采购«Ａ１００»显卡两块。", page3)), flags);
  }

  @Test
  void snippetKeepsAtMostSnippetCharsEachSideAndCollapsesWhitespace() throws IOException {
    String text = "一二三四五六七八\n\n  GPU　服务器 A100\t\n 八卡 九十一二三四五六";
    Flag f = flag(gpuConfig(8), new TextPart(Location.NOTICE_PAGE, text)).getFirst();
    // 8 chars before A100 are "GPU　服务器 " and 8 after are "\t\n 八卡 九十"
    assertEquals("GPU 服务器 «A100» 八卡 九十", f.snippet());
  }

  @Test
  void oneFlagPerCategoryLocationAndFoldedTerm() throws IOException {
    Location attachment = Location.attachment("参数.docx");
    List<Flag> flags =
        flag(
            gpuConfig(10),
            new TextPart(Location.NOTICE_PAGE, "A100显卡一块，另购Ａ１００显卡一块，a100 GPU 一块，H800 GPU 一块"),
            new TextPart(attachment, "A100 GPU"));
    assertEquals(
        List.of("A100@notice page", "H800@notice page", "A100@参数.docx"),
        flags.stream().map(f -> f.term() + "@" + f.location().describe()).toList());
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        "A100 GPU                       | A100",
        "GPU 1 2 3 4 A100               | A100", // 4 tokens between: within 4
        "GPU 1 2 3 4 5 A100             | -", // 5 tokens between
        "英伟达A100                      | A100",
        "A1000 GPU                      | -", // whole words only
        "A100 分光光度计 GPU              | -", // excluded
        "DGX                            | DGX",
        "分光光度计 一二三四五六七 DGX      | -", // 6 bigrams between: within excludeWithin 6
        "分光光度计 一二三四五六七八 DGX     | DGX", // 7 bigrams between
      })
  void contextDistanceWholeWordsAndExclusion(String text, String term) throws IOException {
    List<String> terms = flag(gpuConfig(40), new TextPart(Location.NOTICE_PAGE, text)).stream().map(Flag::term).toList();
    assertEquals(term == null ? List.of() : List.of(term), terms);
  }

  @Test
  void aNewCategoryInConfigFlagsWithoutCodeChanges() throws IOException {
    Map<String, Category> categories = new LinkedHashMap<>(gpuConfig(40).categories());
    categories.put(
        "huawei_ascend",
        new Category("Huawei Ascend NPUs", List.of(new Rule(List.of("昇腾910B", "Ascend 910B"), null, 0)), null, 0, null, null));
    List<Flag> flags =
        flag(new FlagConfig(2, 40, categories), new TextPart(Location.NOTICE_PAGE, "采购华为昇腾９１０Ｂ训练服务器及 A100 GPU"));
    assertEquals(
        List.of("huawei_ascend:昇腾９１０Ｂ", "nvidia_gpu:A100"), flags.stream().map(f -> f.category() + ":" + f.term()).toList());
  }

  @Test
  void aTermWithNothingToMatchIsRefusedNamingItsKey() {
    Category bad = new Category("x", List.of(new Rule(List.of("！！"), null, 0)), null, 0, null, null);
    var e = assertThrows(IllegalArgumentException.class, () -> new Flagger(new FlagConfig(1, 40, Map.of("bad", bad))));
    assertEquals("categories.bad.rules[0].terms: '！！' has no letters or digits to match", e.getMessage());
  }

  @Test
  void noPartsNoFlags() throws IOException {
    assertEquals(List.of(), flag(gpuConfig(40)));
  }

  @Test
  void configErrorNamesTheFileAndTheKey(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("flags.yaml");
    Files.writeString(
        file,
        """
        version: 1
        snippetChars: 40
        categories:
          aws:
            label: AWS
            rules:
              - terms: [AWS]
                nearby: [EC2]
        """,
        StandardCharsets.UTF_8);
    ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.loadFlags(file));
    assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
    assertTrue(e.getMessage().contains("categories.aws.rules[0]"), e.getMessage());
    assertTrue(e.getMessage().contains("unknown key 'nearby'"), e.getMessage());
  }
}
