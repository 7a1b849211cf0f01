package org.tenderwatch.cli;

import static org.tenderwatch.cli.Output.orEmpty;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import org.tenderwatch.index.QuerySyntaxException;
import org.tenderwatch.index.SearchResult;
import org.tenderwatch.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "search",
    description = "Full-text search (Lucene syntax, AND by default; fields: title text buyer agency supplier source"
        + " type flag region projectNo).",
    footerHeading = "%nExamples:%n",
    footer = {"  tenderwatch search 'A100 AND buyer:大学'", "  tenderwatch search '\"算力租赁\"' --format json",
        "  tenderwatch search 'flag:aws'"})
final class SearchCommand implements Callable<Integer> {
  @Mixin GlobalOptions global;
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "QUERY", description = "The query.")
  String query;

  @Option(names = "--limit", defaultValue = "20", description = "At most this many hits (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--format", defaultValue = "table", description = "table, json or csv (default: ${DEFAULT-VALUE}).")
  Format format;

  @Override
  public Integer call() {
    try (Pipeline p = Pipeline.open(global.load(), Clock.systemUTC())) {
      SearchResult r = p.index().search(query, limit);
      print(spec.commandLine().getOut(), r, format);
    } catch (QuerySyntaxException e) {
      throw new UserError("bad query: " + e.getMessage(), 2);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return 0;
  }

  private static void print(PrintWriter out, SearchResult r, Format format) {
    switch (format) {
      case json -> Output.json(out, r);
      case csv -> Output.csv(out, List.of("id", "publishedAt", "type", "title", "buyer", "score", "highlight"),
          r.hits().stream().map(h -> List.of(h.id(), orEmpty(h.publishedAt()), h.type(), h.title(), orEmpty(h.buyer()),
              Float.toString(h.score()), orEmpty(h.highlight()))).toList());
      case table -> {
        out.printf(java.util.Locale.ROOT, "%d hits%n", r.total());
        Output.table(out, List.of("date", "type", "title", "buyer", "match"), r.hits().stream()
            .map(h -> List.of(orEmpty(h.publishedAt()), h.type(), h.title(), orEmpty(h.buyer()), orEmpty(h.highlight())))
            .toList(), 44);
      }
    }
  }

}
