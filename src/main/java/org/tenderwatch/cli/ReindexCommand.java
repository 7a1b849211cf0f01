package org.tenderwatch.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.tenderwatch.config.Config;
import org.tenderwatch.pipeline.Reindex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

@Command(
    name = "reindex",
    description = "Rebuild notices, flags, links and the index from the WARC archive alone (no network), into a new "
        + "database and index beside the live ones, swapped in only when whole: Ctrl-C or a crash loses nothing. A "
        + "notice whose archive record is gone or damaged is kept as stored and marked archive damaged. Exit 0 when "
        + "every notice was rebuilt, 1 when some were kept from the old store.",
    footerHeading = "%nExamples:%n",
    footer = {"  tenderwatch reindex --data data   # e.g. after editing config/flags.yaml, or to restore a lost index"})
final class ReindexCommand implements Callable<Integer> {
  @Mixin GlobalOptions global;
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    Config config = global.load();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Reindex.Result r;
    try (org.tenderwatch.access.WriterLock lock = global.writerLock(config)) {
      r = Reindex.run(config, Clock.systemUTC(), d -> err.println("archive damaged: " + d));
    }
    out.printf(Locale.ROOT, "rebuilt %d notices from %s; %d kept from the old store (archive damaged); %d notices, "
        + "%d flags stored%n", r.rebuilt(),
        config.settings().archive().resolve(config.settings().dataDir()).toAbsolutePath(), r.kept(),
        r.notices(), r.flags());
    if (r.kept() > 0) {
      err.println("reindex: " + r.kept() + " notice(s) could not be rebuilt from the archive and were kept as stored;"
          + " run `tenderwatch verify` for the list");
      return 1;
    }
    return 0;
  }
}
