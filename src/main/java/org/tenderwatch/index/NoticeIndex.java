package org.tenderwatch.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.tenderwatch.text.TenderAnalyzer;

/**
 * The Lucene index of notices on disk: write notices idempotently by id, search them with highlights.
 *
 * <p>Searches see every upsert at once (near-real-time reader); {@link #commit()} makes them durable.
 * One instance per index directory and process (Lucene's write lock enforces it); it is thread-safe.
 */
public final class NoticeIndex implements Closeable {
  private final Directory directory;
  private final Analyzer analyzer;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final NoticeQueryParser parser;

  /** {@code writer} is null for a reader: it searches the last commit and sees each newer one at the next search. */
  private NoticeIndex(Directory directory, Analyzer analyzer, IndexWriter writer) throws IOException {
    this.directory = directory;
    this.analyzer = analyzer;
    this.writer = writer;
    this.searchers = writer != null ? new SearcherManager(writer, null) : new SearcherManager(directory, null);
    this.parser = new NoticeQueryParser(analyzer);
  }

  /** Opens the index in {@code dir} for writing, creating it (and the folder) when there is none. */
  public static NoticeIndex open(Path dir) throws IOException {
    return open(dir, true);
  }

  /**
   * Opens the committed index in {@code dir} without its write lock, so it works beside the process that writes it
   * (a daemon, a crawl): searches see each commit of that process at the next search.
   *
   * @throws org.apache.lucene.index.IndexNotFoundException when nothing was ever committed there
   */
  public static NoticeIndex openReader(Path dir) throws IOException {
    return open(dir, false);
  }

