package org.tenderwatch.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.tenderwatch.pipeline.Fixity;
import org.tenderwatch.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

@Command(
    name = "verify",
    description = "Fixity check: reads every archived record back and compares its SHA-256 with the one stored when "
        + "it was fetched; lists what is missing or damaged. Exit 0 when all is sound, 1 when anything is not.",
    footerHeading = "%nExamples:%n",
    footer = {"  tenderwatch verify --data data"})
final class VerifyCommand implements Callable<Integer> {
  @Mixin GlobalOptions global;
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (Pipeline p = global.read()) {
      Fixity.Report r = Fixity.check(p);
      r.damage().forEach(d -> out.println("damaged record: " + d));
      r.problems().forEach(x -> out.println(x));
      r.markedDamaged().forEach(id -> out.println("archive damaged: notice " + id
          + " (kept from the store by reindex; its archive record is gone)"));
      long missing = r.problems().stream().filter(x -> x.kind().equals("missing")).count();
      out.printf(Locale.ROOT, "verify: %d archive records read, %d stored references checked: %d missing, %d damaged;"
          + " %d unreadable records or file tails; %d notices marked archive damaged; archive %s%n", r.records(),
          r.checked(), missing, r.problems().size() - missing, r.damage().size(), r.markedDamaged().size(),
          p.archiveDir().toAbsolutePath());
      return r.ok() ? 0 : 1;
    }
  }
}
