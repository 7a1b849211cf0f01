package org.tenderwatch.extract;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Successive matches of a pattern in a text, as {@link Matcher#find()} gives them, tried only at the chars the
 * pattern can start with. A pattern opening with alternatives ("(?:应|须|需|请|务必)…", "(?:谈判|磋商|询价|比选)…") makes
 * {@code find} try every alternative at every offset of a whole notice's text, the costliest part of the sentence
 * readers; most offsets hold none of their first chars. The first chars are read from the pattern's source when it
 * has no top-level alternative and opens with a literal char, a class of literal chars ("[,，]"), or a group whose
 * every alternative opens so or with "^" ("(?:^|[,，])", "(?:截止|截至(?=时间|日期))"); any other pattern is searched by
 * {@code find} itself. "^" stands in the first chars for the text's start (and the char '^', a harmless extra try).
 */
final class LeadScan {

  /** The first chars of each pattern asked about, "" when not known (patterns are fixed: a bounded, immutable cache). */
  private static final Map<Pattern, String> STARTS = new ConcurrentHashMap<>();
  private static final String META = "\\[](){}.*+?^$|";

  private final Matcher m;
  private final String text;
  private final String starts;
  private int from;

  private LeadScan(Pattern p, String text) {
    this.text = text;
    String s = STARTS.get(p);
    this.starts = s != null ? s : STARTS.computeIfAbsent(p, LeadScan::starts);
    // transparent bounds: a lookbehind sees the chars before the candidate; non-anchoring: ^ is the text's start only
    this.m = p.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
  }

  static LeadScan of(Pattern p, String text) {
    return new LeadScan(p, text);
  }

  /** The next match, as {@link Matcher#find()} would give it; then {@link #matcher()} holds it. */
  boolean find() {
    if (starts.isEmpty()) {
      return m.find();
    }
    for (int i = from; i < text.length(); i++) {
      if (starts.indexOf(text.charAt(i)) >= 0 || i == 0 && starts.indexOf('^') >= 0) {
        m.region(i, text.length());
        if (m.lookingAt()) {
          from = m.end() > i ? m.end() : i + 1;
          return true;
        }
      }
    }
    from = text.length();
    return false;
  }

  Matcher matcher() {
    return m;
  }

  /** The chars a match must start with ("^" for the text's start), or "" when the source does not say them plainly. */
  static String starts(Pattern p) {
    String s = p.pattern();
    if (p.flags() != 0 || s.isEmpty() || s.contains("\\Q") || topLevelAlternative(s)) {
      return "";
    }
    if (!s.startsWith("(?:")) {
      return lead(s);
    }
    int close = groupEnd(s);
    if (close < 0 || optional(s, close + 1)) {
      return "";
    }
    StringBuilder first = new StringBuilder();
    int alt = 3;
    for (int i = 3, depth = 0; i <= close; i++) { // the group's own alternatives: '|' at its depth, outside classes
      char c = s.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '[') {
        i = classEnd(s, i); // a class holds no '|' nor group
        if (i < 0) {
          return "";
        }
      } else if (c == '(') {
        depth++;
      } else if (c == ')' && depth > 0) {
        depth--;
      } else if (c == '|' && depth == 0 || i == close) {
        String lead = lead(s.substring(alt, i));
        if (lead.isEmpty()) {
          return "";
        }
        first.append(lead);
        alt = i + 1;
      }
    }
    return first.toString();
  }

  /** Where the class opening at {@code at} closes, or -1 for a class holding a class (not followed). */
  private static int classEnd(String s, int at) {
    for (int i = at + 1; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '[') {
        return -1;
      } else if (c == ']' && i > at + 1) {
        return i;
      }
    }
    return -1;
  }

  /** Where the group opening the source closes, or -1. */
  private static int groupEnd(String s) {
    int depth = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '[') {
        i = classEnd(s, i);
        if (i < 0) {
          return -1;
        }
      } else if (c == '(') {
        depth++;
      } else if (c == ')' && --depth == 0) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The chars the first item of a source (an alternative) can be: a literal char, a class of literal chars, or "^";
   * "" when it is anything else or may be left out.
   */
  private static String lead(String s) {
    if (s.startsWith("^")) {
      return "^"; // the text's start, whatever follows it
    }
    if (s.startsWith("[")) {
      int close = classEnd(s, 0);
      String chars = close < 0 ? "" : s.substring(1, close);
      boolean plain = !chars.isEmpty() && chars.chars().noneMatch(c -> "\\[]^-&".indexOf(c) >= 0
          || Character.isSurrogate((char) c));
      return plain && !optional(s, close + 1) ? chars : "";
    }
    return s.isEmpty() || isSpecial(s.charAt(0)) || optional(s, 1) ? "" : s.substring(0, 1);
  }

  private static boolean isSpecial(char c) {
    return META.indexOf(c) >= 0 || Character.isSurrogate(c);
  }

  /** Whether the item ending before {@code at} is quantified so that it may be left out. */
  private static boolean optional(String s, int at) {
    return at < s.length() && "?*{".indexOf(s.charAt(at)) >= 0;
  }

  /**
   * Whether a '|' stands outside every group and class: the pattern may then start with anything. A class inside a
   * class is not followed; it answers yes, so the pattern is searched by {@code find}.
   */
  private static boolean topLevelAlternative(String s) {
    int depth = 0;
    boolean inClass = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\') {
        i++; // an escaped char
      } else if (inClass && c == '[') {
        return true;
      } else if (inClass) {
        inClass = c != ']';
      } else if (c == '[') {
        inClass = true;
      } else if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      } else if (c == '|' && depth == 0) {
        return true;
      }
    }
    return false;
  }
}
