package org.tenderwatch.index;

import java.io.Closeable;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.Query;
import org.tenderwatch.text.TenderAnalyzer;

/**
 * The search language and the document shape for matchers outside the index: a saved search held in a Lucene
 * Monitor is parsed exactly like a search and matched against exactly the document the index stores, so a saved
 * search finds a new notice if and only if the same search would find it in the index.
 */
public final class NoticeQueries implements Closeable {
  private final Analyzer analyzer = TenderAnalyzer.create();
  private final NoticeQueryParser parser = new NoticeQueryParser(analyzer);

  /** Parses a query the way {@link NoticeIndex#search(SearchRequest)} does. */
  public Query parse(String query) throws QuerySyntaxException {
    return parser.parse(query);
  }

  /** The analyzer of the text fields (the same as the index's). */
  public Analyzer analyzer() {
    return analyzer;
  }

  /** The Lucene document the index holds for this notice. */
  public static Document document(IndexedNotice notice) {
    return NoticeDocuments.toDocument(notice);
  }

  @Override
  public void close() {
    parser.close();
    analyzer.close();
  }
}
