package org.tenderwatch.index;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoubleField;
import org.apache.lucene.document.LongField;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.StringDocValuesReaderState;
import org.apache.lucene.facet.StringValueFacetCounts;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSelector;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/** Turns Lucene's answer into search results: sort orders, facet counts, highlights, hits. */
final class NoticeHits {
  /** Values listed per facet dimension: enough for every source, type, flag and about three years of months. */
  static final int FACET_VALUES = 36;

  /**
   * Highlight passages are looked for in the first this-many characters of a notice's text; beyond that
   * a hit still counts but is not shown. 200,000 chars is about 60 PDF pages of dense Chinese.
   */
  static final int HIGHLIGHT_MAX_CHARS = 200_000;

  static Sort sortOf(SearchRequest.Sort sort) {
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

  static Map<String, List<SearchResult.FacetCount>> facets(IndexSearcher s, FacetsCollector fc)
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

  static UnifiedHighlighter highlighter(IndexSearcher s, Analyzer analyzer) {
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

  static SearchHit hit(IndexSearcher s, ScoreDoc sd, String highlight) throws IOException {
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

  private NoticeHits() {}
}
