package org.tenderwatch.cli;

import static org.tenderwatch.cli.Output.orEmpty;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.tenderwatch.index.QuerySyntaxException;
import org.tenderwatch.index.SearchRequest;
import org.tenderwatch.index.SearchResult;
import org.tenderwatch.pipeline.Pipeline;
import org.tenderwatch.saved.SavedHit;
import org.tenderwatch.saved.SavedSearchException;
import org.tenderwatch.saved.SavedSearches;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code saved add|list|run|edit|rm}: one class per subcommand, nested here because they share the opening. */
@Command(
    name = "saved",
    description = "Saved searches: kept queries whose new hits `saved run` and the daily digest show.",
    subcommands = {SavedCommand.Add.class, SavedCommand.ListSaved.class, SavedCommand.Run.class,
        SavedCommand.Edit.class, SavedCommand.Remove.class},
    footerHeading = "%nExamples:%n",
    footer = {"  tenderwatch saved add gpu-universities 'flag:nvidia_gpu AND buyer:大学' --owner analyst@example.org",
        "  tenderwatch saved list", "  tenderwatch saved run gpu-universities",
        "  tenderwatch saved edit gpu-universities --query 'flag:nvidia_gpu AND (buyer:大学 OR buyer:实验室)'",
        "  tenderwatch saved rm gpu-universities"})
final class SavedCommand implements Runnable {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(spec.commandLine(), "a subcommand is needed: add, list, run, edit, rm");
  }

  /** Runs one saved-search action with the pipeline open, turning refusals into user errors. */
  @FunctionalInterface
  interface Action {
    void run(Pipeline p, PrintWriter out) throws QuerySyntaxException;
  }

  static int with(GlobalOptions global, picocli.CommandLine.Model.CommandSpec spec, Action action) {
    return with(GlobalOptions::open, global, spec, action);
  }

  /** @param how how the action opens the data folder: read, sql (only SQL rows change) or open (the writer) */
  static int with(java.util.function.Function<GlobalOptions, Pipeline> how, GlobalOptions global,
      picocli.CommandLine.Model.CommandSpec spec, Action action) {
    try (Pipeline p = how.apply(global)) {
      action.run(p, spec.commandLine().getOut());
    } catch (QuerySyntaxException e) {
      throw new UserError("bad query: " + e.getMessage(), 2);
    } catch (SavedSearchException e) {
      throw new UserError(e.getMessage(), 1);
    }
    return 0;
  }

  static void preview(Pipeline p, PrintWriter out, SavedSearches.Added a) throws QuerySyntaxException {
    out.printf(Locale.ROOT, "saved search %s: %s%n", a.search().name(), a.search().query());
    out.printf(Locale.ROOT, "preview: %d notices match now; they count as existing, `saved run %s` shows only"
        + " new ones%n", a.preview(), a.search().name());
    try {
      SearchResult r = p.index().search(new SearchRequest(a.search().query(), SearchRequest.Sort.date, 1, 5, false));
      if (!r.hits().isEmpty()) {
        Output.table(out, List.of("date", "type", "title", "buyer"), r.hits().stream()
            .map(h -> List.of(orEmpty(h.publishedAt()), h.type(), h.title(), orEmpty(h.buyer()))).toList(), 44);
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Command(name = "add", description = "Save a query under a name; prints how many notices it matches now.",
      footerHeading = "%nExamples:%n",
      footer = {"  tenderwatch saved add gpu 'A100 OR H100 OR H800'",
          "  tenderwatch saved add big-gpu 'flag:nvidia_gpu AND budgetCny:[100万 TO *]' --owner a@example.org"})
  static final class Add implements Callable<Integer> {
    @Mixin GlobalOptions global;
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME", description = "One word: letters, digits, _ . -")
    String name;

    @Parameters(index = "1", paramLabel = "QUERY", description = "The query, as `search` takes it.")
    String query;

    @Option(names = "--owner", paramLabel = "EMAIL", description = "Who saved it.")
    String owner;

    @Override
    public Integer call() {
      return with(global, spec, (p, out) -> preview(p, out, p.saved().add(name, query, owner)));
    }
  }

  @Command(name = "list", description = "The saved searches with their hit counts.")
  static final class ListSaved implements Callable<Integer> {
    @Mixin GlobalOptions global;
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--format", defaultValue = "table", description = "table, json or csv (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() {
      return with(GlobalOptions::read, global, spec, (p, out) -> {
        var all = p.saved().list();
        List<String> header = List.of("name", "query", "owner", "hits", "new", "lastRun");
        List<List<String>> rows = all.stream().map(s -> List.of(s.name(), s.query(), orEmpty(s.owner()),
            Integer.toString(s.hits()), Integer.toString(s.unseen()),
            s.lastRunAt() == null ? "" : s.lastRunAt().toString())).toList();
        switch (format) {
          case json -> Output.json(out, all);
          case csv -> Output.csv(out, header, rows);
          case table -> Output.table(out, header, rows, 60);
        }
      });
    }
  }

  @Command(name = "run", description = "The hits new since the last run (then marked seen).",
      footerHeading = "%nExamples:%n", footer = {"  tenderwatch saved run gpu", "  tenderwatch saved run gpu --format json"})
  static final class Run implements Callable<Integer> {
    @Mixin GlobalOptions global;
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "NAME")
    String name;

    @Option(names = "--format", defaultValue = "table", description = "table, json or csv (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() {
      return with(GlobalOptions::sql, global, spec, (p, out) -> {
        List<SavedHit> hits = p.saved().run(name);
        List<String> header = List.of("date", "type", "title", "buyer", "url");
        List<List<String>> rows = hits.stream().map(h -> List.of(orEmpty(h.publishedAt()), h.type(), h.title(),
            orEmpty(h.buyer()), orEmpty(h.url()))).toList();
        switch (format) {
          case json -> Output.json(out, hits);
          case csv -> Output.csv(out, header, rows);
          case table -> {
            out.printf(Locale.ROOT, "%d new hits for %s%n", hits.size(), name);
            if (!hits.isEmpty()) {
              Output.table(out, header, rows, 60);
            }
          }
        }
      });
    }
  }

  @Command(name = "edit", description = "Change a saved search's query or owner; the new query's current matches"
      + " count as existing.", footerHeading = "%nExamples:%n",
      footer = {"  tenderwatch saved edit gpu --query 'A100 OR H100 OR H800 OR H20'"})
  static final class Edit implements Callable<Integer> {
    @Mixin GlobalOptions global;
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "NAME")
    String name;

    @Option(names = "--query", paramLabel = "QUERY", description = "The new query.")
    String query;

    @Option(names = "--owner", paramLabel = "EMAIL", description = "The new owner.")
    String owner;

    @Override
    public Integer call() {
      if (query == null && owner == null) {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "give --query and/or --owner");
      }
      return with(global, spec, (p, out) -> preview(p, out, p.saved().edit(name, query, owner)));
    }
  }

  @Command(name = "rm", description = "Remove a saved search and its hits.",
      footerHeading = "%nExamples:%n", footer = {"  tenderwatch saved rm gpu"})
  static final class Remove implements Callable<Integer> {
    @Mixin GlobalOptions global;
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "NAME")
    String name;

    @Override
    public Integer call() {
      return with(global, spec, (p, out) -> {
        p.saved().remove(name);
        out.println("removed saved search " + name);
      });
    }
  }
}
