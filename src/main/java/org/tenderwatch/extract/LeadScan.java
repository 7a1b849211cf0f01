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
 * opens with a literal char or a group of literal alternatives and has no top-level alternative; any other pattern
 * is searched by {@code find} itself.
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
      if (starts.indexOf(text.charAt(i)) >= 0) {
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

  /** The chars a match must start with, or "" when the source does not say them plainly. */
  static String starts(Pattern p) {
    String s = p.pattern();
    if (p.flags() != 0 || s.isEmpty() || s.contains("\\Q") || topLevelAlternative(s)) {
      return "";
    }
    if (s.startsWith("(?:")) {
      int close = s.indexOf(')');
      String group = s.substring(3, Math.max(3, close));
      if (close < 0 || optional(s, close + 1) || group.chars().anyMatch(c -> c != '|' && isSpecial((char) c))) {
        return "";
      }
      StringBuilder first = new StringBuilder();
      for (String alt : group.split("\\|", -1)) {
        if (alt.isEmpty()) {
          return "";
        }
        first.append(alt.charAt(0));
      }
      return first.toString();
    }
    return isSpecial(s.charAt(0)) || optional(s, 1) ? "" : s.substring(0, 1);
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
