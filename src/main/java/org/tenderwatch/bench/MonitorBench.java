package org.tenderwatch.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.monitor.Monitor;
import org.apache.lucene.monitor.MonitorQuery;
import org.apache.lucene.monitor.QueryMatch;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.tenderwatch.flag.Flagger;
import org.tenderwatch.index.IndexedNotice;
import org.tenderwatch.text.TenderAnalyzer;

/**
 * Monitor stage: per notice, the flag rules (Flagger, with evidence) plus N stored saved-search queries in a Lucene
 * Monitor with TenderAnalyzer, against the bare Monitor match of the same N queries alone.
 */
final class MonitorBench {
  static final String FIELD = "text";

  private MonitorBench() {}

  static void run(BenchPlan plan, List<IndexedNotice> notices, List<String> titles, Flagger flagger, Report report)
      throws IOException, ParseException {
    List<List<String>> rows = new ArrayList<>();
    var json = report.stage("monitor").put("notices", notices.size()).put("flagRules", flagger.ruleCount());
    var sizes = json.putArray("sizes");
    try (Analyzer analyzer = TenderAnalyzer.create()) {
      List<Document> docs = notices.stream().map(n -> doc(IndexBench.text(n))).toList();
      for (int size : plan.monitorQueries()) {
        try (Monitor monitor = new Monitor(analyzer)) {
          long t0 = System.nanoTime();
          monitor.register(queries(plan.seed(), size, titles, analyzer));
          double buildMs = (System.nanoTime() - t0) / 1e6;
          long[] matches = new long[1];
          double[] t = Timing.alternate(plan.warmups(), plan.runs(), () -> {
            for (int i = 0; i < docs.size(); i++) {
              flagger.flag(notices.get(i).notice().parts());
              monitor.match(docs.get(i), QueryMatch.SIMPLE_MATCHER);
            }
          }, () -> {
            matches[0] = 0;
            for (Document d : docs) {
              matches[0] += monitor.match(d, QueryMatch.SIMPLE_MATCHER).getMatchCount();
            }
          });
          double oursMs = t[0] / docs.size() / 1e6;
          double bareMs = t[1] / docs.size() / 1e6;
          double ratio = Timing.ratio(t[0], t[1]);
          sizes.addObject().put("queries", size).put("oursMsPerNotice", oursMs).put("bareMsPerNotice", bareMs)
              .put("ratio", ratio).put("registerMs", buildMs)
              .put("avgMatchesPerNotice", (double) matches[0] / docs.size());
          rows.add(List.of(Report.f(size, 0), Report.f(oursMs, 3), Report.f(bareMs, 3), Report.f(ratio, 2),
              Report.f((double) matches[0] / docs.size(), 1), Report.f(buildMs, 0)));
        }
      }
    }
    report.table(new Report.Table("Monitor: match time per notice by stored queries",
        notices.size() + " notices (page + PDF text). Stored queries are saved-search-like: phrases cut from real titles"
            + " (2–4 Han characters, i.e. 1–3 bigrams), a third of them two phrases AND-ed. Ours: `Flagger.flag` (the "
            + flagger.ruleCount() + " flag rules of flags.yaml, with evidence) + `Monitor.match` of the stored queries."
            + " Bare: `Monitor.match` of the stored queries alone (TermFilteredPresearcher, same analyzer).",
        List.of("stored queries", "ours ms/notice", "bare Monitor ms/notice", "ratio (bare / ours)", "matches/notice",
            "register ms"),
        rows));
  }

  private static Document doc(String text) {
    Document d = new Document();
    d.add(new TextField(FIELD, text, Field.Store.NO));
    return d;
  }

  /** Deterministic saved searches: phrases from title substrings; every third query two phrases AND-ed. */
  static List<MonitorQuery> queries(long seed, int count, List<String> titles, Analyzer analyzer) throws ParseException {
    SplittableRandom r = new SplittableRandom(seed ^ 0x5EEDL);
    QueryParser parser = new QueryParser(FIELD, analyzer);
    List<MonitorQuery> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      String q = "\"" + phrase(r, titles) + "\"";
      if (i % 3 == 2) {
        q += " AND \"" + phrase(r, titles) + "\"";
      }
      out.add(new MonitorQuery("q" + i, parser.parse(q)));
    }
    return out;
  }

  private static String phrase(SplittableRandom r, List<String> titles) {
    while (true) {
      String t = titles.get(r.nextInt(titles.size()));
      int len = 2 + r.nextInt(3);
      if (t.length() <= len) {
        continue;
      }
      int at = r.nextInt(t.length() - len);
      String s = t.substring(at, at + len);
      if (s.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
        return s;
      }
    }
  }
}
