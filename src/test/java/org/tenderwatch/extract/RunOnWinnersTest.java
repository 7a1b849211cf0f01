package org.tenderwatch.extract;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every row of {@link WinnerVariantsTest} re-read as a run-on copy: the notice's text (its title over the text the
 * extractor renders, a table row's cells joined by " | ") joined into one line as {@link ShapeInvarianceTest}'s
 * "runon" shape does (aggregators and crawlers that lost every line break and cell), then the same type, suppliers
 * and award expected. The rows are read from WinnerVariantsTest's own {@code @CsvSource}, so a row added there is
 * probed here too. Rows still read wrong are listed, each with its reason, in {@code golden/runon-winners-known.txt}
 * ("layout | fields"; what each row was read as goes to {@code target/runon-winners.md}): a new miss fails this test, and so does a listed row that reads right (drop its line).
 */
class RunOnWinnersTest {

  @Test
  void winnerRowsReadTheSameOnOneLine() throws IOException, ReflectiveOperationException {
    Set<String> misses = new TreeSet<>();
    List<String> report = new ArrayList<>();
    for (String[] row : rows()) {
      Notice runOn = Layouts.block(runOn(WinnerVariantsTest.read(row[1])));
      List<String> wrong = new ArrayList<>();
      if (!row[2].equals(runOn.type().name())) {
        wrong.add("type");
      }
      if (!row[3].equals(Layouts.suppliers(runOn))) {
        wrong.add("suppliers");
      }
      if (!row[4].equals(Layouts.yuan(runOn.award()))) {
        wrong.add("award");
      }
      if (!wrong.isEmpty()) {
        misses.add(row[0] + " | " + String.join(" ", wrong));
        report.add("## " + row[0] + "\n" + runOn(WinnerVariantsTest.read(row[1])) + "\n  read: "
            + Layouts.suppliers(runOn) + " | " + Layouts.yuan(runOn.award()) + "\n  want: " + row[3] + " | " + row[4]);
      }
    }
    Files.createDirectories(Path.of("target"));
    Files.write(Path.of("target", "runon-winners.md"), report,
        StandardCharsets.UTF_8);
    Probes.assertKnown("runon-winners", misses);
  }

  /** The notice's text on one line: its title (unless the text opens with it) and its rendered text, joined. */
  static String runOn(Notice n) {
    String text = ShapeInvarianceTest.copied(n);
    String titled = text.startsWith(n.title()) ? text : n.title() + "\n" + text;
    return ShapeInvarianceTest.SHAPES.get("runon").apply(titled);
  }

  /** WinnerVariantsTest's rows (layout, page, type, suppliers, award), read from its {@code @CsvSource}. */
  static List<String[]> rows() throws ReflectiveOperationException {
    CsvSource source = WinnerVariantsTest.class
        .getDeclaredMethod("winnersOfAnAward", String.class, String.class, String.class, String.class, String.class)
        .getAnnotation(CsvSource.class);
    List<String[]> rows = new ArrayList<>();
    for (String line : source.textBlock().split("\n")) {
      String l = line.strip();
      if (l.isEmpty() || l.startsWith("#")) {
        continue;
      }
      String[] cells = l.split("\\|", -1);
      if (cells.length != 5) {
        throw new IllegalStateException("a row not of 5 cells: " + l);
      }
      for (int i = 0; i < cells.length; i++) {
        cells[i] = cells[i].strip();
      }
      rows.add(cells);
    }
    return rows;
  }
}
