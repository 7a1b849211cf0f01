package org.tenderwatch.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.tenderwatch.digest.DigestRunner;
import org.tenderwatch.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "digest",
    description = {"Build and send the daily digest of a date to every subscriber: the flagged cases and saved-search"
        + " hits new for them. Sent once per subscriber and date; a failed send is retried by the next run.",
        "With no mail.host the digest is written to <data>/outbox/DATE_EMAIL.eml."},
    footerHeading = "%nExamples:%n",
    footer = {"  tenderwatch digest --dry-run                 # today's digest, printed, nothing sent or logged",
        "  tenderwatch digest --date 2024-08-14", "  tenderwatch digest --date 2024-08-14 --dry-run --html"})
final class DigestCommand implements Callable<Integer> {
  @Mixin GlobalOptions global;
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--date", paramLabel = "D", description = "The digest date, yyyy-MM-dd (default: today in"
      + " digest.timezone).")
  LocalDate date;

  @Option(names = "--dry-run", description = "Print the digests; send nothing, log nothing.")
  boolean dryRun;

  @Option(names = "--html", description = "With --dry-run: print the HTML part instead of the text part.")
  boolean html;

  @Override
  public Integer call() {
    try (Pipeline p = dryRun ? global.read() : global.sql()) {
      LocalDate day = date != null ? date : LocalDate.now(Clock.system(p.config().settings().digest().timezone()));
      List<DigestRunner.Outcome> outcomes = Wiring.digest(p, Clock.systemUTC()).run(day, dryRun);
      PrintWriter out = spec.commandLine().getOut();
      if (outcomes.isEmpty()) {
        out.println("no subscribers (add one with `tenderwatch subscribers add` or config/subscribers.yaml)");
      }
      for (DigestRunner.Outcome o : outcomes) {
        out.printf(Locale.ROOT, "%s: %s%s%s%n", o.email(), o.status(),
            o.digest() == null ? "" : " — " + o.digest().subject(),
            o.deliveredTo() != null ? " → " + o.deliveredTo() : o.cause() != null ? " (" + o.cause() + ")" : "");
        if (dryRun && o.digest() != null) {
          out.println();
          out.println(html ? o.digest().html() : o.digest().text());
        }
      }
      return outcomes.stream().anyMatch(o -> o.status().equals("failed")) ? 1 : 0;
    }
  }
}
