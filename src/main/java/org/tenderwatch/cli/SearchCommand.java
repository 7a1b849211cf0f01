package org.tenderwatch.cli;

import static org.tenderwatch.cli.Output.orEmpty;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.tenderwatch.index.QuerySyntaxException;
import org.tenderwatch.index.SearchRequest;
import org.tenderwatch.index.SearchResult;
import org.tenderwatch.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "search",
    description = {"Full-text search (Lucene syntax, AND by default; fields: title text buyer agency supplier source"
        + " type flag region projectNo publishedAt budgetCny awardCny).",
        "Dates: publishedAt:2024-04-12, publishedAt:2024-04, publishedAt:[2024-01-01 TO 2024-06-30] (* = open).",
        "Amounts in yuan: awardCny:[100000 TO *], budgetCny:[10万 TO 1亿]; {A TO B} excludes the bounds."},
    footerHeading = "%nExamples:%n",
    footer = {"  tenderwatch search 'A100 AND buyer:大学'", "  tenderwatch search '\"算力租赁\"' --format json",
        "  tenderwatch search 'flag:nvidia_gpu AND publishedAt:[2024-01-01 TO 2024-06-30]' --sort date",
        "  tenderwatch search 'type:award AND awardCny:[100万 TO *]' --sort amount --page 2 --size 10"})
final class SearchCommand implements Callable<Integer> {
  @Mixin GlobalOptions global;
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "QUERY", description = "The query.")
  String query;

  @Option(names = {"--size", "--limit"}, defaultValue = "20", paramLabel = "M",
      description = "Hits per page (default: ${DEFAULT-VALUE}).")
  int size;

  @Option(names = "--page", defaultValue = "1", paramLabel = "N", description = "Page number, from 1 (default: 1).")
  int page;

  @Option(names = "--sort", defaultValue = "relevance",
      description = "relevance, date (newest first) or amount (largest award, else budget, first)"
          + " (default: ${DEFAULT-VALUE}).")
  SearchRequest.Sort sort;

  @Option(names = "--no-facets", description = "Do not count hits per source, type, flag, region and month.")
  boolean noFacets;

  @Option(names = "--format", defaultValue = "table", description = "table, json or csv (default: ${DEFAULT-VALUE}).")
  Format format;

  @Override
  public Integer call() {
    try (Pipeline p = global.read()) {
      SearchResult r = p.index().search(new SearchRequest(query, sort, page, size, !noFacets && format != Format.csv));
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
      case csv -> Output.csv(out, List.of("id", "publishedAt", "type", "title", "buyer", "amountCny", "score", "highlight"),
          r.hits().stream().map(h -> List.of(h.id(), orEmpty(h.publishedAt()), h.type(), h.title(), orEmpty(h.buyer()),
              plain(h.awardCny() != null ? h.awardCny() : h.budgetCny()), Float.toString(h.score()),
              orEmpty(h.highlight()))).toList());
      case table -> {
        long pages = r.size() == 0 ? 0 : (r.total() + r.size() - 1) / r.size();
        out.printf(Locale.ROOT, "%d hits, page %d of %d%n", r.total(), r.page(), pages);
        Output.table(out, List.of("date", "type", "title", "buyer", "match"), r.hits().stream()
            .map(h -> List.of(orEmpty(h.publishedAt()), h.type(), h.title(), orEmpty(h.buyer()), orEmpty(h.highlight())))
            .toList(), 44);
        r.facets().forEach((dim, counts) -> {
          if (!counts.isEmpty()) {
            List<String> cells = new ArrayList<>();
            counts.forEach(c -> cells.add(c.value() + " " + c.count()));
            out.println(dim + ": " + String.join(", ", cells));
          }
        });
      }
    }
  }

  private static String plain(BigDecimal d) {
    return d == null ? "" : d.toPlainString();
  }
}
