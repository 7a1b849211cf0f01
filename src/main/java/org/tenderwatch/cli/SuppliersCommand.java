package org.tenderwatch.cli;

import static org.tenderwatch.cli.Output.orEmpty;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.tenderwatch.pipeline.Pipeline;
import org.tenderwatch.cases.SupplierSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "suppliers",
    description = "List every winning supplier: cases won, total award amount, flagged wins, and the listed"
        + " buyers it sold to (a small company winning flagged cases of listed buyers is the intermediary pattern).",
    footerHeading = "%nExamples:%n",
    footer = {"  tenderwatch suppliers", "  tenderwatch suppliers --format json",
        "  tenderwatch suppliers --format csv > suppliers.csv"})
final class SuppliersCommand implements Callable<Integer> {
  @Mixin GlobalOptions global;
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--format", defaultValue = "table", description = "table, json or csv (default: ${DEFAULT-VALUE}).")
  Format format;

  @Override
  public Integer call() {
    try (Pipeline p = global.read()) {
      print(spec.commandLine().getOut(), p.cases().suppliers(), format);
    }
    return 0;
  }

  static void print(java.io.PrintWriter out, List<SupplierSummary> rows, Format format) {
    List<String> header = List.of("supplier", "wins", "totalCny", "flaggedWins", "listedBuyers", "listed");
    switch (format) {
      case json -> Output.json(out, rows);
      case csv -> Output.csv(out, header, rows.stream().map(s -> List.of(s.name(), String.valueOf(s.wins()),
          s.totalCny().toPlainString(), String.valueOf(s.flaggedWins()), String.join("; ", s.listedBuyers()),
          orEmpty(s.listed()))).toList());
      case table -> Output.table(out, List.of("supplier", "wins", "total", "flagged wins", "listed buyers", "listed"),
          rows.stream().map(s -> List.of(s.name(), String.valueOf(s.wins()), yuan(s.totalCny()),
              String.valueOf(s.flaggedWins()), String.join("; ", s.listedBuyers()), orEmpty(s.listed()))).toList(),
          60);
    }
  }

  private static String yuan(BigDecimal v) {
    return "¥" + String.format(Locale.ROOT, "%,.2f", v);
  }
}
