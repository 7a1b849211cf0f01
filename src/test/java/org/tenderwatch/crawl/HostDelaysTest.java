package org.tenderwatch.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import org.junit.jupiter.api.Test;

/** A pass's slow-down ends at the next pass of that host, and only there; a robots.txt Crawl-delay stays. */
class HostDelaysTest {
  private static final URI SEARCH = URI.create("https://search.ccgp.gov.cn/bxsearch?page=3");
  private static final URI OTHER = URI.create("https://www.ccgp.gov.cn/cggg/a.htm");
  private static final URI POLITE = URI.create("https://www.ggzy.gov.cn/robots.txt");

  @Test
  void theSlowDownEndsPerHostAndTheCrawlDelayStays() {
    HostDelays d = new HostDelays();
    d.slowDown(SEARCH, 500);
    d.slowDown(SEARCH, 250); // never lowered within a pass
    d.slowDown(OTHER, 1000);
    d.crawlDelay(POLITE, 3000);
    d.slowDown(POLITE, 1000);
    assertEquals(500, d.delayFor(URI.create("https://search.ccgp.gov.cn/other"), 100), "per host, any path");
    assertEquals(500, d.endSlowDown(SEARCH));
    assertEquals(100, d.delayFor(SEARCH, 100), "the next pass of the host starts at the source's own delay");
    assertEquals(0, d.endSlowDown(SEARCH), "nothing left to end");
    assertEquals(1000, d.delayFor(OTHER, 100), "another host's slow-down is its own pass's business");
    assertEquals(1000, d.endSlowDown(POLITE));
    assertEquals(3000, d.delayFor(POLITE, 100), "what robots.txt asks outlasts any pass");
    assertEquals(5000, d.delayFor(POLITE, 5000), "a source slower than all of them keeps its own delay");
  }
}
