package org.tenderwatch.flag;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.monitor.MonitorQuery;
import org.apache.lucene.queries.intervals.IntervalQuery;
import org.apache.lucene.queries.intervals.Intervals;
import org.apache.lucene.queries.intervals.IntervalsSource;
import org.tenderwatch.config.FlagConfig;

/**
 * One (category, rule) of flags.yaml as an interval query, with the analyzed forms of its terms so a
 * match can be traced back to the term occurrence that made it.
 *
 * <p>Shape of the query, built with the same analyzer as the notice text (each written term becomes a
 * phrase of its tokens; 英伟达 → "英伟 伟达"):
 *
 * <pre>
 *   rule without near:  or(terms)
 *   rule with near:     maxgaps(within, unorderedNoOverlaps(or(terms), or(near)))
 *   category exclude:   notWithin(&lt;the above&gt;, excludeWithin + 1, or(exclude))
 * </pre>
 *
 * {@code maxgaps} counts the tokens standing <em>between</em> term and context word, which is what
 * "within N tokens" means to an analyst; {@code unorderedNoOverlaps} stops a term from being its own
 * context when a word is listed in both.
 */
record RuleQuery(String id, String category, int categoryOrder, List<List<String>> termTokens, IntervalQuery query) {

  static List<RuleQuery> compile(FlagConfig config, Analyzer analyzer) {
    List<RuleQuery> out = new ArrayList<>();
    int categoryOrder = 0;
    for (Map.Entry<String, FlagConfig.Category> e : config.categories().entrySet()) {
      String category = e.getKey();
      FlagConfig.Category c = e.getValue();
      for (int r = 0; r < c.rules().size(); r++) {
        String key = "categories." + category + ".rules[" + r + "]";
        FlagConfig.Rule rule = c.rules().get(r);
        List<List<String>> termTokens = analyzeAll(analyzer, rule.terms(), key + ".terms");
        IntervalsSource source = or(termTokens);
        if (!rule.near().isEmpty()) {
          IntervalsSource near = or(analyzeAll(analyzer, rule.near(), key + ".near"));
          source = Intervals.maxgaps(rule.within(), Intervals.unorderedNoOverlaps(source, near));
        }
        if (!c.exclude().isEmpty()) {
          IntervalsSource exclude = or(analyzeAll(analyzer, c.exclude(), "categories." + category + ".exclude"));
          // notWithin counts positions from the excluded phrase (1 = adjacent); + 1 makes
          // excludeWithin, like within, the number of tokens allowed between the two
          source = Intervals.notWithin(source, c.excludeWithin() + 1, exclude);
        }
        String id = category + "#" + r;
        out.add(new RuleQuery(id, category, categoryOrder, termTokens, new IntervalQuery(Flagger.FIELD, source)));
      }
      categoryOrder++;
    }
    return out;
  }

  MonitorQuery toMonitorQuery() {
    return new MonitorQuery(id, query, query.toString(), Map.of("category", category));
  }

  /**
   * The term occurrences among the positions a match covered. A hit of a rule with context words covers
   * the context word too; only a position where one of the rule's terms starts, token for token, is
   * evidence.
   */
  List<Occurrence> occurrences(List<Token> tokens, Collection<Integer> hitPositions) {
    List<Occurrence> out = new ArrayList<>();
    for (int p : hitPositions) {
      for (List<String> phrase : termTokens) {
        if (startsAt(tokens, p, phrase)) {
          Token first = tokens.get(p);
          Token last = tokens.get(p + phrase.size() - 1);
          out.add(new Occurrence(category, categoryOrder, first.start(), last.end()));
        }
      }
    }
    return out;
  }

  private static boolean startsAt(List<Token> tokens, int p, List<String> phrase) {
    if (p < 0 || p + phrase.size() > tokens.size()) {
      return false;
    }
    for (int i = 0; i < phrase.size(); i++) {
      if (!tokens.get(p + i).term().equals(phrase.get(i))) {
        return false;
      }
    }
    return true;
  }

  private static List<List<String>> analyzeAll(Analyzer analyzer, List<String> written, String key) {
    List<List<String>> out = new ArrayList<>();
    for (String w : written) {
      List<String> terms = Token.analyze(analyzer, Flagger.FIELD, w).stream().map(Token::term).toList();
      if (terms.isEmpty()) {
        throw new IllegalArgumentException(key + ": '" + w + "' has no letters or digits to match");
      }
      out.add(terms);
    }
    return out;
  }

  private static IntervalsSource or(List<List<String>> phrases) {
    List<IntervalsSource> sources = new ArrayList<>();
    for (List<String> p : phrases) {
      sources.add(p.size() == 1 ? Intervals.term(p.get(0)) : Intervals.phrase(p.toArray(String[]::new)));
    }
    return sources.size() == 1 ? sources.get(0) : Intervals.or(sources);
  }
}
