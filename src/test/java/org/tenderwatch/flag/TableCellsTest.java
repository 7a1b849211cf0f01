package org.tenderwatch.flag;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tenderwatch.config.ConfigLoader;
import org.tenderwatch.text.Location;
import org.tenderwatch.text.TextPart;

class TableCellsTest {
  private static final String PAGE = String.join("\n",
      "一、采购需求",
      "序号 | 品目名称 | 规格型号 | 数量",
      "1 | GPU服务器 | 8*A100 80GB SXM4 | 2",
      "2 | 交换机 | 100G | 4",
      "二、其他说明 A100 不接受进口以外");

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      "8*A100" | notice page / table row 2, 规格型号
      "GPU服务器" | notice page / table row 2, 品目名称
      "交换机" | notice page / table row 3, 品目名称
      "序号" | notice page / table row 1, cell 1
      "二、其他" | notice page
      "一、采购" | notice page
      """)
  void rowAndColumnOfATerm(String term, String expected) {
    assertEquals(expected, TableCells.locate(Location.NOTICE_PAGE, PAGE, PAGE.indexOf(term)).describe());
  }

  @Test
  void aRowWithMoreCellsThanTheHeaderNamesTheCellByNumber() {
    String t = "名称 | 型号\nA | B | A100 GPU";
    assertEquals("公告概要, table row 2, cell 3",
        TableCells.locate(Location.summary(), t, t.indexOf("A100")).section());
  }

  @Test
  void theFlagCarriesTheTableCell() throws Exception {
    try (Flagger f = new Flagger(ConfigLoader.loadFlags(java.nio.file.Path.of("config/flags.yaml")))) {
      List<Flag> flags = f.flag(List.of(new TextPart(Location.pdfPage("招标文件.pdf", 3), PAGE)));
      Map<String, String> where = new java.util.TreeMap<>();
      flags.forEach(x -> where.put(x.term(), x.location().describe()));
      assertEquals("招标文件.pdf p.3 / table row 2, 规格型号", where.get("A100"), where::toString);
    }
  }
}
