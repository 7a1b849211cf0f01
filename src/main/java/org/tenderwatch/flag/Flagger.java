package org.tenderwatch.flag;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.monitor.HighlightsMatch;
import org.apache.lucene.monitor.Monitor;
import org.apache.lucene.monitor.MonitorQuery;
import org.apache.lucene.monitor.MatchingQueries;
import org.apache.lucene.monitor.Presearcher;
import org.apache.lucene.monitor.TermFilteredPresearcher;
import org.tenderwatch.config.FlagConfig;
import org.tenderwatch.text.TextPart;
import org.tenderwatch.text.TenderAnalyzer;

/**
 * Flags text parts with the categories of {@code config/flags.yaml}.
 *
 * <p>Every (category, rule) is one interval query held in a Lucene {@link Monitor}; each text part is
 * one document matched against all of them at once. The Monitor's highlight hits say which token
 * positions made a rule match; the term occurrence among them is then quoted from the original text
 * (the analyzer's offsets point into the text as written, so Ａ１００ stays Ａ１００ in the evidence).
 *
 * <p>A Flagger owns an in-memory query index; close it when done.
 */
public final class Flagger implements Closeable {
  static final String FIELD = "text";

  /**
   * Offsets in the postings: a batch of several documents is matched on a real in-memory index built
   * from this field type, and without offsets there HighlightsMatch reports every hit's offsets as -1
   * (a single document goes through MemoryIndex, which keeps them anyway).
   */
  private static final FieldType WITH_OFFSETS = new FieldType(TextField.TYPE_NOT_STORED);

  static {
    WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    WITH_OFFSETS.freeze();
  }

  private final FlagConfig config;
  private final Analyzer analyzer;
  private final Monitor monitor;
  private final Map<String, RuleQuery> rulesById;
  /** Null when every part goes to the Monitor. */
  private final TermFilter termFilter;

  public Flagger(FlagConfig config) {
    // TermFilteredPresearcher (the Monitor default) handles interval queries: IntervalQuery.visit hands
    // its terms to the presearcher's visitor (MUST for phrases and conjunctions, SHOULD for or(),
    // MUST_NOT for the notWithin exclusions, which the presearcher leaves out). FlaggerPresearcherTest
    // checks that it gives the same flags as Presearcher.NO_FILTERING on every example sentence.
    this(config, new TermFilteredPresearcher());
  }

  Flagger(FlagConfig config, Presearcher presearcher) {
    this(config, presearcher, true);
  }

  /** @param textFilter whether parts that hold none of the terms skip the Monitor (off only to test that it loses nothing) */
  Flagger(FlagConfig config, Presearcher presearcher, boolean textFilter) {
    this.config = config;
    this.analyzer = TenderAnalyzer.create();
    List<RuleQuery> rules = RuleQuery.compile(config, analyzer);
    Map<String, RuleQuery> byId = new HashMap<>();
    rules.forEach(r -> byId.put(r.id(), r));
    this.rulesById = Map.copyOf(byId);
    this.termFilter = textFilter ? TermFilter.of(rules) : null;
    try {
      this.monitor = new Monitor(analyzer, presearcher);
      monitor.register(rules.stream().map(RuleQuery::toMonitorQuery).toList());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot build the in-memory rule index", e);
    }
  }

  /** The lexicon version of flags.yaml these flags come from; store it beside them. */
  public int lexiconVersion() {
    return config.version();
  }

  /** The number of (category, rule) queries in the Monitor. */
  public int ruleCount() {
    return rulesById.size();
  }

  /**
   * Flags of a notice's text parts and of its title: the title is text like any other part (a term that stands only
   * there flags), but a term the text also holds is flagged once, where the text has it.
   */
  public List<Flag> flagNotice(List<TextPart> parts, String title) {
    List<Flag> flags = new ArrayList<>(flag(parts));
    Set<List<String>> told = new java.util.HashSet<>();
    flags.forEach(fl -> told.add(List.of(fl.category(), fl.term())));
    for (Flag t : flag(List.of(new TextPart(org.tenderwatch.text.Location.title(), title)))) {
      if (told.add(List.of(t.category(), t.term()))) {
        flags.add(t);
      }
    }
    return flags;
  }

