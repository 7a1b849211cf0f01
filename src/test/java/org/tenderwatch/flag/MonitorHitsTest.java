package org.tenderwatch.flag;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.monitor.HighlightsMatch;
import org.apache.lucene.monitor.Monitor;
import org.junit.jupiter.api.Test;
import org.tenderwatch.config.FlagConfig;
import org.tenderwatch.config.FlagConfig.Category;
import org.tenderwatch.config.FlagConfig.Rule;
import org.tenderwatch.text.TenderAnalyzer;

/**
 * What the Monitor reports for our interval queries, pinned down because the Flagger relies on it:
 * one hit per matched token (term and context word), with its position and original-text offsets.
 */
class MonitorHitsTest {
  static final String TEXT = "采购8卡Ａ１００ GPU服务器";

  static String hits(HighlightsMatch m, String text) {
    StringBuilder s = new StringBuilder();
    for (HighlightsMatch.Hit h : m.getHits(Flagger.FIELD)) {
      String written = h.startOffset() < 0 ? "?" : text.substring(h.startOffset(), h.endOffset());
      s.append(h.startPosition()).append('=').append(written).append(' ');
    }
    return s.toString().strip();
  }

  static Document doc(String text, IndexOptions options) {
    FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
    type.setIndexOptions(options);
    Document d = new Document();
    d.add(new Field(Flagger.FIELD, text, type));
    return d;
  }

  @Test
  void singleAndBatchMatchesReportTokenHitsWithOriginalOffsets() throws IOException {
    Analyzer analyzer = TenderAnalyzer.create();
    try (Monitor monitor = new Monitor(analyzer)) {
      monitor.register(RuleQuery.compile(FlaggerTest.gpuConfig(40), analyzer).stream().map(RuleQuery::toMonitorQuery).toList());
      IndexOptions offsets = IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS;
      // tokens: 采购(0) 8(1) 卡(2) a100(3) gpu(4) 服务(5) 务器(6); the rule is A100 near GPU
      String expected = "3=Ａ１００ 4=GPU";
      assertEquals(expected, hits(monitor.match(doc(TEXT, offsets), HighlightsMatch.MATCHER).matches("nvidia_gpu#1"), TEXT));
      var batch = monitor.match(new Document[] {doc("无关", offsets), doc(TEXT, offsets)}, HighlightsMatch.MATCHER);
      assertEquals(expected, hits(batch.matches("nvidia_gpu#1", 1), TEXT));
      // the trap: in a batch, a field indexed without offsets gives hits at offset -1
      var noOffsets =
          monitor.match(
              new Document[] {doc("无关", IndexOptions.DOCS_AND_FREQS_AND_POSITIONS), doc(TEXT, IndexOptions.DOCS_AND_FREQS_AND_POSITIONS)},
              HighlightsMatch.MATCHER);
      assertEquals("3=? 4=?", hits(noOffsets.matches("nvidia_gpu#1", 1), TEXT));
    }
  }

  @Test
  void aDisjunctionReportsOnlyTheShortestOfTwoNestedTerms() throws IOException {
    Rule rule = new Rule(List.of("亚马逊云", "亚马逊云科技"), null, 0);
    FlagConfig config = new FlagConfig(1, 40, Map.of("aws", new Category("AWS", List.of(rule), null, 0, null, null)));
    Analyzer analyzer = TenderAnalyzer.create();
    String text = "亚马逊云科技";
    try (Monitor monitor = new Monitor(analyzer)) {
      monitor.register(RuleQuery.compile(config, analyzer).getFirst().toMonitorQuery());
      var m = monitor.match(doc(text, IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS), HighlightsMatch.MATCHER);
      // 云科 and 科技 are not reported: why Flagger analyses a matched part again to quote 亚马逊云科技
      assertEquals("0=亚马 1=马逊 2=逊云", hits(m.matches("aws#0"), text));
    }
  }
}
