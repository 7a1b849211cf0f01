package org.tenderwatch.cli;

import java.util.concurrent.Callable;
import org.tenderwatch.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "flagged",
    description = "List flagged cases: the flagged notice, its evidence, and the winner from its award notice.",
    footerHeading = "%nExamples:%n",
    footer = {"  tenderwatch flagged", "  tenderwatch flagged --format csv > flagged.csv"})
final class FlaggedCommand implements Callable<Integer> {
  @Mixin GlobalOptions global;
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--format", defaultValue = "table", description = "table, json or csv (default: ${DEFAULT-VALUE}).")
  Format format;

  @Override
  public Integer call() {
    try (Pipeline p = global.read()) {
      FlaggedReport.print(spec.commandLine().getOut(), p.cases().flaggedCases(), format);
    }
    return 0;
  }
}
