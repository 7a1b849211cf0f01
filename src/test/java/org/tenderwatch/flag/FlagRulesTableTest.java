package org.tenderwatch.flag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.tenderwatch.config.ConfigLoader;
import org.tenderwatch.config.FlagConfig;
import org.tenderwatch.text.Location;
import org.tenderwatch.text.TextPart;

/** The example sentences of config/flags.yaml, and the cases the project brief requires, as tests. */
class FlagRulesTableTest {
  static final Path FLAGS = Path.of("config/flags.yaml");
  private static Flagger flagger;

  @BeforeAll
  static void load() {
    flagger = new Flagger(ConfigLoader.loadFlags(FLAGS));
  }

  @AfterAll
  static void close() throws IOException {
    flagger.close();
  }

  static List<Flag> flags(String sentence) {
    return flagger.flag(List.of(new TextPart(Location.NOTICE_PAGE, sentence)));
  }

  static List<String> categoriesOf(String sentence) {
    return flags(sentence).stream().map(Flag::category).distinct().toList();
  }

  /** (category, "must match" | "must not match", sentence) for every example in flags.yaml. */
  static Stream<Arguments> examples() {
    FlagConfig config = ConfigLoader.loadFlags(FLAGS);
    List<Arguments> out = new ArrayList<>();
    config.categories().forEach((id, c) -> {
      c.mustMatch().forEach(s -> out.add(Arguments.of(id, "must match", s)));
      c.mustNotMatch().forEach(s -> out.add(Arguments.of(id, "must not match", s)));
    });
    return out.stream();
  }

  @ParameterizedTest(name = "{0} {1}: {2}")
  @MethodSource("examples")
  void exampleSentencesOfFlagsYaml(String category, String expectation, String sentence) {
    List<Flag> flags = flags(sentence);
    boolean flagged = flags.stream().anyMatch(f -> f.category().equals(category));
    assertEquals(expectation.equals("must match"), flagged, () -> sentence + " → " + flags);
  }

  @Test
  void everyCategoryHasEnoughExamples() {
    ConfigLoader.loadFlags(FLAGS).categories().forEach((id, c) -> {
      assertTrue(c.mustMatch().size() >= 8, id + ": fewer than 8 mustMatch sentences");
      assertTrue(c.mustNotMatch().size() >= 6, id + ": fewer than 6 mustNotMatch sentences");
    });
  }

  /** The cases named in the brief; the term column is the evidence as written, empty for no flag. */
  @ParameterizedTest(name = "{0}: {1} → ''{2}''")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        "nvidia_gpu   | 采购Ａ１００ GPU服务器2台                    | Ａ１００",
        "nvidia_gpu   | GPU服务器（8*A100）1台                      | A100",
        "nvidia_gpu   | 8卡A100 GPU服务器                           | A100",
        "nvidia_gpu   | 英伟达 H800 算力服务器租赁                    | H800",
        "aws          | 亚马逊云科技 云服务采购项目                   | 亚马逊云科技",
        "bedrock      | Amazon Bedrock 服务                         | Amazon Bedrock",
        "azure_openai | 采购微软Azure OpenAI 服务 4000万 tokens       | Azure OpenAI",
        "azure_openai | 采购微软Azure 云服务 4000万 tokens            | Azure",
        "aws          | AWS D1.1 焊接规范（美国焊接学会）              | -",
        "nvidia_gpu   | 原子吸收分光光度计 A100 型，用于实验室元素检测   | -",
        "bedrock      | Minecraft Bedrock Edition 服务器             | -",
        "azure_openai | Azure Active Directory 许可 200个            | -",
        "azure_openai | Office 365 E3 订阅及 Azure AD 许可           | -",
      })
  void requiredCases(String category, String sentence, String term) {
    List<String> terms = flags(sentence).stream().filter(f -> f.category().equals(category)).map(Flag::term).toList();
    assertEquals(term == null ? List.of() : List.of(term), terms, sentence);
  }
}