  private static NoticeIndex open(Path dir, boolean write) throws IOException {
    Directory d = FSDirectory.open(dir);
    Analyzer analyzer = TenderAnalyzer.create();
    try {
      IndexWriter w = write ? new IndexWriter(d, new IndexWriterConfig(analyzer)
          .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)) : null;
      try {
        return new NoticeIndex(d, analyzer, w);
      } catch (IOException | RuntimeException e) {
        if (w != null) {
          w.rollback();
        }
        throw e;
      }
    } catch (IOException | RuntimeException e) {
      analyzer.close();
      d.close();
      throw e;
    }
  }

  /** False for an index opened with {@link #openReader}. */
  public boolean writable() {
    return writer != null;
  }

  private IndexWriter writer() {
    if (writer == null) {
      throw new IllegalStateException("the index at " + directory + " is open read-only in this process");
    }
    return writer;
  }

  /** Adds the notice, or replaces the document with the same id: indexing twice leaves one document. */
  public void upsert(IndexedNotice notice) throws IOException {
    writer().updateDocument(new Term(NoticeDocuments.ID, notice.id()), NoticeDocuments.toDocument(notice));
  }

  /** Makes every change so far durable. */
  public void commit() throws IOException {
    writer().commit();
  }

  /** Commit user data key: the store's change sequence the committed index holds every change through. */
  static final String APPLIED = "store.changeSeq";

  /** Commits, recording that the index now holds every store change through {@code appliedSeq}. */
  public void commit(long appliedSeq) throws IOException {
    writer().setLiveCommitData(java.util.Map.of(APPLIED, Long.toString(appliedSeq)).entrySet());
    writer().commit();
  }

  /**
   * The store change the index holds every change through: the writer's pending value, a reader's last commit; -1
   * for an index that never recorded one (from before the change sequence, or new).
   */
  public long appliedSequence() throws IOException {
    Iterable<java.util.Map.Entry<String, String>> data = writer != null ? writer.getLiveCommitData()
        : org.apache.lucene.index.SegmentInfos.readLatestCommit(directory).getUserData().entrySet();
    if (data != null) {
      for (var e : data) {
        if (e.getKey().equals(APPLIED)) {
          return Long.parseLong(e.getValue());
        }
      }
    }
    return -1;
  }

  /** Notices in the index, uncommitted upserts included. */
  public int count() throws IOException {
    return withSearcher(s -> s.getIndexReader().numDocs());
  }

  /** Work on a fresh searcher (uncommitted upserts included). */
  interface SearcherWork<T> {
    T run(IndexSearcher s) throws IOException;
  }

  <T> T withSearcher(SearcherWork<T> work) throws IOException {
    searchers.maybeRefreshBlocking();
    IndexSearcher s = searchers.acquire();
    try {
      return work.run(s);
    } finally {
      searchers.release(s);
    }
  }

  /**
   * Runs a query in classic Lucene syntax ({@code 英伟达 A100}, {@code type:award AND flag:aws},
   * {@code buyer:"四川大学"}); all words must match unless OR is written.
   *
   * @param limit how many hits to return; the total is counted exactly either way
   * @throws QuerySyntaxException when the query cannot be parsed or names an unknown field
   */
  public SearchResult search(String query, int limit) throws QuerySyntaxException, IOException {
    Query q = parser.parse(query);
    searchers.maybeRefreshBlocking();
    IndexSearcher s = searchers.acquire();
    try {
      if (limit <= 0) {
        return new SearchResult(s.count(q), List.of());
      }
      TopDocs top;
      try {
        top = s.search(q, new TopScoreDocCollectorManager(limit, Integer.MAX_VALUE));
      } catch (IndexSearcher.TooManyClauses e) {
        throw new QuerySyntaxException(
            "query \"" + query + "\": a wildcard or range matches too many words; make it more specific", e);
      }
      String[] highlights = NoticeHits.highlighter(s, analyzer).highlight(NoticeDocuments.TEXT, q, top, 1);
      List<SearchHit> hits = new ArrayList<>();
      for (int i = 0; i < top.scoreDocs.length; i++) {
        hits.add(NoticeHits.hit(s, top.scoreDocs[i], highlights[i]));
      }
      return new SearchResult(top.totalHits.value(), hits);
    } finally {
      searchers.release(s);
    }
  }

  /**
   * One page of hits in the requested order, with the exact total and, when asked for, facet counts over every
   * matching notice.
   *
   * @throws QuerySyntaxException when the query cannot be parsed or names an unknown field
   */
  public SearchResult search(SearchRequest req) throws QuerySyntaxException, IOException {
    Query q = parser.parse(req.query());
    searchers.maybeRefreshBlocking();
    IndexSearcher s = searchers.acquire();
    try {
      // a page past the end still asks Lucene for one hit: it refuses numHits = 0
      int wanted = Math.max(1, req.offset() + req.size());
      Sort sort = NoticeHits.sortOf(req.sort());
      TopDocs top;
      Map<String, List<SearchResult.FacetCount>> facets = Map.of();
      try {
        if (req.facets()) {
          FacetsCollectorManager.FacetsResult r = sort == null
              ? FacetsCollectorManager.search(s, q, wanted, new FacetsCollectorManager())
              : FacetsCollectorManager.search(s, q, wanted, sort, true, new FacetsCollectorManager());
          top = r.topDocs();
          facets = NoticeHits.facets(s, r.facetsCollector());
        } else {
          top = sort == null ? s.search(q, wanted) : s.search(q, wanted, sort, true);
        }
      } catch (IndexSearcher.TooManyClauses e) {
        throw new QuerySyntaxException(
            "query \"" + req.query() + "\": a wildcard or range matches too many words; make it more specific", e);
      } catch (IllegalStateException e) {
        // an index written before dates and amounts were number fields has no doc values to sort on
        throw new IllegalStateException("the index at " + directory + " lacks a field this search needs ("
            + e.getMessage() + "); rebuild it with `tenderwatch reindex`", e);
      }
      ScoreDoc[] all = top.scoreDocs;
      ScoreDoc[] page = Arrays.copyOfRange(all, Math.min(req.offset(), all.length),
          Math.min(req.offset() + req.size(), all.length));
      String[] highlights = page.length == 0 ? new String[0]
          : NoticeHits.highlighter(s, analyzer).highlight(NoticeDocuments.TEXT, q, new TopDocs(top.totalHits, page), 1);
      List<SearchHit> hits = new ArrayList<>();
      for (int i = 0; i < page.length; i++) {
        hits.add(NoticeHits.hit(s, page[i], highlights[i]));
      }
      return new SearchResult(s.count(q), hits, facets, req.page(), req.size());
    } finally {
      searchers.release(s);
    }
  }

  /**
   * The ids of every notice the query matches, in index order (a saved search's backfill).
   *
   * @throws QuerySyntaxException when the query cannot be parsed or names an unknown field
   */
  public List<String> matchingIds(String query) throws QuerySyntaxException, IOException {
    return IndexCopy.ids(this, parser.parse(query));
  }

  /** The id of every notice in the index (uncommitted upserts included), in index order. */
  public List<String> allIds() throws IOException {
    return IndexCopy.ids(this, new org.apache.lucene.search.MatchAllDocsQuery());
  }

  /** Writes what this index holds into a new index at {@code dir} (reindex builds on the copy). */
  public void copyTo(Path dir) throws IOException {
    withSearcher(s -> IndexCopy.copy(s.getIndexReader(), dir));
  }

  /** Checks a query without running it; the message of the exception says what is wrong and where. */
  public void validate(String query) throws QuerySyntaxException {
    parser.parse(query);
  }

  /** Commits what is pending (when writing) and releases the index. */
  @Override
  public void close() throws IOException {
    try (directory;
        analyzer;
        parser;
        writer;
        searchers) {
      if (writer != null) {
        writer.commit();
      }
    }
  }
}
