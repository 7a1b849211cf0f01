package org.tenderwatch.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LeadScanTest {

  /** The first chars read from a pattern's source; "-" for none known (the pattern is then searched by find). */
  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      "(?:应|须|需|请|务必)\\s*于"      | 应须需请务
      "截止(?:时间|日期)?为"            | 截
      "于\\s*\\d{4}"                  | 于
      "开标|截止"                       | -
      "(?:^|[,，])\\s*\\d"             | ^,，
      "^\\s*由"                        | ^
      "(?:截止|截至(?=时间|日期))时间"     | 截截
      "(?:谈判|磋商)?于"                | -
      "于?\\d"                         | -
      "[于在]\\d"                       | 于在
      "[于在]?\\d"                      | -
      "[^于]\\d"                        | -
      "[0-9]\\d"                        | -
      "(?:a|(?:b|c))x"                  | -
      "(?:[a\\]]|b)x"                   | -
      "(?:a|[bc]*)x"                    | -
      "\\d{4}年"                       | -
      "(?:延期|推迟)\\s*(?:至|到)"       | 延推
      "(?:a|b)x|c"                     | -
      "\\Qx|y\\E"                      | -
      "(?:谈判|[ab])于"                  | 谈ab
      "于[a-z&&[^b]]|c"                | -
      """)
  void readsFirstChars(String source, String starts) {
    assertEquals("-".equals(starts) ? "" : starts, LeadScan.starts(Pattern.compile(source)));
  }

  @Test
  void flagsLeaveThePatternToFind() {
    assertEquals("", LeadScan.starts(Pattern.compile("于", Pattern.CASE_INSENSITIVE)));
  }

  /** Every sentence form of the date readers matches where find matches, with the same groups. */
  @Test
  void findsWhatFindFinds() {
    String text = "投标人应于2024年5月10日9:30前递交投标文件，并于2024年5月11日10:00前递交响应文件。"
        + "开标时间为2024年5月12日9:00，于2024年5月12日9:00在某某中心进行开标。,2024年5月13日在某处开标。"
        + "磋商会议将于2024年5月14日在某处召开；截止时间延期至2024年5月15日9:00，开标时间由2024年5月1日9:00更正为"
        + "2024年5月16日9:00；请于5月10日17:00前将报价单密封送至某某楼";
    List<Pattern> forms = Stream.of(BidDates.DEADLINE_SENTENCES, BidDates.OPENING_SENTENCES)
        .flatMap(List::stream).toList();
    for (Pattern form : forms) {
      for (String t : List.of(text, "2024年5月13日在某处开标", "", "无日期", "，2024年5月13日在某处开标",
          "截至5月10日，截至时间为2024年5月20日9:00，截止日期为2024年5月21日")) {
        assertEquals(matches(form.matcher(t)), scanned(LeadScan.of(form, t)), form.pattern());
      }
    }
  }

  /** A source whose first chars are read (a class, "^" in a group, a lookahead in an alternative) finds as find does. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      "(?:^|[,，])\\s*(?<d>\\d{2})"
      "(?:截止|截至(?=时间|日期))(?:时间|日期)?为(?<d>\\d)"
      "[,，](?<d>\\d)"
      "^\\s*(?<d>\\d)"
      """)
  void readSourcesFindWhatFindFinds(String source) {
    Pattern p = Pattern.compile(source);
    for (String t : List.of("12,34，56 ^78", " 9,", "^1", "截至时间为1，截至9，截止日期为2", ",", "")) {
      assertEquals(matches(p.matcher(t)), scanned(LeadScan.of(p, t)), source + " in " + t);
    }
  }

  private static List<String> matches(Matcher m) {
    List<String> out = new ArrayList<>();
    while (m.find()) {
      out.add(m.start() + ":" + m.group() + ":" + m.start("d"));
    }
    return out;
  }

  private static List<String> scanned(LeadScan scan) {
    List<String> out = new ArrayList<>();
    while (scan.find()) {
      Matcher m = scan.matcher();
      out.add(m.start() + ":" + m.group() + ":" + m.start("d"));
    }
    return out;
  }
}
