package org.tenderwatch.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.lucene.document.Document;
import org.apache.lucene.monitor.Monitor;
import org.apache.lucene.monitor.MonitorQuery;
import org.apache.lucene.monitor.QueryMatch;
import org.tenderwatch.flag.Flagger;
import org.tenderwatch.index.IndexedNotice;
import org.tenderwatch.index.NoticeQueries;
import org.tenderwatch.index.QuerySyntaxException;
import org.tenderwatch.saved.SavedSearchMonitor;

/**
 * Monitor stage, the product's path: per notice the flag rules (Flagger, with evidence) and the saved searches in
 * {@link SavedSearchMonitor} (on disk, queries of the search language, matched against the multi-field document
 * the index stores), against a bare in-memory Lucene Monitor holding the same parsed queries and matching the
 * same documents, built beforehand.
 */
final class MonitorBench {
  private MonitorBench() {}

  static void run(BenchPlan plan, List<IndexedNotice> notices, List<String> titles, Flagger flagger, Report report)
      throws IOException, QuerySyntaxException {
    List<List<String>> rows = new ArrayList<>();
    var json = report.stage("monitor").put("notices", notices.size()).put("flagRules", flagger.ruleCount());
    var sizes = json.putArray("sizes");
    try (NoticeQueries parser = new NoticeQueries()) {
      List<Document> docs = notices.stream().map(NoticeQueries::document).toList();
      for (int size : plan.monitorQueries()) {
        List<String> queries = queries(plan.seed(), size, titles);
        Path dir = plan.workDir().resolve("saved-monitor-" + size);
        CrawlBench.deleteTree(dir);
        try (SavedSearchMonitor saved = new SavedSearchMonitor(dir);
            Monitor bare = new Monitor(parser.analyzer())) {
          long t0 = System.nanoTime();
          for (int i = 0; i < queries.size(); i++) {
            saved.register(i, "s" + i, queries.get(i));
          }
          double registerMs = (System.nanoTime() - t0) / 1e6;
          List<MonitorQuery> parsed = new ArrayList<>();
          for (int i = 0; i < queries.size(); i++) {
            parsed.add(new MonitorQuery(Integer.toString(i), parser.parse(queries.get(i))));
          }
          bare.register(parsed);
          long[] matches = new long[2];
          double[] t = Timing.alternate(plan.warmups(), plan.runs(), () -> {
            matches[0] = 0;
            for (IndexedNotice n : notices) {
              flagger.flag(n.notice().parts());
              matches[0] += saved.match(n).size();
            }
          }, () -> {
            matches[1] = 0;
            for (Document d : docs) {
              matches[1] += bare.match(d, QueryMatch.SIMPLE_MATCHER).getMatchCount();
            }
          });
          if (matches[0] != matches[1]) {
            throw new IllegalStateException("saved searches matched " + matches[0] + " times, the bare Monitor "
                + matches[1] + ": the two sides do not do the same work");
          }
          row(size, t, notices.size(), matches[0], registerMs, sizes, rows);
        }
      }
    }
    report.table(new Report.Table("Monitor: saved searches and flags per notice",
        notices.size() + " notices (page + PDF text). Saved searches in the search language: phrases cut from real"
            + " titles (2–4 Han characters), every fourth on `title:` only, every third two phrases AND-ed. Ours:"
            + " `Flagger.flag` (the " + flagger.ruleCount() + " flag rules of flags.yaml, with evidence) +"
            + " `SavedSearchMonitor.match` (the product class: on-disk Monitor, builds the notice's multi-field index"
            + " document, as ingest does). Bare: an in-memory Lucene `Monitor` with the same parsed queries matching"
            + " the same documents built beforehand. Both sides must count the same matches or the run stops.",
        List.of("saved searches", "ours ms/notice", "bare Monitor ms/notice", "ratio (bare / ours)", "matches/notice",
            "register ms (ours)"),
        rows));
  }

  private static void row(int size, double[] t, int notices, long matches, double registerMs,
      tools.jackson.databind.node.ArrayNode sizes, List<List<String>> rows) {
    double oursMs = t[0] / notices / 1e6;
    double bareMs = t[1] / notices / 1e6;
    double ratio = Timing.ratio(t[0], t[1]);
    double perNotice = (double) matches / notices;
    sizes.addObject().put("queries", size).put("oursMsPerNotice", oursMs).put("bareMsPerNotice", bareMs)
        .put("ratio", ratio).put("registerMs", registerMs).put("avgMatchesPerNotice", perNotice);
    rows.add(List.of(Report.f(size, 0), Report.f(oursMs, 3), Report.f(bareMs, 3), Report.f(ratio, 2),
        Report.f(perNotice, 1), Report.f(registerMs, 0)));
  }

  /**
   * Deterministic saved searches of the search language: a phrase from a real title; every fourth limited to the
   * title field; every third two phrases AND-ed.
   */
  static List<String> queries(long seed, int count, List<String> titles) {
    SplittableRandom r = new SplittableRandom(seed ^ 0x5EEDL);
    List<String> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      String q = (i % 4 == 3 ? "title:" : "") + "\"" + phrase(r, titles) + "\"";
      if (i % 3 == 2) {
        q += " AND \"" + phrase(r, titles) + "\"";
      }
      out.add(q);
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
