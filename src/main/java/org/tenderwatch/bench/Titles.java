package org.tenderwatch.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The real ccgp titles the corpus is written from (samples/bench/ccgp_titles_2022_trade.tsv, column "object"). */
public final class Titles {
  /** Where the file lives below the tenderwatch folder. */
  public static final String DEFAULT_FILE = "samples/bench/ccgp_titles_2022_trade.tsv";

  private Titles() {}

  /** The titles in file order; the header line and blank titles are skipped. */
  public static List<String> load(Path tsv) {
    try {
      List<String> titles = new ArrayList<>();
      List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
      for (int i = 1; i < lines.size(); i++) {
        String[] cols = lines.get(i).split("\t", -1);
        if (cols.length >= 3 && !cols[2].isBlank()) {
          titles.add(cols[2].strip());
        }
      }
      if (titles.isEmpty()) {
        throw new IllegalArgumentException(tsv + ": no titles (expected columns: index, ref, object, trade, url)");
      }
      return List.copyOf(titles);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the title file " + tsv, e);
    }
  }
}
