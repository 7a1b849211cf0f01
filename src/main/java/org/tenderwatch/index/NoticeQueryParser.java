package org.tenderwatch.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordTokenizerFactory;
import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.queryparser.classic.Token;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;

/**
 * Turns what a user types into a Lucene query: classic query syntax, default field {@code text},
 * every word required (AND), and a word that the analyzer cuts into several tokens (四川大学, A100-SXM4)
 * searched as a phrase. Errors become {@link QuerySyntaxException}s a user can act on.
 */
final class NoticeQueryParser implements java.io.Closeable {
  private final Analyzer analyzer;

  NoticeQueryParser(Analyzer textAnalyzer) {
    Map<String, Analyzer> keyword = new java.util.HashMap<>();
    Analyzer lowerKeyword = keywordAnalyzer();
    NoticeDocuments.KEYWORDS.forEach(f -> keyword.put(f, lowerKeyword));
    this.analyzer = new PerFieldAnalyzerWrapper(textAnalyzer, keyword);
  }

  Query parse(String query) throws QuerySyntaxException {
    if (query == null || query.isBlank()) {
      throw new QuerySyntaxException("the query is empty");
    }
    QueryTooLargeException.check(query);
    // QueryParser keeps state while parsing, so one per call
    QueryParser parser = new FieldAwareParser(analyzer);
    parser.setDefaultOperator(QueryParser.Operator.AND);
    // each space-separated word is analysed on its own (needed for the phrase rule below)
    parser.setSplitOnWhitespace(true);
    // with bigrams, 四川大学 is 四川 川大 大学: as a phrase it does not also find 四川省大学生
    parser.setAutoGeneratePhraseQueries(true);
    Query parsed;
    try {
      parsed = parser.parse(query);
    } catch (ParseException e) {
      throw new QuerySyntaxException(describe(query, e), e);
    }
    checkFields(query, parsed);
    return parsed;
  }

  private static void checkFields(String query, Query parsed) throws QuerySyntaxException {
    Set<String> fields = new LinkedHashSet<>();
    parsed.visit(
        new QueryVisitor() {
          @Override
          public boolean acceptField(String field) {
            fields.add(field);
            return true;
          }

          @Override
          public QueryVisitor getSubVisitor(org.apache.lucene.search.BooleanClause.Occur occur, Query parent) {
            return this;
          }
        });
    for (String f : fields) {
      if (!NoticeDocuments.QUERYABLE.contains(f)) {
        throw new QuerySyntaxException(
            "query \"" + query + "\": unknown field '" + f + "'; fields are " + String.join(", ", NoticeDocuments.QUERYABLE));
      }
    }
  }

  /** "query "A100 AND": it ends too early, after "AND" (column 6)" and the like. */
  static String describe(String query, ParseException wrapped) {
    // QueryParser.parse wraps the grammar's own exception, which knows the failing token
    if (wrapped.getCause() instanceof ParseException e && e.currentToken != null) {
      Token last = e.currentToken;
      Token bad = last.next;
      String expected = expected(e);
      if (bad == null || bad.kind == 0) { // kind 0 is end of input
        return "query \"" + query + "\": it ends too early, after \"" + last.image + "\" (column " + last.endColumn + ")"
            + expected;
      }
      // FastCharStream counts beginColumn from 0 and endColumn as the exclusive end, i.e. both
      // +1 is the 1-based column a user counts
      return "query \"" + query + "\": unexpected \"" + bad.image + "\" at column " + (bad.beginColumn + 1) + expected;
    }
    String message = wrapped.getCause() != null ? wrapped.getCause().getMessage() : wrapped.getMessage();
    if (message.contains("Encountered: <EOF>") && query.chars().filter(c -> c == '"').count() % 2 == 1) {
      return "query \"" + query + "\": a \" opens a phrase that is never closed (column " + (query.lastIndexOf('"') + 1) + ")";
    }
    if (message.contains("Lexical error")) {
      return lexical(query, message);
    }
    String problem = message.replaceFirst("^Cannot parse '.*?': ", "").strip();
    for (String field : NoticeDocuments.NUMERIC) {
      int at = query.indexOf(field + ":");
      if (problem.startsWith(field + ": ") && at >= 0) {
        problem += " (column " + (at + 1) + ")";
      }
    }
    return "query \"" + query + "\": " + problem;
  }

