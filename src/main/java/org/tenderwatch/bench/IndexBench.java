package org.tenderwatch.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.tenderwatch.text.TextPart;
import org.tenderwatch.index.IndexedNotice;
import org.tenderwatch.index.NoticeIndex;
import org.tenderwatch.text.TenderAnalyzer;

/** Indexing stage: NoticeIndex.upsert + commit vs a bare IndexWriter with the same analyzer, same notices. */
final class IndexBench {
  private IndexBench() {}

  static void run(BenchPlan plan, List<IndexedNotice> notices, Report report) throws IOException {
    Path dir = plan.workDir().resolve("index-stage");
    long chars = notices.stream().mapToLong(n -> text(n).length()).sum();
    int[] round = new int[1];
    double[] t = Timing.alternate(plan.warmups(), plan.runs(), () -> {
      Path d = fresh(dir.resolve("ours-" + round[0]++));
      try (NoticeIndex index = NoticeIndex.open(d)) {
        for (IndexedNotice n : notices) {
          index.upsert(n);
        }
      }
    }, () -> {
      Path d = fresh(dir.resolve("bare-" + round[0]++));
      try (var directory = FSDirectory.open(d);
          var analyzer = TenderAnalyzer.create();
          IndexWriter w = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
        for (IndexedNotice n : notices) {
          Document doc = new Document();
          doc.add(new StringField("id", n.id(), Field.Store.YES));
          doc.add(new TextField("text", text(n), Field.Store.NO));
          w.addDocument(doc);
        }
        w.commit();
      }
    });
    Files.walk(dir).sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    int n = notices.size();
    double ratio = Timing.ratio(t[0], t[1]);
    report.stage("index").put("notices", n).put("avgChars", chars / Math.max(1, n))
        .put("oursNoticesPerS", n / (t[0] / 1e9)).put("bareNoticesPerS", n / (t[1] / 1e9)).put("ratio", ratio);
    report.table(new Report.Table("Indexing vs a bare Lucene IndexWriter",
        n + " extracted notices with their PDF pages (avg " + chars / Math.max(1, n) + " chars). Ours: `NoticeIndex.upsert`"
            + " (update by id, 12 fields, text stored with offsets for highlighting) + commit. Bare: `IndexWriter.addDocument`"
            + " of id + the same text, not stored, default postings, `TenderAnalyzer`, commit. Both on disk, fresh folder per run.",
        List.of("", "notices/s (median of " + plan.runs() + ")", "ms per notice", "ratio (bare time / ours)"),
        List.of(List.of("tenderwatch", Report.f(n / (t[0] / 1e9), 0), Report.f(t[0] / n / 1e6, 2), Report.f(ratio, 2)),
            List.of("bare Lucene", Report.f(n / (t[1] / 1e9), 0), Report.f(t[1] / n / 1e6, 2), "1.00"))));
  }

  static String text(IndexedNotice n) {
    StringBuilder b = new StringBuilder(n.notice().title());
    for (TextPart p : n.notice().parts()) {
      b.append("\n\n").append(p.text());
    }
    return b.toString();
  }

  private static Path fresh(Path d) throws IOException {
    Files.createDirectories(d);
    return d;
  }
}
