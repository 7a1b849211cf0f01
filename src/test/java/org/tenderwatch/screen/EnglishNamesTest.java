package org.tenderwatch.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
