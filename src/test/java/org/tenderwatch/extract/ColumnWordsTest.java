package org.tenderwatch.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ColumnWordsTest {

  /** The regex {@link ColumnWords#header} stands for. */
  private static final Pattern HEADER = Pattern.compile("^[^0-9:,。;]{0,12}(?:" + ColumnWords.ENDINGS + ")$");

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', textBlock = """
      成交金额              | true
      供应商名称            | true
      标段                  | true
      标段号                | true
      第一标段              | true
      货物                  | false
      审核通过              | false
      1号标段               | false
      报价:金额             | false
      一二三四五六七八九十一二序号   | true
      一二三四五六七八九十一二三序号 | false
      𠮷一二三四五六七八九十一序号   | true
      序号备注说明          | true
      """)
  void readsAHeaderAsTheRegexDoes(String cell, boolean header) {
    assertEquals(header, ColumnWords.header(cell));
    assertEquals(HEADER.matcher(cell).matches(), ColumnWords.header(cell));
  }

  /** Every column word, spelled both ways, after leads of every length up to 14 and with a digit or a colon. */
  @Test
  void agreesWithTheRegexOnEveryWord() {
    List<String> cells = new ArrayList<>();
    for (String word : ColumnWords.ENDINGS.split("\\|")) {
      String plain = word.replace("?", "");
      for (String w : List.of(plain, plain.substring(0, plain.length() - 1), plain + "号", plain + "额")) {
        for (String lead : List.of("", "采购", "一二三四五六七八九十一二", "一二三四五六七八九十一二三", "包1", "金额:", "。", "𠮷")) {
          cells.add(lead + w);
        }
      }
    }
    for (String cell : cells) {
      assertEquals(HEADER.matcher(cell).matches(), ColumnWords.header(cell), cell);
    }
  }
}
