package org.tenderwatch.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/** Copies the last commit of an index into a new one (reindex builds on a copy and swaps only when done). */
public final class IndexCopy {
  private IndexCopy() {}

  /** Copies {@code from} into a fresh index at {@code to}; an absent or empty {@code from} gives an empty index. */
  public static void copy(Path from, Path to) throws IOException {
    try (Directory target = FSDirectory.open(to);
        IndexWriter w = new IndexWriter(target, new IndexWriterConfig(TenderAnalyzer.create())
            .setOpenMode(IndexWriterConfig.OpenMode.CREATE))) {
      if (Files.isDirectory(from)) {
        try (Directory source = FSDirectory.open(from)) {
          if (DirectoryReader.indexExists(source)) {
            w.addIndexes(source);
          }
        }
      }
      w.commit();
    }
  }
}