  /**
   * The evidence that the parts fall in watched categories, in part order and text order. At most one
   * flag per category, location and term (compared after width and case folding).
   */
  public List<Flag> flag(List<TextPart> parts) {
    if (parts.isEmpty()) {
      return List.of();
    }
    Map<List<Object>, Flag> flags = new java.util.LinkedHashMap<>();
    for (TextPart part : parts) {
      if (termFilter != null && !termFilter.mayMatch(part.text())) {
        continue;
      }
      Collection<HighlightsMatch> hits = match(part);
      if (!hits.isEmpty()) {
        for (Flag f : flagsOfPart(part, hits)) {
          flags.putIfAbsent(List.of(f.category(), String.valueOf(f.location()), fold(f.term())), f);
        }
      }
    }
    return List.copyOf(flags.values());
  }

  /**
   * One part as one document. A single document is matched on a MemoryIndex; a batch of several would be
   * written to a real in-memory index first (an IndexWriter per call), which cost more than the matching.
   */
  private Collection<HighlightsMatch> match(TextPart part) {
    Document doc = new Document();
    doc.add(new Field(FIELD, part.text(), WITH_OFFSETS));
    MatchingQueries<HighlightsMatch> matches;
    try {
      matches = monitor.match(doc, HighlightsMatch.MATCHER);
    } catch (IOException e) {
      throw new UncheckedIOException("matching flag rules failed", e);
    }
    if (!matches.getErrors().isEmpty()) {
      // a rule query failed on this part: an error in a rule, not in the notice, so fail loudly
      throw new IllegalStateException("flag rules failed: " + matches.getErrors());
    }
    return matches.getMatches();
  }

  private List<Flag> flagsOfPart(TextPart part, Collection<HighlightsMatch> matches) {
    // The hits alone are not enough to quote the term: or(亚马逊云, 亚马逊云科技) reports only the minimal
    // interval 亚马逊云, so the longer written form would be lost. The part is analysed once more (only
    // parts that matched, a small share) and terms are looked for at the matched positions.
    List<Token> tokens = Token.analyze(analyzer, FIELD, part.text());
    List<Occurrence> found = new ArrayList<>();
    for (HighlightsMatch match : matches) {
      RuleQuery rule = rulesById.get(match.getQueryId());
      for (Occurrence o : rule.occurrences(tokens, hitPositions(match))) {
        found.add(o);
      }
    }
    found.sort(Occurrence.ORDER);
    List<Flag> out = new ArrayList<>();
    List<Occurrence> kept = new ArrayList<>();
    String text = part.text();
    for (Occurrence o : found) {
      // "NVIDIA A100" and "A100" in one place are one piece of evidence: keep the longest term
      if (kept.stream().noneMatch(k -> k.covers(o))) {
        kept.add(o);
        String term = text.substring(o.start(), o.end());
        String snippet = Snippets.around(text, o.start(), o.end(), config.snippetChars());
        out.add(new Flag(o.category(), term, snippet, TableCells.locate(part.location(), text, o.start())));
      }
    }
    return out;
  }

  /** Token positions the match covers (each hit is one matched token or phrase). */
  private static Set<Integer> hitPositions(HighlightsMatch match) {
    Set<Integer> positions = new TreeSet<>();
    for (HighlightsMatch.Hit hit : match.getHits(FIELD)) {
      for (int p = hit.startPosition(); p <= hit.endPosition(); p++) {
        positions.add(p);
      }
    }
    return positions;
  }

  /** Width- and case-folded form, used to tell two spellings of one term apart from two terms. */
  static String fold(String term) {
    return Normalizer.normalize(term, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
  }

  @Override
  public void close() throws IOException {
    monitor.close();
    analyzer.close();
  }
}
