package org.tenderwatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** --format csv is RFC 4180: CRLF rows, fields with a comma, quote or line break quoted, quotes doubled. */
class OutputCsvTest {

  @Test
  void fieldsThatNeedItAreQuotedAndNullIsEmpty() {
    StringWriter w = new StringWriter();
    Output.csv(new PrintWriter(w), List.of("id", "title", "buyer"),
        List.of(Arrays.asList("1", "服务器, GPU", null), List.of("2", "say \"A100\"", "四川大学\n信息中心")));
    assertEquals("id,title,buyer\r\n1,\"服务器, GPU\",\r\n2,\"say \"\"A100\"\"\",\"四川大学\n信息中心\"\r\n", w.toString());
  }
}
