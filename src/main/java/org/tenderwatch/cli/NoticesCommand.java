package org.tenderwatch.cli;

import static org.tenderwatch.cli.Output.orEmpty;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.tenderwatch.pipeline.Pipeline;
import org.tenderwatch.store.NoticeView;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "notices",
    description = "List stored notices, newest first.",
    footerHeading = "%nExamples:%n",
    footer = {"  tenderwatch notices --type award --limit 20", "  tenderwatch notices --format json > notices.json"})
final class NoticesCommand implements Callable<Integer> {
  @Mixin GlobalOptions global;
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--source", paramLabel = "ID", description = "Only this source.")
  String source;

  @Option(names = "--type", paramLabel = "TYPE", description = "tender, award, correction, termination or other.")
  String type;

  @Option(names = "--limit", defaultValue = "100", description = "At most this many (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--format", defaultValue = "table", description = "table, json or csv (default: ${DEFAULT-VALUE}).")
  Format format;

  @Override
  public Integer call() {
    try (Pipeline p = global.read()) {
      if (source != null && p.config().sources().stream().noneMatch(s -> s.id().equals(source))) {
        throw new UserError("--source " + source + ": no such source; the sources are " + p.config().sources().stream()
            .map(s -> s.id()).toList(), Errors.USAGE);
      }
      print(spec.commandLine().getOut(), p.store().notices(source, type, limit), format);
    }
    return 0;
  }

  static void print(PrintWriter out, List<NoticeView> notices, Format format) {
    switch (format) {
      case json -> Output.json(out, notices);
      case csv -> Output.csv(out, List.of("id", "publishedAt", "type", "title", "buyer", "projectNo", "budgetCny",
          "awardCny", "suppliers", "flags", "url", "sha256"), notices.stream().map(NoticesCommand::row).toList());
      case table -> Output.table(out, List.of("date", "type", "title", "buyer", "project no.", "flags"),
          notices.stream().map(n -> List.of(orEmpty(n.publishedAt()).replace('T', ' '), n.type(), n.title(), orEmpty(n.buyer()),
              orEmpty(n.projectNo()), String.join(",", n.flags().stream().map(f -> f.category()).distinct().toList())))
              .toList(), 40);
    }
  }

  private static List<String> row(NoticeView n) {
    return List.of(n.id(), orEmpty(n.publishedAt()), n.type(), n.title(), orEmpty(n.buyer()), orEmpty(n.projectNo()),
        n.budgetCny() == null ? "" : n.budgetCny().toPlainString(),
        n.awardCny() == null ? "" : n.awardCny().toPlainString(),
        String.join("; ", n.suppliers().stream().map(NoticeView.Supplier::name).toList()),
        String.join("; ", n.flags().stream().map(f -> f.category() + ":" + f.term()).toList()),
        n.url(), n.archive() == null ? "" : n.archive().sha256());
  }

}
