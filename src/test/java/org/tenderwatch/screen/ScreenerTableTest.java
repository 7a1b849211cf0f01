package org.tenderwatch.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tenderwatch.config.ConfigLoader;

/** Names as notices write them, against the bundled list and config/entity-aliases.yaml. */
class ScreenerTableTest {
  private static Screener screener;

  @BeforeAll
  static void load() throws IOException {
    var parsed = CslFile.parse(Files.readAllBytes(Path.of("config/entitylist/entity_list_sample.csv")));
    screener = new Screener("test", parsed.entities(), ConfigLoader.loadAliases(Path.of("config/entity-aliases.yaml")));
  }

  @ParameterizedTest(name = "{0} → {1} ({2})")
  @CsvSource(delimiter = '|', textBlock = """
      中国科学技术大学                  | University of Science and Technology of China            | exact
      中科大                            | University of Science and Technology of China            | alias
      电子科技大学                      | University of Electronic Science and Technology of China | exact
      四川大学                          | Sichuan University                                       | exact
      川大                              | Sichuan University                                       | alias
      四川大学计算机学院                | Sichuan University                                       | subunit
      四川大学 高分子研究所             | Sichuan University                                       | subunit
      中国科学技术大学先进技术研究院    | University of Science and Technology of China            | subunit
      哈尔滨工业大学（深圳）研究院      | Harbin Institute of Technology                           | subunit
      曙光信息产业股份有限公司          | Sugon                                                    | exact
      曙光信息产业（北京）有限公司      | ''                                                       | none
      中科曙光                          | Sugon                                                    | alias
      海光信息技术股份有限公司          | Higon                                                    | exact
      海光信息技术有限公司              | Higon                                                    | exact
      北京市商汤科技开发有限公司        | Beijing Sensetime Technology Development Co., Ltd.       | exact
      北京市商汤科技开发有限责任公司    | Beijing Sensetime Technology Development Co., Ltd.       | exact
      天津飞腾信息技术有限公司          | Tianjin Phytium Information Technology                   | exact
      天津飞腾信息技术                  | Tianjin Phytium Information Technology                   | exact
      ＩＦＬＹＴＥＫ                    | IFLYTEK                                                  | exact
      USTC                              | University of Science and Technology of China            | alias
      Zhongke Shuguang                  | Sugon                                                    | alias
      北京航空航天大学                  | Beijing University of Aeronautics and Astronautics (BUAA) | exact
      Beihang University                | Beijing University of Aeronautics and Astronautics (BUAA) | alias
      """)
  void mustMatch(String name, String listed, String match) {
    Optional<Screener.Match> m = screener.match(name);
    if (match.equals("none")) {
      assertTrue(m.isEmpty(), () -> name + " matched " + m);
      return;
    }
    assertTrue(m.isPresent(), () -> name + " did not match " + listed);
    assertEquals(listed, m.get().entity().name());
    assertEquals(match, m.get().type());
  }

  @ParameterizedTest(name = "{0} is not listed")
  @CsvSource(delimiter = '|', textBlock = """
      西安电子科技大学               | a university whose name contains 电子科技大学
      电子科技大学成都学院           | hmm: an independent college, but starts with the listed name and ends in 学院
      中国科学院大学                 | not USTC, not any CAS institute listed
      四川省大学生创新创业中心       | 四川省大学生 does not contain 四川大学 as a prefix
      四川大学华西医院               | an affiliated hospital is a separate legal person
      四川川大智胜软件股份有限公司   | 川大 only matches whole
      深圳大学                       | not listed
      之江实验室                     | not listed
      UESTC                          | not an alias in the list (USTC is, for another university)
      HYUNDAI                        | Yunda inside HYUNDAI is not a hit
      Sugon Hyundai Trading          | whole names only
      哈尔滨工业大学附属中学         | a school, not a unit word
      """)
  void mustNotMatch(String name, String why) {
    if (name.equals("电子科技大学成都学院")) {
      // Written out on purpose: the README's rule ("colleges … inside a listed university are that university")
      // makes this a sub-unit, although 电子科技大学成都学院 is an independent college (独立学院). The
      // analyst sees "sub-unit of" and judges; the table pins the behaviour so a change is deliberate.
      assertEquals("subunit", screener.match(name).orElseThrow().type());
      return;
    }
    assertEquals(Optional.empty(), screener.match(name), why);
  }

