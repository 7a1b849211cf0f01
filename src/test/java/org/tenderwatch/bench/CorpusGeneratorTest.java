package org.tenderwatch.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tenderwatch.extract.HtmlDecoder;
import org.tenderwatch.extract.Notice;
import org.tenderwatch.extract.NoticeExtractor;
import org.tenderwatch.extract.NoticeType;

class CorpusGeneratorTest {
  static final List<String> TITLES = Titles.load(Path.of(Titles.DEFAULT_FILE));

  @Test
  void theRealTitlesAreAllThere() {
    assertTrue(TITLES.size() > 15_900, "titles: " + TITLES.size());
  }

  @Test
  void sameSeedSameBytesOtherSeedOtherCorpus() {
    CorpusGenerator a = new CorpusGenerator(8, TITLES);
    CorpusGenerator b = new CorpusGenerator(8, TITLES);
    CorpusGenerator c = new CorpusGenerator(9, TITLES);
    for (long i : new long[] {0, 3, 77, 123_457}) {
      assertArrayEquals(CcgpTemplate.noticeBytes(a.notice(i)), CcgpTemplate.noticeBytes(b.notice(i)));
    }
    assertNotEquals(a.notices(0, 20), c.notices(0, 20));
  }

  @Test
  void sharesAreThoseOfTheIssue() {
    List<BenchNotice> ns = new CorpusGenerator(8, TITLES).notices(0, 4_000);
    List<BenchNotice> tenders = ns.stream().filter(n -> !n.isAward()).toList();
    double pdf = tenders.stream().filter(n -> !n.pdfs().isEmpty()).count() / (double) tenders.size();
    double gbk = ns.stream().filter(BenchNotice::gbk).count() / (double) ns.size();
    double flagged = tenders.stream().filter(n -> n.flagCategory() != null).count() / (double) tenders.size();
    assertTrue(pdf > 0.25 && pdf < 0.35, "pdf share " + pdf);
    assertTrue(gbk > 0.03 && gbk < 0.07, "gbk share " + gbk);
    assertTrue(flagged > 0.01 && flagged < 0.03, "flag share " + flagged);
    assertEquals(1_000, ns.size() - tenders.size(), "every fourth notice is an award");
    ns.stream().flatMap(n -> n.pdfs().stream())
        .forEach(p -> assertTrue(p.pages().size() >= 1 && p.pages().size() <= 20, p.id()));
  }

  @Test
  void anAwardPageExtractsToItsTendersProjectNumberAndAWinner() {
    CorpusGenerator g = new CorpusGenerator(8, TITLES);
    BenchNotice tender = g.notice(6);
    BenchNotice award = g.notice(7);
    Notice t = extract(tender);
    Notice a = extract(award);
    assertEquals(NoticeType.AWARD, a.type());
    assertEquals(tender.projectNo(), t.projectNo());
    assertEquals(t.projectNo(), a.projectNo());
    assertEquals(award.winner(), a.suppliers().getFirst().name());
    assertFalse(award.text().contains("A100"));
  }

  @Test
  void gbkPagesDecodeToTheirTitle() {
    CorpusGenerator g = new CorpusGenerator(8, TITLES);
    BenchNotice gbk = g.notices(0, 400).stream().filter(BenchNotice::gbk).findFirst().orElseThrow();
    assertEquals(gbk.title(), extract(gbk).title());
    assertEquals(gbk.buyer(), extract(gbk).buyer());
  }

  private static Notice extract(BenchNotice n) {
    return NoticeExtractor.fromHtml(HtmlDecoder.decode(CcgpTemplate.noticeBytes(n), "text/html",
        "https://www.ccgp.gov.cn/" + n.path()));
  }
}
