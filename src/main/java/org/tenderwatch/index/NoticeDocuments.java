package org.tenderwatch.index;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.math.BigDecimal;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoubleField;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.util.BytesRef;
import org.tenderwatch.extract.Amount;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.tenderwatch.extract.Notice;
import org.tenderwatch.extract.SupplierAward;
import org.tenderwatch.text.TextPart;

/** The index fields of a notice, and how a notice becomes a Lucene document. */
final class NoticeDocuments {
  static final String ID = "id";
  static final String TITLE = "title";
  static final String TEXT = "text";
  static final String BUYER = "buyer";
  static final String AGENCY = "agency";
  static final String SUPPLIER = "supplier";
  static final String SOURCE = "source";
  static final String TYPE = "type";
  static final String FLAG = "flag";
  static final String REGION = "region";
  static final String PROJECT_NO = "projectNo";
  static final String PUBLISHED_AT = "publishedAt";
  static final String URL = "url";
  static final String BUDGET_CNY = "budgetCny";
  static final String AWARD_CNY = "awardCny";
  /** Sort key for "amount": the award when there is one, else the budget, in yuan. */
  static final String AMOUNT = "amount";

  /** Facet dimensions as users name them, each counted from a doc-values field {@code facet_<dim>}. */
  static final List<String> FACETS = List.of("source", "type", "flag", "region", "month");

  /** Fields a query may name, in the order the error message lists them. */
  static final List<String> QUERYABLE =
      List.of(TITLE, TEXT, BUYER, AGENCY, SUPPLIER, SOURCE, TYPE, FLAG, REGION, PROJECT_NO, PUBLISHED_AT, BUDGET_CNY,
          AWARD_CNY);

  /** Fields indexed as numbers (points + doc values): ranges and exact values, no words. */
  static final Set<String> NUMERIC = Set.of(PUBLISHED_AT, BUDGET_CNY, AWARD_CNY);

  /** Exact-value fields: indexed lower-cased and whole, queried through a keyword analyzer. */
  static final Set<String> KEYWORDS = Set.of(SOURCE, TYPE, FLAG);

  /** Free-text fields whose query terms also highlight the notice text. */
  static final Set<String> HIGHLIGHT_FROM = Set.of(TEXT, TITLE, BUYER, AGENCY, SUPPLIER, REGION, PROJECT_NO);

  /**
   * The full text is stored (highlighting needs it) with offsets in the postings, so the highlighter
   * reads positions from the index instead of analysing long attachment text again.
   */
  private static final FieldType TEXT_WITH_OFFSETS = new FieldType(TextField.TYPE_STORED);

  static {
    TEXT_WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    TEXT_WITH_OFFSETS.freeze();
  }

  private NoticeDocuments() {}

  static Document toDocument(IndexedNotice in) {
    Notice n = in.notice();
    Document d = new Document();
    d.add(new StringField(ID, in.id(), Field.Store.YES));
    d.add(new TextField(TITLE, nullToEmpty(n.title()), Field.Store.YES));
    d.add(new Field(TEXT, fullText(n), TEXT_WITH_OFFSETS));
    addText(d, BUYER, n.buyer(), Field.Store.YES);
    addText(d, AGENCY, n.agency(), Field.Store.NO);
    for (SupplierAward s : n.suppliers()) {
      addText(d, SUPPLIER, s.name(), Field.Store.NO);
    }
    addText(d, REGION, n.region(), Field.Store.NO);
    addText(d, PROJECT_NO, n.projectNo(), Field.Store.NO);
    addKeyword(d, TYPE, n.type().json());
    addKeyword(d, SOURCE, in.source());
    for (String flag : in.flagCategories()) {
      addKeyword(d, FLAG, flag);
    }
    if (n.publishedAt() != null) {
      d.add(new StoredField(PUBLISHED_AT, DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(n.publishedAt())));
      // the day as a number (epoch day): publishedAt:[2024-01-01 TO 2024-06-30] and sort by date
      d.add(new LongField(PUBLISHED_AT, n.publishedAt().toLocalDate().toEpochDay(), Field.Store.NO));
      addFacet(d, "month", n.publishedAt().toLocalDate().toString().substring(0, 7));
    }
    BigDecimal budget = cny(n.budget());
    BigDecimal award = cny(n.award());
    addAmount(d, BUDGET_CNY, budget);
    addAmount(d, AWARD_CNY, award);
    BigDecimal amount = award != null ? award : budget;
    if (amount != null) {
      d.add(new DoubleField(AMOUNT, amount.doubleValue(), Field.Store.NO));
    }
    if (in.url() != null) {
      d.add(new StoredField(URL, in.url()));
    }
    addFacet(d, "source", in.source());
    addFacet(d, "type", n.type().json());
    in.flagCategories().forEach(f -> addFacet(d, "flag", f));
    addFacet(d, "region", n.region());
    return d;
  }

  static String facetField(String dim) {
    return "facet_" + dim;
  }

  private static void addFacet(Document d, String dim, String value) {
    if (value != null && !value.isBlank()) {
      d.add(new SortedSetDocValuesField(facetField(dim), new BytesRef(value.strip())));
    }
  }

  /** Yuan as a point (double: exact to the fen below 2^53 fen, i.e. any real budget) and as stored text. */
  private static void addAmount(Document d, String field, BigDecimal cny) {
    if (cny != null) {
      d.add(new DoubleField(field, cny.doubleValue(), Field.Store.NO));
      d.add(new StoredField(field, cny.toPlainString()));
    }
  }

  private static BigDecimal cny(Amount a) {
    return a == null ? null : a.cny();
  }

  /**
   * The title, then every text part, a blank line between. The title goes first unless the first
   * part already contains it, so unfielded queries find words that appear only in the title.
   */
  static String fullText(Notice n) {
    List<String> pieces = new ArrayList<>();
    String title = nullToEmpty(n.title());
    boolean titleInText = !n.parts().isEmpty() && n.parts().getFirst().text().contains(title);
    if (!title.isBlank() && !titleInText) {
      pieces.add(title);
    }
    for (TextPart p : n.parts()) {
      pieces.add(p.text());
    }
    return String.join("\n\n", pieces);
  }

  private static void addText(Document d, String field, String value, Field.Store store) {
    if (value != null && !value.isBlank()) {
      d.add(new TextField(field, value, store));
    }
  }

  private static void addKeyword(Document d, String field, String value) {
    if (value != null && !value.isBlank()) {
      d.add(new StringField(field, value.toLowerCase(Locale.ROOT), Field.Store.YES));
    }
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
