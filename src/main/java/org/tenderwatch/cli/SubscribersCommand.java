package org.tenderwatch.cli;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.tenderwatch.digest.Subscriber;
import org.tenderwatch.digest.Subscribers;
import org.tenderwatch.digest.SubscribersFile;
import org.tenderwatch.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code subscribers add|list|rm}: who gets the daily digest, and what they follow. */
@Command(
    name = "subscribers",
    description = "People who get the daily digest, with the saved searches and flag categories they follow"
        + " (also from config/subscribers.yaml).",
    subcommands = {SubscribersCommand.Add.class, SubscribersCommand.ListSubscribers.class,
        SubscribersCommand.Remove.class},
    footerHeading = "%nExamples:%n",
    footer = {"  tenderwatch subscribers add analyst@example.org --search gpu-universities --category nvidia_gpu",
        "  tenderwatch subscribers list", "  tenderwatch subscribers rm analyst@example.org"})
final class SubscribersCommand implements Runnable {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(spec.commandLine(), "a subcommand is needed: add, list, rm");
  }

  @Command(name = "add", description = "Add a subscriber, or more searches and categories to one.",
      footerHeading = "%nExamples:%n",
      footer = {"  tenderwatch subscribers add analyst@example.org --category nvidia_gpu --category aws",
          "  tenderwatch subscribers add analyst@example.org --search gpu --since 2024-01-01"})
  static final class Add implements Callable<Integer> {
    @Mixin GlobalOptions global;
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "EMAIL")
    String email;

    @Option(names = "--name", description = "Their name, for the greeting.")
    String name;

    @Option(names = "--search", paramLabel = "NAME", description = "A saved search to follow (repeatable).")
    List<String> searches = new ArrayList<>();

    @Option(names = "--category", paramLabel = "ID", description = "A flag category to follow (repeatable).")
    List<String> categories = new ArrayList<>();

    @Option(names = "--since", paramLabel = "DATE", description = "Treat what was found from this date (in"
        + " digest.timezone) as new for them (default: from now on).")
    LocalDate since;

    @Override
    public Integer call() {
      try (Pipeline p = global.sql()) {
        for (String c : categories) {
          if (!p.config().flags().categories().containsKey(c)) {
            throw new UserError("no flag category '" + c + "' in flags.yaml (known: "
                + p.config().flags().categories().keySet() + ")", 2);
          }
        }
        for (String s : searches) {
          if (p.saved().find(s) == null) {
            throw new UserError("no saved search named '" + s + "' (see `saved list`)", 2);
          }
        }
        Instant from = since == null ? Instant.now()
            : since.atStartOfDay(p.config().settings().digest().timezone()).toInstant();
        Subscriber s = new Subscribers(p.database()).add(email, name, searches, categories, from, "cli");
        spec.commandLine().getOut().println("subscriber " + s.email() + " follows searches " + s.searches()
            + " and categories " + s.categories() + "; new from " + s.since());
      }
      return 0;
    }
  }

  @Command(name = "list", description = "Subscribers and what they follow (config/subscribers.yaml included).")
  static final class ListSubscribers implements Callable<Integer> {
    @Mixin GlobalOptions global;
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--format", defaultValue = "table", description = "table, json or csv (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() {
      try (Pipeline p = global.sql()) {
        Subscribers subs = new Subscribers(p.database());
        subs.sync(SubscribersFile.load(p.config().home()), Instant.now());
        List<Subscriber> all = subs.list();
        List<String> header = List.of("email", "origin", "searches", "categories", "since");
        List<List<String>> rows = all.stream().map(s -> List.of(s.email(), s.origin(), String.join(",", s.searches()),
            String.join(",", s.categories()), s.since().toString())).toList();
        switch (format) {
          case json -> Output.json(spec.commandLine().getOut(), all);
          case csv -> Output.csv(spec.commandLine().getOut(), header, rows);
          case table -> Output.table(spec.commandLine().getOut(), header, rows, 60);
        }
      }
      return 0;
    }
  }

  @Command(name = "rm", description = "Remove a subscriber (one from subscribers.yaml comes back unless removed"
      + " there).")
  static final class Remove implements Callable<Integer> {
    @Mixin GlobalOptions global;
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "EMAIL")
    String email;

    @Override
    public Integer call() {
      try (Pipeline p = global.sql()) {
        if (!new Subscribers(p.database()).remove(email)) {
          throw new UserError("no subscriber " + email, 1);
        }
        spec.commandLine().getOut().println("removed subscriber " + email);
      }
      return 0;
    }
  }
}
