package org.tenderwatch.saved;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The plain words and phrases of a saved search's query, as a portal's keyword search can take them: a search
 * source queries them ({@code search.savedSearches}) so that what an analyst watches is also searched back through
 * the portal's history. Left out: operators, field-qualified parts ({@code buyer:大学}, {@code flag:aws},
 * {@code amount:[1 TO 5]}: the portal has no such fields), negated parts ({@code -x}, {@code NOT x}: searching for
 * them fetches what the search excludes), wildcard, fuzzy and proximity forms ({@code A10*}, {@code H100~},
 * {@code "a b"~3}: no portal reads them). Every fetched hit is judged by the saved search itself, so a query wider
 * than the search only costs requests. Pure.
 */
public final class SavedSearchTerms {
  private SavedSearchTerms() {}

  /** The plain terms of one query in their order, each once. */
  public static List<String> plain(String query) {
    Set<String> out = new LinkedHashSet<>();
    List<String> tokens = tokens(query == null ? "" : query);
    boolean negated = false;
    for (String t : tokens) {
      switch (t) {
        case "AND", "OR", "&&", "||", "(", ")" -> { }
        case "NOT", "!" -> negated = true;
        default -> {
          if (!negated) {
            String term = term(t);
            if (term != null) {
              out.add(term);
            }
          }
          negated = false;
        }
      }
    }
    return List.copyOf(out);
  }

  /** A token as a portal query, or null when it is not a plain word or phrase. */
  private static String term(String token) {
    String t = token.startsWith("+") ? token.substring(1) : token;
    t = t.replaceFirst("\\^[0-9.]+$", ""); // a boost changes ranking only
    if (t.startsWith("-") || t.startsWith("!")) {
      return null;
    }
    if (t.startsWith("\"")) {
      return t.length() > 1 && t.endsWith("\"") ? blankToNull(t.substring(1, t.length() - 1)) : null;
    }
    if (t.matches(".*(?<!\\\\)[:*?~\\[\\]{}].*")) {
      return null;
    }
    return blankToNull(t.replace("\\", ""));
  }

  private static String blankToNull(String s) {
    String t = s.strip().replaceAll("\\s+", " ");
    return t.isEmpty() ? null : t;
  }

  /**
   * Whitespace-separated tokens; a quoted phrase is one token, and so is a field with its quoted or bracketed value
   * ({@code buyer:"四川 大学"}, {@code amount:[1 TO 5]}, {@code buyer:(a OR b)}); a parenthesis on its own is a token.
   * A negated group ({@code -(a b)}, {@code NOT (a b)}, {@code ! (a b)}) is one token, dropped whole.
   */
  private static List<String> tokens(String q) {
    List<String> out = new ArrayList<>();
    int i = 0;
    while (i < q.length()) {
      char c = q.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '(' || c == ')') {
        boolean negatedGroup = c == '(' && !out.isEmpty()
            && (out.get(out.size() - 1).equals("NOT") || out.get(out.size() - 1).equals("!"));
        if (negatedGroup) {
          int end = closing(q, i);
          out.add(q.substring(i, end));
          i = end;
        } else {
          out.add(String.valueOf(c));
          i++;
        }
      } else {
        int start = i;
        i = wordEnd(q, i);
        out.add(q.substring(start, i));
      }
    }
    return out;
  }

  /** Where the word starting at {@code start} ends: its quotes, brackets and a field's or a negation's group inside. */
  private static int wordEnd(String q, int start) {
    int i = start;
    while (i < q.length() && !Character.isWhitespace(q.charAt(i)) && q.charAt(i) != ')') {
      char d = q.charAt(i);
      if (d == '(') {
        char before = i > start ? q.charAt(i - 1) : ' ';
        if (before != ':' && !((before == '-' || before == '!') && i - 1 == start)) {
          break;
        }
        i = closing(q, i);
      } else if (d == '\\' && i + 1 < q.length()) {
        i += 2;
      } else if (d == '"' || d == '[' || d == '{') {
        i = closing(q, i);
      } else {
        i++;
      }
    }
    return Math.max(i, start + 1);
  }

  /** The index just past the quote or bracket that closes the one at {@code open} (the end when unclosed). */
  private static int closing(String q, int open) {
    char o = q.charAt(open);
    int depth = 0;
    for (int i = open + 1; i < q.length(); i++) {
      char c = q.charAt(i);
      if (c == '\\') {
        i++;
      } else if (o == '"' ? c == '"' : o == '(' ? c == ')' && depth-- == 0 : c == ']' || c == '}') {
        return i + 1;
      } else if (o == '(' && c == '(') {
        depth++;
      }
    }
    return q.length();
  }
}
