package org.tenderwatch.index;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.lucene.index.CodecReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SlowCodecReaderWrapper;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.tenderwatch.text.TenderAnalyzer;

/**
 * Copies an open index's content into a new one through its reader: the live writer keeps its lock, and the copy
 * is a consistent point in time (reindex builds on the copy and swaps only when done).
 */
final class IndexCopy {
  private IndexCopy() {}

  static void copy(IndexReader from, Path to) throws IOException {
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
    }
  }
}