  /**
   * Campus and branch forms are the listed body itself (the HIT entry lists its Shenzhen addresses). Must-match
   * and must-not-match side by side: a different body that merely starts with the listed name is no campus.
   */
  @ParameterizedTest(name = "{0} → {1} ({2})")
  @CsvSource(delimiter = '|', textBlock = """
      哈尔滨工业大学（深圳）              | Harbin Institute of Technology  | campus
      哈尔滨工业大学(深圳)                | Harbin Institute of Technology  | campus
      哈尔滨工业大学（威海）              | Harbin Institute of Technology  | campus
      哈尔滨工业大学威海校区              | Harbin Institute of Technology  | campus
      哈尔滨工业大学（威海）校区          | Harbin Institute of Technology  | campus
      四川大学江安校区                    | Sichuan University              | campus
      北京理工大学珠海分校                | Beijing Institute of Technology | campus
      哈尔滨工程大学（青岛）              | Harbin Engineering University   | campus
      哈尔滨工业大学（深圳）计算机学院    | Harbin Institute of Technology  | subunit
      """)
  void campusAndBranchFormsMatch(String name, String listed, String match) {
    mustMatch(name, listed, match);
  }

  @ParameterizedTest(name = "{0} is not listed")
  @CsvSource(delimiter = '|', textBlock = """
      哈尔滨工业大学（深圳）科技有限公司  | a company, a separate legal person
      哈尔滨工业大学（深圳）附属中学      | a school after the campus bracket
      哈尔滨工业大学深圳                  | no bracket, no 分校/校区
      哈尔滨工业大学出版社                | a publisher
      天津大学城                          | a university town, not Tianjin University
      四川大学城校区管理公司              | a company
      哈工大（深圳）                      | short names match whole only
      哈尔滨理工大学（荣成）              | a different university, not listed
      """)
  void campusLookalikesDoNotMatch(String name, String why) {
    assertEquals(Optional.empty(), screener.match(name), why);
  }

  @Test
  void aCampusHitSaysCampusOf() {
    var h = screener.screen("buyer", "哈尔滨工业大学（深圳）", LocalDate.of(2024, 6, 1)).orElseThrow();
    assertEquals("campus", h.match());
    assertEquals("campus of Harbin Institute of Technology", h.note());
  }

  @ParameterizedTest(name = "{0} on {1}: hit={2}")
  @CsvSource(delimiter = '|', textBlock = """
      中国科学技术大学     | 2024-04-18 | false
      中国科学技术大学     | 2024-05-08 | false
      中国科学技术大学     | 2024-05-09 | true
      中国科学技术大学     | 2024-06-01 | true
      中国科学技术大学     | 2024-05-28 | true
      四川大学计算机学院   | 2012-09-18 | false
      四川大学计算机学院   | 2024-04-12 | true
      浪潮集团有限公司     | 2000-01-01 | true
      """)
  void aNoticeFromBeforeTheListingIsNotAHit(String name, LocalDate date, boolean hit) {
    var h = screener.screen("buyer", name, date);
    assertEquals(hit, h.isPresent(), () -> name + " " + date + " " + h);
    h.ifPresent(x -> {
      assertEquals("Entity List (EL)", x.list());
      if (x.match().equals("subunit")) {
        assertEquals("sub-unit of Sichuan University", x.note());
      }
    });
  }

  /** Without the alias table, pinyin against the list's own pinyin aliases still finds them. */
  @ParameterizedTest(name = "{0} → {1} by pinyin")
  @CsvSource(delimiter = '|', textBlock = """
      中科曙光                          | Sugon
      曙光                              | Sugon
      海光信息技术有限公司              | Higon
      成都海光集成电路设计有限公司      | ''
      北京智源人工智能研究院            | ''
      """)
  void pinyinWithoutAliases(String name, String listed) throws IOException {
    var parsed = CslFile.parse(Files.readAllBytes(Path.of("config/entitylist/entity_list_sample.csv")));
    var rows = parsed.entities().stream()
        .map(e -> new ListedEntity(e.id(), e.list(), e.name(), e.altNames(), null, e.startDate())).toList();
    Screener bare = new Screener("test", rows, new org.tenderwatch.config.EntityAliases(1, null, java.util.List.of(),
        java.util.List.of(), java.util.List.of()));
    var m = bare.match(name);
    if (listed.isEmpty()) {
      assertTrue(m.isEmpty(), () -> name + " matched " + m);
    } else {
      assertEquals(listed, m.orElseThrow(() -> new AssertionError(name + " did not match")).entity().name());
      assertEquals("pinyin", m.get().type());
    }
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      中科曙光                      | zhongkeshuguang
      海光信息技术股份有限公司      | haiguangxinxijishu
      ＡＢＣ（北京）科技有限公司    | abcbeijingkeji
      """)
  void pinyinKeys(String name, String key) {
    assertEquals(key, Names.pinyin(name));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      Haiguang Xinxi Jishu Youxian Gongsi | haiguangxinxijishu
      Sugon Co., Ltd.                     | sugon
      Morocco Trading Co                  | moroccotrading
      Beijing University of Posts and Telecommunications (BUPT) | beijinguniversityofpostsandtelecommunications
      """)
  void latinKeys(String name, String key) {
    assertEquals(key, Names.latin(name));
  }
}
