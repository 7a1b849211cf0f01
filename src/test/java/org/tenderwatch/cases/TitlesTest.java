package org.tenderwatch.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TitlesTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      四川大学大模型接口服务采购项目竞争性磋商公告           | 四川大学大模型接口服务采购项目
      四川大学大模型接口服务采购项目成交公告                 | 四川大学大模型接口服务采购项目
      中国科学技术大学算力租赁服务采购项目公开招标公告       | 中国科学技术大学算力租赁服务采购项目
      之江实验室云服务资源采购项目终止公告                   | 之江实验室云服务资源采购项目
      某某采购项目中标(成交)结果公告                         | 某某采购项目
      某某项目（二次）中标公告                               | 某某项目（二次）
      某某项目中标公告（采购包1）                            | 某某项目
      """)
  void coreDropsTheTypeSuffix(String title, String core) {
    assertEquals(core.replace('（', '(').replace('）', ')'), Titles.core(title));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      四川大学大模型接口服务采购项目竞争性磋商公告 | 四川大学大模型接口服务采购项目成交公告 | 1.0
      四川大学大模型接口服务采购项目竞争性磋商公告 | 四川大学实验室家具采购项目成交公告     | 0.3
      """)
  void bigramJaccard(String a, String b, double expected) {
    assertEquals(expected, Titles.similarity(a, b), 0.03);
  }
}
