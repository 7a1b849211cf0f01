package org.tenderwatch.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The notice type from the title alone on 16,000 real ccgp list entries of June 2022
 * (samples/bench/ccgp_titles_2022_trade.tsv, committed with its provenance next to it). The
 * channel in each URL (gkzb, jzxcs, zbgg, gzgg, fblbgg …) is the portal's own label and serves as the truth.
 * Writes target/title-type-accuracy.md.
 */
class TitleTypeAccuracyTest {

  private static final Path TITLES = Path.of("samples", "bench", "ccgp_titles_2022_trade.tsv");
  private static final Map<String, NoticeType> CHANNELS = Map.ofEntries(Map.entry("gkzb", NoticeType.TENDER),
      Map.entry("yqzbgg", NoticeType.TENDER), Map.entry("jzxtpgg", NoticeType.TENDER),
      Map.entry("jzxcs", NoticeType.TENDER), Map.entry("xjgg", NoticeType.TENDER),
      Map.entry("dylygg", NoticeType.TENDER), Map.entry("zbgg", NoticeType.AWARD), Map.entry("cjgg", NoticeType.AWARD),
      Map.entry("gzgg", NoticeType.CORRECTION), Map.entry("fblbgg", NoticeType.TERMINATION));

  @Test
  void titlesGiveTheChannelsType() throws Exception {
    Map<String, int[]> per = new TreeMap<>();
    int right = 0;
    int total = 0;
    for (String line : Files.readAllLines(TITLES, StandardCharsets.UTF_8)) {
      String[] f = line.split("\t", -1);
      if (f.length < 5 || !f[4].startsWith("http")) {
        continue;
      }
      String[] path = f[4].split("/");
      NoticeType want = path.length > 5 ? CHANNELS.get(path[5]) : null;
      if (want == null) {
        continue;
      }
      int[] c = per.computeIfAbsent(path[5] + " (" + want.json() + ")", k -> new int[2]);
      c[1]++;
      total++;
      if (NoticeTypes.fromTitle(f[2]) == want) {
        c[0]++;
        right++;
      }
    }
    List<String> out = new ArrayList<>(List.of("| channel (type) | right | titles | accuracy |", "|---|---|---|---|"));
    per.forEach((k, c) -> out.add(String.format(Locale.ROOT, "| %s | %d | %d | %.1f %% |", k, c[0], c[1],
        100.0 * c[0] / c[1])));
    out.add(String.format(Locale.ROOT, "| all | %d | %d | %.1f %% |", right, total, 100.0 * right / total));
    Files.createDirectories(Path.of("target"));
    Files.write(Path.of("target", "title-type-accuracy.md"), out, StandardCharsets.UTF_8);
    // Most of the 16,000 rows carry one of the channels above; fewer means the file or the parse broke.
    assertTrue(total >= 10_000, "only " + total + " titles with a known channel");
    assertTrue(right >= 0.93 * total, String.join("\n", out));
  }
}
