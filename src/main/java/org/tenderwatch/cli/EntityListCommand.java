package org.tenderwatch.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.tenderwatch.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "entitylist",
    description = "The screening list (US Consolidated Screening List) that buyers and suppliers are checked against.",
    subcommands = {EntityListCommand.Import.class, EntityListCommand.Show.class})
final class EntityListCommand implements Runnable {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(spec.commandLine(), "a subcommand is needed: import or show");
  }

  @Command(
      name = "import",
      description = {"Import a CSL file (CSV or JSON layout, told apart by content) as a new list version and",
          "re-screen every stored notice with it. Importing the current list again changes nothing."},
      footerHeading = "%nExamples:%n",
      footer = {"  tenderwatch entitylist import consolidated.csv",
          "  tenderwatch entitylist import consolidated.json --data /tmp/tw"})
  static final class Import implements Callable<Integer> {
    @Mixin GlobalOptions global;
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "consolidated.csv or consolidated.json from trade.gov")
    Path file;

    @Override
    public Integer call() {
      if (!Files.isRegularFile(file)) {
        throw new UserError("no such file: " + file, 2);
      }
      try (Pipeline p = global.open()) {
        org.tenderwatch.screen.ScreeningLists.ImportReport r = p.importList(file);
        var out = spec.commandLine().getOut();
        if (r.changed()) {
          out.printf(java.util.Locale.ROOT, "list %s: %d rows (%s, sha256 %s); re-screened %d notices, %d hits%n",
              r.version().version(), r.version().rows(), r.version().layout(), r.version().sha256(), r.notices(),
              r.hits());
        } else {
          out.printf(java.util.Locale.ROOT, "list %s is already the current list (same sha256); nothing changed%n",
              r.version().version());
        }
      }
      return 0;
    }
  }

  @Command(name = "show", description = "The current list version.",
      footerHeading = "%nExamples:%n", footer = {"  tenderwatch entitylist show"})
  static final class Show implements Callable<Integer> {
    @Mixin GlobalOptions global;
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      try (Pipeline p = global.read()) {
        var v = p.screening().latest();
        var out = spec.commandLine().getOut();
        if (v == null) {
          out.println("no list imported");
        } else {
          out.printf(java.util.Locale.ROOT, "list %s: %d rows from %s (%s), sha256 %s, imported %s%n", v.version(),
              v.rows(), v.file(), v.layout(), v.sha256(), v.importedAt());
        }
      }
      return 0;
    }
  }
}
