package org.tenderwatch.index;

/**
 * A query refused before parsing because it is too long or nests too deep: the recursive-descent parser would
 * run out of stack (3,500 nested parentheses did). CLI and web map it like any {@link QuerySyntaxException}
 * (exit 2, HTTP 400). The bounds protect the process; no real query comes near them.
 */
public final class QueryTooLargeException extends QuerySyntaxException {
  private static final long serialVersionUID = 1L;

  /** Characters; a long boolean query of 50 terms is under 1,000. */
  public static final int MAX_CHARS = 4_000;
  /** Nested parentheses; people write two or three levels. */
  public static final int MAX_DEPTH = 32;

  QueryTooLargeException(String message) {
    super(message);
  }

  /** @throws QueryTooLargeException when {@code query} is longer or nests deeper than the bounds */
  static void check(String query) throws QueryTooLargeException {
    int depth = 0;
    int deepest = 0;
    boolean quoted = false;
    for (int i = 0; i < query.length(); i++) {
      char c = query.charAt(i);
      if (c == '\\') {
        i++; // an escaped character is a literal
      } else if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && c == '(') {
        deepest = Math.max(deepest, ++depth);
      } else if (!quoted && c == ')') {
        depth--;
      }
    }
    if (deepest > MAX_DEPTH) {
      throw new QueryTooLargeException("the query nests " + deepest + " parentheses deep; at most " + MAX_DEPTH
          + " are accepted");
    }
    if (query.length() > MAX_CHARS) {
      throw new QueryTooLargeException("the query is " + query.length() + " characters long; at most " + MAX_CHARS
          + " are accepted");
    }
  }
}
