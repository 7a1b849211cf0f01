package org.tenderwatch.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** English beside Chinese for names no list translates: the word table, else pinyin. */
class EnglishNamesTest {
  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', textBlock = """
      深圳大学                         | Shenzhen University
      四川大学                         | Sichuan University
      潍坊市疾病预防控制中心           | Weifang City Disease Control and Prevention Center
      中国科学院计算技术研究所         | Chinese Academy of Sciences Computing Technology Institute
      之江实验室                       | Zhijiang Laboratory
      ABC（北京）科技有限公司          | ABC (Beijing) Technology Co., Ltd.
      Amazon Web Services              | Amazon Web Services
      成都云启智算科技有限公司         | Chengdu Yunqi Zhisuan Technology Co., Ltd.
      """)
  void tableWordsInEnglishTheRestInPinyin(String zh, String en) {
    assertEquals(en, EnglishNames.of(zh));
  }

  @ParameterizedTest(name = "{0} → {1} from the bundled dataset")
  @CsvSource(delimiter = '|', textBlock = """
      中国科学技术大学                 | University of Science and Technology of China
      四川大学                         | Sichuan University
      深圳大学                         | Shenzhen University
      哈尔滨工业大学                   | Harbin Institute of Technology
      中国石油大学(北京)               | China University of Petroleum, Beijing
      """)
  void officialNamesComeFromTheDatasetTable(String zh, String en) {
    assertEquals(en, EnglishNames.official(zh), "the table has it");
    assertEquals(en, EnglishNames.of(zh));
  }

  @Test
  void aCampusGetsItsBodysOfficialNameAndAnUnknownNameFallsBack() {
    assertEquals("Harbin Institute of Technology (Shenzhen)", EnglishNames.of("哈尔滨工业大学（深圳）"));
    assertNull(EnglishNames.official("潍坊市疾病预防控制中心"));
    assertEquals("Weifang City Disease Control and Prevention Center", EnglishNames.of("潍坊市疾病预防控制中心"));
    assertNull(EnglishNames.official("合肥智域算力科技有限公司"));
    assertEquals("Hefei Zhiyu Suanli Technology Co., Ltd.", EnglishNames.of("合肥智域算力科技有限公司"));
  }

  @Test
  void everyTableRowIsAHanNameWithALatinName() throws Exception {
    try (var in = EnglishNames.class.getResourceAsStream("/screen/official-names.tsv")) {
      var rows = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
          .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
      assertEquals(96, rows.size(), "the rows official-names.source.txt says were taken");
      for (String row : rows) {
        String[] cols = row.split("\t");
        assertEquals(2, cols.length, row);
        assertTrue(Names.hasHan(cols[0]) && !Names.hasHan(cols[1]) && !cols[1].isBlank(), row);
      }
    }
  }
}
