package org.tenderwatch.flag;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.monitor.Presearcher;
import org.junit.jupiter.api.Test;
import org.tenderwatch.config.ConfigLoader;
import org.tenderwatch.config.FlagConfig;
import org.tenderwatch.text.Location;
import org.tenderwatch.text.TextPart;

/**
 * The Monitor's default presearcher skips rules whose terms a document lacks. Interval queries are
 * not plain term queries, so check that it never skips a rule that would have matched: every example
 * sentence of flags.yaml, as one batch, must give the same flags as with no filtering at all. The same holds for
 * the {@link TermFilter} that lets parts without any term skip the Monitor: the reference runs without it.
 */
class FlaggerPresearcherTest {

  @Test
  void termFilteredPresearcherLosesNoFlagOnTheExampleSentences() throws IOException {
    FlagConfig config = ConfigLoader.loadFlags(FlagRulesTableTest.FLAGS);
    List<TextPart> parts = new ArrayList<>();
    config.categories().values().forEach(c -> {
      c.mustMatch().forEach(s -> parts.add(new TextPart(new Location(null, null, s), s)));
      c.mustNotMatch().forEach(s -> parts.add(new TextPart(new Location(null, null, s), s)));
    });
    try (Flagger filtered = new Flagger(config);
        Flagger unfiltered = new Flagger(config, Presearcher.NO_FILTERING, false)) {
      List<Flag> expected = unfiltered.flag(parts);
      assertEquals(expected, filtered.flag(parts));
      int mustMatch = config.categories().values().stream().mapToInt(c -> c.mustMatch().size()).sum();
      assertEquals(true, expected.size() >= mustMatch, "batch gave fewer flags than mustMatch sentences");
    }
  }
}
