package org.tenderwatch.index;

/** A search query that cannot be run; the message says what is wrong and where, for the user. */
public class QuerySyntaxException extends Exception {
  private static final long serialVersionUID = 1L;

  QuerySyntaxException(String message) {
    super(message);
  }

  QuerySyntaxException(String message, Throwable cause) {
    super(message, cause);
  }
}