  /**
   * The lexer's own words ("Lexical error at line 1, column 10. Encountered: <EOF> after prefix "/H100" (in lexical
   * state 2)") mean nothing to an analyst. The usual cause is a "/" (A100/H100), which opens a regular expression.
   */
  private static String lexical(String query, String message) {
    long slashes = query.chars().filter(c -> c == '/').count();
    if (slashes % 2 == 1) {
      return "query \"" + query + "\": a \"/\" starts a regular expression that is never closed (column "
          + (query.lastIndexOf('/') + 1) + "); put the term in quotes (\"A100/H100\") or write A100 OR H100";
    }
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("column (\\d+)").matcher(message);
    return "query \"" + query + "\": a character the query language does not take"
        + (m.find() ? " near column " + m.group(1) : "") + "; put the term in quotes";
  }

  /** "; expected a word, a "phrase" or (" from the grammar's expected token kinds. */
  private static String expected(ParseException e) {
    if (e.expectedTokenSequences == null || e.tokenImage == null) {
      return "";
    }
    Set<String> names = new LinkedHashSet<>();
    for (int[] seq : e.expectedTokenSequences) {
      if (seq.length > 0) {
        names.add(friendly(e.tokenImage[seq[0]]));
      }
    }
    List<String> list = new ArrayList<>(List.of("a word", "a \"phrase\"", "("));
    list.retainAll(names);
    return list.isEmpty() ? "" : "; expected " + String.join(", ", list);
  }

  private static String friendly(String image) {
    return switch (image) {
      case "<TERM>" -> "a word";
      case "<QUOTED>" -> "a \"phrase\"";
      case "\"(\"" -> "(";
      default -> null; // operators and internal tokens: listing them does not help
    };
  }

  /**
   * The classic parser with the number fields (dates, amounts) turned into point queries. Words, wildcards and
   * fuzzy terms on a number field are errors: as text they would find nothing, silently.
   */
  private static final class FieldAwareParser extends QueryParser {
    FieldAwareParser(Analyzer analyzer) {
      super(NoticeDocuments.TEXT, analyzer);
    }

    @Override
    protected Query getRangeQuery(String field, String part1, String part2, boolean startInclusive,
        boolean endInclusive) throws ParseException {
      if (NoticeDocuments.NUMERIC.contains(field)) {
        return NumericTerms.range(field, part1, part2, startInclusive, endInclusive);
      }
      return super.getRangeQuery(field, part1, part2, startInclusive, endInclusive);
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
      if (NoticeDocuments.NUMERIC.contains(field)) {
        return NumericTerms.exact(field, queryText);
      }
      return super.getFieldQuery(field, queryText, quoted);
    }

    @Override
    protected Query getWildcardQuery(String field, String termStr) throws ParseException {
      notNumeric(field, termStr);
      return super.getWildcardQuery(field, termStr);
    }

    @Override
    protected Query getPrefixQuery(String field, String termStr) throws ParseException {
      notNumeric(field, termStr + "*");
      return super.getPrefixQuery(field, termStr);
    }

    @Override
    protected Query getFuzzyQuery(String field, String termStr, float minSimilarity) throws ParseException {
      notNumeric(field, termStr + "~");
      return super.getFuzzyQuery(field, termStr, minSimilarity);
    }

    private static void notNumeric(String field, String term) throws ParseException {
      if (NoticeDocuments.NUMERIC.contains(field)) {
        throw new ParseException(field + ": '" + term + "' is not a value; " + field
            + " takes one value or a range such as " + field + ":[A TO B] (* for open)");
      }
    }
  }

  /** Closes the keyword analyzer and the text analyzer it wraps. */
  @Override
  public void close() {
    analyzer.close();
  }

  private static Analyzer keywordAnalyzer() {
    try {
      return CustomAnalyzer.builder()
          .withTokenizer(KeywordTokenizerFactory.NAME)
          .addTokenFilter(LowerCaseFilterFactory.NAME)
          .build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
