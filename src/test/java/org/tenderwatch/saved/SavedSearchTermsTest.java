package org.tenderwatch.saved;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What of a saved search a portal's keyword search is asked for: its plain words and phrases, nothing else. */
class SavedSearchTermsTest {
  record Row(String query, List<String> terms) {}

  static List<Row> rows() {
    return List.of(
        new Row("A100 OR H100", List.of("A100", "H100")),
        new Row("flag:nvidia_gpu AND buyer:大学", List.of()),
        new Row("\"Azure OpenAI\" AND buyer:\"四川 大学\"", List.of("Azure OpenAI")),
        new Row("(A100 OR H100) AND NOT 办公家具", List.of("A100", "H100")),
        new Row("A100 -H100 !H800 +昇腾910B", List.of("A100", "昇腾910B")),
        new Row("A100 NOT (H100 OR H800) 服务器", List.of("A100", "服务器")),
        new Row("A100 ! (H100 OR H800) 服务器", List.of("A100", "服务器")), // "!" negates a group as NOT does
        new Row("A10* H100~ \"GPU 服务器\"~3 \"DGX  A100\"^2", List.of("DGX A100")),
        new Row("amount:[1000000 TO 5000000} A100 buyer:(清华 OR 北大) H100", List.of("A100", "H100")),
        new Row("A100-SXM4 A100 a100", List.of("A100-SXM4", "A100", "a100")),
        new Row("A100\\:80GB", List.of("A100:80GB")),
        new Row("", List.of()),
        new Row("\"unclosed phrase", List.of()));
  }

  @ParameterizedTest
  @MethodSource("rows")
  void plainTermsOnly(Row row) {
    assertEquals(row.terms(), SavedSearchTerms.plain(row.query()), row.query());
  }
}
