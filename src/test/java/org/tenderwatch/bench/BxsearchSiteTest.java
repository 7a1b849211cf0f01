package org.tenderwatch.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The ccgp search mirror answers a malformed request as the portal does: 400, never a server error or a default. */
class BxsearchSiteTest {
  private final BxsearchSite site = new BxsearchSite(LocalDate.of(2024, 6, 30), 5);

  @Test
  void aPageNumberThatIsNotANumberIsABadRequest() {
    assertEquals(400, site.answer("searchtype=1&page_index=abc&kw=A100").status());
  }

  @Test
  void anUnknownParameterIsABadRequestAndAPlainQueryIsAnswered() {
    assertEquals(400, site.answer("page_index=1&nosuch=1").status());
    assertEquals(200, site.answer("searchtype=1&page_index=1&kw=A100").status());
  }
}
