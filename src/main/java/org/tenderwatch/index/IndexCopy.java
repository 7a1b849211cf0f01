package org.tenderwatch.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.CodecReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SlowCodecReaderWrapper;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.tenderwatch.text.TenderAnalyzer;

/**
 * Reads of a whole index: the ids it holds, and a copy of its content into a new index through its reader (the
 * live writer keeps its lock, the copy is a consistent point in time; reindex builds on the copy).
 */
final class IndexCopy {
  private IndexCopy() {}

  /** The ids of every notice {@code q} matches, in index order. */
  static List<String> ids(NoticeIndex index, Query q) throws IOException {
    return index.withSearcher(s -> {
      TopDocs top = s.search(q, Math.max(1, s.count(q)), Sort.INDEXORDER);
      List<String> ids = new ArrayList<>();
      var stored = s.storedFields();
      for (ScoreDoc sd : top.scoreDocs) {
        ids.add(stored.document(sd.doc, Set.of(NoticeDocuments.ID)).get(NoticeDocuments.ID));
      }
      return ids;
    });
  }

  /** @return the number of documents copied */
  static int copy(IndexReader from, Path to) throws IOException {
    try (Directory target = FSDirectory.open(to);
        IndexWriter w = new IndexWriter(target, new IndexWriterConfig(TenderAnalyzer.create())
            .setOpenMode(IndexWriterConfig.OpenMode.CREATE))) {
      CodecReader[] leaves = new CodecReader[from.leaves().size()];
      int i = 0;
      for (LeafReaderContext leaf : from.leaves()) {
        leaves[i++] = SlowCodecReaderWrapper.wrap(leaf.reader());
      }
      if (leaves.length > 0) {
        w.addIndexes(leaves);
      }
      w.commit();
      return w.getDocStats().numDocs;
    }
  }
}
