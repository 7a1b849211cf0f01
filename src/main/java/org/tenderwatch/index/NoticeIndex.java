package org.tenderwatch.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoubleField;
import org.apache.lucene.document.LongField;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.StringDocValuesReaderState;
import org.apache.lucene.facet.StringValueFacetCounts;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSelector;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
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
  /**
   * Highlight passages are looked for in the first this-many characters of a notice's text; beyond that
   * a hit still counts but is not shown. 200,000 chars is about 60 PDF pages of dense Chinese.
   */
  private static final int HIGHLIGHT_MAX_CHARS = 200_000;

  /** Values listed per facet dimension: enough for every source, type, flag and about three years of months. */
  private static final int FACET_VALUES = 36;

  private final Directory directory;
  private final Analyzer analyzer;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final NoticeQueryParser parser;

  private NoticeIndex(Directory directory) throws IOException {
    this.directory = directory;
    this.analyzer = TenderAnalyzer.create();
    IndexWriterConfig config = new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    this.writer = new IndexWriter(directory, config);
    this.searchers = new SearcherManager(writer, null);
    this.parser = new NoticeQueryParser(analyzer);
  }

  /** Opens the index in {@code dir}, creating it (and the folder) when there is none. */
  public static NoticeIndex open(Path dir) throws IOException {
    Directory d = FSDirectory.open(dir);
    try {
      return new NoticeIndex(d);
    } catch (IOException | RuntimeException e) {
      d.close();
      throw e;
    }
  }

  /** Adds the notice, or replaces the document with the same id: indexing twice leaves one document. */
  public void upsert(IndexedNotice notice) throws IOException {
    writer.updateDocument(new Term(NoticeDocuments.ID, notice.id()), NoticeDocuments.toDocument(notice));
  }

  /** Makes every change so far durable. */
  public void commit() throws IOException {
    writer.commit();
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
      String[] highlights = highlighter(s).highlight(NoticeDocuments.TEXT, q, top, 1);
      List<SearchHit> hits = new ArrayList<>();
      for (int i = 0; i < top.scoreDocs.length; i++) {
        hits.add(hit(s, top.scoreDocs[i], highlights[i]));
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
      Sort sort = sortOf(req.sort());
      TopDocs top;
      Map<String, List<SearchResult.FacetCount>> facets = Map.of();
      try {
        if (req.facets()) {
          FacetsCollectorManager.FacetsResult r = sort == null
              ? FacetsCollectorManager.search(s, q, wanted, new FacetsCollectorManager())
              : FacetsCollectorManager.search(s, q, wanted, sort, true, new FacetsCollectorManager());
          top = r.topDocs();
          facets = facets(s, r.facetsCollector());
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
          : highlighter(s).highlight(NoticeDocuments.TEXT, q, new TopDocs(top.totalHits, page), 1);
      List<SearchHit> hits = new ArrayList<>();
      for (int i = 0; i < page.length; i++) {
        hits.add(hit(s, page[i], highlights[i]));
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

  private static Sort sortOf(SearchRequest.Sort sort) {
    return switch (sort) {
      case relevance -> null;
      case date -> new Sort(missingLast(LongField.newSortField(NoticeDocuments.PUBLISHED_AT, true,
          SortedNumericSelector.Type.MAX), Long.MIN_VALUE), SortField.FIELD_SCORE);
      case amount -> new Sort(missingLast(DoubleField.newSortField(NoticeDocuments.AMOUNT, true,
          SortedNumericSelector.Type.MAX), Double.NEGATIVE_INFINITY), SortField.FIELD_SCORE);
    };
  }

  /** Descending sorts put notices without the value last: the missing value is the smallest there is. */
  private static SortField missingLast(SortField f, Object smallest) {
    f.setMissingValue(smallest);
    return f;
  }

  private static Map<String, List<SearchResult.FacetCount>> facets(IndexSearcher s, FacetsCollector fc)
      throws IOException {
    Map<String, List<SearchResult.FacetCount>> out = new LinkedHashMap<>();
    for (String dim : NoticeDocuments.FACETS) {
      String field = NoticeDocuments.facetField(dim);
      List<SearchResult.FacetCount> counts = new ArrayList<>();
      if (FieldInfos.getMergedFieldInfos(s.getIndexReader()).fieldInfo(field) != null) {
        FacetResult r = new StringValueFacetCounts(new StringDocValuesReaderState(s.getIndexReader(), field), fc)
            .getTopChildren(FACET_VALUES, field);
        if (r != null) {
          for (LabelAndValue lv : r.labelValues) {
            counts.add(new SearchResult.FacetCount(lv.label, lv.value.longValue()));
          }
        }
      }
      out.put(dim, counts);
    }
    return out;
  }

  private UnifiedHighlighter highlighter(IndexSearcher s) {
    return UnifiedHighlighter.builder(s, analyzer)
        .withFormatter(new DefaultPassageFormatter("«", "»", "…", false))
        .withMaxLength(HIGHLIGHT_MAX_CHARS)
        // a notice found only by a date, amount or keyword field has no passage to show: no highlight, rather
        // than the whole text (Chinese text has few sentence breaks, so a "first passage" is the whole notice)
        .withMaxNoHighlightPassages(0)
        // a title:/buyer:/supplier: word is also marked where it appears in the text
        .withFieldMatcher(NoticeDocuments.HIGHLIGHT_FROM::contains)
        .build();
  }

  private static SearchHit hit(IndexSearcher s, ScoreDoc sd, String highlight) throws IOException {
    Document d = s.storedFields().document(sd.doc);
    return new SearchHit(
        d.get(NoticeDocuments.ID),
        d.get(NoticeDocuments.TITLE),
        d.get(NoticeDocuments.TYPE),
        d.get(NoticeDocuments.SOURCE),
        d.get(NoticeDocuments.BUYER),
        d.get(NoticeDocuments.PUBLISHED_AT),
        sd.score,
        highlight,
        decimal(d.get(NoticeDocuments.BUDGET_CNY)),
        decimal(d.get(NoticeDocuments.AWARD_CNY)),
        d.get(NoticeDocuments.URL));
  }

  private static BigDecimal decimal(String s) {
    return s == null ? null : new BigDecimal(s);
  }

  /** Commits what is pending and releases the index. */
  @Override
  public void close() throws IOException {
    try (directory;
        analyzer;
        parser;
        writer;
        searchers) {
      writer.commit();
    }
  }
}
