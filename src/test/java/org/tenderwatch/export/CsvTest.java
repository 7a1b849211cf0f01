package org.tenderwatch.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Cells a spreadsheet would run as formulas stay text; ordinary cells are untouched. */
class CsvTest {
  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      =HYPERLINK("http://evil.example","点击")  | `"'=HYPERLINK(""http://evil.example"",""点击"")"`
      +86-10-12345678                         | '+86-10-12345678
      -5                                      | '-5
      @SUM(A1:A2)                             | '@SUM(A1:A2)
      中国科学技术大学                        | 中国科学技术大学
      A100 = GPU                              | A100 = GPU
      a,b                                     | `"a,b"`
      """)
  void formulaCellsAreGuarded(String cell, String written) {
    assertEquals(written + ",x\\r\\n".translateEscapes(), Csv.line(List.of(cell, "x")));
  }
}
