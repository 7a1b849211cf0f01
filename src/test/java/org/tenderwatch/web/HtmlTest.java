package org.tenderwatch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HtmlTest {
  @Test
  void escapesEveryCharacterThatCanOpenMarkupOrCloseAnAttribute() {
    assertEquals("&lt;img src=x onerror=&quot;a()&quot;&gt; &amp; &apos;", Html.esc("<img src=x onerror=\"a()\"> & '"));
    assertEquals("", Html.esc(null));
  }

  @Test
  void marksHighlightsOnlyAfterEscaping() {
    assertEquals("&lt;b&gt;<mark>A100</mark>&lt;/b&gt;", Html.marked("<b>«A100»</b>"));
  }

  @Test
  void externalLinksAreOnlyHttp() {
    assertEquals("javascript:alert(1)", Html.external("javascript:alert(1)", "javascript:alert(1)"));
    assertEquals("<a href=\"https://x.example/?a=1&amp;b=&quot;\" rel=\"noopener noreferrer nofollow\" target=\"_blank\">t</a>",
        Html.external("https://x.example/?a=1&b=\"", "t"));
  }

  @Test
  void archivedTextMarksTheTermAsWritten() {
    assertEquals("8卡 &lt;<mark>A100</mark>&gt;", ArchivePage.highlight("8卡 <A100>", "A100"));
  }
}
