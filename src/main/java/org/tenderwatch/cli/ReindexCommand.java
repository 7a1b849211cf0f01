package org.tenderwatch.cli;

import java.util.concurrent.Callable;
import org.tenderwatch.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

@Command(
    name = "reindex",
    description = "Rebuild notices, flags, links and the index from the WARC archive alone (no network).",
    footerHeading = "%nExamples:%n",
    footer = {"  tenderwatch reindex --data data   # e.g. after editing config/flags.yaml"})
final class ReindexCommand implements Callable<Integer> {
  @Mixin GlobalOptions global;
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    try (Pipeline p = global.openHosting(global.load())) {
      int n = p.reindex();
      spec.commandLine().getOut().printf(java.util.Locale.ROOT, "rebuilt %d notices (%d flags) from %s%n", n, p.store().flagCount(),
          p.archiveDir().toAbsolutePath());
    }
    return 0;
  }
}
