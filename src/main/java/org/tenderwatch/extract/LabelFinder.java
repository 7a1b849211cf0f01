package org.tenderwatch.extract;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;

/**
 * Successive matches of one label in folded text, as {@link Matcher#find()} gives them, found faster: the search
 * jumps from one occurrence of the label's first char to the next, checks that the label's other chars follow
 * (spaces between them allowed, as the pattern allows), and only then tries the pattern (with transparent bounds,
 * so the "not after a Chinese character" lookbehind still sees the char before). Most labels are not on a page,
 * and most of their first chars (采, 项) open other words: the pattern and its matcher are made only when needed.
 */
final class LabelFinder {
  private final String label;
  private final String folded;
  private final String chars;
  /** No space nor surrogate in the label: {@link #spelledAt} can check it char by char. */
  private final boolean plain;
  private Matcher m;
  private int from;

  /** A label's folded chars and whether they are plain, worked out once per label: the label lists are fixed. */
  private record Spelling(String chars, boolean plain) {}

  private static final Map<String, Spelling> SPELLINGS = new ConcurrentHashMap<>();

  LabelFinder(String label, String folded) {
    this.label = label;
    this.folded = folded;
    Spelling s = SPELLINGS.get(label); // computeIfAbsent locks the bin when the key is not its first node
    if (s == null) {
      s = SPELLINGS.computeIfAbsent(label, l -> new Spelling(Fold.fold(l), plain(Fold.fold(l))));
    }
    this.chars = s.chars();
    this.plain = s.plain();
  }

  private static boolean plain(String chars) {
    for (int k = 0; k < chars.length(); k++) {
      if (LineShapes.isSpace(chars.charAt(k)) || Character.isSurrogate(chars.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  boolean find() {
    for (int i = folded.indexOf(chars.charAt(0), from); i >= 0; i = folded.indexOf(chars.charAt(0), i + 1)) {
      if (!spelledAt(i)) {
        continue;
      }
      if (m == null) {
        m = Labels.pattern(label).matcher(folded).useTransparentBounds(true);
      }
      m.region(i, folded.length());
      if (m.lookingAt()) {
        from = m.end();
        return true;
      }
    }
    from = folded.length() + 1;
    return false;
  }

  /**
   * Whether the label's chars stand from {@code at} on with only regex {@code \s} chars between them, as its
   * pattern needs; a label with a space or a surrogate char in it is left to the pattern alone.
   */
  private boolean spelledAt(int at) {
    if (!plain) {
      return true;
    }
    int j = at + 1;
    for (int k = 1; k < chars.length(); k++, j++) {
      while (j < folded.length() && LineShapes.isSpace(folded.charAt(j))) {
        j++;
      }
      if (j >= folded.length() || folded.charAt(j) != chars.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  int start() {
    return m.start();
  }

  int end() {
    return m.end();
  }

  String group(int group) {
    return m.group(group);
  }
}
