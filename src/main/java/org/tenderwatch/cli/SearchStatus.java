package org.tenderwatch.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.tenderwatch.config.SourceConfig;
import org.tenderwatch.crawl.search.Gaps;
import org.tenderwatch.crawl.search.SearchWindows;
import org.tenderwatch.pipeline.Pipeline;

/** The discovery lines of {@code status}: a source's channel gaps, a search source's backfill windows. */
final class SearchStatus {
  /** Filled gaps shown per source (the open ones are always shown). */
  private static final int FILLED_SHOWN = 3;

  private SearchStatus() {}

  static void print(PrintWriter out, Pipeline p, SourceConfig s) {
    List<Gaps.Gap> gaps = p.gaps().all(s.id());
    List<Gaps.Gap> open = gaps.stream().filter(g -> g.filledAt() == null).toList();
    if (!gaps.isEmpty()) {
      out.printf(java.util.Locale.ROOT, "  gaps: %d open, %d filled%n", open.size(), gaps.size() - open.size());
    }
    open.forEach(g -> out.println("    open gap " + g.from() + " – " + g.to() + " in " + g.channel()
        + " (found " + g.foundAt().toString().substring(0, 19).replace('T', ' ') + " UTC; the next search pass fills it)"));
    gaps.stream().filter(g -> g.filledAt() != null).limit(FILLED_SHOWN).forEach(g -> out.println("    filled gap "
        + g.from() + " – " + g.to() + " in " + g.channel() + " by " + g.filledBy()));
    if (s.kind() == SourceConfig.Kind.search) {
      Map<String, Integer> w = SearchWindows.counts(p.database(), s.id(), null, null);
      out.println("  backfill windows: " + (w.isEmpty() ? "none yet" : w.entrySet().stream()
          .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "))));
    }
  }
}
